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

//
// The registry modules that wrap these resources (terraform-modules.ts) are read the same way. Values behind
// `var.x` / `local.x` are resolved where the definition is in reach (terraform-values.ts): the same file, or the
// other files of the directory the engine hands over (Source.directory). The file that holds the literal
// reports it, at its own line, naming where it goes ("var.service_cidr → kubernetes_network_config.service_ipv4_cidr");
// a file whose definition lives in another file of the change says nothing about it (that file reports).

import type { Extraction, Problem, Setting } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { hclAttribute, hclBlocks, parseHcl, type HclBlock, type HclBody, type HclExpr } from './terraform-hcl.js';
import type { Source } from '../toolkit/yaml-source.js';
import { guardExtraction, makeSetting, minorVersion, type SettingContext } from '../toolkit/read-values.js';
import { isGoogleNetworkModule, moduleOfSource, type ModuleSpec } from './terraform-modules.js';
import { SERVICE_INPUT_NAME, TerraformDirectory, terraformFileKind, type Resolved, type TfArgument, type TfFileRecord } from './terraform-values.js';

const FORMAT = 'terraform';

/** Cheap content check before parsing: only files that declare one of the resources or call a module are read. */
const RESOURCE_RE =
  /resource\s+"(aws_eks_cluster|azurerm_kubernetes_cluster|google_container_cluster|google_compute_subnetwork)"|\bmodule\s+"[^"]*"\s*\{/;

export const terraformFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractTerraform(source)),
};

interface ResourceSpec {
  /** Nested block holding the arguments. */
  block: string;
  service: { single: string; list?: string };
  /** GKE: the Service range named as a secondary range of the subnetwork. */
  serviceRangeName?: string;
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
    immutable:
      'changing network_profile service_cidr/service_cidrs forces replacement of the AKS cluster (ForceNew in hashicorp/terraform-provider-azurerm)',
  },
  google_container_cluster: {
    block: 'ip_allocation_policy',
    service: { single: 'services_ipv4_cidr_block' },
    serviceRangeName: 'services_secondary_range_name',
    pods: { single: 'cluster_ipv4_cidr_block' },
    version: 'min_master_version',
    immutable:
      'changing ip_allocation_policy.services_ipv4_cidr_block forces replacement of the GKE cluster (ForceNew in hashicorp/terraform-provider-google)',
  },
};

const GKE_RANGE_IMMUTABLE =
  'the GKE cluster takes its Services from this secondary range and keeps it for life (ip_allocation_policy.services_secondary_range_name is ForceNew in hashicorp/terraform-provider-google), and Google Cloud refuses to change or remove a secondary range a cluster uses';

/** What one file contributes to its directory (also used by the engine to build a TerraformDirectory). */
export function readTerraformFile(path: string, text: string, inChange = true): TfFileRecord | null {
  // tfvars and .tf files are Terraform's by name (Terraform loads them by name); any other file is read when it
  // declares one of the resources or calls a module (recognition by content).
  const kind = terraformFileKind(path) ?? (RESOURCE_RE.test(text) ? 'tf' : null);
  if (kind === null) return null;
  const record: TfFileRecord = {
    path,
    kind,
    inChange,
    defaults: new Map(),
    declared: new Set(),
    assignments: new Map(),
    locals: new Map(),
    args: [],
    ranges: [],
    problems: [],
  };
  const { body, errors } = parseHcl(text);
  if (kind !== 'tf') {
    for (const a of body.attributes) record.assignments.set(a.name, a.expr);
  } else {
    for (const v of hclBlocks(body, 'variable')) {
      const name = v.labels[0];
      if (name === undefined) continue;
      record.declared.add(name);
      const d = hclAttribute(v.body, 'default');
      if (d) record.defaults.set(name, d.expr);
    }
    for (const l of hclBlocks(body, 'locals')) for (const a of l.body.attributes) record.locals.set(a.name, a.expr);
    for (const resource of hclBlocks(body, 'resource')) {
      const [type, name] = resource.labels;
      if (name === undefined) continue;
      if (type === 'google_compute_subnetwork') readSubnetwork(record, resource, name);
      const spec = type ? RESOURCES[type] : undefined;
      if (spec) readResource(record, resource, type, name, spec);
    }
    for (const module of hclBlocks(body, 'module')) {
      const name = module.labels[0];
      const source = hclAttribute(module.body, 'source');
      const spec = source?.expr.kind === 'string' ? moduleOfSource(source.expr.value) : null;
      if (spec && name !== undefined) readModule(record, module, name, spec);
      if (source?.expr.kind === 'string' && name !== undefined && isGoogleNetworkModule(source.expr.value)) readNetworkModule(record, module, name);
    }
  }
  // Syntax errors matter where the file carries something the gate reads.
  if (record.args.length > 0 || record.ranges.length > 0 || RESOURCE_RE.test(text)) {
    record.problems.unshift(...errors.map((e) => ({ line: e.line, column: e.column, message: `HCL: ${e.message}`, format: FORMAT })));
  }
  return record;
}

function readResource(record: TfFileRecord, resource: HclBlock, type: string, name: string, spec: ResourceSpec): void {
  const group = `terraform/${type}.${name}`;
  const version = hclAttribute(resource.body, spec.version);
  const ctx = context(group, spec.immutable, version?.expr.kind === 'string' ? version.expr.value : undefined);
  // Dynamic blocks and several nested blocks are not something we can resolve; the last literal wins.
  const blocks = hclBlocks(resource.body, spec.block);
  const inner: HclBody | null = blocks.length > 0 ? blocks[blocks.length - 1].body : null;
  if (!inner) {
    if (hclBlocks(resource.body, 'dynamic').some((d) => d.labels[0] === spec.block)) {
      record.problems.push({
        line: resource.span.line,
        message: `${type}.${name}: ${spec.block} is a dynamic block: the Service range cannot be read`,
        hidesRange: true,
        setting: spec.block,
        format: FORMAT,
      });
    }
    return;
  }
  const subject = `${group}/${spec.block}`;
  const add = (attrName: string, role: TfArgument['role'], rangeName = false): boolean => {
    const attr = hclAttribute(inner, attrName);
    if (!attr) return false;
    record.args.push({
      file: record.path,
      expr: attr.expr,
      subject,
      ctx,
      role,
      setting: `${spec.block}.${attr.name}`,
      ...(rangeName ? { rangeName, immutable: GKE_RANGE_IMMUTABLE } : {}),
    });
    return true;
  };
  if (!(spec.service.list && add(spec.service.list, 'service-range')) && !add(spec.service.single, 'service-range') && spec.serviceRangeName) {
    add(spec.serviceRangeName, 'service-range', true);
  }
  if (spec.pods && !(spec.pods.list && add(spec.pods.list, 'pod-range'))) add(spec.pods.single, 'pod-range');
  if (spec.dns) add(spec.dns, 'dns-address');
}

function readModule(record: TfFileRecord, module: HclBlock, name: string, spec: ModuleSpec): void {
  const group = `terraform/module.${name}`;
  const versionAttr = spec.version.map((v) => hclAttribute(module.body, v)).find((a) => a);
  const ctx = context(group, spec.immutable, versionAttr?.expr.kind === 'string' ? versionAttr.expr.value : undefined);
  const add = (names: readonly string[] | undefined, role: TfArgument['role'], rangeName = false): boolean => {
    // Terraform refuses an input the module does not declare, so only one generation's name can be present.
    const attr = (names ?? []).map((n) => hclAttribute(module.body, n)).find((a) => a);
    if (!attr) return false;
    record.args.push({
      file: record.path,
      expr: attr.expr,
      subject: group,
      ctx,
      role,
      setting: `module.${name}.${attr.name}`,
      ...(rangeName ? { rangeName } : {}),
    });
    return true;
  };
  if (!add(spec.serviceList, 'service-range')) add(spec.service, 'service-range', !!spec.serviceIsRangeName);
  if (!add(spec.podsList, 'pod-range')) add(spec.pods, 'pod-range');
  add(spec.dns, 'dns-address');
}

function readSubnetwork(record: TfFileRecord, resource: HclBlock, name: string): void {
  for (const block of hclBlocks(resource.body, 'secondary_ip_range')) {
    const rangeName = hclAttribute(block.body, 'range_name');
    const cidr = hclAttribute(block.body, 'ip_cidr_range');
    if (rangeName && cidr)
      record.ranges.push({ file: record.path, subnetwork: `google_compute_subnetwork.${name}`, name: rangeName.expr, cidr: cidr.expr });
  }
}

/**
 * terraform-google-modules/network `secondary_ranges = { subnet = [{ range_name = "…", ip_cidr_range = "…" }] }`:
 * an object expression the HCL reader keeps as raw text; each innermost `{ … }` naming both keys is one range.
 */
function readNetworkModule(record: TfFileRecord, module: HclBlock, name: string): void {
  const attr = hclAttribute(module.body, 'secondary_ranges');
  if (attr?.expr.kind !== 'other') return;
  const raw = attr.expr.raw;
  const at = (offset: number, length: number): HclExpr['span'] => {
    const before = raw.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    const line = attr.expr.span.line + (before.match(/\n/g)?.length ?? 0);
    const column = nl < 0 ? attr.expr.span.column + offset : offset - nl;
    return { line, column, endLine: line, endColumn: column + length };
  };
  const value = (m: RegExpExecArray, base: number): HclExpr => {
    const text = m[1];
    const offset = base + m.index + m[0].length - text.length;
    const span = at(offset, text.length);
    if (!text.startsWith('"')) return { kind: 'other', raw: text, span };
    const inner = text.slice(1, -1);
    if (/[$%]\{/.test(inner)) return { kind: 'template', raw: text, expression: inner, span };
    return { kind: 'string', value: inner.replace(/\\(.)/g, '$1'), raw: text, span };
  };
  const VALUE = String.raw`("(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w.\-\[\]]*)`;
  for (const obj of raw.matchAll(/(?<![$%])\{((?:[^{}]|[$%]\{[^{}]*\})*)\}/g)) {
    const base = obj.index! + 1;
    const n = new RegExp(String.raw`\brange_name\s*=\s*` + VALUE).exec(obj[1]);
    const c = new RegExp(String.raw`\bip_cidr_range\s*=\s*` + VALUE).exec(obj[1]);
    if (n && c) record.ranges.push({ file: record.path, subnetwork: `module.${name}.secondary_ranges`, name: value(n, base), cidr: value(c, base) });
  }
}

function context(group: string, immutable: string, version: string | undefined): SettingContext {
  const ctx: SettingContext = { format: FORMAT, group, profile: 'apiserver', immutable };
  const minor = version !== undefined ? minorVersion(version) : undefined;
  if (minor !== undefined) ctx.kubernetesVersion = minor;
  return ctx;
}

export function extractTerraform(source: Source): Extraction {
  // Terraform files are not YAML: read the raw text. Without a directory, a .tf file matters when it declares a
  // resource, calls a module, or defines a variable or local (a Service range input with no use in reach).
  const given = source.directory?.record(source.path);
  const kind = terraformFileKind(source.path);
  if (!given && !RESOURCE_RE.test(source.text) && (kind === null || (kind === 'tf' && !/\b(variable|locals)\b/.test(source.text))))
    return EMPTY_EXTRACTION;
  const record = given ?? readTerraformFile(source.path, source.text);
  if (!record) return EMPTY_EXTRACTION;
  const directory = source.directory ?? new TerraformDirectory([record], false);
  const settings: Setting[] = [];
  const problems: Problem[] = [...record.problems];
  for (const file of directory.files) {
    for (const arg of file.args) readArgument(directory, record, arg, settings, problems);
  }
  unplacedInputs(directory, record, problems);
  return { settings, problems };
}

/** One argument as `record` sees it: a Setting or a problem when the value stands in `record`, nothing otherwise. */
function readArgument(dir: TerraformDirectory, record: TfFileRecord, arg: TfArgument, settings: Setting[], problems: Problem[]): void {
  let r: Resolved = dir.resolve(arg.expr, arg.file, record.path);
  let setting = arg.setting;
  if (arg.rangeName && r.kind === 'value') {
    const named = secondaryRange(dir, record, r.text);
    setting = `${arg.setting} "${r.text}"`;
    if (named) {
      r = named.resolved;
      setting = `${setting} → ${named.range.subnetwork}${named.range.subnetwork.startsWith('module.') ? '' : ' secondary_ip_range'}.ip_cidr_range`;
    } else {
      // The name is readable, the CIDR is not in reach: say exactly that where the name stands.
      r = {
        kind: 'hidden',
        raw: r.text,
        reason: `it names the secondary range "${r.text}" of the cluster's subnetwork, and no secondary range of that range_name (google_compute_subnetwork secondary_ip_range, terraform-google-modules/network secondary_ranges) is in reach (this file${dir.complete ? ', the directory' : ', the changed files of this directory'}): its CIDR cannot be read`,
        file: r.file,
        span: r.span,
        via: r.via,
      };
    }
  }
  if (r.kind === 'absent') return;
  if (r.kind === 'hidden') {
    if (arg.role !== 'service-range') return;
    // Where the unreadable expression stands, and also at the argument itself: the change may touch either line
    // (src/engine/unreadable.ts reports a hidden value only where the change touches it).
    const at: { line: number; column: number }[] = [];
    if (r.file === record.path && (record.path === arg.file || record.inChange)) at.push(r.span);
    if (arg.file === record.path && !(r.file === arg.file && r.span.line === arg.expr.span.line)) at.push(arg.expr.span);
    const name = [...r.via, setting].join(' → ');
    for (const span of at) {
      problems.push({
        line: span.line,
        column: span.column,
        message: `${name} cannot be read: ${r.reason}`,
        hidesRange: true,
        setting: arg.setting,
        format: FORMAT,
      });
    }
    return;
  }
  const owner = ownerOf(dir, arg, r);
  if (owner.path !== record.path) return;
  const span = owner.atArgument ? arg.expr.span : r.span;
  const name = [...r.via, setting].join(' → ') + (owner.atArgument && r.file !== arg.file ? ` (value from ${r.file})` : '');
  if (arg.role === 'dns-address' ? r.text === '' : r.text === '' || r.text.startsWith('/')) {
    // GKE: blank or "/N" lets the cloud choose the range: nothing to read, still fixed at creation.
    return;
  }
  settings.push(
    makeSetting(arg.ctx, {
      subject: arg.subject,
      role: arg.role,
      component: 'platform',
      setting: name,
      value: r.text,
      origin: 'explicit',
      span,
      ...(arg.immutable && arg.role === 'service-range' ? { immutable: arg.immutable } : {}),
    }),
  );
}

/**
 * Which file reports a resolved value: the file holding the literal (or the unreadable expression) when that file
 * is part of the change; otherwise the file of the argument, at the argument (an unchanged tfvars read from the
 * tree next to a changed .tf).
 */
function ownerOf(dir: TerraformDirectory, arg: TfArgument, r: Resolved & { file: string }): { path: string; atArgument: boolean } {
  if (r.file === arg.file) return { path: arg.file, atArgument: false };
  const holder = dir.record(r.file);
  if (holder?.inChange) return { path: r.file, atArgument: false };
  return { path: arg.file, atArgument: true };
}

function secondaryRange(dir: TerraformDirectory, record: TfFileRecord, name: string): { range: { subnetwork: string }; resolved: Resolved } | null {
  for (const file of dir.files) {
    for (const range of file.ranges) {
      const n = dir.resolve(range.name, range.file, record.path);
      if (n.kind === 'value' && n.text === name) return { range, resolved: dir.resolve(range.cidr, range.file, record.path) };
    }
  }
  return null;
}

/**
 * A tfvars value or a variable default whose name is a Service range input's, while no configuration in reach
 * reads that variable: where it goes cannot be told, so it is a hidden value (fail-closed when the change touches
 * it), never a silent pass. With the whole directory in reach (`complete`), an unused variable is just unused.
 */
function unplacedInputs(dir: TerraformDirectory, record: TfFileRecord, problems: Problem[]): void {
  if (dir.complete) return;
  const values = record.kind === 'tf' ? record.defaults : record.assignments;
  for (const [name, expr] of values) {
    if (!SERVICE_INPUT_NAME.test(name) || dir.usesVariable(name)) continue;
    if (expr.kind === 'other' && expr.raw.trim() === 'null') continue;
    problems.push({
      line: expr.span.line,
      column: expr.span.column,
      message: `var.${name} looks like a Service range input, but no Terraform configuration in reach (this file${record.kind === 'tf' ? '' : ' and the changed .tf files of its directory'}) says where it goes: the unchanged files of the directory are not read`,
      hidesRange: true,
      setting: `var.${name}`,
      format: FORMAT,
    });
  }
}
