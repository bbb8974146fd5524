// Who applied the approval label, and may they approve (SPEC §9 "approval needs a second person")?
// The label counts only when the person who applied it last is not the pull request's author and either
// has write permission or more on the repository, or is listed in the `approvers` input (a login, or a
// member of an `org/team`). Fail closed: when GitHub cannot tell us, the label does not count and the
// report says why; an API fault never turns a blocking finding into a pass.
//
// Requests: the issue events (1 page, plus the last one or two when there are more than 100 events),
// then one permission lookup, then one membership lookup per listed team until one says yes.
import type { Approver } from '../inputs.js';
import type { GitHub } from './github-client.js';

/** Issue events per page: the most GitHub serves (docs.github.com/rest/issues/events#list-issue-events). */
export const EVENTS_PER_PAGE = 100;
/** Pages of issue events read at most: the first, the last and the one before it. */
export const MAX_EVENT_PAGES = 3;

export type ApprovalOutcome =
  | { state: 'approved'; label: string; by: string; why: string }
  | { state: 'refused'; label: string; by?: string; reason: string };

export interface ApprovalTarget {
  owner: string;
  repo: string;
  number: number;
  /** The pull request's author, when known; read from the API otherwise. */
  author?: string;
}

interface IssueEvent {
  event?: string;
  actor?: { login?: string } | null;
  label?: { name?: string } | null;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Decides whether the label on the pull request approves it. Never throws. */
export async function checkLabelApproval(
  gh: GitHub,
  target: ApprovalTarget,
  label: string,
  approvers: readonly Approver[],
): Promise<ApprovalOutcome> {
  let by: string | undefined;
  try {
    by = await findLabeler(gh, target, label);
  } catch (e) {
    return { state: 'refused', label, reason: `GitHub could not tell who applied it (${describe(e)}), so it does not count` };
  }
  if (!by) {
    return {
      state: 'refused',
      label,
      reason: `no 'labeled' event for it was found in the pull request's recent events, so who applied it is unknown and it does not count`,
    };
  }
  let author = target.author;
  if (!author) {
    try {
      const { data } = await gh.octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.number });
      author = data.user?.login;
    } catch (e) {
      return {
        state: 'refused',
        label,
        by,
        reason: `GitHub could not tell who authored the pull request (${describe(e)}), so the label does not count`,
      };
    }
    if (!author) return { state: 'refused', label, by, reason: 'the pull request has no known author, so the label does not count' };
  }
  if (same(by, author)) {
    return { state: 'refused', label, by, reason: `it was applied by @${by}, the pull request's author, who cannot approve their own change` };
  }
  if (approvers.some((a) => a.kind === 'user' && same(a.login, by!))) {
    return { state: 'approved', label, by, why: "listed in the 'approvers' input" };
  }
  const faults: string[] = [];
  try {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      owner: target.owner,
      repo: target.repo,
      username: by,
    });
    const permission = String((data as { permission?: string }).permission ?? '');
    const role = String((data as { role_name?: string }).role_name ?? '');
    // `permission` folds maintain into write and triage into read; role_name keeps them apart.
    if (['admin', 'write'].includes(permission) || ['admin', 'maintain', 'write'].includes(role)) {
      return { state: 'approved', label, by, why: `${role || permission} permission on the repository` };
    }
  } catch (e) {
    // 404: not a collaborator at all.
    if ((e as { status?: number }).status !== 404) faults.push(`permission lookup: ${describe(e)}`);
  }
  for (const team of approvers.filter((a): a is Extract<Approver, { kind: 'team' }> => a.kind === 'team')) {
    try {
      const { data } = await gh.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org: team.org,
        team_slug: team.slug,
        username: by,
      });
      if ((data as { state?: string }).state === 'active') {
        return { state: 'approved', label, by, why: `member of ${team.org}/${team.slug} ('approvers' input)` };
      }
    } catch (e) {
      if ((e as { status?: number }).status !== 404) faults.push(`membership of ${team.org}/${team.slug}: ${describe(e)}`);
    }
  }
  if (faults.length > 0) {
    return { state: 'refused', label, by, reason: `@${by} could not be checked (${faults.join('; ')}), so the label does not count` };
  }
  return {
    state: 'refused',
    label,
    by,
    reason: `it was applied by @${by}, who has neither write permission on the repository nor a place in the 'approvers' input`,
  };
}

/** The login that applied `label` last, from the issue events (oldest first, paginated). */
async function findLabeler(gh: GitHub, target: ApprovalTarget, label: string): Promise<string | undefined> {
  const page = async (n: number) =>
    gh.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: EVENTS_PER_PAGE,
      page: n,
    });
  const first = await page(1);
  const last = lastPageOf(String(first.headers.link ?? ''));
  // Newest pages first: the last page, then the one before it, then the first.
  const order = [...new Set([last, last - 1, 1].filter((n) => n >= 1))].slice(0, MAX_EVENT_PAGES);
  for (const n of order) {
    const events = (n === 1 ? first.data : (await page(n)).data) as IssueEvent[];
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.label?.name !== undefined && same(e.label.name, label)) {
        // The newest event about the label decides; an `unlabeled` one means the label was taken off since.
        if (e.event === 'labeled') return e.actor?.login ?? undefined;
        if (e.event === 'unlabeled') return undefined;
      }
    }
  }
  return undefined;
}

function lastPageOf(link: string): number {
  const m = /<[^>]*[?&]page=(\d+)[^>]*>;\s*rel="last"/.exec(link);
  return m ? Number(m[1]) : 1;
}

function describe(e: unknown): string {
  const status = (e as { status?: number }).status;
  const message = e instanceof Error ? e.message : String(e);
  return status ? `HTTP ${status}: ${message.split('\n')[0]}` : message.split('\n')[0];
}
