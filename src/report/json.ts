// JSON report, version 1 (SPEC §6): the contract other programs parse (the action's `report` output,
// `--format json`). Keys are written in the documented order, whatever order the engine built them in,
// so diffs of two reports stay readable and consumers that stream the text see a stable layout.

import type { FileProblem, Finding, Report } from '../model.js';

/** Finding keys in SPEC §6 order. Additions go at the end; renames are a breaking change (version 2). */
export const FINDING_KEYS = [
  'rule',
  'level',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'format',
  'component',
  'setting',
  'before',
  'after',
  'message',
  'remediation',
  'suppressed',
] as const;

export const PROBLEM_KEYS = ['file', 'line', 'message'] as const;

/** The report as plain data in contract order (used by the action's `report` output too). */
export function toJsonReport(report: Report): Record<string, unknown> {
  return {
    version: 1,
    blocked: report.blocked,
    findings: report.findings.map(orderFinding),
    problems: report.problems.map(orderProblem),
    // An addition (allowed by SPEC §6): changed files not read as cluster configs, per reason (src/file-kind.ts).
    ...(report.skipped ? { skipped: { ...report.skipped } } : {}),
  };
}

/** `--format json`: 2-space indent and a final newline, as a file on disk would have. */
export function renderJson(report: Report): string {
  return `${stringifyForLogs(toJsonReport(report))}\n`;
}

function orderFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FINDING_KEYS) out[key] = key === 'before' || key === 'after' ? (f[key] ?? null) : f[key];
  // An addition (allowed by SPEC §6): who or what suppressed the finding, only when it is suppressed.
  if (f.suppressed && f.suppressedBy !== undefined) out.suppressedBy = f.suppressedBy;
  return out;
}

function orderProblem(p: FileProblem): Record<string, unknown> {
  return { file: p.file, line: p.line, message: p.message };
}

/**
 * JSON.stringify with `##[` written as `#\u0023[`: the same string once parsed, but not the legacy workflow
 * command the Actions runner would execute when the report is printed to a CI log (values come from the PR).
 */
export function stringifyForLogs(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/##\[/g, '#\\u0023[');
}
