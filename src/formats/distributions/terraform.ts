// Terraform (.tf HCL) managed-Kubernetes resources and their Service range arguments.
//
// Upstream provider schemas (all three arguments are Optional + Computed + ForceNew):
// - hashicorp/terraform-provider-aws internal/service/eks/cluster.go: aws_eks_cluster
//   kubernetes_network_config { service_ipv4_cidr (ForceNew, IsCIDRNetwork(12, 24), private ranges),
//   ip_family (ForceNew) }.
// - hashicorp/terraform-provider-azurerm internal/services/containers/kubernetes_cluster_resource.go:
//   azurerm_kubernetes_cluster network_profile { service_cidr, service_cidrs (ForceNew), dns_service_ip,
//   pod_cidr, pod_cidrs (ForceNew) }.
// - hashicorp/terraform-provider-google google/services/container/resource_container_cluster.go:
//   google_container_cluster ip_allocation_policy { services_ipv4_cidr_block, cluster_ipv4_cidr_block }
//   (ForceNew; "Set to blank to have a range chosen with the default size. Set to /netmask (e.g. /14) to
//   have a range chosen with a specific netmask").
//
// Because the arguments are Computed, an absent argument means "whatever the cloud chose at creation":
// removing it from the configuration plans no change, so absence gives no Setting (never a default).
// Any change of a present value forces replacement of the cluster: that is the `immutable` wording.
// A value that is an expression (var.x, local.y, "${...}") hides the range: a problem names it.

import type { Extraction, Problem, Setting } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { hclAttribute, hclBlocks, parseHcl, type HclAttribute, type HclBlock, type HclBody, type HclExpr } from './terraform-hcl.js';
import type { Source } from '../toolkit/yaml-source.js';
import { guardExtraction, makeSetting, minorVersion, templateProblem, type SettingContext } from '../toolkit/read-values.js';

const FORMAT = 'terraform';

/** Cheap content check before parsing: only files that declare one of the resources are read. */
const RESOURCE_RE = /resource\s+"(aws_eks_cluster|azurerm_kubernetes_cluster|google_container_cluster)"/;

export const terraformFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractTerraform(source)),
};

interface ResourceSpec {
  /** Nested block holding the arguments. */
  block: string;
  service: { single: string; list?: string };
  pods?: { single: string; list?: string };
  dns?: string;
  version: string;
  immutable: string;
}

const RESOURCES: Record<string, ResourceSpec> = {
  aws_eks_cluster: {
    block: 'kubernetes_network_config',
    service: { single: 'service_ipv4_cidr' },
    version: 'version',
    immutable:
      'changing kubernetes_network_config.service_ipv4_cidr forces replacement of the EKS cluster (ForceNew in hashicorp/terraform-provider-aws; EKS does not allow changing the service IPv4 CIDR of an existing cluster)',
  },
  azurerm_kubernetes_cluster: {
    block: 'network_profile',
    service: { single: 'service_cidr', list: 'service_cidrs' },
    pods: { single: 'pod_cidr', list: 'pod_cidrs' },
    dns: 'dns_service_ip',
    version: 'kubernetes_version',
    immutable: 'changing network_profile service_cidr/service_cidrs forces replacement of the AKS cluster (ForceNew in hashicorp/terraform-provider-azurerm)',
  },
  google_container_cluster: {
    block: 'ip_allocation_policy',
    service: { single: 'services_ipv4_cidr_block' },
    pods: { single: 'cluster_ipv4_cidr_block' },
    version: 'min_master_version',
    immutable: 'changing ip_allocation_policy.services_ipv4_cidr_block forces replacement of the GKE cluster (ForceNew in hashicorp/terraform-provider-google)',
  },
};

export function extractTerraform(source: Source): Extraction {
  // Terraform files are not YAML: read the raw text.
  if (!RESOURCE_RE.test(source.text)) return EMPTY_EXTRACTION;
  const { body, errors } = parseHcl(source.text);
  const settings: Setting[] = [];
  const problems: Problem[] = errors.map((e) => ({ line: e.line, column: e.column, message: `HCL: ${e.message}`, format: FORMAT }));
  for (const resource of hclBlocks(body, 'resource')) {
    const [type, name] = resource.labels;
    const spec = type ? RESOURCES[type] : undefined;
    if (!spec || name === undefined) continue;
    extractResource(resource, type, name, spec, settings, problems);
  }
  return { settings, problems };
}

function extractResource(resource: HclBlock, type: string, name: string, spec: ResourceSpec, settings: Setting[], problems: Problem[]): void {
  const group = `terraform/${type}.${name}`;
  const version = hclAttribute(resource.body, spec.version);
  const ctx: SettingContext = {
    format: FORMAT,
    group,
    profile: 'apiserver',
    immutable: spec.immutable,
    kubernetesVersion: version?.expr.kind === 'string' ? minorVersion(version.expr.value) : undefined,
  };
  if (ctx.kubernetesVersion === undefined) delete ctx.kubernetesVersion;
  // Dynamic blocks and several nested blocks are not something we can resolve; the last literal wins.
  const blocks = hclBlocks(resource.body, spec.block);
  const inner: HclBody | null = blocks.length > 0 ? blocks[blocks.length - 1].body : null;
  if (!inner) {
    if (hclBlocks(resource.body, 'dynamic').some((d) => d.labels[0] === spec.block)) {
      problems.push({ line: resource.span.line, message: `${type}.${name}: ${spec.block} is a dynamic block: the Service range cannot be read`, hidesRange: true, setting: spec.block, format: FORMAT });
    }
    return;
  }
  const subject = `${group}/${spec.block}`;
  const read = (names: { single: string; list?: string }, role: 'service-range' | 'pod-range'): void => {
    const listAttr = names.list ? hclAttribute(inner, names.list) : null;
    const attr = listAttr ?? hclAttribute(inner, names.single);
    if (!attr) return;
    const setting = `${spec.block}.${attr.name}`;
    const value = readExpr(attr);
    if ('hidden' in value) {
      if (role === 'service-range') problems.push(templateProblem(FORMAT, setting, attr.expr.span, value.hidden));
      return;
    }
    if (value.text === '' || value.text.startsWith('/')) {
      // GKE: blank or "/N" lets the cloud choose the range: nothing to read, still fixed at creation.
      return;
    }
    settings.push(makeSetting(ctx, { subject, role, component: 'platform', setting, value: value.text, origin: 'explicit', span: attr.expr.span }));
  };
  read(spec.service, 'service-range');
  if (spec.pods) read(spec.pods, 'pod-range');
  if (spec.dns) {
    const dns = hclAttribute(inner, spec.dns);
    if (dns?.expr.kind === 'string' && dns.expr.value !== '') {
      settings.push(makeSetting(ctx, { subject, role: 'dns-address', component: 'platform', setting: `${spec.block}.${spec.dns}`, value: dns.expr.value, origin: 'explicit', span: dns.expr.span }));
    }
  }
}

/** A literal string or list of literal strings (comma-joined), or the expression that hides it. */
function readExpr(attr: HclAttribute): { text: string } | { hidden: string } {
  const one = (e: HclExpr): { text: string } | { hidden: string } => {
    if (e.kind === 'string') return { text: e.value };
    if (e.kind === 'template') return { hidden: e.raw };
    if (e.kind === 'list') {
      const parts: string[] = [];
      for (const item of e.items) {
        const r = one(item);
        if ('hidden' in r) return r;
        parts.push(r.text);
      }
      return { text: parts.join(',') };
    }
    return { hidden: e.raw };
  };
  return one(attr.expr);
}
