// API fault injection (issue 5, item 3): the bundled action (dist/index.js) against the loopback GitHub
// with scripted faults per route. What must hold in every case:
//   - transient faults (5xx, rate limits with retry-after, a dropped or hung connection, malformed JSON)
//     are retried, and the blocking finding is still reported;
//   - a file whose content cannot be obtained fails the run closed, with a message naming the file;
//   - nothing hangs: retries are bounded (counted at the fake GitHub, not timed: wall-clock bounds failed on a
//     loaded machine; a run that hangs still fails by the test timeout);
//   - a failing reporting channel (comment, check run) never changes the verdict.
import { afterAll, describe, expect, it } from '@jest/globals';
import { FakeGitHub, type Fault, type RouteName, type Tree } from '../support/fake-github.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { DUAL, kubeadm, prPayload, V4 } from '../support/action-fixtures.js';
import { decodeContentBase64 } from '../../src/changes/github-contents.js';

const CONFIG = 'clusters/prod/kubeadm.yaml';
/** A family reduction: the blocking finding that must never be lost. */
const BLOCKING: [Tree, Tree] = [
  { [CONFIG]: kubeadm(DUAL), 'docs/a.md': 'a\n' },
  { [CONFIG]: kubeadm(V4), 'docs/a.md': 'b\n' },
];
/**
 * Tight bounds so a hung API shows up in seconds: 1 s per attempt (a hang is cut there and retried, at most
 * 4 attempts), and a total API budget of 60 s. The total budget is a wall-clock bound: on a loaded machine
 * (8 jest jobs on 2 cores) a run spends seconds waiting for the CPU, and an 8 s budget once ran out during the
 * `pulls.listFiles × 503` case, which then failed closed ("did not finish within the run's total budget") and
 * showed up as a lost finding. The tests about the budget itself set their own (see "ends the run within its bounds").
 * The retry waits are real waits on real HTTP faults, in units of 50 ms instead of 1 s (the test-only
 * SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS); one test below keeps the real 1 s unit to show that retry-after
 * is honoured in seconds.
 */
const RETRY_UNIT_MS = 50;
const BOUNDS = {
  SERVICE_CIDR_GUARD_REQUEST_TIMEOUT_SECONDS: '1',
  SERVICE_CIDR_GUARD_API_BUDGET_SECONDS: '60',
  SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS: String(RETRY_UNIT_MS / 1000),
};

// Every test has its own fake GitHub, so the slow tables (each run waits out real retry delays) run
// concurrently.
const servers: FakeGitHub[] = [];
let nextPull = 100;
const figures: string[] = [];
let started = 0;
let finished = 0;
async function server(): Promise<FakeGitHub> {
  started++;
  const gh = await new FakeGitHub().start();
  servers.push(gh);
  return gh;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  // The route × fault table helps only when something failed: quiet otherwise.
  if (finished < started) console.log(`fault injection (route × fault → outcome, wall time):\n${figures.sort().join('\n')}`);
});

interface Timed extends ActionRun {
  ms: number;
}

async function runPull(
  gh: FakeGitHub,
  base: Tree,
  head: Tree,
  opts: {
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    before?: (shas: { headSha: string; mergeBaseSha: string }) => void;
    noPatch?: string[];
  } = {},
): Promise<Timed> {
  const number = nextPull++;
  const shas = gh.addPull({ number, base, head, noPatch: opts.noPatch });
  opts.before?.(shas);
  const started = Date.now();
  const run = await runAction({
    eventName: 'pull_request',
    payload: prPayload(gh, number, shas),
    apiUrl: gh.url,
    inputs: opts.inputs,
    extraEnv: { ...BOUNDS, ...opts.env },
  });
  return { ...run, ms: Date.now() - started };
}

function findingsOf(run: ActionRun): { file: string; rule: string }[] {
  return run.outputs.report ? JSON.parse(run.outputs.report).findings : [];
}

/** The message the run failed with (core.setFailed: an ::error:: without a file). */
function failureOf(run: ActionRun): string {
  return run.annotations
    .filter((a) => a.command === 'error' && !a.properties.file)
    .map((a) => a.message)
    .join('\n');
}

/** Requests the action made on a route (the first and its retries). */
function attempts(gh: FakeGitHub, route: RouteName): number {
  return gh.requests.filter((r) => r.route === route).length;
}

function faulted(gh: FakeGitHub, route: RouteName): number {
  return gh.requests.filter((r) => r.route === route && r.fault !== undefined).length;
}

function note(route: RouteName | string, fault: string, run: Timed, outcome: string): void {
  figures.push(`  ${route} × ${fault} → ${outcome} (exit ${run.code}, ${(run.ms / 1000).toFixed(1)} s)`);
}

/**
 * What became of the blocking finding, in words that tell a fail-closed run (no report, an error) from a run that
 * lost the finding and passed (the one outcome that must never happen).
 */
function outcomeOf(run: Timed): string {
  if (findingsOf(run).some((f) => f.rule === 'family-reduction')) return 'retried, finding kept';
  if (run.code !== 0 && run.outputs.report === undefined) return `failed closed without a report: ${failureOf(run)}`;
  return `FINDING LOST (exit ${run.code}, blocked=${run.outputs.blocked})`;
}

const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

describe('transient faults are retried and the blocking finding is kept', () => {
  it.concurrent.each<[RouteName, string, Fault, { smallGraphql?: boolean }]>([
    ['pulls.listFiles', '500 ×2', { status: 500, times: 2 }, {}],
    ['pulls.listFiles', '502', { status: 502, times: 1 }, {}],
    ['pulls.listFiles', '503', { status: 503, times: 1 }, {}],
    ['pulls.listFiles', '429 retry-after 1', { status: 429, times: 1, headers: { 'retry-after': '1' }, message: SECONDARY }, {}],
    [
      'pulls.listFiles',
      '403 secondary rate limit, retry-after 1',
      { status: 403, times: 1, headers: { 'retry-after': '1' }, message: SECONDARY },
      {},
    ],
    ['pulls.listFiles', 'malformed JSON', { kind: 'malformed-json', times: 1 }, {}],
    ['pulls.get', 'hung connection (past the 1 s timeout)', { kind: 'hang', times: 1 }, {}],
    ['pulls.get', 'dropped connection', { kind: 'drop', times: 1 }, {}],
    ['graphql', '500', { status: 500, times: 1, match: CONFIG }, {}],
    ['graphql', '502', { status: 502, times: 1, match: CONFIG }, {}],
    ['graphql', '503 ×2', { status: 503, times: 2, match: CONFIG }, {}],
    [
      'graphql',
      '403 secondary rate limit, retry-after 1',
      { status: 403, times: 1, headers: { 'retry-after': '1' }, message: SECONDARY, match: CONFIG },
      {},
    ],
    ['graphql', '"Something went wrong" (GraphQL timeout)', { kind: 'graphql-error', times: 1, match: CONFIG }, {}],
    ['graphql', 'malformed JSON', { kind: 'malformed-json', times: 1, match: CONFIG }, {}],
    ['graphql', 'slow answer (3 s, past the 1 s timeout)', { kind: 'slow', delayMs: 3000, times: 1, match: CONFIG }, {}],
    ['graphql', 'truncated body', { kind: 'truncate', times: 1, match: CONFIG }, {}],
    ['repos.getContent', '503', { status: 503, times: 1, match: CONFIG }, { smallGraphql: true }],
    [
      'repos.getContent',
      '429 retry-after 1',
      { status: 429, times: 1, headers: { 'retry-after': '1' }, message: SECONDARY, match: CONFIG },
      { smallGraphql: true },
    ],
    ['repos.getContent', 'truncated raw body', { kind: 'truncate', times: 1, match: CONFIG }, { smallGraphql: true }],
    ['repos.getContent', 'hung connection', { kind: 'hang', times: 1, match: CONFIG }, { smallGraphql: true }],
  ])('%s × %s', async (route, label, fault, opts) => {
    const gh = await server();
    if (opts.smallGraphql) gh.graphqlTextLimit = 10; // GraphQL withholds the text: the REST contents API is used
    gh.fail(route, fault);
    const run = await runPull(gh, ...BLOCKING);
    note(route, label, run, outcomeOf(run));
    expect(faulted(gh, route)).toBeGreaterThanOrEqual(1); // the fault really fired
    expect(run.code).toBe(1);
    expect(findingsOf(run)).toEqual([expect.objectContaining({ file: CONFIG, rule: 'family-reduction' })]);
    expect(run.outputs.blocked).toBe('true');
    // Retries are bounded: the request and at most 3 retries on the faulted route.
    expect(faulted(gh, route)).toBeLessThanOrEqual(4);
    finished++;
  });

  it.concurrent('keeps the finding when the blocking file fails once then succeeds, and retries only what failed', async () => {
    const gh = await server();
    gh.graphqlTextLimit = 10;
    gh.fail('repos.getContent', { status: 502, times: 1, match: `ref=` }); // the first contents read fails
    const run = await runPull(gh, ...BLOCKING);
    note('repos.getContent', '502 once on the blocking file', run, 'retried, finding kept');
    expect(run.code).toBe(1);
    expect(findingsOf(run).map((f) => f.rule)).toEqual(['family-reduction']);
    const reads = gh.requests.filter((r) => r.route === 'repos.getContent');
    expect(reads.filter((r) => r.status === 502)).toHaveLength(1);
    // Head and base of the config, plus the one retry.
    expect(reads.filter((r) => r.status === 200)).toHaveLength(2);
    finished++;
  });
});

describe('content that cannot be obtained fails the run closed, naming the file', () => {
  it.concurrent.each<[RouteName, string, Fault, { smallGraphql?: boolean; maxAttempts: number }]>([
    ['graphql', '502 always', { status: 502, match: CONFIG }, { maxAttempts: 4 }],
    ['graphql', '"Something went wrong" always', { kind: 'graphql-error', match: CONFIG }, { maxAttempts: 4 }],
    ['graphql', 'malformed JSON always', { kind: 'malformed-json', match: CONFIG }, { maxAttempts: 4 }],
    ['repos.getContent', '404', { status: 404, match: CONFIG }, { smallGraphql: true, maxAttempts: 2 }],
    ['repos.getContent', '503 always', { status: 503, match: CONFIG }, { smallGraphql: true, maxAttempts: 4 }],
    ['repos.getContent', 'wrong and truncated base64', { kind: 'bad-base64', match: CONFIG }, { smallGraphql: true, maxAttempts: 2 }],
    ['repos.getContent', 'truncated raw body always', { kind: 'truncate', match: CONFIG }, { smallGraphql: true, maxAttempts: 4 }],
  ])('%s × %s', async (route, label, fault, opts) => {
    const gh = await server();
    if (opts.smallGraphql) gh.graphqlTextLimit = 10;
    gh.fail(route, fault);
    const run = await runPull(gh, ...BLOCKING);
    const failure = failureOf(run);
    note(route, label, run, failure.includes(CONFIG) ? 'failed closed, file named' : `failed: ${failure}`);
    expect(faulted(gh, route)).toBeGreaterThanOrEqual(1);
    expect(run.code).toBe(1);
    expect(run.outputs.blocked).toBeUndefined(); // no report: nothing was decided on partial content
    expect(failure).toContain(CONFIG);
    expect(failure).toMatch(/fails closed|Cannot read/);
    expect(faulted(gh, route)).toBeLessThanOrEqual(opts.maxAttempts);
    finished++;
  });

  it.concurrent('fails closed when a listed file is deleted before its blob is fetched', async () => {
    const gh = await server();
    const run = await runPull(gh, ...BLOCKING, { before: ({ headSha }) => gh.deleteBlob(headSha, CONFIG) });
    note('graphql', 'blob gone after listing (null alias)', run, failureOf(run).includes(CONFIG) ? 'failed closed, file named' : 'NOT NAMED');
    expect(run.code).toBe(1);
    expect(run.outputs.blocked).toBeUndefined();
    expect(failureOf(run)).toContain(`Cannot read ${CONFIG}`);
    finished++;
  });

  it.concurrent('fails closed when a file that never mentioned a range is unreadable at the head (it could now)', async () => {
    const gh = await server();
    const run = await runPull(
      gh,
      { 'notes/x.txt': 'a\n' },
      { 'notes/x.txt': 'b\n' },
      { before: ({ headSha }) => gh.deleteBlob(headSha, 'notes/x.txt') },
    );
    expect(run.code).toBe(1);
    expect(failureOf(run)).toContain('notes/x.txt');
    finished++;
  });

  it.concurrent('fetches the base when the patch is missing and the head no longer names the flag', async () => {
    const gh = await server();
    // The removed line is the only trace of the range; without a patch the base must be read.
    const base = { 'cluster.env': 'KUBE_API_ARGS="--service-cluster-ip-range=10.0.0.0/16"\nOTHER=1\n' };
    const run = await runPull(gh, base, { 'cluster.env': 'OTHER=1\n' }, { noPatch: ['cluster.env'] });
    note('pulls.listFiles', 'patch missing', run, `${findingsOf(run).length} finding(s)`);
    expect(gh.count('graphql')).toBe(2); // head batch, then the base side of cluster.env
    // The finding carries the old value, which only the base side holds.
    expect(run.outputs.report).toContain('10.0.0.0/16');
    expect(findingsOf(run).map((f) => f.file)).toEqual(['cluster.env']);
    finished++;
  });
});

describe('a hung or rate-limited API ends the run within its bounds', () => {
  // The two 3 s budget cases run alone (sequential `it`, before the concurrent ones of this block): beside other runs
  // of the bundle, a loaded machine can spend the whole budget before the first request. The others are
  // concurrent like the tables above (each test has its own fake GitHub): they mostly wait (retry-after in real
  // seconds), and their waits overlap instead of adding up.
  it('gives up on a GitHub that never answers within the total budget, failing closed', async () => {
    const gh = await server();
    gh.fail('graphql', { kind: 'hang' });
    // A 3 s budget (each attempt still times out after 1 s): 4 attempts would need more than that.
    const run = await runPull(gh, ...BLOCKING, { env: { SERVICE_CIDR_GUARD_API_BUDGET_SECONDS: '3', SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS: '1' } });
    note('graphql', 'hangs forever', run, /total budget/.test(failureOf(run)) ? 'failed closed at the budget' : `failed: ${failureOf(run)}`);
    expect(run.code).toBe(1);
    expect(run.outputs.blocked).toBeUndefined();
    expect(failureOf(run)).toContain(CONFIG);
    expect(failureOf(run)).toMatch(/did not (answer|finish)/);
    // The budget cut the attempts short: 1 s attempts (the timeout really waited) in a 3 s budget leave no room
    // for the request and all 3 retries of the retry plan (1 + 4 + 9 s of waits).
    expect(run.ms).toBeGreaterThanOrEqual(1_000);
    expect(attempts(gh, 'graphql')).toBeGreaterThanOrEqual(1);
    expect(attempts(gh, 'graphql')).toBeLessThan(4);
    finished++;
  });

  it('fails closed when the total budget runs out while a pulls.listFiles page is being retried', async () => {
    // The race behind a once-flaky `pulls.listFiles × 503` (issue 11 follow-up): the first page answers 503, and
    // its retry is still in flight when the run's API budget ends. The page must not be dropped (a list without
    // the blocking file would pass): the run fails closed, naming the budget.
    const gh = await server();
    gh.fail('pulls.listFiles', { status: 503, times: 1 });
    gh.fail('pulls.listFiles', { kind: 'slow', delayMs: 6000, times: 1 });
    const run = await runPull(gh, ...BLOCKING, {
      env: { SERVICE_CIDR_GUARD_API_BUDGET_SECONDS: '3', SERVICE_CIDR_GUARD_REQUEST_TIMEOUT_SECONDS: '30' },
    });
    note('pulls.listFiles', '503, then a retry past the total budget', run, outcomeOf(run));
    expect(run.code).toBe(1);
    expect(run.outputs.report).toBeUndefined();
    expect(run.outputs.blocked).toBeUndefined();
    expect(failureOf(run)).toMatch(/total budget of 3s/);
    // The budget, not the fault table, ended the run: the slow retry was never answered in time. (On a machine so
    // loaded that the budget ends before the list is asked for, the outcome is the same failure, earlier.)
    const listed = gh.requests.filter((r) => r.route === 'pulls.listFiles');
    expect(listed.filter((r) => r.status === 200 && r.fault === undefined)).toHaveLength(0);
    finished++;
  });

  it.concurrent('does not wait an hour for a primary rate limit reset: it fails closed at once', async () => {
    const gh = await server();
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.fail('pulls.listFiles', {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      message: 'API rate limit exceeded for installation ID 1.',
    });
    const run = await runPull(gh, ...BLOCKING);
    note(
      'pulls.listFiles',
      '403 primary rate limit, reset in 1 h',
      run,
      /rate limit/.test(failureOf(run)) ? 'failed closed at once' : `failed: ${failureOf(run)}`,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.blocked).toBeUndefined();
    expect(failureOf(run)).toMatch(/rate limit/);
    expect(run.stdout).toMatch(/more than the \d+s this action waits/);
    expect(attempts(gh, 'pulls.listFiles')).toBe(1); // no retry, so no wait for the reset
    finished++;
  });

  it.concurrent('honours retry-after on secondary limits: three waits of 1 s, then fails closed', async () => {
    const gh = await server();
    gh.fail('pulls.listFiles', { status: 403, headers: { 'retry-after': '1' }, message: SECONDARY });
    // The real unit: retry-after is honoured in seconds.
    const run = await runPull(gh, ...BLOCKING, { env: { SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS: '1' } });
    note('pulls.listFiles', '403 secondary rate limit always', run, 'failed closed after 3 retries');
    const hits = gh.requests.filter((r) => r.route === 'pulls.listFiles');
    expect(hits).toHaveLength(4); // the request and 3 retries
    for (let i = 1; i < hits.length; i++) expect(hits[i].at! - hits[i - 1].at!).toBeGreaterThanOrEqual(900);
    expect(run.code).toBe(1);
    expect(run.outputs.blocked).toBeUndefined();
    finished++;
  });

  it.concurrent('rejects an invalid bound from the environment with a sentence naming it', async () => {
    const gh = await server();
    const run = await runPull(gh, ...BLOCKING, { env: { SERVICE_CIDR_GUARD_REQUEST_TIMEOUT_SECONDS: 'soon' } });
    expect(run.code).toBe(1);
    expect(failureOf(run)).toContain("Invalid SERVICE_CIDR_GUARD_REQUEST_TIMEOUT_SECONDS value 'soon'");
    finished++;
  });
});

describe('reporting failures never change the verdict', () => {
  const CLEAN: [Tree, Tree] = [{ [CONFIG]: kubeadm(V4) }, { [CONFIG]: kubeadm(V4, 'v1.33.2') }];
  it.concurrent.each<[RouteName, string, Fault, 'blocking' | 'clean']>([
    ['issues.createComment', '500 always', { status: 500 }, 'blocking'],
    ['issues.createComment', '500 always', { status: 500 }, 'clean'],
    ['issues.createComment', '403 (read-only token)', { status: 403, message: 'Resource not accessible by integration' }, 'blocking'],
    ['issues.createComment', '403 (read-only token)', { status: 403, message: 'Resource not accessible by integration' }, 'clean'],
    ['issues.listComments', '502 always', { status: 502 }, 'blocking'],
    ['issues.createComment', 'hangs forever', { kind: 'hang' }, 'blocking'],
    ['checks.create', '500 always', { status: 500 }, 'blocking'],
    ['checks.create', '403 (read-only token)', { status: 403, message: 'Resource not accessible by integration' }, 'clean'],
    ['checks.create', 'malformed JSON', { kind: 'malformed-json' }, 'clean'],
  ])('%s × %s (fault %j) on a %s pull request', async (route, label, fault, kind) => {
    const gh = await server();
    gh.fail(route, fault);
    const [base, head] = kind === 'blocking' ? BLOCKING : CLEAN;
    const run = await runPull(gh, base, head, { inputs: { comment: 'always', 'check-run': 'true' } });
    const expected = kind === 'blocking' ? 1 : 0;
    note(route, `${label}, ${kind}`, run, run.code === expected ? 'verdict unchanged' : 'VERDICT CHANGED');
    expect(faulted(gh, route)).toBeGreaterThanOrEqual(1);
    expect(run.code).toBe(expected);
    expect(run.outputs.blocked).toBe(String(kind === 'blocking'));
    expect(run.summary).toContain('service-cidr-guard');
    const channel = route.startsWith('checks') ? 'check run' : 'pull request comment';
    expect(
      run.annotations.some((a) => (a.command === 'warning' || a.command === 'notice') && a.message.includes(`Could not write the ${channel}`)),
    ).toBe(true);
    if (kind === 'blocking') expect(run.annotations.some((a) => a.command === 'error' && a.properties.file === CONFIG)).toBe(true);
    expect(faulted(gh, route)).toBeLessThanOrEqual(4); // the request and at most 3 retries
    finished++;
  });
});

describe('decodeContentBase64 (the contents API JSON form)', () => {
  const text = 'networking:\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n';
  const b64 = Buffer.from(text).toString('base64');
  // GitHub wraps the base64 at 60 characters with \n.
  const wrapped = b64.replace(/(.{60})/g, '$1\n');
  it.each<[string, string, number | undefined, string | RegExp]>([
    ['plain', b64, Buffer.byteLength(text), text],
    ['wrapped at 60 with newlines', wrapped, Buffer.byteLength(text), text],
    ['without a size', b64, undefined, text],
    ['cut in the middle of a group', b64.slice(0, b64.length - 3), Buffer.byteLength(text), /damaged base64/],
    ['cut at a group boundary (shorter than size)', b64.slice(0, 40), Buffer.byteLength(text), /answered 30 bytes of a \d+-byte file/],
    ['characters outside the alphabet', `${b64.slice(0, 20)}!*${b64.slice(22)}`, Buffer.byteLength(text), /damaged base64/],
    [
      'url-safe alphabet',
      b64.replace(/\+/g, '-').replace(/\//g, '_') + (b64.includes('+') || b64.includes('/') ? '' : '-___'),
      undefined,
      /damaged base64/,
    ],
  ])('%s', (_name, content, size, expected) => {
    if (typeof expected === 'string') expect(decodeContentBase64(content, size)).toBe(expected);
    else expect(() => decodeContentBase64(content, size)).toThrow(expected);
  });
});
