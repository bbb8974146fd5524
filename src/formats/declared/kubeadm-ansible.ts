// The group vars of kairen/kubeadm-ansible (`group_vars/all.yml`), an Ansible template that runs kubeadm from
// flat variables: `service_cidr` and `pod_network_cidr`.
//
// Upstream kairen/kubeadm-ansible:
// - group_vars/all.yml: `service_cidr: "10.96.0.0/12"`, `pod_network_cidr: "10.244.0.0/16"`, next to
//   `kube_version`, `kubeadm_opts` and `init_opts`;
// - roles/kubernetes/master/tasks/init.yml: `kubeadm init --service-cidr {{ service_cidr }} --kubernetes-version
//   {{ kube_version }} --pod-network-cidr {{ pod_network_cidr }} … {{ kubeadm_opts }} {{ init_opts }}`, after
//   `kubeadm reset --force`: kubeadm validates the value (the kubeadm profile), and a changed value re-creates
//   the cluster with it, so a change is classified like a kubeadm serviceSubnet change.
// No role default: an absent `service_cidr` is an undefined variable and the play fails, so no default.
//
// Recognition (issue 11): `service_cidr` alone names Terraform variables and many unrelated templates; the
// template's own variables `pod_network_cidr`, `kubeadm_opts` and `init_opts` together are its signature.

import { declaredFormat, type YamlFormatDeclaration } from './yaml-declaration.js';

export const KUBEADM_ANSIBLE: YamlFormatDeclaration = {
  id: 'kubeadm-ansible',
  signature: { kind: null, allKeysUnder: { path: [], keys: ['pod_network_cidr', 'kubeadm_opts', 'init_opts'] } },
  group: { name: ['cluster_name'] },
  kubernetesVersion: [['kube_version']],
  profile: 'kubeadm',
  fields: [
    { subject: 'kubeadm-init', role: 'service-range', component: 'kube-apiserver', path: ['service_cidr'] },
    { subject: 'kubeadm-init', role: 'pod-range', component: 'kube-controller-manager', path: ['pod_network_cidr'] },
  ],
};

export const kubeadmAnsibleFormat = declaredFormat(KUBEADM_ANSIBLE);
