// API mode: the bundled action on a 3,000-file pull request (pulls.listFiles stops at 3,000:
// docs.github.com/rest/pulls/pulls#list-pull-requests-files) served by the loopback GitHub server of the action
// tests, with a fixed latency added to every request. Baseline: the naive reader, which lists the files and then
// fetches both versions of every changed file, one REST contents request each, at the action's REST concurrency.
import { setTimeout as sleep } from 'node:timers/promises';
import { generateChange } from './generate.mjs';
import { pullRequestPayload, runActionBundle } from './action-run.mjs';
import { median, repeat } from './stats.mjs';

/** Files per pulls.listFiles page and blobs per GraphQL query: both 100 (the action's FILES_PER_PAGE, MAX_BLOBS_PER_QUERY). */
const PAGE = 100;
/** The action's REST concurrency (src/changes/github-contents.ts MAX_REST_CONCURRENCY), used for the baseline too. */
const REST_CONCURRENCY = 4;
/** Baseline content requests actually timed; the rest are extrapolated linearly (6,000 at 30 ms would take ~45 s per run). */
const BASELINE_SAMPLE = 400;

/** Starts a fake GitHub whose every answer is delayed by `latencyMs`, holding one PR built from `change`. */
async function startServer(FakeGitHub, change, latencyMs) {
  const fake = await new FakeGitHub().start();
  // The server calls this.handle(req, res) per request: wrapping it on the instance adds the latency to every
  // route (REST, GraphQL, comments) without editing the shared test helper.
  const handle = fake.handle.bind(fake);
  fake.handle = async (req, res) => {
    await sleep(latencyMs);
    return handle(req, res);
  };
  const shas = fake.addPull({ number: 7, base: change.base, head: change.head });
  return { fake, shas };
}

async function measureAction(ctx) {
  const { fake, shas } = await startServer(ctx.FakeGitHub, ctx.change, ctx.latencyMs);
  try {
    const r = await runActionBundle({ repoRoot: ctx.repoRoot, bundle: ctx.bundle, apiUrl: fake.url, payload: pullRequestPayload(fake, 7, shas) });
    const report = JSON.parse(r.outputs.report ?? 'null');
    const found = new Set((report?.findings ?? []).filter((f) => f.rule === 'family-reduction').map((f) => f.file));
    if (found.size !== ctx.change.reductions.length) {
      throw new Error(
        `action found ${found.size} family reductions, expected ${ctx.change.reductions.length} (exit ${r.code}): ${r.stdout.slice(-400)}`,
      );
    }
    const byRoute = {};
    for (const q of fake.requests) byRoute[q.route] = (byRoute[q.route] ?? 0) + 1;
    return { wallMs: r.wallMs, requests: fake.requests.length, byRoute };
  } finally {
    await fake.stop();
  }
}

/** The naive reader against the same server: list pages in sequence, then contents at REST_CONCURRENCY. */
async function measureBaseline(ctx) {
  const { fake } = await startServer(ctx.FakeGitHub, ctx.change, ctx.latencyMs);
  const headers = { authorization: 'token ghs_bench_token', accept: 'application/vnd.github.raw' };
  const base = `${fake.url}/repos/${fake.owner}/${fake.repo}`;
  try {
    const pr = fake.pulls.get(7);
    const started = process.hrtime.bigint();
    const listed = [];
    await (await fetch(`${base}/pulls/7`, { headers })).arrayBuffer();
    for (let page = 1; ; page++) {
      const res = await fetch(`${base}/pulls/7/files?per_page=${PAGE}&page=${page}`, { headers });
      listed.push(...(await res.json()));
      if (!(res.headers.get('link') ?? '').includes('rel="next"')) break;
    }
    const listMs = Number(process.hrtime.bigint() - started) / 1e6;
    const refs = listed.flatMap((f) => [
      ...(f.status === 'added' ? [] : [{ path: f.previous_filename ?? f.filename, sha: pr.mergeBaseSha }]),
      ...(f.status === 'removed' ? [] : [{ path: f.filename, sha: pr.headSha }]),
    ]);
    const sample = refs.slice(0, BASELINE_SAMPLE);
    const t1 = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: REST_CONCURRENCY }, async () => {
        while (next < sample.length) {
          const ref = sample[next++];
          const res = await fetch(`${base}/contents/${ref.path.split('/').map(encodeURIComponent).join('/')}?ref=${ref.sha}`, { headers });
          if (!res.ok) throw new Error(`baseline: ${ref.path} answered ${res.status}`);
          await res.arrayBuffer();
        }
      }),
    );
    const sampleMs = Number(process.hrtime.bigint() - t1) / 1e6;
    const pages = Math.ceil(listed.length / PAGE);
    return { wallMs: listMs + (sampleMs * refs.length) / sample.length, requests: 1 + pages + refs.length, pages, listed: listed.length };
  } finally {
    await fake.stop();
  }
}

export async function benchApiMode({ repoRoot, bundle, FakeGitHub, files = 3000, configs = 30, latencyMs = 30, runs = 3, log = () => {} }) {
  const change = generateChange({ ordinary: files - configs, configs });
  const ctx = { repoRoot, bundle, FakeGitHub, change, latencyMs };
  await measureAction(ctx); // warm-up: file cache of the 2 MB bundle
  const actions = await repeat(runs, () => measureAction(ctx));
  log(`API mode: action requests by route ${JSON.stringify(actions[0].byRoute)}`);
  const baseline = await measureBaseline(ctx);
  const pages = Math.ceil(files / PAGE);
  return {
    files,
    configs,
    latencyMs,
    runs,
    actionMs: median(actions.map((a) => a.wallMs)),
    actionRequests: Math.max(...actions.map((a) => a.requests)),
    byRoute: actions[0].byRoute,
    baselineMs: baseline.wallMs,
    baselineRequests: baseline.requests,
    baselineSampled: `${BASELINE_SAMPLE} of ${baseline.requests - 1 - baseline.pages} content requests timed, the rest extrapolated`,
    requestBound: 2 * pages + 2 * Math.ceil(configs / PAGE) + 5,
  };
}
