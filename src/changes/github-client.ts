// The one Octokit the action uses: @actions/github's client (GITHUB_API_URL, proxy support) plus retry
// (5xx, network errors) and throttling (primary and secondary rate limits), as GitHub asks integrators to do
// (docs.github.com "Best practices for using the REST API": wait for retry-after / x-ratelimit-reset).
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Rate-limited requests are retried this many times before the run fails (closed). */
export const MAX_RATE_LIMIT_RETRIES = 3;

/**
 * Longest wait for one HTTP attempt, body included. GitHub ends REST requests that take more than 10 s
 * itself (docs.github.com "Troubleshooting the REST API" > "Timeouts"), so an attempt that has not
 * finished after 30 s is a dead connection: it is aborted and retried like a 5xx. Without it, Node's
 * fetch waits as long as the socket stays open, and a hung API would hold the required check for the job's
 * 6-hour limit.
 */
export const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Total budget for every API request of one run (retries and rate-limit waits included). When it runs
 * out, every pending request is aborted: reading the change fails closed; a reporting channel logs a
 * warning and the verdict stands.
 */
export const API_DEADLINE_MS = 10 * 60_000;
/**
 * A rate-limit wait longer than this is not waited for (a primary limit can ask for up to an hour): the
 * run fails closed at once with a message instead of holding the runner.
 */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

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
  /** Per-attempt timeout (default REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** Total budget for all requests (default API_DEADLINE_MS), counted from client creation. */
  deadlineMs?: number;
  /**
   * Length of one "second" of the retry waits (default 1000): plugin-retry waits n² of them before retry
   * n, a rate limit waits its retry-after in them. Only the fault-injection tests shorten it, so that
   * real HTTP faults are retried in a fraction of the real waits.
   */
  retryUnitMs?: number;
}

/**
 * Read-only GraphQL queries run at most this many at a time. plugin-throttling puts every POST and every
 * /graphql request in its "write" group (one at a time, 1 s apart), the pacing GitHub asks for mutations;
 * a blob query mutates nothing and costs 1 point like a REST GET (docs.github.com "Rate limits for the
 * GraphQL API"), so it gets the same modest concurrency as the REST reads instead of 1 s per 100 files.
 */
export const MAX_GRAPHQL_READ_CONCURRENCY = 4;

export interface GitHub {
  octokit: GitHubClient;
  /** The same client for read-only GraphQL queries: same retries, rate-limit handling and bounds, no write pacing. */
  reader: GitHubClient;
  /** GraphQL endpoint URL (GitHub Enterprise Server serves it at /api/graphql, not /api/v3/graphql). */
  graphqlUrl: string;
}

export function createGitHubClient(token: string, options: ClientOptions): GitHub {
  const apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/$/, '');
  const { log } = options;
  const retryUnitMs = options.retryUnitMs ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    const why =
      retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS
        ? `GitHub asks to wait ${retryAfter}s, more than the ${MAX_RATE_LIMIT_WAIT_SECONDS}s this action waits; giving up`
        : 'giving up';
    log.warning(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})` : why}`,
    );
    return again;
  };
  // @actions/github's defaults carry the proxy-aware fetch (HTTPS_PROXY, NO_PROXY); Octokit merges
  // `request` shallowly, so the bounded fetch wraps that one rather than replacing it.
  const baseRequest = (actionsDefaults.request ?? {}) as { fetch?: typeof fetch };
  const fetchBounded = createBoundedFetch(baseRequest.fetch ?? globalThis.fetch, {
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    deadlineMs: options.deadlineMs ?? API_DEADLINE_MS,
  });
  const client = (throttle: Record<string, unknown>) =>
    getOctokit(
      token,
      {
        baseUrl: apiUrl,
        request: { ...baseRequest, fetch: fetchBounded },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), retryAfterBaseValue: retryUnitMs, ...throttle },
        retry: { retries: MAX_RATE_LIMIT_RETRIES, retryAfterBaseValue: retryUnitMs },
        log: { debug: () => {}, info: () => {}, warn: (m: string) => log.warning(m), error: () => {} },
      } as Parameters<typeof getOctokit>[1],
      retry,
      throttling,
    );
  const reads = new Bottleneck.Group({ maxConcurrent: MAX_GRAPHQL_READ_CONCURRENCY, minTime: 0 });
  return { octokit: client({}), reader: client({ write: reads }), graphqlUrl: options.graphqlUrl || `${apiUrl}/graphql` };
}

/**
 * fetch with two bounds: each attempt (headers and the whole body) must finish within requestTimeoutMs,
 * and all attempts together within deadlineMs. The body is read here, inside the bound, because
 * @octokit/request reads a text body with `.catch(() => "")`: a connection cut mid-body would otherwise
 * turn a file into an empty string, i.e. a config that silently lost its Service range. A JSON body that
 * does not parse is turned into a 502, which the retry plugin retries, instead of a string where an object
 * was expected.
 */
export function createBoundedFetch(inner: typeof fetch, bounds: { requestTimeoutMs: number; deadlineMs: number }): typeof fetch {
  const deadline = new AbortController();
  const deadlineTimer = setTimeout(() => {
    // Named AbortError: @octokit/request rethrows it as is and plugin-retry does not retry it, so every
    // pending and queued request ends now.
    const reason = new Error(`GitHub API requests did not finish within the run's total budget of ${secondsOf(bounds.deadlineMs)}`);
    reason.name = 'AbortError';
    deadline.abort(reason);
  }, bounds.deadlineMs);
  deadlineTimer.unref();

  return (async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const attempt = new AbortController();
    const timer = setTimeout(() => {
      // Not an AbortError: @octokit/request wraps it in a RequestError with status 500, which is retried.
      const reason = new Error(`GitHub did not answer ${init?.method ?? 'GET'} ${String(url)} within ${secondsOf(bounds.requestTimeoutMs)}`);
      reason.name = 'TimeoutError';
      attempt.abort(reason);
    }, bounds.requestTimeoutMs);
    const signals = [deadline.signal, attempt.signal, ...(init?.signal ? [init.signal] : [])];
    try {
      const res = await inner(url, { ...init, signal: AbortSignal.any(signals) });
      const body = res.status === 204 || res.status === 205 || res.status === 304 ? null : new Uint8Array(await res.arrayBuffer());
      const headers = new Headers(res.headers);
      if (body && /\bapplication\/(scim\+)?json\b/i.test(headers.get('content-type') ?? '') && body.length > 0) {
        try {
          JSON.parse(new TextDecoder().decode(body));
        } catch {
          headers.set('content-type', 'application/json; charset=utf-8');
          headers.delete('content-length');
          return new Response(
            JSON.stringify({ message: `GitHub answered malformed JSON (${body.length} bytes) to ${init?.method ?? 'GET'} ${String(url)}` }),
            {
              status: 502,
              statusText: 'Bad Gateway',
              headers,
            },
          );
        }
      }
      return new Response(body, { status: res.status, statusText: res.statusText, headers });
    } catch (e) {
      // fetch rejects with the signal's reason; keep the one that says what happened.
      throw deadline.signal.aborted ? deadline.signal.reason : attempt.signal.aborted ? attempt.signal.reason : e;
    } finally {
      clearTimeout(timer);
    }
  }) as typeof fetch;
}

/** A bound in words: "30s", or "0.15s" for the sub-second bounds of the tests (rounding said "within 0s"). */
function secondsOf(ms: number): string {
  return `${ms % 1000 === 0 ? ms / 1000 : Number((ms / 1000).toFixed(3))}s`;
}
