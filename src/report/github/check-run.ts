// Optional check run on the head SHA, with the findings as check annotations. The Checks API accepts at
// most 50 annotations per request (docs.github.com/rest/checks/runs#update-a-check-run: "The Checks API
// limits the number of annotations to a maximum of 50 per API request"), so the first 50 go with the
// create call and the rest follow in updates of 50 (the reviewdog pattern).
import type { Finding, Level, Report } from '../../model.js';
import type { GitHub } from '../../changes/github-client.js';
import { clipText } from './clip.js';

export const CHECK_RUN_NAME = 'service-cidr-guard';
export const MAX_CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** output.summary and output.text are limited to 65,535 characters each (same docs page). */
export const MAX_CHECK_TEXT_CHARS = 65535;

const CHECK_LEVEL: Record<Level, 'failure' | 'warning' | 'notice'> = { error: 'failure', warning: 'warning', notice: 'notice' };

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
}

export function toCheckAnnotations(report: Report): CheckAnnotation[] {
  const rank: Record<Level, number> = { error: 0, warning: 1, notice: 2 };
  return report.findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => rank[a.level] - rank[b.level])
    .map((f: Finding) => ({
      path: f.file,
      start_line: f.line,
      end_line: f.endLine,
      // Columns are accepted only when start_line equals end_line (same docs page).
      ...(f.line === f.endLine ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn - 1) } : {}),
      annotation_level: CHECK_LEVEL[f.level],
      message: `${f.message}${f.remediation ? `\n\nRemediation: ${f.remediation}` : ''}`,
      title: f.rule,
    }));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function publishCheckRun(
  gh: GitHub,
  target: { owner: string; repo: string; headSha: string },
  report: Report,
  markdown: string,
): Promise<number> {
  const annotations = toCheckAnnotations(report);
  const batches = chunk(annotations, MAX_CHECK_ANNOTATIONS_PER_REQUEST);
  const title = report.blocked
    ? 'Unsafe Service IP range change'
    : report.findings.length > 0
      ? 'Service IP range changes: nothing blocks'
      : 'No Service IP range changes';
  const output = (part: CheckAnnotation[] | undefined) => ({
    title,
    summary: clipText(markdown, MAX_CHECK_TEXT_CHARS, 'chars', '> ⚠️ Clipped to the check-run summary limit; the full report is in the job summary.'),
    annotations: part ?? [],
  });
  const { owner, repo, headSha } = target;
  const { data } = await gh.octokit.rest.checks.create({
    owner,
    repo,
    name: CHECK_RUN_NAME,
    head_sha: headSha,
    status: 'completed',
    conclusion: report.blocked ? 'failure' : report.findings.some((f) => !f.suppressed) ? 'neutral' : 'success',
    output: output(batches[0]),
  });
  for (const part of batches.slice(1)) {
    await gh.octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(part) });
  }
  return batches.length || 1;
}
