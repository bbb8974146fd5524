// component-mismatch across files: the kube-apiserver and kube-controller-manager manifests (or units) of one
// node directory, when both are in the change (SPEC §3).

import { canonicalOf, sameList } from '../classify.js';
import { describeSource } from '../messages.js';
import type { ChangedFile, EngineOptions, Finding, Setting } from '../model.js';
import { CHANGE_RULES, RULES } from '../rules.js';
import { applySuppressions, readSuppressions } from '../suppressions.js';
import { findTemplateExpression } from '../formats/toolkit/templates.js';
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
  const before = crossFileMismatches(
    place(
      (a) => a.before,
      (a) => a.file.previousPath ?? a.file.path,
    ),
    options,
  );
  const after = crossFileMismatches(
    place(
      (a) => a.after,
      (a) => a.file.path,
    ),
    options,
  );
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

/**
 * An Ansible role's defaults or vars (`roles/<role>/defaults/…`, `roles/<role>/vars/…`) apply to every inventory
 * that runs the role: a value that leaves an inventory's group_vars and arrives there, unchanged, is still the
 * value Ansible gives that inventory (kubespray moved its inventory vars into a defaults role this way). The
 * reverse is not a move: a value leaving role defaults for one inventory's group_vars leaves the others.
 */
const ROLE_DEFAULTS = /(?:^|\/)roles\/[^/]+\/(?:defaults|vars)\//;
const ROLE_DEFAULTS_ROOT = 'ansible-role-defaults';

function sameCluster(gone: ValueAt, arrived: ValueAt): boolean {
  if (gone.identity === arrived.identity) return true;
  if (gone.root === arrived.root && sameWhatOrTemplated(gone.what, arrived.what)) return true;
  return arrived.root === ROLE_DEFAULTS_ROOT && gone.root.startsWith('inventory:') && gone.what === arrived.what;
}

/**
 * The same value of a cluster whose name a template fills in: a config that becomes a template of itself
 * (`name: test1` → `name: $CLUSTER_NAME`, rendered by a generate script) names the cluster it renders to, which can
 * be the old one. A template expression in either subject matches any text there; the rest must be equal.
 */
function sameWhatOrTemplated(a: string, b: string): boolean {
  if (a === b) return true;
  const templated = (t: string) => findTemplateExpression(t) !== null;
  if (!templated(a) && !templated(b)) return false;
  const pattern = (t: string) =>
    new RegExp(
      `^${t
        .split(TEMPLATE_SPLIT)
        .map((part, i) => (i % 2 === 1 ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    );
  return pattern(b).test(a) || pattern(a).test(b);
}

/** Shell and envsubst `$X` / `${X}`, Helm/Jinja `{{ }}`: the parts of a subject a renderer fills in. */
const TEMPLATE_SPLIT = /(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\})/;

/** Where one explicit Service range value stood, for pairing moves across the files of one change. */
interface ValueAt {
  file: string;
  /** The cluster the file belongs to (clusterRoot). */
  root: string;
  /** format|role|subject: which value of that cluster. */
  what: string;
  identity: string;
  format: string;
  canonical: string;
}

/**
 * The cluster a file belongs to, for pairing a value that moves between files: an Ansible inventory (the path
 * before `group_vars/` or `host_vars/`, whose files Ansible merges into one set of variables), else the file's
 * directory. Two kubeadm configs in different directories are different clusters, even with equal subjects.
 */
function clusterRoot(path: string): string {
  if (ROLE_DEFAULTS.test(path)) return ROLE_DEFAULTS_ROOT;
  const inventory = /^(.*?)(?:^|\/)(?:group_vars|host_vars)\//.exec(path);
  if (inventory) return `inventory:${inventory[1]}`;
  return `dir:${path.slice(0, Math.max(0, path.lastIndexOf('/')))}`;
}

/**
 * Values that leave one changed file and arrive, unchanged, in another file of the same cluster in the same change
 * (kubespray vars moved to another group_vars file): a move, not a removal (issue 11). The removal side's
 * `config-removed` or change-to-default and the arrival side's change-from-default are both dropped, since the
 * cluster's effective range is what it was. Keeps one small record per explicit value, never the files.
 */
export class MoveTracker {
  private readonly removed: ValueAt[] = [];
  private readonly added: ValueAt[] = [];
  constructor(private readonly options: EngineOptions) {}

  record(r: SidedFile): void {
    const file = r.file.path;
    const explicit = (side: SideExtraction | null, root: string): ValueAt[] =>
      (side?.settings ?? [])
        .filter((s) => s.role === 'service-range' && s.origin === 'explicit')
        .map((s) => ({
          file,
          root,
          what: `${s.format}|${s.role}|${s.subject}`,
          identity: `${root}|${s.format}|${s.role}|${s.subject}`,
          format: s.format,
          canonical: canonicalText(s, side!, this.options),
        }));
    // A renamed file's old side belongs to the cluster of its old path.
    const before = explicit(r.before, clusterRoot(r.file.previousPath ?? r.file.path));
    const after = explicit(r.after, clusterRoot(r.file.path));
    // A value that vanished from one side (not one that changed to another explicit value) can be half of a move.
    this.removed.push(...before.filter((b) => !after.some((a) => a.identity === b.identity)));
    this.added.push(...after.filter((a) => !before.some((b) => a.identity === b.identity)));
  }

  /** The findings without those a move explains. */
  dropMoved(findings: Finding[]): Finding[] {
    if (this.removed.length === 0 || this.added.length === 0) return findings;
    const drop: { file: string; format: string; canonical: string; side: 'before' | 'after' }[] = [];
    for (const gone of this.removed) {
      const arrived = this.added.find((a) => a.file !== gone.file && sameCluster(gone, a) && a.canonical === gone.canonical);
      if (!arrived) continue;
      drop.push({ file: gone.file, format: gone.format, canonical: gone.canonical, side: 'before' });
      drop.push({ file: arrived.file, format: arrived.format, canonical: arrived.canonical, side: 'after' });
    }
    if (drop.length === 0) return findings;
    return findings.filter(
      (f) =>
        !drop.some(
          (d) =>
            d.file === f.file &&
            d.format === f.format &&
            MOVE_RULES.has(f.rule) &&
            (f[d.side] ?? []).join(',') === d.canonical &&
            (d.side === 'before' || f.before !== null),
        ),
    );
  }
}

const MOVE_RULES = new Set<string>([...CHANGE_RULES, 'immutable-platform-change', 'config-removed', 'servicecidr-removed']);

function canonicalText(s: Setting, side: SideExtraction, options: EngineOptions): string {
  const list = parseValid(s, side, options);
  return list ? canonicalOf(list).join(',') : s.value;
}
