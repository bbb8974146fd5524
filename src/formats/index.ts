// The registry of formats: every format and its order, in one screen. Every format reads every file
// (recognition is by content, never by file name) and says nothing about files that are not its own.
//
//   toolkit/        YAML source and positions, template syntaxes, the value-reading toolkit, the extractor interface
//   flags/          command lines: 1 logical lines → 2a tokenise shell words (or 2 YAML argv items) → 2b find
//                   the control-plane invocations → 3 the invocation that runs → 4 settings; and the two formats
//                   built on it (workload manifests, plain-text carriers)
//   distributions/  one file per cluster-config format (plus kubeadm/kind/Terraform helpers of their own)
//
// Order matters twice: structured (YAML/HCL) readers come before the plain-text flag reader, which skips what
// the workload-manifest reader understood, so no setting is read twice (flags/text-carriers-format.ts); and
// findings of one file list formats in this order.

import type { FormatExtractor } from './toolkit/extractor.js';
import { workloadsFormat } from './flags/workload-manifests-format.js';
import { flagTextFormat } from './flags/text-carriers-format.js';
import { kubeadmFormat } from './distributions/kubeadm.js';
import { kindFormat } from './distributions/kind.js';
import { clusterApiFormat } from './distributions/clusterapi.js';
import { k3sFormat } from './distributions/k3s.js';
import { k0sFormat } from './distributions/k0s.js';
import { kopsFormat } from './distributions/kops.js';
import { talosFormat } from './declared/talos.js';
import { openshiftFormat } from './distributions/openshift.js';
import { eksctlFormat } from './declared/eksctl.js';
import { rkeFormat } from './declared/rke.js';
import { serviceCidrFormat } from './declared/servicecidr.js';
import { kubesprayFormat } from './distributions/kubespray.js';
import { clusterTemplateFormat } from './declared/cluster-template.js';
import { kubeadmAnsibleFormat } from './declared/kubeadm-ansible.js';
import { terraformFormat } from './distributions/terraform.js';

/** YAML and HCL formats, in the order they run. */
export const STRUCTURED_FORMATS: readonly FormatExtractor[] = [
  kubeadmFormat, //      kubeadm InitConfiguration/ClusterConfiguration (distributions/kubeadm.ts)
  kindFormat, //         kind Cluster, with kubeadmConfigPatches (distributions/kind.ts, kind-patches.ts)
  workloadsFormat, //    Pods/Deployments/DaemonSets running kube-apiserver or kube-controller-manager
  clusterApiFormat, //   Cluster API Cluster + KubeadmControlPlane/KubeadmConfigTemplate
  k3sFormat, //          k3s/RKE2 config.yaml, Ansible role vars, CLI-style `*-arg` lists
  k0sFormat, //          k0s ClusterConfig, also inside k0sctl
  kopsFormat, //         kops Cluster (v1alpha2 and v1alpha3 field generations)
  talosFormat, //        Talos machine config / cluster patches
  openshiftFormat, //    OpenShift install-config, Network operator config, openshift-ansible vars
  eksctlFormat, //       eksctl ClusterConfig
  rkeFormat, //          RKE1 cluster.yml (also inside a Rancher v2 cluster)
  serviceCidrFormat, //  networking.k8s.io ServiceCIDR objects (also in a List)
  kubesprayFormat, //    kubespray group_vars
  clusterTemplateFormat, // onedr0p/cluster-template cluster.yaml (cluster_svc_cidr; declared/cluster-template.ts)
  kubeadmAnsibleFormat, // kairen/kubeadm-ansible group_vars (service_cidr; declared/kubeadm-ansible.ts)
  terraformFormat, //    Terraform managed-cluster resources (HCL, distributions/terraform-hcl.ts)
];

/** Plain-text formats (systemd units, shell scripts, env files), after every structured one. */
export const TEXT_FORMATS: readonly FormatExtractor[] = [flagTextFormat];
