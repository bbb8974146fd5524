// What to compare, decided from the workflow event (SPEC §6 events). Pure: the payload is data in,
// a ChangeRequest out; reading the payload file is the one I/O step, in readEvent().
import { readFileSync } from 'node:fs';

export const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push', 'workflow_dispatch'] as const;
export type SupportedEvent = (typeof SUPPORTED_EVENTS)[number];

const ZERO_SHA = /^0+$/;

export interface Repo {
  owner: string;
  repo: string;
}

export interface PullRequestChange extends Repo {
  kind: 'pull-request';
  event: 'pull_request' | 'pull_request_target';
  number: number;
  baseSha: string;
  headSha: string;
  /** Labels in the event payload (fresh ones are read from the API when the API is used). */
  labels: string[];
  /** The pull request's author (payload `pull_request.user.login`), who may not approve their own change. */
  author?: string;
  /**
   * pull_request_target runs with a write token in the base repository's context: the PR's code must never
   * be checked out or read from the workspace, so the change source is the API only.
   */
  apiOnly: boolean;
}

export interface RangeChange extends Repo {
  kind: 'range';
  event: 'merge_group' | 'push' | 'workflow_dispatch';
  /** undefined = the first push of a branch: compare with the parent of `head`. */
  base?: string;
  head: string;
}

export interface NoChange extends Repo {
  kind: 'none';
  event: SupportedEvent;
  reason: string;
}

export type ChangeRequest = PullRequestChange | RangeChange | NoChange;

/**
 * The payload fields read below, typed as GitHub's webhook documentation gives them. The file is JSON the runner
 * wrote, so the types are not a check: the code tests each field's presence before use.
 */
interface Payload {
  repository?: { full_name?: string };
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string }; labels?: unknown; user?: { login?: string } };
  merge_group?: { base_sha?: string; head_sha?: string };
  before?: string;
  after?: string;
  inputs?: Record<string, unknown>;
}

/** Reads GITHUB_EVENT_NAME / GITHUB_EVENT_PATH / GITHUB_REPOSITORY / GITHUB_SHA. Throws a sentence on anything unusable. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): ChangeRequest {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  let payload: Payload = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Payload;
    } catch (e) {
      throw new Error(`Cannot read the event payload ${path}: ${(e as Error).message}`);
    }
  }
  return parseEvent(name, payload, env.GITHUB_REPOSITORY ?? '', env.GITHUB_SHA);
}

export function parseEvent(name: string, payload: Payload, repository: string, sha?: string): ChangeRequest {
  if (!(SUPPORTED_EVENTS as readonly string[]).includes(name)) {
    throw new Error(`Unsupported event '${name || '(none)'}'. service-cidr-guard runs on: ${SUPPORTED_EVENTS.join(', ')}.`);
  }
  const repo = repoOf(payload, repository);
  switch (name as SupportedEvent) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
        throw new Error(`The ${name} event payload has no pull_request with number, base.sha and head.sha.`);
      }
      return {
        ...repo,
        kind: 'pull-request',
        event: name as PullRequestChange['event'],
        number: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        labels: labelNames(pr.labels),
        ...(typeof pr.user?.login === 'string' ? { author: pr.user.login } : {}),
        apiOnly: name === 'pull_request_target',
      };
    }
    case 'merge_group': {
      const mg = payload.merge_group;
      if (!mg?.base_sha || !mg?.head_sha) throw new Error('The merge_group event payload has no base_sha and head_sha.');
      return { ...repo, kind: 'range', event: 'merge_group', base: mg.base_sha, head: mg.head_sha };
    }
    case 'push': {
      const after = String(payload.after ?? sha ?? '');
      if (!after || ZERO_SHA.test(after)) {
        return { ...repo, kind: 'none', event: 'push', reason: 'the push deleted a branch or tag: there is nothing to check' };
      }
      const before = payload.before ? String(payload.before) : '';
      // An all-zero `before` is the first push of a branch: compare the head commit with its parent.
      return { ...repo, kind: 'range', event: 'push', base: before && !ZERO_SHA.test(before) ? before : undefined, head: after };
    }
    case 'workflow_dispatch': {
      const inputs = payload.inputs ?? {};
      const base = typeof inputs.base === 'string' ? inputs.base.trim() : '';
      const head = (typeof inputs.head === 'string' && inputs.head.trim()) || sha || '';
      if (!base) {
        throw new Error(
          "workflow_dispatch needs an input 'base' (a commit SHA, branch or tag to compare with); 'head' defaults to the workflow's commit.",
        );
      }
      if (!head) throw new Error("workflow_dispatch: no 'head' input and no GITHUB_SHA.");
      return { ...repo, kind: 'range', event: 'workflow_dispatch', base, head };
    }
  }
}

function repoOf(payload: Payload, repository: string): Repo {
  const full = payload.repository?.full_name ?? repository;
  const [owner, repo] = String(full).split('/');
  if (!owner || !repo) throw new Error('Cannot tell the repository: GITHUB_REPOSITORY is not set and the payload has no repository.');
  return { owner, repo };
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => (typeof l === 'string' ? l : l?.name)).filter((n): n is string => typeof n === 'string');
}
