// Cost at size (issue 11, item 5): peak memory under 150 MiB and time linear in the size of the change, on
//   - a synthetic 50,000-file change (bench/generate.mjs, 49,950 ordinary manifests + 50 kubeadm family
//     reductions that must all be found), and
//   - a real 10,000+-file commit range (bench/replay/cost-ranges.json: commit ids only), skipped with a message
//     when its repository snapshot is absent.
// Each is measured beside its baseline in the same run: git alone reading the same change (`git diff --raw -z -M`
// then one `git cat-file --batch` for both blob ids of every file), wall time and peak RSS.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blobIdsOfRawDiff, createBenchRepository, measureCli } from './git-mode.mjs';
import { runChecked, runMeasured } from './processes.mjs';
import { locateRepository } from './replay.mjs';

/** git alone: the change list, then both sides of every file through one cat-file (wall time and cat-file's peak RSS). */
async function measureFloor(dir, env, base, head) {
  const started = process.hrtime.bigint();
  const raw = await runChecked('git', ['diff', '--raw', '-z', '--no-abbrev', '-M', base, head], { cwd: dir, env });
  const ids = blobIdsOfRawDiff(raw);
  const r = await runMeasured('git', ['cat-file', '--batch'], { cwd: dir, env, input: ids.map((id) => `${id}\n`).join(''), measureRss: true });
  if (r.code !== 0) throw new Error(`git cat-file exited ${r.code}: ${r.stderr.trim()}`);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { wallMs, blobs: ids.length, peakRssBytes: r.peakRssBytes, files: countEntries(raw) };
}

function countEntries(raw) {
  return raw
    .toString('utf8')
    .split('\0')
    .filter((p) => p.startsWith(':')).length;
}

/** The synthetic 50,000-file change: one warm-up, then `runs` interleaved runs of the floor and the CLI. */
export async function benchSyntheticLarge({ cliBundle, files = 50_000, configs = 50, runs = 1, log = () => {} }) {
  const t0 = Date.now();
  const repo = await createBenchRepository({ ordinary: files - configs, configs });
  log(`cost: synthetic repository with ${repo.files} changed files generated in ${Date.now() - t0} ms`);
  try {
    await measureFloor(repo.dir, repo.env, repo.baseSha, repo.headSha);
    const floors = [];
    const clis = [];
    for (let i = 0; i < runs; i++) {
      floors.push(await measureFloor(repo.dir, repo.env, repo.baseSha, repo.headSha));
      clis.push(await measureCli(repo, cliBundle));
    }
    return summarise(`synthetic ${repo.files}-file change (${configs} family reductions, ${clis[0].found} found)`, repo.files, floors, clis);
  } finally {
    repo.remove();
  }
}

/** The real ranges of bench/replay/cost-ranges.json whose snapshot is present (`skipped` says why not). */
export async function benchRealRanges({ cliBundle, mirrors, workdir, rangesFile, runs = 1, log = () => {} }) {
  const { ranges } = JSON.parse(readFileSync(rangesFile, 'utf8'));
  const out = [];
  for (const range of ranges) {
    const where = locateRepository(range.repo, mirrors, workdir);
    if (where.missing) {
      out.push({ name: range.name, skipped: `${where.missing}; fetch ${range.repo} to measure it` });
      continue;
    }
    try {
      execFileSync('git', ['cat-file', '-e', `${range.base}^{commit}`], { cwd: where.dir, stdio: 'ignore' });
      execFileSync('git', ['cat-file', '-e', `${range.head}^{commit}`], { cwd: where.dir, stdio: 'ignore' });
    } catch {
      out.push({ name: range.name, skipped: `commits ${range.base.slice(0, 12)}/${range.head.slice(0, 12)} are not in ${where.dir}` });
      continue;
    }
    log(`cost: ${range.name} in ${where.dir}...`);
    const env = { ...process.env };
    await measureFloor(where.dir, env, range.base, range.head); // warm the page cache for both
    const floors = [];
    const clis = [];
    for (let i = 0; i < runs; i++) {
      floors.push(await measureFloor(where.dir, env, range.base, range.head));
      const r = await runMeasured(process.execPath, [cliBundle, '--base', range.base, '--head', range.head, '--format', 'json'], {
        cwd: where.dir,
        env,
        measureRss: true,
      });
      if (r.code !== 0 && r.code !== 1) throw new Error(`CLI exited ${r.code} on ${range.name}: ${r.stderr.trim()}`);
      const report = JSON.parse(r.stdout);
      clis.push({
        wallMs: r.wallMs,
        peakRssBytes: r.peakRssBytes,
        findings: report.findings.length,
        problems: report.problems.length,
        outBytes: Buffer.byteLength(r.stdout),
      });
    }
    const last = clis[clis.length - 1];
    out.push(
      summarise(
        `real range ${range.name} (${last.findings} findings, ${last.problems} problems, ${(last.outBytes / 1024).toFixed(0)} KiB JSON)`,
        floors[0].files,
        floors,
        clis,
      ),
    );
  }
  return out;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function summarise(name, files, floors, clis) {
  const rss = clis.map((c) => c.peakRssBytes).filter((x) => x !== null);
  const floorRss = floors.map((f) => f.peakRssBytes).filter((x) => x !== null);
  return {
    name,
    files,
    blobs: floors[0].blobs,
    cliMs: median(clis.map((c) => c.wallMs)),
    floorMs: median(floors.map((f) => f.wallMs)),
    peakRssBytes: rss.length ? Math.max(...rss) : null,
    floorRssBytes: floorRss.length ? Math.max(...floorRss) : null,
    runs: clis.length,
  };
}

export const DEFAULT_RANGES_FILE = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'replay/cost-ranges.json');
