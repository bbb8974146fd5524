// Where a file names a Service range, found without parsing it: the fallback view of a side the formats could
// not read (a limit, binary or undecodable content, a parser failure). The keys are those of src/prefilter.ts
// that SET a Service range (SPEC §5), not its neighbours: pod ranges, stack switches, DNS addresses and format
// signatures name no Service range, so a file whose only keys are those draws no unreadable-config (issue 11).
//
// "The change touches a key" is a question about regions, not single lines: a key's value may continue on the
// lines below it (a YAML list, a `\` continuation), and the lines it hangs from (its parent keys, the document's
// `apiVersion:`/`kind:`) decide what the key means. touchesRegion() answers it in one pass over the text.

import type { LineChanges } from './touched-lines.js';

const SERVICE_RANGE_KEYS = [
  'service-cluster-ip-range', // kube-apiserver / kube-controller-manager flag, k3s/RKE2 kube-apiserver-arg
  'service_cluster_ip_range', // RKE1 services.kube-api
  'serviceClusterIPRange', // kops
  'serviceSubnet', // kubeadm, kind; also Talos serviceSubnets
  'service-cidr', // k3s / RKE2
  'serviceCIDR', // k0s
  'serviceNetwork', // OpenShift install-config
  'cidrBlocks', // Cluster API services.cidrBlocks
  'kube_service_addresses', // kubespray (and _ipv6)
  'serviceIPv4CIDR', // eksctl
  'cluster_svc_cidr', // onedr0p/cluster-template cluster.yaml
  'service_ipv4_cidr', // Terraform EKS
  'service_ipv6_cidr',
  'service_cidr', // Terraform AKS
  'services_ipv4_cidr_block', // Terraform GKE
  'services_secondary_range_name',
];

// Case-insensitive, as in the prefilter: env files spell them SERVICE_CLUSTER_IP_RANGE, KUBE_SERVICE_ADDRESSES.
const KEY_PATTERN = new RegExp(SERVICE_RANGE_KEYS.map((k) => k.replace(/[-_]/g, '[-_]')).join('|'), 'i');

/** The same keys as a POSIX extended regular expression, case-insensitive (`git grep -i -E`: src/changes/git.ts). */
export const SERVICE_RANGE_KEY_ERE = KEY_PATTERN.source;

/** True when the text names a key that sets a Service range (a cheap scan, no parsing). */
export function namesServiceRangeKey(text: string): boolean {
  return KEY_PATTERN.test(text);
}

/** The text with every Service range key name overwritten by `x` (same length): it then names none. */
export function blankServiceRangeKeys(text: string): string {
  return text.replace(new RegExp(KEY_PATTERN.source, 'gi'), (m) => 'x'.repeat(m.length));
}

/** 1-based lines of `lines` that name a Service range key. */
export function serviceRangeKeyLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if (KEY_PATTERN.test(lines[i])) out.push(i + 1);
  return out;
}

/** Lines a key's value may continue on below it: at most this many are looked at (past it: touched, fails closed). */
const MAX_VALUE_LINES = 1000;

/**
 * Whether the change touches the region of a line: the line itself, the lines its value continues on
 * (more indented lines, `- ` items at the key's indentation under a `key:` line, `\` continuations), the
 * lines it hangs from (each less indented line above it, up to the document start) and the document's
 * top-level `apiVersion:`/`kind:` lines. `touched` is a 1-based predicate on the same side's lines.
 */
export function touchesRegion(lines: readonly string[], line: number, touched: (line: number) => boolean): boolean {
  const i0 = line - 1;
  if (i0 < 0 || i0 >= lines.length) return touched(Math.max(1, Math.min(line, lines.length)));
  if (touched(line)) return true;
  const indent = indentOf(lines[i0]);
  // Below: the value's continuation.
  let prevContinues = /\\\r?$/.test(lines[i0]);
  const opensBlock = /:\s*(?:[|>][-+0-9]*\s*)?(?:#.*)?\r?$/.test(lines[i0]);
  for (let j = i0 + 1, seen = 0; j < lines.length; j++, seen++) {
    if (seen >= MAX_VALUE_LINES) return true;
    const text = lines[j];
    const blank = /^\s*\r?$/.test(text);
    const ind = indentOf(text);
    const continues = prevContinues || blank || ind > indent || (opensBlock && ind === indent && /^\s*-(\s|$)/.test(text));
    if (!continues) break;
    // A blank line continues the scan but is no part of the value: filling it is a change below the value.
    if (!blank && touched(j + 1)) return true;
    prevContinues = /\\\r?$/.test(text);
  }
  // Above: the parents (each less indented line) and `\`-continued lines, up to the document start.
  let min = indent;
  for (let j = i0 - 1; j >= 0; j--) {
    const text = lines[j];
    if (/^(---|\.\.\.)\s*\r?$/.test(text)) {
      if (touched(j + 1)) return true;
      break;
    }
    if (/^\s*(#.*)?\r?$/.test(text)) continue;
    const ind = indentOf(text);
    if ((ind < min || /\\\r?$/.test(text)) && touched(j + 1)) return true;
    if (ind < min) min = ind;
    if (/^(apiVersion|kind)\s*:/.test(text) && touched(j + 1)) return true;
  }
  // Below the key, the rest of the document's identity lines (kind: may follow the key).
  for (let j = i0 + 1; j < lines.length; j++) {
    const text = lines[j];
    if (/^(---|\.\.\.)\s*\r?$/.test(text)) return touched(j + 1);
    if (/^(apiVersion|kind)\s*:/.test(text) && touched(j + 1)) return true;
  }
  return false;
}

function indentOf(text: string): number {
  let n = 0;
  while (n < text.length && (text.charCodeAt(n) === 32 || text.charCodeAt(n) === 9)) n++;
  return n;
}

/**
 * The first line (of the new text) where the change touches the region of a Service range key on either
 * side, or null. Old-side keys count too: deleting or editing a key's line is a change to it. `maxKeys`
 * bounds the work: past it, any touched line counts (fails closed).
 */
export function firstTouchedKeyLine(
  beforeLines: readonly string[] | null,
  afterLines: readonly string[] | null,
  changes: LineChanges,
  maxKeys = 200,
): number | null {
  if (afterLines) {
    const keys = serviceRangeKeyLines(afterLines);
    for (const [n, line] of keys.entries()) {
      if (n >= maxKeys) return firstTouched(afterLines.length, changes.afterTouched) ?? line;
      if (touchesRegion(afterLines, line, changes.afterTouched)) return line;
    }
  }
  if (beforeLines) {
    const keys = serviceRangeKeyLines(beforeLines);
    for (const [n, line] of keys.entries()) {
      if (n >= maxKeys) return firstTouched(beforeLines.length, changes.beforeTouched) === null ? null : changes.afterLineOf(line);
      if (touchesRegion(beforeLines, line, changes.beforeTouched)) return changes.afterLineOf(line);
    }
  }
  return null;
}

function firstTouched(count: number, touched: (line: number) => boolean): number | null {
  for (let l = 1; l <= count; l++) if (touched(l)) return l;
  return null;
}
