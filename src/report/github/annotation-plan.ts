// Findings as workflow-command annotations on the PR's files. GitHub displays at most 10 annotations of
// each level per step and drops the rest without a trace (github.com/orgs/community/discussions/68471;
// docs.github.com "Workflow commands for GitHub Actions"), so we emit the most severe first, at most 10 per
// level, and say how many more are in the job summary. Pure (no @actions/core at run time), so the CLI's
// `--format github` uses the same plan.
import type { AnnotationProperties } from '@actions/core';
import type { Level, Report } from '../../model.js';
import { LEVELS } from '../../model.js';

/** Annotations GitHub shows per level per step. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Level;
  message: string;
  properties: AnnotationProperties;
}

/** The annotations to emit, in order (pure, so the cap and the ordering are unit-tested). */
export function planAnnotations(report: Report): Annotation[] {
  const candidates: Annotation[] = [];
  for (const f of report.findings) {
    if (f.suppressed) continue; // suppressed findings are listed in the summary, marked as such
    const sameLine = f.line === f.endLine;
    candidates.push({
      level: f.level,
      message: `${f.message}${f.remediation ? `\nRemediation: ${f.remediation}` : ''}`,
      properties: {
        title: f.rule,
        file: f.file,
        startLine: f.line,
        endLine: f.endLine,
        // GitHub ignores (and may misplace) columns on a multi-line annotation: give them only on one line.
        ...(sameLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
      },
    });
  }
  for (const p of report.problems) {
    candidates.push({
      level: 'warning',
      message: p.message,
      properties: { title: 'service-cidr-guard: file not fully read', file: p.file, startLine: p.line },
    });
  }
  const count = (level: Level) => candidates.filter((a) => a.level === level).length;
  const overflow = LEVELS.some((l) => count(l) > MAX_ANNOTATIONS_PER_LEVEL);
  const out: Annotation[] = [];
  const hidden: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of LEVELS) {
    // The "more in the summary" note is itself a notice and must fit under the notice cap.
    const cap = overflow && level === 'notice' ? MAX_ANNOTATIONS_PER_LEVEL - 1 : MAX_ANNOTATIONS_PER_LEVEL;
    const ofLevel = candidates.filter((a) => a.level === level);
    out.push(...ofLevel.slice(0, cap));
    hidden[level] = Math.max(0, ofLevel.length - cap);
  }
  if (overflow) {
    const more = LEVELS.filter((l) => hidden[l] > 0).map((l) => `${hidden[l]} ${l}${hidden[l] === 1 ? '' : 's'}`);
    out.push({
      level: 'notice',
      message: `GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} annotations per level; ${more.join(', ')} more are listed in the job summary.`,
      properties: { title: 'service-cidr-guard: more findings in the summary' },
    });
  }
  return out;
}
