// The Terraform registry modules most managed-cluster users call instead of the raw resources, recognised by
// their `source` (registry address, GitHub/git URL, with or without a version pin) and read like the resources
// they wrap (src/formats/distributions/terraform.ts). Input names per module, checked in the modules' own
// variables.tf and main.tf:
//
// - terraform-aws-modules/eks/aws (github.com/terraform-aws-modules/terraform-aws-eks):
//   v17–v20 `cluster_service_ipv4_cidr`, `cluster_version`, `cluster_ip_family` (v18+)
//   (variables.tf at v17.24.0 e90c877a, v20.37.0 a9c659ad; main.tf v20.37.0 passes
//   `service_ipv4_cidr = var.cluster_service_ipv4_cidr` into aws_eks_cluster kubernetes_network_config);
//   v21 renamed them `service_ipv4_cidr`, `kubernetes_version`, `ip_family` (variables.tf at v21.0.0 b7eabbd3,
//   main.tf at bef29c4d: `service_ipv4_cidr = var.service_ipv4_cidr`). Both default to null: EKS chooses
//   10.100.0.0/16 or 172.20.0.0/16 at creation, which the configuration does not say.
// - Azure/aks/azurerm (github.com/Azure/terraform-azurerm-aks, variables.tf at e29456ed): `net_profile_service_cidr`,
//   `net_profile_service_cidrs`, `net_profile_dns_service_ip`, `net_profile_pod_cidr`, `net_profile_pod_cidrs`,
//   `kubernetes_version`; all default to null (AKS chooses).
// - terraform-google-modules/kubernetes-engine/google and its cluster submodules (//modules/private-cluster,
//   beta-*, safer-cluster, *-update-variant; variables.tf at bb176b21): `ip_range_services` is the *name* of a
//   secondary range of the cluster's subnetwork ("The _name_ of the secondary subnet range to use for services. If
//   not provided, the default `34.118.224.0/20` range will be used"), passed to google_container_cluster
//   ip_allocation_policy.services_secondary_range_name (cluster.tf). The CIDR lives in the subnetwork.
//
// Every one of these ends in an argument the provider marks ForceNew, so a change is `immutable-platform-change`
// with the same wording as the raw resource, naming the module input.

/** How a module input reaches the Service range. */
export interface ModuleSpec {
  /** Registry address without the version, e.g. 'terraform-aws-modules/eks/aws'. */
  id: string;
  /** Input names, newest first (the last one present wins when a file names two, as Terraform would refuse). */
  service: readonly string[];
  /** The input is the name of a GKE secondary range, not a CIDR. */
  serviceIsRangeName?: boolean;
  serviceList?: readonly string[];
  pods?: readonly string[];
  podsList?: readonly string[];
  dns?: readonly string[];
  version: readonly string[];
  immutable: string;
  /** Module sub-directories (`//modules/x`) that are clusters too; the root always is. */
  submodules?: RegExp;
}

export const MODULES: readonly ModuleSpec[] = [
  {
    id: 'terraform-aws-modules/eks/aws',
    service: ['service_ipv4_cidr', 'cluster_service_ipv4_cidr'],
    version: ['kubernetes_version', 'cluster_version'],
    immutable:
      'the module passes it to aws_eks_cluster kubernetes_network_config.service_ipv4_cidr, which forces replacement of the EKS cluster (ForceNew in hashicorp/terraform-provider-aws; EKS does not allow changing the service IPv4 CIDR of an existing cluster)',
  },
  {
    id: 'Azure/aks/azurerm',
    service: ['net_profile_service_cidr'],
    serviceList: ['net_profile_service_cidrs'],
    pods: ['net_profile_pod_cidr'],
    podsList: ['net_profile_pod_cidrs'],
    dns: ['net_profile_dns_service_ip'],
    version: ['kubernetes_version'],
    immutable:
      'the module passes it to azurerm_kubernetes_cluster network_profile service_cidr/service_cidrs, which forces replacement of the AKS cluster (ForceNew in hashicorp/terraform-provider-azurerm)',
  },
  {
    id: 'terraform-google-modules/kubernetes-engine/google',
    service: ['ip_range_services'],
    serviceIsRangeName: true,
    version: ['kubernetes_version'],
    submodules: /^modules\/(?:beta-)?(?:private|public|safer|autopilot-private|autopilot-public)-cluster(?:-update-variant)?$/,
    immutable:
      'the GKE cluster takes its Services from this secondary range and keeps it for life: the module passes the name to google_container_cluster ip_allocation_policy.services_secondary_range_name (ForceNew in hashicorp/terraform-provider-google), and Google Cloud refuses to change or remove a secondary range a cluster uses',
  },
];

/** GitHub repository of each module (terraform-<provider>-<name> naming of the registry). */
const GITHUB: Record<string, string> = {
  'terraform-aws-modules/terraform-aws-eks': 'terraform-aws-modules/eks/aws',
  'azure/terraform-azurerm-aks': 'Azure/aks/azurerm',
  'terraform-google-modules/terraform-google-kubernetes-engine': 'terraform-google-modules/kubernetes-engine/google',
};

/**
 * The module a `source` string names, or null. Accepts the registry address (optionally with a host such as
 * registry.terraform.io), and GitHub/git URLs (`git::https://github.com/o/terraform-p-n.git//sub?ref=v1`,
 * `github.com/o/terraform-p-n`, `git@github.com:o/terraform-p-n.git`). Terraform's module source syntax:
 * developer.hashicorp.com/terraform/language/modules/sources.
 */
export function moduleOfSource(source: string): ModuleSpec | null {
  const n = normaliseSource(source);
  const spec = n ? MODULES.find((m) => m.id.toLowerCase() === n.id.toLowerCase()) : undefined;
  if (!spec || !n) return null;
  if (n.sub && !spec.submodules?.test(n.sub)) return null;
  return spec;
}

/**
 * terraform-google-modules/network/google (root, or //modules/subnets): its `secondary_ranges` input holds the
 * subnetworks' secondary ranges ({ subnet = [{ range_name, ip_cidr_range }] }), where a GKE module's
 * `ip_range_services` name points (github.com/terraform-google-modules/terraform-google-network, modules/subnets).
 */
export function isGoogleNetworkModule(source: string): boolean {
  const n = normaliseSource(source);
  return !!n && n.id.toLowerCase() === 'terraform-google-modules/network/google' && (n.sub === '' || n.sub === 'modules/subnets');
}

const GITHUB_NETWORK = 'terraform-google-modules/terraform-google-network';

/** Registry id (namespace/name/provider) and sub-directory of a module source, or null when it is not one of ours. */
function normaliseSource(source: string): { id: string; sub: string } | null {
  let s = source
    .trim()
    .replace(/^git::/, '')
    .replace(/\?.*$/, '');
  let sub = '';
  const slashes = s.replace(/^[a-z+]+:\/\//, (m) => m.replace(/\//g, '\u0000')).indexOf('//');
  if (slashes >= 0) {
    sub = s.slice(slashes + 2).replace(/\/+$/, '');
    s = s.slice(0, slashes);
  }
  s = s
    .replace(/^[a-z+]+:\/\//, '')
    .replace(/^git@github\.com:/, 'github.com/')
    .replace(/^[^@/]+@/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  const gh = /^github\.com\/([^/]+\/[^/]+)$/.exec(s);
  if (gh) {
    const repo = gh[1].toLowerCase();
    if (repo === GITHUB_NETWORK) return { id: 'terraform-google-modules/network/google', sub };
    const id = GITHUB[repo];
    return id ? { id, sub } : null;
  }
  const reg = /^(?:[a-z0-9.-]+\.[a-z]{2,}\/)?([^/]+\/[^/]+\/[^/]+)$/i.exec(s);
  return reg ? { id: reg[1], sub } : null;
}
