// A cheap content test deciding which changed files are worth reading in full (and whose base side is
// worth fetching). It must over-approximate: a file it rejects is never analysed, so every key any
// supported format reads (SPEC §5) is listed, plus the document markers that change which format applies.
// False positives only cost one more blob fetch.

const KEYS = [
  // kube-apiserver / kube-controller-manager flags and their YAML/flag spellings
  'service-cluster-ip-range',
  'service_cluster_ip_range', // RKE1 services.kube-api
  'serviceClusterIPRange', // kops
  'podCIDR',
  'clusterCIDR',
  'create cluster', // kops create cluster: --set …podCIDR, and --ipv6 switches its default
  'cluster-cidr', // pod range of controller-manager, k3s/RKE2 (range-overlap)
  'advertise-address',
  'advertiseAddress',
  // kubeadm / kind
  'serviceSubnet',
  'podSubnet',
  'ipFamily',
  'kubeadm.k8s.io',
  'kubeadmConfigPatches',
  'kind.x-k8s.io',
  // k3s / RKE2 / k0s
  'service-cidr',
  'serviceCIDR',
  'kube-apiserver-arg',
  // Talos, OpenShift, Cluster API
  'serviceSubnets',
  'serviceNetwork',
  'cidrBlocks',
  'cluster.x-k8s.io',
  // kubespray
  'kube_service_addresses',
  // group B formats: stack switches that change the effective list without naming it (kubespray), and
  // pod / DNS fields whose change alone can create range-overlap or a DNS address outside the range
  'ipv4_stack',
  'ipv6_stack',
  'enable_dual_stack_networks',
  'kube_pods_subnet',
  'cluster_svc_cidr',
  'cluster_pod_cidr', // onedr0p/cluster-template cluster.yaml
  'pod_network_cidr', // kairen/kubeadm-ansible group_vars (its service_cidr is listed below)
  'pod-network-cidr', // kubeadm init --pod-network-cidr in scripts (its --service-cidr is listed above)
  'cluster_cidr', // RKE1 services.kube-controller
  'cluster_dns_server', // RKE1 services.kubelet
  'clusterNetwork', // OpenShift
  'pod_cidr', // AKS (also matches pod_cidrs)
  'cluster_ipv4_cidr_block', // GKE
  'dns_service_ip', // AKS
  // eksctl, Terraform EKS / AKS / GKE
  'serviceIPv4CIDR',
  'service_ipv4_cidr',
  'service_ipv6_cidr',
  'service_cidr',
  'services_ipv4_cidr_block',
  'services_secondary_range_name',
  'ip_range_services', // terraform-google-modules/kubernetes-engine: the Services secondary range's name
  'kubernetesNetworkConfig',
  // networking.k8s.io ServiceCIDR objects (also inside a List); 'serviceCIDR' above already matches it, case-insensitively
  'ServiceCIDR',
  // control-plane manifests naming the programs
  'kube-apiserver',
  'kube-controller-manager',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// `kind: Cluster` is kind / Cluster API / kops; matched with flexible spacing. Case-insensitive because
// flag and env spellings vary (KUBE_SERVICE_ADDRESSES, SERVICE_CIDR in env files).
const PREFILTER = new RegExp(KEYS.map(escapeRegExp).join('|') + String.raw`|\bkind:\s*["']?(?:Cluster|ClusterConfig(?:uration)?)\b`, 'i');

/** True when the text may set or change an effective Service range (a superset test). */
export function mayMentionServiceRange(text: string): boolean {
  return PREFILTER.test(text);
}

/**
 * The removed lines of a unified diff hunk list (the `patch` field of pulls.listFiles). GitHub's patch has
 * no `---`/`+++` file header (it starts at `@@`), so a line `----` is a removed YAML document separator.
 */
export function removedLinesOf(patch: string): string {
  return patch
    .split('\n')
    .filter((l) => l.startsWith('-'))
    .map((l) => l.slice(1))
    .join('\n');
}
