// The pure, synchronous core: changed files in, findings out. No I/O here.
//
// Per file: extract both sides (every format reads the same parsed Source), pair service-range settings by
// subject, then
//   1. validate each new value (invalid-range; non-canonical-range) — only problems the change introduces,
//   2. classify each changed pair (SPEC §3) with its context (controller-manager, create-only, fixed platform),
//   3. run the cross-component checks of the new state (component-mismatch, range-overlap, DNS address)
//      and keep those the old state did not already have,
//   4. turn hidden values (templates, malformed YAML) into unreadable-config,
//   5. apply inline suppressions and per-rule levels.

import type { ChangedFile, EngineOptions, FailOn, FileProblem, Finding, Report, SkipReason } from './model.js';
import { classifyFile, emptySkipped } from './file-kind.js';
import { mayMentionServiceRange as mentionsServiceRange } from './prefilter.js';
import { CHANGE_RULES } from './rules.js';
import { applySuppressions, readSuppressions } from './suppressions.js';
import { buildReport } from './verdict.js';
import { reportChanges, reportRemoval } from './engine/change-checks.js';
import { reportCrossChecks } from './engine/cross-checks.js';
import { hasSharedGroup, MoveTracker, reportCrossFileMismatches, type SidedFile } from './engine/cross-file.js';
import { FileContext } from './engine/file-context.js';
import { extractSide } from './engine/side.js';
import { reportUnreadable } from './engine/unreadable.js';
import { reportValues } from './engine/value-checks.js';

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

/** At most this many problems per file are listed; the rest are counted in one line (issue 11: problems are for people). */
export const MAX_PROBLEMS_PER_FILE = 5;

function analyzeFileSides(file: ChangedFile, options: EngineOptions): SidedAnalysis {
  // Documentation, program source and vendored trees are not cluster configs (src/file-kind.ts), unless the
  // repository named the path in `paths`. A rename is read when either path can be a config.
  const kind = fileKindOf(file, options);
  if (kind !== 'config') return { file, before: null, after: null, findings: [], problems: [], skipped: kind };
  try {
    return forPeople(analyzeFileUnguarded(file, options));
  } catch (e) {
    return {
      file,
      before: null,
      after: null,
      findings: [],
      problems: [{ file: file.path, line: 1, message: `internal error while analysing this file: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

function analyzeFileUnguarded(file: ChangedFile, options: EngineOptions): SidedAnalysis {
  const none = { file, before: null, after: null };
  if (file.unreadableReason) {
    return { ...none, findings: [], problems: [{ file: file.path, line: 1, message: file.unreadableReason }] };
  }
  if (file.before !== undefined && file.after !== undefined && file.before === file.after) {
    return { ...none, findings: [], problems: [] };
  }
  const notes: FileProblem[] = (file.notes ?? []).map((message) => ({ file: file.path, line: 1, message }));
  // Cheap content prefilter before any parsing: a file whose sides name no key of any supported format
  // cannot set or change a Service range (test/prefilter-superset.test.ts holds every reader to this).
  if (!(file.before !== undefined && mentionsServiceRange(file.before)) && !(file.after !== undefined && mentionsServiceRange(file.after))) {
    return { ...none, findings: [], problems: [], skipped: 'unsupported' };
  }
  const before = file.before !== undefined ? extractSide(file.previousPath ?? file.path, file.before) : null;
  const after = file.after !== undefined ? extractSide(file.path, file.after) : null;
  const ctx = new FileContext(file.path, options);

  if (!after) {
    if (before) reportRemoval(ctx, before);
  } else {
    reportValues(ctx, before, after);
    if (before) reportChanges(ctx, before, after);
    reportCrossChecks(ctx, before, after);
    reportUnreadable(ctx, after);
  }

  const side = after ?? before;
  const suppressions = side ? readSuppressions(side.text, file.path) : { suppressions: [], problems: [] };
  const findings = applySuppressions(dedupe(dropSubsumed(ctx.findings)), suppressions.suppressions);
  const problems: FileProblem[] = [
    ...notes,
    ...suppressions.problems,
    ...(side?.problems ?? []).filter((p) => !p.hidesRange).map((p) => ({ file: file.path, line: p.line, message: p.message })),
  ];
  return { file, before, after, findings, problems };
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
 * MAX_PROBLEMS_PER_FILE of them with a count of the rest.
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
  kept.push({ file: last.file, line: last.line, message: `… and ${cut.toLocaleString('en-US')} more problem${cut === 1 ? '' : 's'} in this file` });
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
  const findings: Finding[] = [];
  const problems: FileProblem[] = [];
  const analyses: SidedAnalysis[] = [];
  const skipped = emptySkipped();
  // Explicit values that leave one file and arrive in another of the same cluster: a move, not a removal.
  // Only small records per value are kept, never the files (the change is streamed).
  const moves = new MoveTracker(options);
  for (const file of files) {
    const r = analyzeFileSides(file, options);
    if (r.skipped) {
      skipped.files++;
      skipped[r.skipped]++;
      continue;
    }
    findings.push(...r.findings);
    problems.push(...r.problems);
    moves.record(r);
    // Only control-plane files can pair up across files; keep the rest out of memory.
    if (hasSharedGroup(r.after) || hasSharedGroup(r.before)) analyses.push(r);
  }
  findings.push(...reportCrossFileMismatches(analyses, options));
  return { ...buildReport(moves.dropMoved(findings), problems, failOn), skipped };
}
