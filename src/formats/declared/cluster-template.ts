// The flat vars file of onedr0p/cluster-template (`cluster.yaml`, formerly `config.yaml`), the template many
// home-lab Talos/Flux clusters start from: `cluster_svc_cidr` and `cluster_pod_cidr` at the top level.
//
// Upstream onedr0p/cluster-template:
// - .taskfiles/template/resources/cluster.schema.cue: `node_cidr` and `cluster_api_addr` are required;
//   `cluster_pod_cidr: *"10.42.0.0/16" | net.IPCIDR`, `cluster_svc_cidr: *"10.43.0.0/16" | net.IPCIDR`
//   (the `*` marks the default an absent key takes);
// - templates/config/talos/talconfig.yaml.j2: `serviceSubnets: ["#{ cluster_svc_cidr }#"]` and
//   `podSubnets: ["#{ cluster_pod_cidr }#"]`, so the value is the Talos cluster's Service range
//   (cluster.network.serviceSubnets, read by kube-apiserver), and it changes the way a Talos one does.
//
// Recognition (issue 11: a key mention is not a signature): a kind-less document holding both keys the
// schema requires. `cluster_svc_cidr` alone also appears in Terraform variables and unrelated templates.
// Other flat keys of cluster templates: `service_cidr` is read where kairen/kubeadm-ansible's signature is
// (declared/kubeadm-ansible.ts), `kube_service_addresses` by kubespray.ts; keys of single repositories without a
// shared schema (`k3s_service_cidr`, `service_cluster_ip_range` in ad-hoc vars) have no signature and are not read.

import { declaredFormat, type YamlFormatDeclaration } from './yaml-declaration.js';

export const CLUSTER_TEMPLATE_DEFAULT_SERVICE_RANGE = '10.43.0.0/16';
export const CLUSTER_TEMPLATE_DEFAULT_POD_RANGE = '10.42.0.0/16';
const SCHEMA = 'onedr0p/cluster-template .taskfiles/template/resources/cluster.schema.cue';

export const CLUSTER_TEMPLATE: YamlFormatDeclaration = {
  id: 'cluster-template',
  signature: { kind: null, allKeysUnder: { path: [], keys: ['node_cidr', 'cluster_api_addr'] } },
  // One cluster per file; forks that add `cluster_name` get it in the identity.
  group: { name: ['cluster_name'] },
  fields: [
    {
      subject: 'cluster',
      role: 'service-range',
      component: 'platform',
      path: ['cluster_svc_cidr'],
      default: {
        value: CLUSTER_TEMPLATE_DEFAULT_SERVICE_RANGE,
        note: `cluster-template default when cluster_svc_cidr is absent (${SCHEMA})`,
        anchor: ['node_cidr'],
      },
    },
    {
      subject: 'cluster',
      role: 'pod-range',
      component: 'platform',
      path: ['cluster_pod_cidr'],
      default: {
        value: CLUSTER_TEMPLATE_DEFAULT_POD_RANGE,
        note: `cluster-template default when cluster_pod_cidr is absent (${SCHEMA})`,
        anchor: ['node_cidr'],
      },
    },
  ],
};

export const clusterTemplateFormat = declaredFormat(CLUSTER_TEMPLATE);
