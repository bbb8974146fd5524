// The sticky pull-request comment: one per PR, found again by a hidden marker, updated in place (never a
// second one), left alone when the body is unchanged (no notification noise), and turned green when a later
// run is clean instead of staying red (the sticky-pull-request-comment pattern).
import type { FailOn, Report } from '../../model.js';
import type { GitHub } from '../../changes/github-client.js';
import { renderMarkdown, type ApprovalNote } from '../markdown.js';
import { clipText } from './clip.js';

export const COMMENT_MARKER = '<!-- service-cidr-guard -->';
/** An issue comment body is limited to 65,536 characters (the API answers 422 "body is too long"). */
export const MAX_COMMENT_CHARS = 65536;

export type CommentMode = 'auto' | 'always' | 'never';
export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface CommentTarget {
  owner: string;
  repo: string;
  number: number;
}

export interface CommentContext {
  failOn: FailOn;
  /** Link to the workflow run, where the full report (job summary) is. */
  runUrl?: string;
  /** Whether the approval label counted, and who applied it. */
  approval?: ApprovalNote;
}

/**
 * The comment body: the full report; when too long, degraded (no per-finding details); when still too
 * long, truncated at a line with a visible note pointing at the job summary.
 */
export function buildCommentBody(report: Report, context: CommentContext): string {
  const where = context.runUrl ? `the [job summary](${context.runUrl})` : 'the job summary of this workflow run';
  const footer = context.runUrl ? `\n<sub>[workflow run](${context.runUrl})</sub>\n` : '';
  const full = `${COMMENT_MARKER}\n${renderMarkdown(report, { failOn: context.failOn, approval: context.approval })}${footer}`;
  if (full.length <= MAX_COMMENT_CHARS) return full;
  const degraded = `${COMMENT_MARKER}\n${renderMarkdown(report, { failOn: context.failOn, details: false, approval: context.approval })}\n_Details omitted to fit GitHub's comment size limit; see ${where}._\n${footer}`;
  return clipText(
    degraded,
    MAX_COMMENT_CHARS,
    'chars',
    `> ⚠️ **Comment clipped** to GitHub's ${MAX_COMMENT_CHARS}-character limit. The complete report is in ${where}.`,
  );
}

/** auto: post when there is something to say, or when a previous comment must be brought up to date. */
export function wantsComment(mode: CommentMode, report: Report, hasPrevious: boolean): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return report.findings.length > 0 || report.problems.length > 0 || hasPrevious;
}

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { type?: string } | null;
  author_association?: string;
}

/**
 * Authors whose marker comment may be taken for ours when no bot wrote one: people with a role in the
 * repository (the account behind a personal access token is one). Anyone else can post a comment that
 * starts with the marker; matching it would make the action overwrite a stranger's comment, or put the
 * report in a comment its author can later edit back to green (docs.github.com GraphQL
 * CommentAuthorAssociation: OWNER, MEMBER, COLLABORATOR; CONTRIBUTOR, FIRST_TIMER, NONE... are not trusted).
 */
const TRUSTED_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'];

/**
 * Our comment: the body starts with the marker (a person quoting the marker further down is not matched),
 * written by a bot (GITHUB_TOKEN comments are github-actions[bot]; GitHub Apps are bots too), else by a
 * trusted member of the repository. A marker comment by anyone else is ignored.
 */
export function findStickyComment(comments: readonly IssueComment[]): IssueComment | undefined {
  const ours = comments.filter((c) => (c.body ?? '').startsWith(COMMENT_MARKER));
  return ours.find((c) => c.user?.type === 'Bot') ?? ours.find((c) => TRUSTED_ASSOCIATIONS.includes(c.author_association ?? ''));
}

export async function upsertStickyComment(
  gh: GitHub,
  target: CommentTarget,
  report: Report,
  mode: CommentMode,
  context: CommentContext,
): Promise<CommentOutcome> {
  if (mode === 'never') return 'skipped';
  const { owner, repo, number } = target;
  const comments = (await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  })) as IssueComment[];
  const previous = findStickyComment(comments);
  if (!wantsComment(mode, report, previous !== undefined)) return 'skipped';
  const body = buildCommentBody(report, context);
  if (previous) {
    if (previous.body === body) return 'unchanged';
    await gh.octokit.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
    return 'updated';
  }
  await gh.octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  return 'created';
}
