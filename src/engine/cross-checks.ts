// 3. Checks between the components of one cluster config in the new state (component-mismatch,
// range-overlap, the cluster DNS address), kept only when the old state did not already have them.

import { canonicalOf, sameList } from '../classify.js';
import { describeSource } from '../messages.js';
import type { EngineOptions, RuleId, Setting } from '../model.js';
import { cidrContainsAddress, overlaps, parseIpAddress, parseRangeList, type Cidr } from '../ranges/index.js';
import { RULES } from '../rules.js';
import { parseValid } from './effective.js';
import type { FileContext } from './file-context.js';
import type { SideExtraction } from './side.js';

interface CrossFinding {
  id: string;
  rule: RuleId;
  at: Setting;
  before: string[] | null;
  after: string[] | null;
  message: string;
  remediation?: string;
}

/** 3. Checks between components of one cluster config, in the new state; kept only when new. */
export function reportCrossChecks(ctx: FileContext, before: SideExtraction | null, after: SideExtraction): void {
  const oldIds = new Set(before ? crossChecks(before, ctx.options).map((c) => c.id) : []);
  for (const c of crossChecks(after, ctx.options)) {
    if (oldIds.has(c.id)) continue;
    // SPEC §3: an added file is validated (invalid-range, range-overlap, non-canonical-range) and nothing else.
    if (!before && c.rule === 'component-mismatch') continue;
    ctx.add(c.rule, c.at, { before: c.before, after: c.after, message: c.message, remediation: c.remediation });
  }
}

function crossChecks(side: SideExtraction, options: EngineOptions): CrossFinding[] {
  const out: CrossFinding[] = [];
  const groups = new Map<string, Setting[]>();
  for (const s of side.settings) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  for (const settings of groups.values()) {
    const services = settings
      .filter((s) => s.role === 'service-range')
      .map((s) => ({ s, cidrs: parseValid(s, side, options) }))
      .filter((x): x is { s: Setting; cidrs: Cidr[] } => x.cidrs !== null);
    if (!services.length) continue;
    const reference = services.find((x) => x.s.component === 'kube-apiserver') ?? services.find((x) => x.s.component === 'platform') ?? services[0];

    for (const other of services) {
      if (other === reference || sameList(reference.cidrs, other.cidrs)) continue;
      const a = canonicalOf(reference.cidrs);
      const b = canonicalOf(other.cidrs);
      out.push({
        id: `mismatch|${other.s.subject}|${a}|${b}`,
        rule: 'component-mismatch',
        at: other.s,
        before: a,
        after: b,
        message: `${other.s.component} ${other.s.setting} = ${b.join(',')} disagrees with ${reference.s.component} ${describeSource(reference.s)} = ${a.join(',')}. ${RULES['component-mismatch'].apiserver}.`,
        remediation: `set ${other.s.setting} to ${a.join(',')}, the ${reference.s.component} value`,
      });
    }

    for (const pod of settings.filter((s) => s.role === 'pod-range')) {
      const podList = parseRangeList(pod.value, 'sloppy');
      if (!podList.ok) continue;
      for (const svc of services) {
        const hit = svc.cidrs.flatMap((c) => podList.cidrs.filter((p) => overlaps(c, p)).map((p) => [c, p] as const))[0];
        if (!hit) continue;
        const at = svc.s.origin === 'explicit' ? svc.s : pod;
        out.push({
          id: `overlap|${svc.s.subject}|${pod.subject}|${hit[0].canonical}|${hit[1].canonical}`,
          rule: 'range-overlap',
          at: { ...at, format: svc.s.format, component: svc.s.component },
          before: null,
          after: canonicalOf(svc.cidrs),
          message: `the Service range ${hit[0].canonical} (${describeSource(svc.s)}) overlaps the pod range ${hit[1].canonical} (${pod.setting}). The Service range must not overlap with any IP ranges assigned to nodes or pods: ClusterIPs would collide with pod IPs.`,
        });
      }
    }

    for (const dns of settings.filter((s) => s.role === 'dns-address')) {
      const ip = parseIpAddress(dns.value, 'sloppy');
      const primary = reference.cidrs[0];
      if (!ip || reference.cidrs.some((c) => cidrContainsAddress(c, ip))) continue;
      out.push({
        id: `dns|${dns.subject}|${dns.value}|${canonicalOf(reference.cidrs)}`,
        rule: 'invalid-range',
        at: dns,
        before: null,
        after: canonicalOf(reference.cidrs),
        message: `the cluster DNS address ${dns.value} (${dns.setting}) is outside the Service range ${canonicalOf(reference.cidrs).join(',')}: the DNS Service cannot get that ClusterIP (expected an address in ${primary.canonical}).`,
      });
    }
  }
  return out;
}
