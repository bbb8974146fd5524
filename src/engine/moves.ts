// Pair by cluster, not by path (issue 13, item 3): a config that leaves one file and arrives in another of the
// same change — moved and rewritten, or split in two, which git's rename detection (content similarity) shows as a
// delete and an add — is compared as one cluster before it is classified.
//
// Identity is today's in-file pairing identity (format, role, subject: e.g. kubeadm ClusterConfiguration #0's
// kube-apiserver, kind Cluster #0, the kube-apiserver static pod of kube-system), plus, for kubespray vars, the
// inventory the file belongs to (Ansible merges the group_vars of one inventory; two inventories are two clusters).
// Only values that left the change's old state (a deleted file, or a subject gone from a changed file) and values
// that arrived in its new state (an added file, or a subject new in a changed file) are candidates:
// - one candidate on each side: a move. The two values are classified with the change rules of one file
//   (reportChanges), at the new file's line; the old file's config-removed is dropped (a same value is silent);
// - several on a side: the gate does not guess. When every candidate holds the same value, no pairing can change a
//   range and it stays silent; otherwise each removal becomes a warning that names the candidates.
// Only small per-value records are kept (the Setting, its parsed list, the new file's inline markers), never the
// files' texts: the change is streamed (issue 11, flat cost).

import { canonicalOf } from '../classify.js';
import type { EngineOptions, Finding, Setting } from '../model.js';
import { applySuppressions, readSuppressions, type Suppression } from '../suppressions.js';
import { reportChanges } from './change-checks.js';
import { parseValid, serviceRanges } from './effective.js';
import { FileContext } from './file-context.js';
import type { SideExtraction } from './side.js';

/** One Service range value on one side of the change, with what classification needs of its side. */
interface Candidate {
  file: string;
  key: string;
  setting: Setting;
  /** The settings validation reads with it (its group's advertise address). */
  companions: Setting[];
  /** Canonical text of the valid value, or the raw value when it does not validate. */
  canonical: string;
  /** The new file's inline suppression markers (arrivals only). */
  markers?: Suppression[];
}

/** The file a kubespray value belongs to, as Ansible merges it: the inventory before `group_vars/`, else the directory. */
function inventoryOf(path: string): string {
  const inventory = /^(.*?)(?:^|\/)(?:group_vars|host_vars)\//.exec(path);
  if (inventory) return `inventory:${inventory[1]}`;
  return `dir:${path.slice(0, Math.max(0, path.lastIndexOf('/')))}`;
}

function identityOf(s: Setting, path: string): string {
  const base = `${s.format}|${s.role}|${s.subject}`;
  return s.format === 'kubespray' ? `${base}|${inventoryOf(path)}` : base;
}

export interface SidedValues {
  path: string;
  previousPath?: string;
  before: SideExtraction | null;
  after: SideExtraction | null;
}

/** At most this many candidate files are named in one message. */
const MAX_NAMED = 5;

export class ClusterPairing {
  private readonly gone: Candidate[] = [];
  private readonly arrived: Candidate[] = [];
  constructor(private readonly options: EngineOptions) {}

  record(r: SidedValues): void {
    const oldPath = r.previousPath ?? r.path;
    const oldKeys = new Set(serviceRanges(r.before).map((s) => identityOf(s, oldPath)));
    const newKeys = new Set(serviceRanges(r.after).map((s) => identityOf(s, r.path)));
    for (const s of serviceRanges(r.before)) {
      const key = identityOf(s, oldPath);
      if (!newKeys.has(key)) this.gone.push(this.candidate(r.path, key, s, r.before!));
    }
    let markers: Suppression[] | undefined;
    for (const s of serviceRanges(r.after)) {
      const key = identityOf(s, r.path);
      if (oldKeys.has(key)) continue;
      markers ??= readSuppressions(r.after!.text, r.path).suppressions;
      this.arrived.push({ ...this.candidate(r.path, key, s, r.after!), markers });
    }
  }

  private candidate(file: string, key: string, setting: Setting, side: SideExtraction): Candidate {
    const companions = side.settings.filter((x) => x.role === 'advertise-address' && x.group === setting.group);
    const list = parseValid(setting, side, this.options); // validated now, while the side is at hand (cached per Setting)
    return { file, key, setting, companions, canonical: list ? canonicalOf(list).join(',') : setting.value };
  }

  /**
   * The findings with moves applied: removals a move explains dropped, the moved values classified, ambiguous
   * removals raised to warnings.
   */
  apply(findings: Finding[]): Finding[] {
    if (this.gone.length === 0 || this.arrived.length === 0) return findings;
    const keys = new Set(this.gone.map((g) => g.key));
    const drop = new Set<Finding>();
    const raise = new Map<Finding, string>();
    const added: Finding[] = [];
    for (const key of keys) {
      // A value a file only defaults (an InitConfiguration split from its ClusterConfiguration reads as kubeadm's
      // default range) is the other half of a split when a file of the group sets the value: explicit values first.
      const gone = explicitFirst(this.gone.filter((g) => g.key === key));
      const arrived = explicitFirst(this.arrived.filter((a) => a.key === key && !gone.some((g) => g.file === a.file)));
      if (arrived.length === 0) continue;
      const removals = (g: Candidate) => findings.filter((f) => isRemovalOf(f, g));
      // A value that arrives unchanged somewhere in the group is that value's move, whichever file it came from:
      // silent, as MoveTracker treats same-value moves. What is left is paired only when one is left on each side.
      const left = gone.filter((g) => !arrived.some((a) => a.canonical === g.canonical));
      for (const g of gone) if (!left.includes(g)) for (const f of removals(g)) drop.add(f);
      const open = arrived.filter((a) => !gone.some((g) => g.canonical === a.canonical));
      if (left.length === 0) continue;
      if (left.length === 1 && open.length === 1) {
        for (const f of removals(left[0])) drop.add(f);
        added.push(...this.classify(left[0], open[0]));
        continue;
      }
      // Several candidates with different values: which one replaces which cannot be told from the change.
      const others = open.length > 0 ? open : arrived;
      const names =
        others
          .slice(0, MAX_NAMED)
          .map((a) => `${a.file} (${a.canonical})`)
          .join(', ') + (others.length > MAX_NAMED ? ` and ${others.length - MAX_NAMED} more` : '');
      for (const g of left) {
        const why = `It may have moved: ${others.length === 1 ? 'the added config' : `${others.length} added configs`} ${names} describe${others.length === 1 ? 's' : ''} a cluster with the same identity${left.length > 1 ? `, as do ${left.length - 1} other removed one${left.length > 2 ? 's' : ''}` : ''}, with other values; the gate cannot tell which replaces which, so it cannot compare the range. Check by hand that no cluster's Service range changes.`;
        const existing = removals(g);
        for (const f of existing) raise.set(f, why);
        // An explicit value with no removal finding was explained another way (a same-value move, a default that
        // follows): only a value the old file defaulted needs a finding of its own here.
        if (existing.length === 0 && g.setting.origin === 'default') {
          const ctx = new FileContext(g.file, this.options);
          ctx.add(
            'config-removed',
            { ...g.setting, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
            {
              before: g.canonical.split(','),
              after: null,
              level: 'warning',
              message: `${g.setting.setting} = ${g.setting.value} (${g.setting.format}, the default) is no longer described here. ${why}`,
            },
          );
          added.push(...ctx.findings);
        }
      }
    }
    const out = findings
      .filter((f) => !drop.has(f))
      .map((f) => {
        const why = raise.get(f);
        if (!why) return f;
        const level = this.options.ruleLevels?.['config-removed'];
        return { ...f, level: level && level !== 'off' ? level : 'warning', message: `${f.message} ${why}` };
      });
    return [...out, ...added];
  }

  /** The change rules of one file, applied to a value that moved from `g` to `a`, at the new file's line. */
  private classify(g: Candidate, a: Candidate): Finding[] {
    const ctx = new FileContext(a.file, this.options);
    const side = (c: Candidate): SideExtraction => ({ settings: [c.setting, ...c.companions], problems: [], text: '' });
    reportChanges(ctx, side(g), side(a));
    const moved = ctx.findings.map((f) => ({ ...f, message: `Moved from ${g.file}: ${f.message}` }));
    // Markers the new file carries are the change's own (the file is new to this config): listed apart.
    return applySuppressions(moved, a.markers ?? [], []);
  }
}

function explicitFirst(candidates: Candidate[]): Candidate[] {
  const explicit = candidates.filter((c) => c.setting.origin === 'explicit');
  return explicit.length > 0 ? explicit : candidates;
}

/** A finding that tells a value is gone from `g`'s file: config-removed, or a change to a default in that file. */
function isRemovalOf(f: Finding, g: Candidate): boolean {
  return f.file === g.file && f.rule === 'config-removed' && f.format === g.setting.format && (f.before ?? []).join(',') === g.canonical;
}
