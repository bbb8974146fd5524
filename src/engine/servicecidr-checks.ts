// networking.k8s.io ServiceCIDR objects (src/formats/declared/servicecidr.ts): what the apiserver does with a
// change to one, which is not what it does with a change of the --service-cluster-ip-range flag.
//
// - Update (pkg/apis/networking/validation/validation.go ValidateServiceCIDRUpdate): spec.cidrs compared entry
//   by entry AS TEXT; the one accepted change is 1 -> 2 entries with entry [0] unchanged (issues.k8s.io/131261),
//   and the second entry must validate (one per family). Anything else: "field is immutable" (servicecidr-immutable).
// - The object named "kubernetes" belongs to the apiserver (pkg/controlplane/controller/defaultservicecidr):
//   it creates it from its flags when it is missing, upgrades it to dual-stack when the flags say so, and
//   otherwise only reports "Inconsistent ServiceCIDR status" when flags and object disagree.
// - Delete (pkg/controller/servicecidrs canDeleteCIDR + finalizer networking.k8s.io/service-cidr-finalizer): the
//   allocator stops using the object at once (ipallocator/cidrallocator.go: ready only without a deletion
//   timestamp), and the object stays Terminating while an IPAddress is contained only by it (servicecidr-removed).
// - Overlap: allowed. "CIDR overlapping is allowed" (ipallocator/cidrallocator.go MetaAllocator), and a ServiceCIDR
//   contained in another one is deleted at once (canDeleteCIDR hasParent). So overlapping another ServiceCIDR or
//   the default range is a notice (it adds fewer addresses than it names, or none); overlapping a pod range of a
//   config in the same change is the error range-overlap always was (ClusterIPs collide with pod IPs).

import { canonicalOf } from '../classify.js';
import { describeSource, serviceCidrManifest } from '../messages.js';
import type { ChangedFile, EngineOptions, FileProblem, Finding, Level, RuleId, Setting } from '../model.js';
import { contains, overlaps, parseRangeList, subtractRange, type Cidr } from '../ranges/index.js';
import { DEFAULT_SERVICECIDR_NAME, SERVICECIDR_FORMAT_ID, serviceCidrName } from '../formats/declared/servicecidr.js';
import { applySuppressions, readSuppressions } from '../suppressions.js';
import { key, parseValid } from './effective.js';
import { FileContext } from './file-context.js';
import { extractSide, type SideExtraction } from './side.js';

export function isServiceCidr(s: Pick<Setting, 'format'>): boolean {
  return s.format === SERVICECIDR_FORMAT_ID;
}

const objects = (side: SideExtraction | null): Setting[] => (side ? side.settings.filter((s) => isServiceCidr(s) && s.role === 'service-range') : []);

function label(s: Setting): string {
  const name = serviceCidrName(s);
  return name ? `ServiceCIDR "${name}"` : 'this ServiceCIDR (no metadata.name)';
}

const isDefaultObject = (s: Setting): boolean => serviceCidrName(s) === DEFAULT_SERVICECIDR_NAME;

const DEFAULT_OBJECT_NOTE =
  'The apiserver creates and reconciles the ServiceCIDR "kubernetes" from --service-cluster-ip-range (pkg/controlplane/controller/defaultservicecidr): change that flag, in the ways the apiserver supports, rather than the object.';

/** Updates and removals of ServiceCIDR objects between the two sides of one file (both null-safe). */
export function reportServiceCidrChanges(ctx: FileContext, before: SideExtraction | null, after: SideExtraction | null): void {
  const old = new Map(objects(before).map((s) => [key(s), s]));
  const current = new Map(objects(after).map((s) => [key(s), s]));
  for (const [k, s] of current) {
    const o = old.get(k);
    if (!o) {
      if (isDefaultObject(s) && after && parseValid(s, after, ctx.options)) reportDefaultObjectAdded(ctx, s);
      continue;
    }
    if (o.value === s.value || !before || !after) continue;
    const oldList = parseValid(o, before, ctx.options);
    const newList = parseValid(s, after, ctx.options);
    // An invalid new value is invalid-range; an invalid old value never existed in a cluster (the create failed).
    if (!oldList || !newList) continue;
    reportUpdate(ctx, o, s, oldList, newList);
  }
  // A value that became unreadable (a template) is unreadable-config, not a removal.
  const hidden = !!after?.problems.some((p) => p.hidesRange && (!p.format || p.format === SERVICECIDR_FORMAT_ID));
  for (const [k, o] of old) {
    if (current.has(k) || o.origin !== 'explicit' || !before || (hidden && after)) continue;
    const list = parseValid(o, before, ctx.options);
    if (!list) continue;
    reportRemoved(ctx, o, list, after === null);
  }
}

function reportUpdate(ctx: FileContext, o: Setting, s: Setting, oldList: Cidr[], newList: Cidr[]): void {
  const from = canonicalOf(oldList);
  const to = canonicalOf(newList);
  const oldEntries = o.value.split(',');
  const newEntries = s.value.split(',');
  const what = `${label(s)}: ${describeSource(s)} ${from.join(',')} → ${to.join(',')}`;
  if (oldEntries.length === 1 && newEntries.length === 2 && oldEntries[0] === newEntries[0]) {
    // The one update ValidateServiceCIDRUpdate accepts.
    const second = newList[1]!;
    ctx.add('dual-stack-upgrade', s, {
      before: from,
      after: to,
      message: `${what} adds the ${second.family === 'ipv6' ? 'IPv6' : 'IPv4'} range ${second.canonical} after the unchanged ${oldEntries[0]}: the one change of spec.cidrs the apiserver accepts on an existing ServiceCIDR (single-stack to dual-stack).${isDefaultObject(s) ? ` ${DEFAULT_OBJECT_NOTE} Unless every apiserver's flag says ${to.join(',')} too, the object and the flags disagree (KubernetesDefaultServiceCIDRInconsistent).` : ''}`,
      remediation: isDefaultObject(s)
        ? `set --service-cluster-ip-range to ${to.join(',')} on every kube-apiserver instead: the apiserver upgrades the object itself`
        : 'make sure kube-proxy, the CNI and the nodes are dual-stack before Services ask for the second family',
    });
    return;
  }
  // Which entry upstream names: the first differing index when the count is kept, spec.cidrs otherwise.
  const index = oldEntries.length === newEntries.length ? oldEntries.findIndex((e, i) => e !== newEntries[i]) : -1;
  const field = index >= 0 ? `spec.cidrs[${index}]` : 'spec.cidrs';
  const textOnly = from.join(',') === to.join(',') ? ' (the same ranges written differently: the apiserver compares the text)' : '';
  const added = newList.flatMap((c) => subtractAll(c, oldList));
  const remediation = isDefaultObject(s)
    ? `keep spec.cidrs as ${oldEntries.join(',')}. ${DEFAULT_OBJECT_NOTE}`
    : added.length
      ? `keep ${label(s)} as ${oldEntries.join(',')} and add the new addresses as a new object:\n${serviceCidrManifest(
          added
            .map((c) => c.canonical)
            .slice(0, 2)
            .filter(oneFamilyEach),
          `${serviceCidrName(s) ?? 'extra-service-range'}-2`,
        )}`
      : `keep ${label(s)} as ${oldEntries.join(',')}; to drop ranges, create a new object with only the ranges to keep, then delete this one once no Service uses the others`;
  ctx.add('servicecidr-immutable', s, {
    before: from,
    after: to,
    message: `${what}${textOnly}. The apiserver refuses this update: ${field}: Invalid value: field is immutable (ValidateServiceCIDRUpdate; only adding the second IP family after an unchanged first entry is allowed), so kubectl apply or the GitOps sync fails and the object keeps ${oldEntries.join(',')}.`,
    remediation,
  });
}

/** One CIDR of each family at most (a ServiceCIDR holds one per family). */
function oneFamilyEach(c: string, i: number, all: string[]): boolean {
  const v6 = c.includes(':');
  return all.findIndex((x) => x.includes(':') === v6) === i;
}

/** The parts of `c` that no CIDR of `existing` covers. */
function subtractAll(c: Cidr, existing: Cidr[]): Cidr[] {
  let parts = [c];
  for (const e of existing) {
    if (e.family !== c.family) continue;
    parts = parts.flatMap((p) => (contains(e, p) ? [] : overlaps(p, e) ? subtractRange(p, e) : [p]));
  }
  return parts;
}

function reportRemoved(ctx: FileContext, o: Setting, list: Cidr[], fileDeleted: boolean): void {
  const ranges = canonicalOf(list).join(',');
  const where = fileDeleted ? 'this file, which declares it, is deleted' : 'its document is removed from this file';
  const consequence = isDefaultObject(o)
    ? `If it is deleted, it stays Terminating while Services hold its IPs (kubernetes.default always does), and once gone the apiserver recreates it from its --service-cluster-ip-range flag. ${DEFAULT_OBJECT_NOTE}`
    : `If a sync deletes it (kubectl apply --prune, Argo CD or Flux pruning), new Services stop getting IPs from ${ranges} at once, and the object stays Terminating (finalizer networking.k8s.io/service-cidr-finalizer) until no Service holds an IP that only it contains; if nothing deletes it, it stays in the cluster, no longer described in Git.`;
  ctx.add(
    'servicecidr-removed',
    { ...o, span: fileDeleted ? o.span : { line: 1, column: 1, endLine: 1, endColumn: 1 } },
    {
      before: canonicalOf(list),
      after: null,
      message: `${label(o)} (${ranges}) is no longer declared: ${where}. ${consequence}`,
    },
  );
}

function reportDefaultObjectAdded(ctx: FileContext, s: Setting): void {
  ctx.add('servicecidr-immutable', s, {
    before: null,
    after: parseRangeList(s.value, 'sloppy').ok ? s.value.split(',') : null,
    level: 'warning',
    message: `${label(s)} is declared here with spec.cidrs ${s.value}. Every cluster on Kubernetes 1.33+ already has this object: applying the manifest updates it, which the apiserver refuses ("field is immutable") unless it equals the object's ranges or only adds the second IP family. ${DEFAULT_OBJECT_NOTE}`,
    remediation:
      'remove this manifest and manage the range through --service-cluster-ip-range; add extra ranges as ServiceCIDR objects with other names',
  });
}

// ---------------------------------------------------------------------------------------------------------
// Overlap, within one file and across the files of one change

/** One range-carrying setting of one side of one file, as the overlap check needs it. */
export interface PlacedRange {
  file: string;
  side: 'before' | 'after';
  setting: Setting;
  cidrs: Cidr[];
}

/** The settings of one side that take part in the overlap check: ServiceCIDRs, apiserver ranges, pod ranges. */
export function placeRanges(file: string, sideName: 'before' | 'after', side: SideExtraction | null, options: EngineOptions): PlacedRange[] {
  if (!side) return [];
  const out: PlacedRange[] = [];
  for (const s of side.settings) {
    const defaultRange = s.role === 'service-range' && s.component !== 'kube-controller-manager';
    if (!defaultRange && s.role !== 'pod-range') continue;
    const cidrs = s.role === 'pod-range' ? podCidrs(s) : parseValid(s, side, options);
    if (cidrs?.length) out.push({ file, side: sideName, setting: s, cidrs });
  }
  return out;
}

function podCidrs(s: Setting): Cidr[] | null {
  const parsed = parseRangeList(s.value, 'sloppy');
  return parsed.ok ? parsed.cidrs : null;
}

/** Directories of two files are related when one contains the other (the same cluster's tree, as far as can be told). */
function related(a: string, b: string): boolean {
  const dir = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('/')));
  const x = dir(a);
  const y = dir(b);
  return x === y || x === '' || y === '' || x.startsWith(`${y}/`) || y.startsWith(`${x}/`);
}

interface Overlap {
  id: string;
  at: PlacedRange;
  /** The range it overlaps. */
  other: PlacedRange;
  rule: RuleId;
  level: Level;
  message: string;
  remediation: string;
  after: string[];
}

function overlapsOf(placed: PlacedRange[], sameFile: boolean): Overlap[] {
  const out: Overlap[] = [];
  const sco = placed.filter((p) => isServiceCidr(p.setting));
  for (const first of sco) {
    for (const second of placed) {
      if (second === first || (second.file === first.file) !== sameFile || !related(first.file, second.file)) continue;
      // Each pair of ServiceCIDRs once, told at the one that adds nothing when one contains the other.
      if (isServiceCidr(second.setting) && sco.indexOf(second) < sco.indexOf(first)) continue;
      const found = first.cidrs.flatMap((c) => second.cidrs.filter((d) => overlaps(c, d)).map((d) => [c, d] as const))[0];
      if (!found) continue;
      const swap = isServiceCidr(second.setting) && contains(found[0], found[1]) && found[0].canonical !== found[1].canonical;
      const [x, y] = swap ? [second, first] : [first, second];
      const [c, d] = swap ? [found[1], found[0]] : found;
      const other = y.file === x.file ? '' : ` in ${y.file}`;
      const id = `${x.file}|${x.setting.subject}|${y.file}|${y.setting.subject}|${c.canonical}|${d.canonical}`;
      if (y.setting.role === 'pod-range') {
        out.push({
          id,
          at: x,
          other: y,
          rule: 'range-overlap',
          level: 'error',
          after: canonicalOf(x.cidrs),
          message: `${label(x.setting)} range ${c.canonical} overlaps the pod range ${d.canonical} (${y.setting.setting}${other}). The Service range must not overlap with any IP ranges assigned to nodes or pods: ClusterIPs would collide with pod IPs.`,
          remediation: 'choose a ServiceCIDR range outside the pod range',
        });
        continue;
      }
      const what = isServiceCidr(y.setting)
        ? `${label(y.setting)} (${d.canonical}${other})`
        : `the cluster's default Service range ${d.canonical} (${describeSource(y.setting)}${other})`;
      out.push(serviceRangeOverlap(id, x, y, c, d, what));
    }
  }
  return out;
}

/** A ServiceCIDR range `c` over an existing Service range `d` (`what` names it): a notice, the apiserver allows it. */
function serviceRangeOverlap(id: string, x: PlacedRange, y: PlacedRange, c: Cidr, d: Cidr, what: string): Overlap {
  const extra = subtractAll(c, [d]).map((e) => e.canonical);
  return {
    id,
    at: x,
    other: y,
    rule: 'range-overlap',
    level: 'notice',
    after: canonicalOf(x.cidrs),
    message: contains(d, c)
      ? `${label(x.setting)} range ${c.canonical} lies inside ${what}: it adds no Service addresses. The apiserver allows overlapping ServiceCIDRs (ipallocator MetaAllocator), so nothing fails, but the object does not extend the range.`
      : `${label(x.setting)} range ${c.canonical} overlaps ${what}: only ${extra.join(', ')} of it is new. The apiserver allows overlapping ServiceCIDRs (ipallocator MetaAllocator), so nothing fails.`,
    remediation: extra.length
      ? `declare only the new addresses: ${extra.join(', ')}`
      : 'remove the object, or give it a range outside the existing ones',
  };
}

/** Overlaps of ServiceCIDRs inside one file, those of the new side that the old side did not have. */
export function reportServiceCidrOverlaps(ctx: FileContext, before: SideExtraction | null, after: SideExtraction | null): void {
  if (!objects(after).length) return;
  const oldIds = new Set(overlapsOf(placeRanges(ctx.file, 'before', before, ctx.options), true).map((o) => o.id));
  for (const o of overlapsOf(placeRanges(ctx.file, 'after', after, ctx.options), true)) {
    if (oldIds.has(o.id)) continue;
    ctx.add(o.rule, o.at.setting, { before: null, after: o.after, level: o.level, message: o.message, remediation: o.remediation });
  }
}

/**
 * Overlaps between a ServiceCIDR and a range of another file of the same change (the default range in a kubeadm
 * config, a flag, another ServiceCIDR, a pod range), when the files' directories are related. Records stay small:
 * only the range-carrying settings of each side.
 */
export class ServiceCidrOverlapTracker {
  private readonly before: PlacedRange[] = [];
  private readonly after: PlacedRange[] = [];
  private readonly texts = new Map<string, { before?: string; after: string }>();
  private hasObject = false;
  private note: FileProblem[] | undefined;

  constructor(private readonly options: EngineOptions) {}

  record(file: ChangedFile, before: SideExtraction | null, after: SideExtraction | null): void {
    const a = placeRanges(file.path, 'after', after, this.options);
    const b = placeRanges(file.previousPath ?? file.path, 'before', before, this.options);
    if (!a.length && !b.length) return;
    this.after.push(...a);
    this.before.push(...b);
    if (a.some((p) => isServiceCidr(p.setting))) {
      this.hasObject = true;
      // Suppression markers of the file that gets the finding.
      this.texts.set(file.path, { before: before?.text, after: after!.text });
    }
  }

  /** Said once when the repository search was cut short (EngineOptions.readRepositoryServiceRanges: note). */
  problems(): FileProblem[] {
    return this.note ?? [];
  }

  /**
   * The ServiceCIDRs of the change against the default Service ranges of the repository's UNCHANGED configs at the
   * head (issue 13), read by the change source. Which cluster an object belongs to cannot be told from the files,
   * so the rule is conservative: an overlap is told only when the object's range overlaps the default range of
   * EVERY candidate (the unchanged configs found, and the changed configs of the change that set one), which is
   * the case of a repository with one cluster, or with clusters that all use that range. In a monorepo whose
   * clusters use different ranges nothing new is said. Unreadable candidates were left out by the source: they
   * never block here. Pod ranges of unchanged configs are not read (a documented limit: docs/limits.md).
   */
  private repositoryOverlaps(inChange: Overlap[]): Overlap[] {
    const objectsNow = this.after.filter((p) => isServiceCidr(p.setting));
    if (!objectsNow.length || !this.options.readRepositoryServiceRanges) return [];
    // Only objects added or whose spec.cidrs changed: an object the base already had, with the same ranges, is not the change's doing.
    const fresh = objectsNow.filter(
      (p) =>
        !this.before.some(
          (b) =>
            isServiceCidr(b.setting) && b.setting.subject === p.setting.subject && canonicalOf(b.cidrs).join(',') === canonicalOf(p.cidrs).join(','),
        ),
    );
    if (!fresh.length) return [];
    const repository = this.options.readRepositoryServiceRanges();
    if (!repository) return [];
    const changed = new Set([...this.after, ...this.before].map((p) => p.file));
    if (repository.note) this.note = fresh.map((p) => ({ file: p.file, line: 1, message: repository.note! })).slice(0, 1);
    // Candidates, one group per file: its default Service ranges at the head (ServiceCIDR objects and pod ranges are not).
    const groups = new Map<string, PlacedRange[]>();
    const put = (p: PlacedRange) => {
      if (p.setting.role !== 'service-range' || isServiceCidr(p.setting)) return;
      const g = groups.get(p.file);
      if (g) g.push(p);
      else groups.set(p.file, [p]);
    };
    for (const f of repository.files) {
      if (changed.has(f.path)) continue;
      let side: SideExtraction;
      try {
        side = extractSide(f.path, f.text);
      } catch {
        continue; // an unreadable candidate never blocks on its own
      }
      for (const p of placeRanges(f.path, 'after', side, this.options)) put(p);
    }
    const unchanged = new Set(groups.keys());
    if (!unchanged.size) return [];
    for (const p of this.after) put(p);
    const out: Overlap[] = [];
    for (const x of fresh) {
      // Already told against a config of the change (the same cluster's tree): once is enough.
      if (inChange.some((o) => o.at === x && o.other.setting.role === 'service-range' && !isServiceCidr(o.other.setting))) continue;
      for (const c of x.cidrs) {
        const hits = [...groups.values()].map((g) => g.flatMap((y) => y.cidrs.filter((d) => overlaps(c, d)).map((d) => ({ y, d })))[0]);
        if (hits.some((h) => h === undefined)) continue;
        // Named: the unchanged candidate nearest the object (a related directory first).
        const named = hits
          .filter((h) => unchanged.has(h!.y.file))
          .sort((a, b) => Number(related(x.file, b!.y.file)) - Number(related(x.file, a!.y.file)))[0];
        if (!named) continue;
        const { y, d } = named;
        const others = unchanged.size - 1;
        const scope =
          others > 0
            ? `; every one of the ${unchanged.size} unchanged configs of the repository that set a default Service range overlaps it`
            : '; the one default Service range found in the unchanged configs of the repository';
        const what = `the cluster's default Service range ${d.canonical} (${describeSource(y.setting)} in ${y.file}:${y.setting.span.line}, not changed by this change${scope})`;
        out.push(
          serviceRangeOverlap(
            `${x.file}|${x.setting.subject}|${y.file}|${y.setting.subject}|${c.canonical}|${d.canonical}|repository`,
            x,
            y,
            c,
            d,
            what,
          ),
        );
        break;
      }
    }
    return out;
  }

  /** The new text of a file a finding points into (for the text report's excerpt). */
  textOf(path: string): string | undefined {
    return this.texts.get(path)?.after;
  }

  findings(): Finding[] {
    if (!this.hasObject) return [];
    // The same pair in the base state is not the change's doing (keyed without the side's file names changing).
    const oldIds = new Set(overlapsOf(this.before, false).map((o) => o.id));
    const out: Finding[] = [];
    const inChange = overlapsOf(this.after, false);
    for (const o of [...inChange, ...this.repositoryOverlaps(inChange)]) {
      if (oldIds.has(o.id)) continue;
      const ctx = new FileContext(o.at.file, this.options);
      ctx.add(o.rule, o.at.setting, { before: null, after: o.after, level: o.level, message: o.message, remediation: o.remediation });
      const text = this.texts.get(o.at.file);
      const markers = text ? readSuppressions(text.after, o.at.file).suppressions : [];
      const baseMarkers = text?.before !== undefined ? readSuppressions(text.before, o.at.file).suppressions : [];
      out.push(...applySuppressions(ctx.findings, markers, baseMarkers));
    }
    return out;
  }
}
