// Git mode: the bundled CLI (`node dist/cli/index.js --base A --head B --format json`) on a generated repository,
// against the floor of reading the same change with git alone: `git diff --raw -z` for the list, then one
// `git cat-file --batch` for both sides of every changed file (by blob id, the cheapest request git offers).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fastImportStream, generateChange } from './generate.mjs';
import { runChecked, runMeasured } from './processes.mjs';
import { median, repeat } from './stats.mjs';

const ZERO_OID = /^0+$/;

/** Creates the repository in a temp dir; returns its path, both commit ids and the files that must be found. */
export async function createBenchRepository({ ordinary, configs }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'scg-bench-repo-'));
  const { base, head, reductions } = generateChange({ ordinary, configs });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  await runChecked('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
  await runChecked('git', ['fast-import', '--quiet'], { cwd: dir, env, input: fastImportStream(base, head) });
  const [baseSha, headSha] = (await runChecked('git', ['rev-parse', 'main~1', 'main'], { cwd: dir, env })).toString('utf8').trim().split('\n');
  const bytes = Object.values(base)
    .concat(Object.values(head))
    .reduce((n, s) => n + Buffer.byteLength(s), 0);
  return {
    dir,
    env,
    baseSha,
    headSha,
    reductions,
    files: Object.keys(head).length,
    bytes,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `git diff --raw -z` entries: `:<mode> <mode> <oid> <oid> <status>\0<path>\0[<path>\0]` (git-diff(1) "Raw output format"). */
export function blobIdsOfRawDiff(raw) {
  const parts = raw.toString('utf8').split('\0');
  const ids = [];
  for (let i = 0; i < parts.length - 1; ) {
    const [, , oldId, newId, status] = parts[i++].slice(1).split(' ');
    i += status.startsWith('R') || status.startsWith('C') ? 2 : 1;
    for (const id of [oldId, newId]) if (!ZERO_OID.test(id)) ids.push(id);
  }
  return ids;
}

/** The git floor: wall time of listing the change and reading both sides of every file with git itself. */
export async function measureGitFloor(repo) {
  const started = process.hrtime.bigint();
  const raw = await runChecked('git', ['diff', '--raw', '-z', '--no-abbrev', '-M', repo.baseSha, repo.headSha], { cwd: repo.dir, env: repo.env });
  const ids = blobIdsOfRawDiff(raw);
  const out = await runChecked('git', ['cat-file', '--batch'], { cwd: repo.dir, env: repo.env, input: ids.map((id) => `${id}\n`).join('') });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { wallMs, blobs: ids.length, bytes: out.length };
}

/** One CLI run; asserts that every family reduction was found (a fast wrong answer is not a result). */
export async function measureCli(repo, cliBundle, { measureTree = false } = {}) {
  const r = await runMeasured(process.execPath, [cliBundle, '--base', repo.baseSha, '--head', repo.headSha, '--format', 'json'], {
    cwd: repo.dir,
    env: repo.env,
    measureRss: true,
    measureTree,
  });
  if (r.code !== 1) throw new Error(`CLI exited ${r.code} (expected 1, blocked): ${r.stderr.trim()}`);
  const report = JSON.parse(r.stdout);
  const found = new Set(report.findings.filter((f) => f.rule === 'family-reduction').map((f) => f.file));
  const missing = repo.reductions.filter((p) => !found.has(p));
  if (missing.length > 0 || found.size !== repo.reductions.length) {
    throw new Error(`CLI found ${found.size} family reductions, expected ${repo.reductions.length} (missing e.g. ${missing[0]})`);
  }
  return {
    wallMs: r.wallMs,
    cpuMs: r.cpuMs,
    processes: r.processes,
    peakAt: r.peakAt,
    peakRssBytes: r.peakRssBytes,
    rssMethod: r.rssMethod,
    found: found.size,
  };
}

export async function benchGitMode({ cliBundle, ordinary = 5000, configs = 50, runs = 5, log = () => {} }) {
  const t0 = Date.now();
  const repo = await createBenchRepository({ ordinary, configs });
  log(`git mode: repository with ${repo.files} changed files generated in ${Date.now() - t0} ms (${repo.dir})`);
  try {
    // One warm-up of each so that both read a hot page cache and a packed object store alike.
    await measureGitFloor(repo);
    await measureCli(repo, cliBundle);
    const floors = [];
    const clis = [];
    await repeat(runs, async () => {
      floors.push(await measureGitFloor(repo));
      clis.push(await measureCli(repo, cliBundle));
    });
    const rss = clis.map((c) => c.peakRssBytes).filter((x) => x !== null);
    return {
      files: repo.files,
      changeBytes: repo.bytes,
      found: clis[0].found,
      expected: repo.reductions.length,
      cliMs: median(clis.map((c) => c.wallMs)),
      floorMs: median(floors.map((f) => f.wallMs)),
      blobs: floors[0].blobs,
      peakRssBytes: rss.length ? Math.max(...rss) : null,
      rssMethod: clis[0].rssMethod,
      runs,
    };
  } finally {
    repo.remove();
  }
}
