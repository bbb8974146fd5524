// k3s and RKE2 server configuration (the same keys: docs.k3s.io/cli/server, docs.rke2.io/reference/server_config):
//   service-cidr  (default 10.43.0.0/16; a string "a,b" or a YAML list; k3s-io/k3s pkg/cli/cmds/server.go
//                  declares it a StringSliceFlag, so repeated command-line flags accumulate)
//   cluster-cidr  (pods, default 10.42.0.0/16)     cluster-dns (the CoreDNS Service IP)
//   kube-apiserver-arg / kube-controller-manager-arg: "flag=value" items appended after the flags k3s
//                  computes, so `service-cluster-ip-range=` there is what that component runs with.
// Found as: a config.yaml map (top level or nested: Ansible `k3s_server:` vars, cloud-configs), a command-line
// list (`k3sArgs: [server, --service-cidr, 10.53.0.0/16]`), flags inside a string (`extra_server_args: >-
// ... --service-cidr=...`), and Ansible role variables `rke2_service_cidr` / `rke2_cluster_cidr`.
// Immutable: "Dual-stack networking must be configured when the cluster is first created. It cannot be
// enabled on an existing cluster once it has been started as IPv4-only." (docs.k3s.io
// networking/basic-network-options; the same note in rancher/rke2-docs#415).

import { isMap, isScalar, isSeq, type Document, type ParsedNode, type Scalar } from 'yaml';
import type { Extraction, Span } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { deref, isShellOrUnit, lineSpan, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import {
  bareFlagName,
  emitRange,
  findTemplate,
  guardExtraction,
  keySpan,
  settingMaker,
  mapKeys,
  MAX_WALK_DEPTH,
  readRange,
  splitFlagArg,
  templateProblem,
  walkMaps,
  scanKeyLines,
  preferApiserverOverride,
  unreadableProblem,
  type RangeRead,
} from '../toolkit/read-values.js';

const FORMAT = 'k3s';
export const K3S_DEFAULT_SERVICE_CIDR = '10.43.0.0/16';
export const K3S_DUAL_STACK_IMMUTABLE =
  'k3s/RKE2: "Dual-stack networking must be configured when the cluster is first created. It cannot be enabled on an existing cluster once it has been started as IPv4-only." (docs.k3s.io/networking/basic-network-options, docs.rke2.io networking)';

/** Keys only a server has: a config with one of them defines the cluster's ranges (agents do not). */
const SERVER_KEYS = new Set([
  'service-cidr',
  'cluster-cidr',
  'cluster-dns',
  'kube-apiserver-arg',
  'kube-controller-manager-arg',
  'kube-scheduler-arg',
  'write-kubeconfig-mode',
  'write-kubeconfig',
  'tls-san',
  'cluster-init',
  'flannel-backend',
  'disable-network-policy',
  'disable-cloud-controller',
  'etcd-expose-metrics',
  'secrets-encryption',
  'cni',
  'egress-selector-mode',
  'disable',
  'disable-helm-controller',
  'etcd-snapshot-schedule-cron',
  'service-node-port-range',
]);
/** Keys of k3s/RKE2 configs (the config-file spelling of server and agent flags): the server's and these. */
const K3S_KEYS = new Set([
  ...SERVER_KEYS,
  'kube-proxy-arg',
  'kubelet-arg',
  'disable-kube-proxy',
  'node-taint',
  'node-label',
  'node-ip',
  'cluster-domain',
  'embedded-registry',
  'profile',
]);
/** Command-line flags that only a k3s/RKE2 server takes (kube-apiserver itself says --service-cluster-ip-range). */
const SERVER_FLAGS = new Set([
  'service-cidr',
  'cluster-init',
  'disable',
  'tls-san',
  'flannel-backend',
  'write-kubeconfig-mode',
  'kube-apiserver-arg',
  'cluster-dns',
  'cluster-cidr',
]);

export const k3sFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractK3s(source)),
};

export function extractK3s(source: Source): Extraction {
  const yaml = source.yaml;
  const out: Extraction = { settings: [], problems: [] };
  if (yaml) {
    for (const doc of yaml.documents) readDocument(source, doc, out);
    // Jinja/Go templates often break YAML before the value is reached; never pass silently then.
    if (out.settings.length === 0 && out.problems.length === 0 && yaml.problems.length > 0) scanBrokenText(source, out);
  } else {
    scanBrokenText(source, out);
  }
  return out.settings.length || out.problems.length ? out : EMPTY_EXTRACTION;
}

function readDocument(source: Source, doc: Document.Parsed, out: Extraction): void {
  const claimed = new Set<unknown>();
  walkMaps(doc, doc.contents, (map, path) => {
    const keys = mapKeys(doc, map);
    const parentKey = path[path.length - 1] ?? '';
    // kubeadm/Talos `extraArgs` maps carry kube-apiserver flags, never k3s keys.
    if (/extraArgs$|Args$/i.test(parentKey)) return;
    const k3sKeys = keys.filter((k) => K3S_KEYS.has(k));
    // Without service-cidr itself: two k3s keys, one of them a hyphenated server-only key (a Helm values
    // file with `cni:` and `disable:` is not a k3s config).
    const isConfig = keys.includes('service-cidr') || (k3sKeys.length >= 2 && k3sKeys.some((k) => k.includes('-') && SERVER_KEYS.has(k)));
    if (isConfig) {
      readConfigMap(source, doc, map, path, out);
      for (const k of ['kube-apiserver-arg', 'kube-controller-manager-arg']) claimed.add(mapEntry(doc, map, k)?.value);
    }
    // Ansible role variables (lablabs/ansible-role-rke2 defaults): rke2_service_cidr / rke2_cluster_cidr.
    readRoleVars(source, doc, map, path, out);
  });
  walkLists(doc, doc.contents, [], 0, (seq, path) => {
    if (!claimed.has(seq)) readArgList(source, doc, seq, path, out);
  });
  // A shell script or unit that happens to parse as one YAML string is a command line, read with its variables
  // and control flow by the flag readers (src/formats/flags/k3s-server-flags.ts), not as a flag string here.
  if (isShellOrUnit(source.path, source.text)) return;
  walkStrings(doc, doc.contents, [], 0, (node, path) => readFlagString(source, node, path, out));
}

function idOf(path: string[]): string {
  return `k3s/${path.length ? path.join('.') : 'config'}`;
}

function dualStackImmutable(value: string): string | undefined {
  return value.includes(',') ? K3S_DUAL_STACK_IMMUTABLE : undefined;
}

function readConfigMap(source: Source, doc: Document.Parsed, map: ParsedNode, path: string[], out: Extraction): void {
  const id = idOf(path);
  const make = settingMaker({ format: FORMAT, group: id });
  const service = mapEntry(doc, map, 'service-cidr');
  const subject = `${id}/service-range`;
  if (service) {
    const read = readServiceCidr(source, doc, service.value, make, subject, 'service-cidr', out);
    if (read !== 'empty') readConfigRest(source, doc, map, id, make, out);
    if (read !== 'empty') return;
  }
  out.settings.push(
    make({
      subject,
      role: 'service-range',
      component: 'platform',
      setting: 'service-cidr',
      value: K3S_DEFAULT_SERVICE_CIDR,
      origin: 'default',
      span: defaultSpan(source, doc, path),
      defaultNote: 'k3s/RKE2 default when service-cidr is absent (docs.k3s.io/cli/server: "default: 10.43.0.0/16")',
    }),
  );
  readConfigRest(source, doc, map, id, make, out);
}

/**
 * The platform's Service CIDR field (a scalar or a list): a literal is a Setting (dual-stack: fixed at creation),
 * a template or an unreadable value a problem hiding the range (fail closed, SPEC §9: RKE2 role vars as much as
 * k3s config.yaml).
 */
function readServiceCidr(
  source: Source,
  doc: Document.Parsed,
  node: ParsedNode | null,
  make: ReturnType<typeof settingMaker>,
  subject: string,
  setting: string,
  out: Extraction,
): RangeRead['kind'] {
  const read = readRange(source, doc, node);
  if (read.kind === 'value') {
    out.settings.push(
      make({
        subject,
        role: 'service-range',
        component: 'platform',
        setting,
        value: read.text,
        origin: 'explicit',
        span: read.span,
        immutable: dualStackImmutable(read.text),
      }),
    );
  } else if (read.kind === 'template') {
    out.problems.push(templateProblem(FORMAT, setting, read.span, read.expression));
  } else if (read.kind === 'unreadable') {
    out.problems.push(unreadableProblem(FORMAT, setting, read.span, read.reason));
  }
  return read.kind;
}

/** Where a default points: the key that holds the config map, or line 1 for a top-level config. */
function defaultSpan(source: Source, doc: Document.Parsed, path: string[]): Span {
  if (path.length === 0 || path.some((p) => p.startsWith('['))) return lineSpan(1);
  let node: unknown = doc.contents;
  let key: Scalar | null = null;
  for (const p of path) {
    const e = mapEntry(doc, node, p);
    if (!e) return lineSpan(1);
    key = e.key;
    node = e.value;
  }
  return keySpan(source, key);
}

function readConfigRest(
  source: Source,
  doc: Document.Parsed,
  map: ParsedNode,
  id: string,
  make: ReturnType<typeof settingMaker>,
  out: Extraction,
): void {
  for (const [setting, role] of [
    ['cluster-cidr', 'pod-range'],
    ['cluster-dns', 'dns-address'],
  ] as const) {
    const node = mapEntry(doc, map, setting)?.value ?? null;
    emitRange(out, source, doc, node, make, { subject: `${id}/${role}`, role, component: 'platform', setting }, FORMAT);
  }
  for (const [key, component] of [
    ['kube-apiserver-arg', 'kube-apiserver'],
    ['kube-controller-manager-arg', 'kube-controller-manager'],
  ] as const) {
    const node = mapEntry(doc, map, key)?.value ?? null;
    const items = isSeq(node) ? node.items.map((i) => deref(doc, i)) : node ? [node] : [];
    let last: ParsedNode | null = null;
    for (const item of items) {
      const t = scalarText(item);
      const arg = t === null ? null : splitFlagArg(t);
      if (arg && arg.name === 'service-cluster-ip-range') last = item;
    }
    if (!last || !isScalar(last) || !last.range) continue;
    // The value starts after "service-cluster-ip-range=" inside the item: point at it exactly.
    const raw = source.text.slice(last.range[0], last.range[1]);
    const eq = raw.indexOf('=');
    const value = splitFlagArg(scalarText(last) ?? '')?.value ?? '';
    const start = last.range[0] + eq + 1;
    const span = source.span(start, start + value.length);
    const setting = `${key}: service-cluster-ip-range`;
    const expr = findTemplate(value);
    if (expr) {
      out.problems.push(templateProblem(FORMAT, setting, span, expr));
      continue;
    }
    out.settings.push(make({ subject: `${id}/${component}`, role: 'service-range', component, setting, value, origin: 'explicit', span }));
  }
  preferApiserverOverride(out, id);
}

function readRoleVars(source: Source, doc: Document.Parsed, map: ParsedNode, path: string[], out: Extraction): void {
  const id = `k3s/${path.length ? `${path.join('.')}.` : ''}rke2-role`;
  const make = settingMaker({ format: FORMAT, group: id });
  const service = mapEntry(doc, map, 'rke2_service_cidr');
  if (service) readServiceCidr(source, doc, service.value, make, `${id}/service-range`, 'rke2_service_cidr', out);
  if (service || mapEntry(doc, map, 'rke2_cluster_cidr')) {
    emitRange(
      out,
      source,
      doc,
      mapEntry(doc, map, 'rke2_cluster_cidr')?.value ?? null,
      make,
      { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: 'rke2_cluster_cidr' },
      FORMAT,
    );
  }
}

// ---- command-line lists: k3OS `k3sArgs`, container args, systemd-like lists in YAML ----

function walkLists(doc: Document.Parsed, node: unknown, path: string[], depth: number, visit: (seq: ParsedNode, path: string[]) => void): void {
  const n = deref(doc, node);
  if (!n || depth > MAX_WALK_DEPTH) return;
  if (isMap(n)) for (const p of n.items) walkLists(doc, p.value, [...path, isScalar(p.key) ? String(p.key.value) : '?'], depth + 1, visit);
  else if (isSeq(n)) {
    visit(n, path);
    for (const [k, i] of n.items.entries()) walkLists(doc, i, [...path, `[${k}]`], depth + 1, visit);
  }
}

function readArgList(source: Source, doc: Document.Parsed, seq: ParsedNode, path: string[], out: Extraction): void {
  if (!isSeq(seq)) return;
  const items = seq.items.map((i) => deref(doc, i));
  const texts = items.map((i) => scalarText(i));
  const flagName = (t: string | null) => (t === null ? null : (bareFlagName(t) ?? (/^\s*--/.test(t) ? (splitFlagArg(t)?.name ?? null) : null)));
  const names = texts.map(flagName);
  const hasServiceCidr = names.includes('service-cidr');
  const isServer =
    texts.some((t) => t === 'server' || (t !== null && /\bk3s\s+server\b|\brke2\s+server\b/.test(t))) &&
    names.some((n) => n !== null && SERVER_FLAGS.has(n));
  if (!hasServiceCidr && !isServer) return;
  const id = idOf(path);
  const make = settingMaker({ format: FORMAT, group: id });
  const values: { value: string; node: ParsedNode; start: number; end: number }[] = [];
  const pods: typeof values = [];
  for (let i = 0; i < items.length; i++) {
    const t = texts[i];
    const item = items[i];
    if (t === null || !item?.range) continue;
    const bare = bareFlagName(t);
    let value: string | null = null;
    let start = 0;
    let end = 0;
    let node: ParsedNode = item;
    const name = bare ?? (/^\s*--/.test(t) ? (splitFlagArg(t)?.name ?? null) : null);
    if (name !== 'service-cidr' && name !== 'cluster-cidr') continue;
    if (bare) {
      const next = items[i + 1];
      const nt = scalarText(next);
      if (!next?.range || nt === null) continue;
      value = nt;
      node = next;
      start = next.range[0];
      end = next.range[1];
      i++;
    } else {
      value = splitFlagArg(t)?.value ?? null;
      const raw = source.text.slice(item.range[0], item.range[1]);
      start = item.range[0] + raw.indexOf('=') + 1;
      end = start + (value?.length ?? 0);
    }
    if (value === null) continue;
    (name === 'service-cidr' ? values : pods).push({ value, node, start, end });
  }
  emitAccumulated(source, out, make, id, values, 'service-range', '--service-cidr', seq, path, doc);
  emitAccumulated(source, out, make, id, pods, 'pod-range', '--cluster-cidr', seq, path, doc);
}

/** k3s StringSlice flags accumulate: `--service-cidr a --service-cidr b` is "a,b". */
function emitAccumulated(
  source: Source,
  out: Extraction,
  make: ReturnType<typeof settingMaker>,
  id: string,
  values: { value: string; start: number; end: number }[],
  role: 'service-range' | 'pod-range',
  setting: string,
  seq: ParsedNode | null,
  path: string[],
  doc: Document.Parsed | null,
): void {
  const subject = `${id}/${role}`;
  for (const v of values) {
    const expr = findTemplate(v.value);
    if (expr) {
      out.problems.push(templateProblem(FORMAT, setting, source.span(v.start, v.end), expr));
      return;
    }
  }
  const draft = { subject, role, component: 'platform', setting } as const;
  if (values.length === 0) {
    if (role !== 'service-range' || !seq || !doc) return;
    out.settings.push(
      make({
        ...draft,
        value: K3S_DEFAULT_SERVICE_CIDR,
        origin: 'default',
        span: defaultSpan(source, doc, path),
        defaultNote: 'k3s/RKE2 default when --service-cidr is not given (docs.k3s.io/cli/server)',
      }),
    );
    return;
  }
  const value = values.map((v) => v.value).join(',');
  const span = source.span(values[0].start, values[values.length - 1].end);
  out.settings.push(
    make({
      ...draft,
      value,
      origin: 'explicit',
      span,
      immutable: role === 'service-range' ? dualStackImmutable(value) : undefined,
    }),
  );
}

// ---- flags inside strings: Ansible `extra_server_args: >- ... --service-cidr=...`, INSTALL_K3S_EXEC ----

function walkStrings(doc: Document.Parsed, node: unknown, path: string[], depth: number, visit: (n: Scalar, path: string[]) => void): void {
  const n = deref(doc, node);
  if (!n || depth > MAX_WALK_DEPTH) return;
  if (isMap(n)) for (const p of n.items) walkStrings(doc, p.value, [...path, isScalar(p.key) ? String(p.key.value) : '?'], depth + 1, visit);
  else if (isSeq(n)) for (const [k, i] of n.items.entries()) walkStrings(doc, i, [...path, `[${k}]`], depth + 1, visit);
  else if (isScalar(n) && typeof n.value === 'string' && /--service-cidr[=\s]/.test(n.value) && /\s--/.test(n.value)) visit(n, path);
}

const FLAG_IN_TEXT = /--(service-cidr|cluster-cidr)(?:=|[ \t]+)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'\\]+))/g;

function readFlagString(source: Source, node: Scalar, path: string[], out: Extraction): void {
  if (!node.range) return;
  const id = idOf(path);
  const make = settingMaker({ format: FORMAT, group: id });
  // Read the flags from the file text itself, so every span is exact even in folded or quoted scalars.
  const raw = source.text.slice(node.range[0], node.range[1]);
  const services: { value: string; start: number; end: number }[] = [];
  const pods: typeof services = [];
  for (const m of raw.matchAll(FLAG_IN_TEXT)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const offsetInMatch = m[0].length - value.length - (m[2] !== undefined || m[3] !== undefined ? 1 : 0);
    const start = node.range[0] + (m.index ?? 0) + offsetInMatch;
    (m[1] === 'service-cidr' ? services : pods).push({ value, start, end: start + value.length });
  }
  // A string is a fragment of a command line: what is not in it is unknown, so no default here.
  emitAccumulated(source, out, make, id, services, 'service-range', '--service-cidr', null, path, null);
  if (services.length) emitAccumulated(source, out, make, id, pods, 'pod-range', '--cluster-cidr', null, path, null);
}

// ---- text fallback for files YAML cannot read (Jinja blocks around the config) ----

function scanBrokenText(source: Source, out: Extraction): void {
  out.problems.push(...scanKeyLines(source, FORMAT, ['service-cidr', 'rke2_service_cidr']));
}
