// The one place that decides success: a report is blocked when an unsuppressed finding is at or above
// fail-on. Reporters, the CLI and the action all read `blocked` from here and never decide themselves.

import type { FailOn, Finding, FileProblem, Level, Report } from './model.js';

const RANK: Record<Level, number> = { error: 3, warning: 2, notice: 1 };

export function isBlocking(finding: Finding, failOn: FailOn): boolean {
  if (failOn === 'never' || finding.suppressed) return false;
  return RANK[finding.level] >= RANK[failOn];
}

/** Findings sorted by file, line, rule (SPEC §6), then column for a stable order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.rule, b.rule) || a.column - b.column || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildReport(findings: Finding[], problems: FileProblem[], failOn: FailOn): Report {
  const sorted = sortFindings(findings);
  return {
    version: 1,
    blocked: sorted.some((f) => isBlocking(f, failOn)),
    findings: sorted,
    problems: [...problems].sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.message, b.message)),
  };
}

/** Counts of unsuppressed findings per level (the action's `counts` output). */
export function countByLevel(report: Report): Record<Level, number> & { suppressed: number } {
  const counts = { error: 0, warning: 0, notice: 0, suppressed: 0 };
  for (const f of report.findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.level]++;
  }
  return counts;
}

/**
 * The approval label suppresses every finding of the run and records who is responsible (SPEC §7). Applied by
 * the action before the verdict, and only once checkApproval (changes/approval.ts) has found that the label
 * was applied by someone who may approve (SPEC §9); the findings stay in the report, marked suppressed.
 */
export function approveByLabel(report: Report, label: string, failOn: FailOn, approvedBy?: string): Report {
  const by = approvedBy ? ` applied by ${approvedBy}` : '';
  const findings = report.findings.map((f) => (f.suppressed ? f : { ...f, suppressed: true, suppressedBy: `pull request label '${label}'${by}` }));
  return buildReport(findings, report.problems, failOn);
}

/**
 * `require-approval-for-suppressions`: inline suppressions the change adds count only with a valid approval.
 * Without one they are lifted (the findings count again), and say why.
 */
export function revokeAddedSuppressions(report: Report, failOn: FailOn, why: string): Report {
  if (!report.findings.some((f) => f.suppressed && f.suppressionAdded)) return report;
  const findings = report.findings.map((f) =>
    f.suppressed && f.suppressionAdded
      ? {
          ...f,
          suppressed: false,
          suppressedBy: undefined,
          message: `${f.message} (The inline suppression this change adds does not count: ${why}.)`,
        }
      : f,
  );
  return { ...buildReport(findings, report.problems, failOn), ...(report.skipped ? { skipped: report.skipped } : {}) };
}
