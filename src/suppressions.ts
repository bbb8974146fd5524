// Inline suppressions that leave a trace (SPEC §7):
//   # service-cidr-guard: allow <rule-id> -- <reason>
// on the finding's line (trailing comment) or on a comment-only line directly above it. The reason is
// required: a suppression without one does not suppress and is reported as a problem.

import type { FileProblem, Finding, RuleId } from './model.js';
import { RULES } from './rules.js';

const MARKER = /(?:#|\/\/|;|<!--)\s*service-cidr-guard:\s*allow\b(.*)$/;
const BODY = /^\s+([a-z-]+)\s*(?:--\s*(.*?))?\s*(?:-->)?\s*$/;

export interface Suppression {
  line: number;
  rule: RuleId;
  reason: string;
  /** true when the comment stands alone on its line, so it applies to the next line too. */
  standalone: boolean;
}

export function readSuppressions(text: string, file: string): { suppressions: Suppression[]; problems: FileProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: FileProblem[] = [];
  if (!text.includes('service-cidr-guard')) return { suppressions, problems };
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((lineText, i) => {
    const m = MARKER.exec(lineText);
    if (!m) return;
    const line = i + 1;
    const body = BODY.exec(m[1]);
    if (!body) {
      problems.push({ file, line, message: 'suppression comment not understood; write "service-cidr-guard: allow <rule-id> -- <reason>"' });
      return;
    }
    const [, rule, reason] = body;
    if (!(rule in RULES)) {
      problems.push({ file, line, message: `suppression names an unknown rule '${rule}'; it suppresses nothing` });
      return;
    }
    if (!reason || !reason.trim()) {
      problems.push({ file, line, message: `suppression of '${rule}' has no reason and is ignored; add "-- <why this change is safe>"` });
      return;
    }
    const standalone = lineText.slice(0, m.index).trim() === '';
    suppressions.push({ line, rule: rule as RuleId, reason: reason.trim(), standalone });
  });
  return { suppressions, problems };
}

/** Marks findings suppressed by a comment on their line or on a comment-only line directly above. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): Finding[] {
  if (!suppressions.length) return findings;
  return findings.map((f) => {
    const s = suppressions.find(
      (x) => x.rule === f.rule && (x.line === f.line || (x.standalone && x.line === f.line - 1)),
    );
    return s ? { ...f, suppressed: true, suppressedBy: `inline comment at line ${s.line}: ${s.reason}` } : f;
  });
}
