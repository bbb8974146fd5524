#!/usr/bin/env node
// `npm run bench`: every figure beside its baseline and the ratio, medians of several runs, in one run on one
// machine, with the machine and Node version printed above the table (issue 6). Not part of `npm test`.
//   node bench/run.mjs [--quick] [--markdown FILE] [--large] [--mirrors DIR]
//   --quick       fewer runs (a smoke run; the figures are noisier)
//   --markdown    also write the table, machine line and notes as markdown to FILE
//   --large       also the cost-at-size cases of issue 11 (synthetic 5,000, 10,000 and 50,000 files; the real 10,000+-file range of
//                 bench/replay/cost-ranges.json when its snapshot is present): 2-5 more minutes, one run each
//   --mirrors     where the real range's repository snapshot is (default /work/.mirror; see bench/replay.mjs)
// It measures the bundles in dist/ as they are: run `npm run build` first when src/ changed.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchApiMode } from './api-mode.mjs';
import { compileHelpers } from './compile.mjs';
import { benchRealRanges, benchSyntheticLarge, DEFAULT_RANGES_FILE } from './cost.mjs';
import { benchEngine } from './engine.mjs';
import { benchGitMode } from './git-mode.mjs';
import { benchLimits } from './limits.mjs';
import { benchStartup } from './startup.mjs';
import { formatMiB, formatMs, formatRatio, renderMarkdownTable, renderTable } from './stats.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI_BUNDLE = path.join(REPO_ROOT, 'dist/cli/index.js');
const ACTION_BUNDLE = path.join(REPO_ROOT, 'dist/index.js');
const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus');

// Targets of issue 6.
const GIT_RATIO_TARGET = 1.5;
const RSS_TARGET_BYTES = 150 * 1024 * 1024;
const API_WALL_TARGET_MS = 2000;
const STARTUP_RATIO_TARGET = 3;
const ENGINE_RATIO_TARGET = 0.5;
// Issue 11: time linear in the size of the change — the CLI's ratio to git alone at 50,000 files (or on a real
// range) within this factor of the 5,050-file run's ratio. Against git alone in the same run, because absolute
// per-file times move with the machine's load between cases.
const LINEAR_TARGET = 1.5;

function parseArgs(argv) {
  const out = { quick: false, markdown: undefined, large: false, mirrors: '/work/.mirror' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') out.quick = true;
    else if (argv[i] === '--markdown') out.markdown = argv[++i];
    else if (argv[i] === '--large') out.large = true;
    else if (argv[i] === '--mirrors') out.mirrors = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${argv[i]} (expected --quick, --markdown FILE, --large, --mirrors DIR)`);
  }
  return out;
}

function machineLine() {
  const cpus = os.cpus();
  const model = cpus[0]?.model?.trim() ?? 'unknown CPU';
  return `${cpus.length} x ${model}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`;
}

function bundleLine() {
  return [CLI_BUNDLE, ACTION_BUNDLE]
    .map((b) => `${path.relative(REPO_ROOT, b)} ${(statSync(b).size / 1024).toFixed(0)} KiB built ${statSync(b).mtime.toISOString()}`)
    .join('; ');
}

const met = (ok) => (ok ? 'met' : 'NOT MET');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  for (const b of [CLI_BUNDLE, ACTION_BUNDLE]) if (!existsSync(b)) throw new Error(`${b} is missing: run npm run build first`);
  const runs = args.quick ? { git: 1, api: 1, startup: 3, engine: 2 } : { git: 5, api: 3, startup: 9, engine: 5 };
  const log = (m) => process.stderr.write(`${m}\n`);
  const started = Date.now();

  log('compiling the engine and the loopback GitHub server for the bench (tsc --noCheck)...');
  const helpers = await compileHelpers(REPO_ROOT);
  const { FakeGitHub } = await import(helpers.fakeGitHub);

  log('engine throughput on the corpus...');
  const engine = await benchEngine({ enginePath: helpers.engine, corpusDir: CORPUS_DIR, runs: runs.engine });
  if (!engine) console.warn(`corpus not found at ${CORPUS_DIR}: skipped`);
  log('limits (diff, alias bombs, nesting, long line, corpus) against same-run baselines...');
  const engineOut = path.dirname(helpers.engine);
  const limits = await benchLimits({
    enginePath: helpers.engine,
    limitsPath: path.join(engineOut, 'limits.js'),
    touchedLinesPath: path.join(engineOut, 'engine/touched-lines.js'),
    corpusDir: existsSync(CORPUS_DIR) ? CORPUS_DIR : null,
    runs: runs.engine,
  });
  log('start-up...');
  const startup = await benchStartup({ repoRoot: REPO_ROOT, bundle: ACTION_BUNDLE, FakeGitHub, runs: runs.startup });
  log('git mode...');
  const git = await benchGitMode({ cliBundle: CLI_BUNDLE, runs: runs.git, log });
  log('API mode (30 ms added per request)...');
  const api = await benchApiMode({ repoRoot: REPO_ROOT, bundle: ACTION_BUNDLE, FakeGitHub, runs: runs.api, log });

  let large = null;
  let ranges = [];
  if (args.large) {
    log('cost at size: synthetic 50,000-file change...');
    large = await benchSyntheticLarge({ cliBundle: CLI_BUNDLE, log });
    log('cost at size: real 10,000+-file ranges...');
    ranges = await benchRealRanges({
      cliBundle: CLI_BUNDLE,
      mirrors: args.mirrors,
      workdir: path.join(os.tmpdir(), 'scg-replay'),
      rangesFile: DEFAULT_RANGES_FILE,
      log,
    });
  }

  const gitRatio = git.cliMs / git.floorMs;
  const rows = [
    ['measure', 'service-cidr-guard', 'baseline', 'ratio', 'target', 'result'],
    [
      `git mode: CLI --format json, ${git.files} changed files (${git.expected} family reductions, ${git.found} found)`,
      formatMs(git.cliMs),
      `git diff --raw + cat-file --batch (${git.blobs} blobs): ${formatMs(git.floorMs)}`,
      formatRatio(git.cliMs, git.floorMs),
      `<= ${GIT_RATIO_TARGET}x`,
      met(gitRatio <= GIT_RATIO_TARGET),
    ],
    [
      'git mode: CLI peak RSS',
      git.peakRssBytes === null ? 'n/a' : formatMiB(git.peakRssBytes),
      `change size ${formatMiB(git.changeBytes)} (both sides)`,
      '',
      `< ${formatMiB(RSS_TARGET_BYTES)}`,
      git.peakRssBytes === null ? 'not measured' : met(git.peakRssBytes < RSS_TARGET_BYTES),
    ],
    [
      `API mode: action wall time, ${api.files}-file PR, ${api.configs} cluster configs, ${api.latencyMs} ms/request`,
      formatMs(api.actionMs),
      `both sides one request each: ${formatMs(api.baselineMs)} (extrapolated)`,
      formatRatio(api.actionMs, api.baselineMs),
      `< ${formatMs(API_WALL_TARGET_MS)}`,
      met(api.actionMs < API_WALL_TARGET_MS),
    ],
    [
      'API mode: requests',
      String(api.actionRequests),
      `${api.baselineRequests}`,
      formatRatio(api.actionRequests, api.baselineRequests),
      `<= ${api.requestBound}`,
      met(api.actionRequests <= api.requestBound),
    ],
    [
      'start-up: node dist/index.js, PR without cluster config',
      formatMs(startup.actionMs),
      `node -e 0: ${formatMs(startup.nodeMs)}`,
      formatRatio(startup.actionMs, startup.nodeMs),
      `<= ${STARTUP_RATIO_TARGET}x`,
      met(startup.actionMs / startup.nodeMs <= STARTUP_RATIO_TARGET),
    ],
    engine
      ? [
          `engine throughput, corpus (${engine.files} files, ${(engine.bytes / 1024).toFixed(0)} KiB)`,
          `${engine.engineMBps.toFixed(2)} MB/s`,
          `yaml parseAllDocuments: ${engine.yamlMBps.toFixed(2)} MB/s`,
          formatRatio(engine.engineMBps, engine.yamlMBps),
          `>= ${ENGINE_RATIO_TARGET}x`,
          met(engine.engineMBps / engine.yamlMBps >= ENGINE_RATIO_TARGET),
        ]
      : ['engine throughput', 'skipped (no corpus)', '', '', '', ''],
  ];
  for (const l of limits) {
    rows.push([
      `limits: ${l.name}`,
      formatMs(l.ms),
      `${l.baseline}: ${formatMs(l.baseMs)}`,
      formatRatio(l.ms, l.baseMs),
      l.target === null ? '< 10 % of budget' : `<= ${l.target}x`,
      met(l.met),
    ]);
  }
  const perFile5k = git.cliMs / git.files;
  const costRows = (c) => [
    [
      `cost: ${c.name}, CLI --format json`,
      formatMs(c.cliMs),
      `git diff --raw + cat-file --batch (${c.blobs} blobs): ${formatMs(c.floorMs)}`,
      formatRatio(c.cliMs, c.floorMs),
      `<= ${LINEAR_TARGET} x ${formatRatio(git.cliMs, git.floorMs)} (the ${git.files}-file ratio)`,
      `${met(c.cliMs / c.floorMs <= LINEAR_TARGET * gitRatio)} (${((1000 * c.cliMs) / c.files).toFixed(0)} µs/file vs ${(1000 * perFile5k).toFixed(0)})`,
    ],
    [
      `cost: ${c.files} files, time per file`,
      `${((1000 * c.cliMs) / c.files).toFixed(0)} µs/file wall`,
      c.cpuMs ? `${((1000 * c.cpuMs) / c.files).toFixed(0)} µs/file CPU (node + git, user + system)` : '',
      '',
      'flat across 5k, 10k, 50k',
      '',
    ],
    [
      `cost: ${c.files} files, peak RSS of the CLI's process tree (node + git children, summed)`,
      c.peakRssBytes === null ? 'n/a' : formatMiB(c.peakRssBytes),
      `git cat-file --batch alone: ${c.floorRssBytes === null ? 'n/a' : formatMiB(c.floorRssBytes)}`,
      c.peakRssBytes !== null && c.floorRssBytes ? formatRatio(c.peakRssBytes, c.floorRssBytes) : '',
      `< ${formatMiB(RSS_TARGET_BYTES)}`,
      c.peakRssBytes === null ? 'not measured' : met(c.peakRssBytes < RSS_TARGET_BYTES),
    ],
    [`cost: ${c.files} files, each process's own peak`, c.processes || 'n/a', c.peakAt ? `at the tree's peak: ${c.peakAt}` : '', '', '', ''],
  ];
  if (!args.large) rows.push(['cost at size (50,000 files; real 10,000+-file range)', 'not run (npm run bench -- --large)', '', '', '', '']);
  for (const c of large ?? []) rows.push(...costRows(c));
  for (const r of ranges) rows.push(...(r.skipped ? [[`cost: ${r.name}`, 'skipped', r.skipped, '', '', '']] : costRows(r)));
  const notes = [
    `medians of ${runs.git} (git), ${runs.api} (API), ${runs.startup} (start-up), ${runs.engine} (engine) runs; cost-at-size cases one run each after a warm-up; peak RSS is the largest of the runs (${git.rssMethod})`,
    `API requests by route: ${Object.entries(api.byRoute)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; baseline ${api.baselineSampled}`,
    `bundles: ${bundleLine()}`,
    `total bench time ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ];
  const machine = machineLine();
  process.stdout.write(
    `\nservice-cidr-guard benchmark — ${new Date().toISOString()}\n${machine}\n\n${renderTable(rows)}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`,
  );
  if (args.markdown) {
    writeFileSync(args.markdown, `Machine: ${machine}\n\n${renderMarkdownTable(rows)}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
