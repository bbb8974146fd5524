// component-mismatch across files: the kube-apiserver and kube-controller-manager manifests (or units) of one
// node directory, when both are in the change (SPEC §3).

import { canonicalOf, sameList } from '../classify.js';
import { describeSource } from '../messages.js';
import type { ChangedFile, EngineOptions, Finding, Setting } from '../model.js';
import { RULES } from '../rules.js';
import { applySuppressions, readSuppressions } from '../suppressions.js';
import { parseValid } from './effective.js';
import { FileContext } from './file-context.js';
import type { SideExtraction } from './side.js';

/** A file's analysis with both sides' extractions. */
export interface SidedFile {
  file: ChangedFile;
  before: SideExtraction | null;
  after: SideExtraction | null;
}

/**
 * Groups that span files: the kube-apiserver and kube-controller-manager manifests (or units) of one node
 * directory (SPEC §3 component-mismatch). Every other format's group lives inside one file.
 */
const SHARED_GROUP_PREFIX = 'manifest-dir:';

export function hasSharedGroup(side: SideExtraction | null): boolean {
  return !!side?.settings.some((s) => s.group.startsWith(SHARED_GROUP_PREFIX));
}

interface Placed {
  file: string;
  setting: Setting;
  side: SideExtraction;
}

/** Cross-file mismatches of one state (before or after) of the change, keyed so both states compare. */
function crossFileMismatches(placed: Placed[], options: EngineOptions): Map<string, { api: Placed; cm: Placed; a: string[]; b: string[] }> {
  const out = new Map<string, { api: Placed; cm: Placed; a: string[]; b: string[] }>();
  const services = placed.filter((p) => p.setting.role === 'service-range' && p.setting.group.startsWith(SHARED_GROUP_PREFIX));
  for (const cm of services.filter((p) => p.setting.component === 'kube-controller-manager')) {
    for (const api of services.filter((p) => p.setting.component === 'kube-apiserver' && p.setting.group === cm.setting.group)) {
      if (api.file === cm.file) continue; // reported by the file's own cross checks
      const a = parseValid(api.setting, api.side, options);
      const b = parseValid(cm.setting, cm.side, options);
      if (!a || !b || sameList(a, b)) continue;
      out.set(`${api.file}|${api.setting.subject}|${cm.file}|${cm.setting.subject}|${canonicalOf(a)}|${canonicalOf(b)}`, {
        api,
        cm,
        a: canonicalOf(a),
        b: canonicalOf(b),
      });
    }
  }
  return out;
}

export function reportCrossFileMismatches(analyses: SidedFile[], options: EngineOptions): Finding[] {
  if (analyses.length < 2) return [];
  const place = (pick: (a: SidedFile) => SideExtraction | null, name: (a: SidedFile) => string): Placed[] =>
    analyses.flatMap((a) => {
      const side = pick(a);
      return side ? side.settings.map((setting) => ({ file: name(a), setting, side })) : [];
    });
  const before = crossFileMismatches(place((a) => a.before, (a) => a.file.previousPath ?? a.file.path), options);
  const after = crossFileMismatches(place((a) => a.after, (a) => a.file.path), options);
  const findings: Finding[] = [];
  for (const [id, m] of after) {
    if (before.has(id)) continue; // the change did not introduce it
    const ctx = new FileContext(m.cm.file, options);
    ctx.add('component-mismatch', m.cm.setting, {
      before: m.a,
      after: m.b,
      message: `kube-controller-manager ${m.cm.setting.setting} = ${m.b.join(',')} disagrees with kube-apiserver ${describeSource(m.api.setting)} = ${m.a.join(',')} in ${m.api.file} (same node directory). ${RULES['component-mismatch'].apiserver}.`,
      remediation: `set ${m.cm.setting.setting} to ${m.a.join(',')}, the kube-apiserver value`,
    });
    // Markers the file's base side lacks (or all of them, for a new file) are the change's own.
    const own = analyses.find((a) => a.file.path === m.cm.file);
    const baseMarkers = own?.before ? readSuppressions(own.before.text, own.file.previousPath ?? m.cm.file).suppressions : own ? [] : undefined;
    findings.push(...applySuppressions(ctx.findings, readSuppressions(m.cm.side.text, m.cm.file).suppressions, baseMarkers));
  }
  return findings;
}
