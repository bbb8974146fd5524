// Cost at size (issue 11, item 5): peak memory under 150 MiB and time linear in the size of the change, on
//   - a synthetic 50,000-file change (bench/generate.mjs, 49,950 ordinary manifests + 50 kubeadm family
//     reductions that must all be found), and
//   - a real 10,000+-file commit range (bench/replay/cost-ranges.json: commit ids only), skipped with a message
//     when its repository snapshot is absent.
// Each is measured beside its baseline in the same run: git alone reading the same change (`git diff --raw -z -M`
// then one `git cat-file --batch` for both blob ids of every file), wall time and peak RSS.
// "Peak" of the CLI is the peak of its whole process tree: node and the git children it runs at the same time
// (cat-file streams beside the engine for the whole run), sampled as the sum of their VmRSS
// (bench/processes.mjs measureTree), with each process's own peak and the tree's CPU time beside it. The synthetic
// change is measured at 5,000, 10,000 and 50,000 files, so that time per file shows whether cost is linear.
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

/** The synthetic change at each size: one warm-up, then `runs` interleaved runs of the floor and the CLI. */
export async function benchSyntheticLarge({ cliBundle, sizes = [5_000, 10_000, 50_000], configs = 50, runs = 1, log = () => {} }) {
  const out = [];
  for (const files of sizes) {
    const t0 = Date.now();
    const repo = await createBenchRepository({ ordinary: files - configs, configs });
    log(`cost: synthetic repository with ${repo.files} changed files generated in ${Date.now() - t0} ms`);
    try {
      await measureFloor(repo.dir, repo.env, repo.baseSha, repo.headSha);
      const floors = [];
      const clis = [];
      for (let i = 0; i < runs; i++) {
        floors.push(await measureFloor(repo.dir, repo.env, repo.baseSha, repo.headSha));
        clis.push(await measureCli(repo, cliBundle, { measureTree: true }));
      }
      out.push(summarise(`synthetic ${repo.files}-file change (${configs} family reductions, ${clis[0].found} found)`, repo.files, floors, clis));
    } finally {
      repo.remove();
    }
  }
  return out;
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
        measureTree: true,
      });
      if (r.code !== 0 && r.code !== 1) throw new Error(`CLI exited ${r.code} on ${range.name}: ${r.stderr.trim()}`);
      const report = JSON.parse(r.stdout);
      clis.push({
        wallMs: r.wallMs,
        cpuMs: r.cpuMs,
        processes: r.processes,
        rssMethod: r.rssMethod,
        peakRssBytes: r.peakRssBytes,
        peakAt: r.peakAt,
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
    cpuMs: clis[0].cpuMs ?? null,
    rssMethod: clis[0].rssMethod,
    /** Each process's own peak in the run with the largest tree peak: `node 146 MiB, git cat-file 38 MiB, ...`. */
    processes: processLine(largest(clis).processes),
    /** What the tree held at that peak: `node 114 MiB + git cat-file 29 MiB`. */
    peakAt: largest(clis).peakAt ?? '',
  };
}

const largest = (clis) => clis.reduce((a, b) => ((b.peakRssBytes ?? 0) > (a.peakRssBytes ?? 0) ? b : a));

function processLine(processes) {
  if (!processes) return '';
  return Object.entries(processes)
    .filter(([role]) => role !== '?')
    .sort((a, b) => b[1].peakRssBytes - a[1].peakRssBytes)
    .map(([role, p]) => `${role}${p.count > 1 ? ` (${p.count}x)` : ''} ${(p.peakRssBytes / 1048576).toFixed(0)} MiB`)
    .join(', ');
}

export const DEFAULT_RANGES_FILE = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'replay/cost-ranges.json');
