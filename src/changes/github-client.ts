// The one Octokit the action uses: @actions/github's client (GITHUB_API_URL, proxy support) plus retry
// (5xx, network errors) and throttling (primary and secondary rate limits), as GitHub asks integrators to do
// (docs.github.com "Best practices for using the REST API": wait for retry-after / x-ratelimit-reset).
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Rate-limited requests are retried this many times before the run fails (closed). */
export const MAX_RATE_LIMIT_RETRIES = 3;

export interface ClientLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ClientOptions {
  /** GITHUB_API_URL; default https://api.github.com */
  apiUrl?: string;
  /** GITHUB_GRAPHQL_URL; default `${apiUrl}/graphql` */
  graphqlUrl?: string;
  log: ClientLog;
}

export interface GitHub {
  octokit: GitHubClient;
  /** GraphQL endpoint URL (GitHub Enterprise Server serves it at /api/graphql, not /api/v3/graphql). */
  graphqlUrl: string;
}

export function createGitHubClient(token: string, options: ClientOptions): GitHub {
  const apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/$/, '');
  const { log } = options;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < MAX_RATE_LIMIT_RETRIES;
    log.warning(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})` : 'giving up'}`,
    );
    return again;
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: { retries: MAX_RATE_LIMIT_RETRIES },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log.warning(m), error: () => {} },
    } as Parameters<typeof getOctokit>[1],
    retry,
    throttling,
  );
  return { octokit, graphqlUrl: options.graphqlUrl || `${apiUrl}/graphql` };
}
