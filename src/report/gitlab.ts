// `--format gitlab`: a GitLab Code Quality report (artifacts:reports:codequality), the subset of the Code
// Climate issue format GitLab reads: description, check_name, fingerprint, severity and location.path +
// location.lines.begin (docs.gitlab.com "Code Quality" > "Code Quality report format"). The fingerprint
// names the change (rule, file, setting, values), not the line, so GitLab can tell a finding that is
// still there in the merge request's base report from a new one. Suppressed findings are left out.

import { createHash } from 'node:crypto';
import type { Level, Report } from '../model.js';

/** GitLab's severities are info, minor, major, critical, blocker; `error` blocks the merge. */
const SEVERITY: Record<Level, 'blocker' | 'major' | 'info'> = { error: 'blocker', warning: 'major', notice: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end?: number } };
}

const fingerprint = (...parts: unknown[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

export function buildCodeQuality(report: Report): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = [];
  const seen = new Map<string, number>();
  const unique = (fp: string): string => {
    // Two findings with the same facts in one file (e.g. two components) still need distinct fingerprints.
    const n = seen.get(fp) ?? 0;
    seen.set(fp, n + 1);
    return n === 0 ? fp : fingerprint(fp, n);
  };
  for (const f of report.findings) {
    if (f.suppressed) continue;
    issues.push({
      description: `${f.rule}: ${f.message}`,
      check_name: f.rule,
      fingerprint: unique(fingerprint(f.rule, f.file, f.component, f.setting, f.before, f.after)),
      severity: SEVERITY[f.level],
      location: { path: f.file, lines: { begin: Math.max(1, f.line), end: Math.max(1, f.endLine) } },
    });
  }
  for (const p of report.problems) {
    issues.push({
      description: p.message,
      check_name: 'file-not-fully-read',
      fingerprint: unique(fingerprint('file-not-fully-read', p.file, p.message)),
      severity: 'major',
      location: { path: p.file, lines: { begin: Math.max(1, p.line) } },
    });
  }
  return issues;
}

export function renderCodeQuality(report: Report): string {
  return `${JSON.stringify(buildCodeQuality(report), null, 2)}\n`;
}
