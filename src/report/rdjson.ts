// `--format rdjson`: reviewdog's Diagnostic Format, the DiagnosticResult message as JSON
// (reviewdog/reviewdog proto/rdf/reviewdog.proto; `reviewdog -f=rdjson`). Lines and columns are 1-based,
// the end position exclusive, as in the proto's Position/Range comments. Suppressed findings are left out
// (reviewdog would post them as review comments); file problems are WARNING diagnostics with their own code.

import type { Level, Report } from '../model.js';
import { PROJECT_URL, ruleDocUrl } from './links.js';

const SEVERITY: Record<Level, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', notice: 'INFO' };
export const PROBLEM_CODE = 'file-not-fully-read';

export function buildRdjson(report: Report): Record<string, unknown> {
  const diagnostics: Record<string, unknown>[] = [];
  for (const f of report.findings) {
    if (f.suppressed) continue;
    diagnostics.push({
      message: `${f.message}${f.remediation ? `\nRemediation: ${f.remediation}` : ''}`,
      location: {
        path: f.file,
        range: {
          start: { line: Math.max(1, f.line), column: Math.max(1, f.column) },
          end: { line: Math.max(1, f.endLine), column: Math.max(1, f.endColumn) },
        },
      },
      severity: SEVERITY[f.level],
      code: { value: f.rule, url: ruleDocUrl(f.rule) },
    });
  }
  for (const p of report.problems) {
    diagnostics.push({
      message: p.message,
      location: { path: p.file, range: { start: { line: Math.max(1, p.line) } } },
      severity: 'WARNING',
      code: { value: PROBLEM_CODE },
    });
  }
  return { source: { name: 'service-cidr-guard', url: PROJECT_URL }, diagnostics };
}

export function renderRdjson(report: Report): string {
  return `${JSON.stringify(buildRdjson(report), null, 2)}\n`;
}
