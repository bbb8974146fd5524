// The pure, synchronous core: changed files in, findings out. No I/O here.
//
// Per file: extract both sides (every format reads the same parsed Source), pair service-range settings by
// subject, then
//   1. validate each new value (invalid-range; non-canonical-range) — only problems the change introduces,
//   2. classify each changed pair (SPEC §3) with its context (controller-manager, create-only, fixed platform),
//   3. run the cross-component checks of the new state (component-mismatch, range-overlap, DNS address)
//      and keep those the old state did not already have,
//   4. turn hidden values (templates, malformed YAML, limits) the change touches into unreadable-config,
//   5. apply inline suppressions and per-rule levels.

import type { ChangedFile, EngineOptions, FailOn, FileProblem, Finding, Report, SkipReason } from './model.js';
import { classifyFile, emptySkipped } from './file-kind.js';
import { mayMentionServiceRange as mentionsServiceRange } from './prefilter.js';
import { CHANGE_RULES } from './rules.js';
import { applySuppressions, readSuppressions } from './suppressions.js';
import { isGateConfigPath, reviewGateConfigChange } from './config-review.js';
import { buildReport } from './verdict.js';
import { reportChanges, reportRemoval } from './engine/change-checks.js';
import { reportCrossChecks } from './engine/cross-checks.js';
import { hasSharedGroup, MoveTracker, reportCrossFileMismatches, type SidedFile } from './engine/cross-file.js';
import { FileContext } from './engine/file-context.js';
import { ClusterPairing } from './engine/moves.js';
import { TemplateMoveTracker } from './engine/template-moves.js';
import { extractSide, type SideExtraction, type SideProblem } from './engine/side.js';
import { namesServiceRangeKey } from './engine/range-keys.js';
import { reportUnreadable, reportUnreadableFile } from './engine/unreadable.js';
import { reportValues } from './engine/value-checks.js';
import { TerraformChangeBuffer, type TerraformSides } from './formats/distributions/terraform-directory.js';
import { readStack } from './overlays/effective.js';
import { reportOverlay } from './overlays/report.js';
import { neighboursOf, reportVariableReaders } from './engine/variable-readers.js';
import { reportServiceCidrChanges, reportServiceCidrOverlaps, ServiceCidrOverlapTracker } from './engine/servicecidr-checks.js';

export { extractSide, type SideExtraction } from './engine/side.js';
export { MAX_TEXT_CHARS } from './limits.js';

export interface FileAnalysis {
  findings: Finding[];
  problems: FileProblem[];
}

/** Analyses one changed file (both sides). Never throws: a failure becomes a problem at line 1. */
export function analyzeFile(file: ChangedFile, options: EngineOptions = {}): FileAnalysis {
  const { findings, problems } = analyzeFileSides(file, options);
  return { findings, problems };
}

/** A file's analysis with both sides' extractions, for the checks that span files (analyzeChanges). */
interface SidedAnalysis extends FileAnalysis, SidedFile {
  /** Why the file was not read as a cluster config (counted in the report's `skipped`). */
  skipped?: SkipReason;
}

/**
 * At most this many problem lines per file (issue 11, "at most one problem line per unreadable file"): the first
 * problem, with the count of the others on the same line.
 */
export const MAX_PROBLEMS_PER_FILE = 1;

function analyzeFileSides(file: ChangedFile, options: EngineOptions, terraform?: TerraformSides): SidedAnalysis {
  // Documentation, program source and vendored trees are not cluster configs (src/file-kind.ts), unless the
  // repository named the path in `paths`. A rename is read when either path can be a config.
  const kind = fileKindOf(file, options);
  if (kind !== 'config') return { file, before: null, after: null, findings: [], problems: [], skipped: kind };
  try {
    return forPeople(analyzeFileUnguarded(file, options, terraform));
  } catch (e) {
    const message = `internal error while analysing this file: ${e instanceof Error ? e.message : String(e)}`;
    // Cannot read means cannot pass (SPEC §9): a file that names a Service range key and could not be analysed
    // blocks; any other file keeps the error as a problem.
    const text = file.after ?? file.before ?? '';
    if (!namesServiceRangeKey(text)) return { file, before: null, after: null, findings: [], problems: [{ file: file.path, line: 1, message }] };
    const ctx = new FileContext(file.path, options);
    ctx.add(
      'unreadable-config',
      { span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, format: 'unknown', component: 'kube-apiserver', setting: '(unknown)' },
      {
        before: null,
        after: null,
        level: 'error',
        message: `${message}. This file names a Service range setting the gate could not read: a person must check it and approve.`,
      },
    );
    return { file, before: null, after: null, findings: ctx.findings, problems: [] };
  }
}

function analyzeFileUnguarded(file: ChangedFile, options: EngineOptions, terraform?: TerraformSides): SidedAnalysis {
  const none = { file, before: null, after: null };
  // The gate's own config is policy, not a cluster config: reviewed as such, never suppressed inline.
  if (isGateConfigPath(file.path, options)) return { ...none, findings: reviewGateConfigChange(file, options), problems: [] };
  if (file.unreadableReason) {
    // The change source could not hand over text: blocks when what it could read names a range key the change touches.
    const ctx = new FileContext(file.path, options);
    const problems = reportUnreadableFile(ctx, file);
    return { ...none, findings: ctx.findings, problems };
  }
  if (file.before !== undefined && file.after !== undefined && file.before === file.after) {
    return { ...none, findings: [], problems: [] };
  }
  const notes: FileProblem[] = (file.notes ?? []).map((message) => ({ file: file.path, line: 1, message }));
  // Cheap content prefilter before any parsing: a file whose sides name no key of any supported format
  // cannot set or change a Service range (test/prefilter-superset.test.ts holds every reader to this).
  // A Terraform file whose directory carries a range argument may feed it through a variable of any name.
  const fedByDirectory = [terraform?.before, terraform?.after].some((d) => d?.files.some((f) => f.args.length > 0));
  // Issue 13: a file other files read variables from says what it sends them, whatever its own keys.
  const readers = (file.variableReaders?.length ?? 0) > 0;
  if (
    !fedByDirectory &&
    !readers &&
    !(file.before !== undefined && mentionsServiceRange(file.before)) &&
    !(file.after !== undefined && mentionsServiceRange(file.after))
  ) {
    return { ...none, findings: [], problems: [], skipped: 'unsupported' };
  }
  // Issue 13: the files a script or unit reads variables from, at the same side (src/engine/variable-readers.ts).
  const before =
    file.before !== undefined
      ? extractSide(file.previousPath ?? file.path, file.before, undefined, terraform?.before, undefined, neighboursOf(file, 'before'))
      : null;
  const after =
    file.after !== undefined ? extractSide(file.path, file.after, undefined, terraform?.after, undefined, neighboursOf(file, 'after')) : null;
  const ctx = new FileContext(file.path, options);
  if (readers) reportVariableReaders(ctx, file);
  // Issue 13: an overlay read with its stack (base + other overlays) when the change source read it.
  const stacked = readStack(file);

  if (stacked && reportOverlay(ctx, stacked, file)) {
    // the stack's effective values were checked
  } else if (!after) {
    if (before) reportRemoval(ctx, before);
  } else {
    reportValues(ctx, before, after);
    if (before) reportChanges(ctx, before, after);
    reportCrossChecks(ctx, before, after);
    reportServiceCidrOverlaps(ctx, before, after);
  }
  // ServiceCIDR objects: updates the apiserver refuses, removals (src/engine/servicecidr-checks.ts).
  reportServiceCidrChanges(ctx, before, after);
  // Hidden values on either side; the whole-file problems that did not become a finding stay visible problems.
  const unseen = reportUnreadable(ctx, before, after, hiddenByChangedReadFiles(file, before, after, terraform));

  const side = after ?? before;
  const suppressions = side ? readSuppressions(side.text, file.path) : { suppressions: [], problems: [] };
  // Markers the base side lacks are the change's own: listed apart, and may need the approval label.
  const baseMarkers = !after ? undefined : before ? readSuppressions(before.text, file.previousPath ?? file.path).suppressions : [];
  const findings = applySuppressions(dedupe(dropSubsumed(ctx.findings)), suppressions.suppressions, baseMarkers);
  // The problem that hid the file (a limit, a parser failure) first: it is the line a person sees (forPeople).
  const problems: FileProblem[] = [
    ...unseen.map((p) => ({ file: file.path, line: p.line, message: p.message })),
    ...notes,
    ...suppressions.problems,
    ...(side?.problems ?? []).filter((p) => !p.hidesRange).map((p) => ({ file: file.path, line: p.line, message: p.message })),
  ];
  return { file, before, after, findings, problems };
}

/**
 * Issue 13: when this file and a file it reads variables from change together, a value hidden on one side only
 * because of that file's change (read again with the other side's text of it, it is not hidden) is touched by the
 * change, wherever this file's own change is (fail closed: the vars file's own report names no reader that changed).
 */
function hiddenByChangedReadFiles(
  file: ChangedFile,
  before: SideExtraction | null,
  after: SideExtraction | null,
  terraform: TerraformSides | undefined,
): ((p: SideProblem, side: 'before' | 'after') => boolean) | undefined {
  if (!file.variableFiles?.some((f) => !f.unreadable && f.before !== f.after)) return undefined;
  const swapped = { before: undefined as Set<string> | undefined, after: undefined as Set<string> | undefined };
  const hiddenWithOtherSide = (side: 'before' | 'after'): Set<string> => {
    const cached = swapped[side];
    if (cached) return cached;
    const own = side === 'after' ? after : before;
    const other = side === 'after' ? 'before' : 'after';
    const path = side === 'after' ? file.path : (file.previousPath ?? file.path);
    const read = own ? extractSide(path, own.text, undefined, terraform?.[side], undefined, neighboursOf(file, other)) : null;
    const hidden = new Set((read?.problems ?? []).filter((p) => p.hidesRange).map(problemKey));
    swapped[side] = hidden;
    return hidden;
  };
  return (p, side) => !hiddenWithOtherSide(side).has(problemKey(p));
}

function problemKey(p: SideProblem): string {
  return `${p.line}|${p.format ?? ''}|${p.setting ?? ''}|${p.message}`;
}

function fileKindOf(file: ChangedFile, options: EngineOptions): ReturnType<typeof classifyFile> {
  const paths = file.previousPath && file.previousPath !== file.path ? [file.path, file.previousPath] : [file.path];
  if (options.optIn && paths.some((p) => options.optIn!(p))) return 'config';
  const kinds = paths.map((p) => classifyFile(p, file.after ?? file.before));
  return kinds.includes('config') ? 'config' : kinds[0];
}

/**
 * Problems are for people: none for a file that no format claims (no setting on either side, no finding, no
 * problem a format raised or that hides a range), each distinct message once per file, and at most
 * MAX_PROBLEMS_PER_FILE of them; the last kept line counts what was cut (every problem not shown, repeats included).
 */
function forPeople(r: SidedAnalysis): SidedAnalysis {
  const extracted = r.before !== null || r.after !== null;
  const claimed =
    r.findings.length > 0 ||
    [r.before, r.after].some((side) => !!side && (side.settings.length > 0 || side.problems.some((p) => p.hidesRange || p.format)));
  if (extracted && !claimed) return { ...r, problems: [], skipped: 'unsupported' };
  if (r.problems.length <= 1) return r;
  const seen = new Set<string>();
  const unique = r.problems.filter((p) => !seen.has(p.message) && !!seen.add(p.message));
  if (unique.length <= MAX_PROBLEMS_PER_FILE) return { ...r, problems: unique };
  const kept = unique.slice(0, MAX_PROBLEMS_PER_FILE);
  const cut = r.problems.length - kept.length;
  const last = kept[kept.length - 1];
  kept[kept.length - 1] = {
    ...last,
    message: `${last.message} (… and ${cut.toLocaleString('en-US')} more problem${cut === 1 ? '' : 's'} in this file)`,
  };
  return { ...r, problems: kept };
}

/**
 * One change gets one finding: a kube-controller-manager change that also disagrees with the apiserver is
 * told once, by component-mismatch (which says more than the change notice).
 */
function dropSubsumed(findings: Finding[]): Finding[] {
  const mismatches = new Set(findings.filter((f) => f.rule === 'component-mismatch').map((f) => `${f.line}|${f.setting}`));
  return findings.filter(
    (f) => !(CHANGE_RULES.includes(f.rule) && f.component === 'kube-controller-manager' && mismatches.has(`${f.line}|${f.setting}`)),
  );
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}|${f.line}|${f.column}|${f.setting}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Analyses a whole change and builds the v1 report with the verdict for `failOn`. */
export function analyzeChanges(files: Iterable<ChangedFile>, options: EngineOptions = {}, failOn: FailOn = 'error'): Report {
  const collector = new ChangeCollector(options);
  for (const file of files) collector.add(file);
  return collector.finish(failOn);
}

/**
 * The same report from files that arrive one at a time (the CLI's git mode streams them: issue 11, flat cost).
 * Each file is analysed as it comes and then let go; only its findings and problems stay, and the text of the
 * files a finding points into (for the excerpt of the text report: `textOf`).
 */
export async function analyzeChangeStream(
  files: AsyncIterable<ChangedFile> | Iterable<ChangedFile>,
  options: EngineOptions = {},
  failOn: FailOn = 'error',
): Promise<{ report: Report; textOf: (path: string) => string | undefined }> {
  const collector = new ChangeCollector(options);
  for await (const file of files) collector.add(file);
  const report = collector.finish(failOn);
  return { report, textOf: (path) => collector.textOf(path) };
}

/** Accumulates a change file by file: what the report needs, nothing of the files that have nothing to say. */
class ChangeCollector {
  private readonly findings: Finding[] = [];
  private readonly problems: FileProblem[] = [];
  private readonly analyses: SidedAnalysis[] = [];
  private readonly texts = new Map<string, string>();
  private readonly skipped = emptySkipped();
  /**
   * Explicit values that leave one file and arrive in another of the same cluster: a move, not a removal.
   * Only small records per value are kept, never the files (the change is streamed).
   */
  private readonly moves: MoveTracker;
  /** Terraform files wait for the rest of their directory (variables, tfvars) until the end of the change. */
  private readonly terraform = new TerraformChangeBuffer();
  /** ServiceCIDR objects against the ranges of the change's other files (default range, pod ranges). */
  private readonly serviceCidrs: ServiceCidrOverlapTracker;
  /** Deleted and added configs of one cluster, compared as a move (src/engine/moves.ts): small records only. */
  private readonly pairs: ClusterPairing;
  /** Templated values (`{{ x }}`) that leave one file and arrive in another, written the same (engine/template-moves.ts). */
  private readonly templateMoves = new TemplateMoveTracker();

  constructor(private readonly options: EngineOptions) {
    this.moves = new MoveTracker(options);
    this.serviceCidrs = new ServiceCidrOverlapTracker(options);
    this.pairs = new ClusterPairing(options);
  }

  add(file: ChangedFile): void {
    this.templateMoves.record(file);
    if (this.terraform.take(file)) return;
    this.keep(file, analyzeFileSides(file, this.options));
  }

  private keep(file: ChangedFile, r: SidedAnalysis): void {
    if (r.skipped) {
      this.skipped.files++;
      this.skipped[r.skipped]++;
      return;
    }
    for (const f of r.findings) this.findings.push(f);
    for (const p of r.problems) this.problems.push(p);
    this.moves.record(r);
    this.serviceCidrs.record(r.file, r.before, r.after);
    this.pairs.record({ path: file.path, previousPath: file.previousPath, before: r.before, after: r.after });
    // Only control-plane files can pair up across files; keep the rest out of memory.
    if (hasSharedGroup(r.after) || hasSharedGroup(r.before)) this.analyses.push(r);
    const text = file.after ?? file.before;
    if (r.findings.length > 0 && text !== undefined) this.texts.set(file.path, text);
  }

  finish(failOn: FailOn): Report {
    for (const { file, sides } of this.terraform.drain(this.options.readUnchangedDirectory))
      this.keep(file, analyzeFileSides(file, this.options, sides));
    const objects = this.serviceCidrs.findings();
    for (const p of this.serviceCidrs.problems()) this.problems.push(p);
    for (const f of objects) {
      const text = this.serviceCidrs.textOf(f.file);
      if (text !== undefined) this.texts.set(f.file, text);
    }
    const cross = [...reportCrossFileMismatches(this.analyses, this.options), ...objects];
    for (const f of cross) {
      const a = this.analyses.find((x) => x.file.path === f.file);
      const text = a ? (a.file.after ?? a.file.before) : undefined;
      if (text !== undefined) this.texts.set(f.file, text);
    }
    const findings = this.templateMoves.dropMoved(this.pairs.apply(this.moves.dropMoved([...this.findings, ...cross])));
    return { ...buildReport(findings, this.problems, failOn), skipped: this.skipped };
  }

  textOf(path: string): string | undefined {
    return this.texts.get(path);
  }
}
