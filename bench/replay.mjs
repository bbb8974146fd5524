#!/usr/bin/env node
// Real-history replay (issue 11, item 6): every commit of a few public repositories that touched a Service-range
// key is run through the bundled CLI's git mode (`--base C^ --head C --format json`), and each finding is compared
// with the judgement kept in bench/replay/<name>.json (true or false positive, with a reason). Prints one table
// per repository and the totals: findings, judged true/false positives, new unjudged findings, precision, recall,
// problems, time and peak RSS.
//
//   node bench/replay.mjs [--mirrors DIR] [--cli PATH] [--repo NAME]... [--workdir DIR] [--record FILE] [--list-unjudged]
//   --mirrors DIR    where the repositories are: DIR/<owner>+<name>/repo (the layout of the `fetch` tool's
//                    snapshots, bare) or DIR/<name> (a clone). Default /work/.mirror.
//   --cli PATH       the CLI bundle to replay (default dist/cli/index.js): any build works, before or after a change.
//   --repo NAME      only this repository (repeatable).
//   --workdir DIR    where bare snapshots are cloned (--no-checkout) once and reused; default $TMPDIR/scg-replay.
//   --record FILE    also write every finding of this run as JSON (input for judging new findings).
//   --list-unjudged  print every finding that has no judgement (commit, path, rule, line, message).
//
// The fixtures hold commit ids, paths, rule ids, lines and judgements only: never the repositories' content.
// A repository whose snapshot is absent is skipped with a message; the script then still exits 0.
//
// Judgements: verdict TP (a finding a reviewer wants: a real Service-range value change, or an accurate notice
// such as a deleted config that set the range) or FP, with a reason; `real: true` marks the real value changes.
// Matching: a finding is judged when a judgement has the same commit, path, rule and line. Precision is
// TP / (TP + FP) over the judged findings of this run; unjudged findings are counted apart and listed with
// --list-unjudged (judge them and add them to the fixture). Recall is the share of the judged real value changes
// that this run still reports at the same commit, path and line under any rule — a real change told by another
// rule id is still told. `knownMisses` lists real changes that no finding told when judging (found by hand, not by a
// systematic search); the script says whether a build now reports something there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from './processes.mjs';
import { formatMiB, renderTable } from './stats.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE_DIR = path.join(REPO_ROOT, 'bench/replay');

function parseArgs(argv) {
  const out = {
    mirrors: '/work/.mirror',
    cli: path.join(REPO_ROOT, 'dist/cli/index.js'),
    repos: [],
    workdir: path.join(os.tmpdir(), 'scg-replay'),
    record: undefined,
    listUnjudged: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--mirrors') out.mirrors = path.resolve(value());
    else if (a === '--cli') out.cli = path.resolve(value());
    else if (a === '--repo') out.repos.push(value());
    else if (a === '--workdir') out.workdir = path.resolve(value());
    else if (a === '--record') out.record = path.resolve(value());
    else if (a === '--list-unjudged') out.listUnjudged = true;
    else throw new Error(`unknown option ${a} (see the header of bench/replay.mjs)`);
  }
  return out;
}

/** The fixtures: one JSON file per repository. */
export function loadFixtures(dir = FIXTURE_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'cost-ranges.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
}

const git = (cwd, args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 }).trim();

/**
 * A working clone (git mode needs a work-tree repository, not a bare one) of `repo` ("owner/name"), or a reason why
 * there is none. A bare snapshot is cloned with --no-checkout into `workdir` once.
 */
export function locateRepository(repo, mirrors, workdir) {
  const name = repo.split('/')[1];
  const candidates = [path.join(mirrors, repo.replace('/', '+'), 'repo'), path.join(mirrors, name)];
  const found = candidates.find((c) => existsSync(c));
  if (!found)
    return { missing: `no snapshot of ${repo} under ${mirrors} (looked for ${candidates.map((c) => path.relative(mirrors, c)).join(', ')})` };
  let bare;
  try {
    bare = git(found, ['rev-parse', '--is-bare-repository']) === 'true';
  } catch {
    return { missing: `${found} is not a git repository` };
  }
  if (!bare) return { dir: found };
  const clone = path.join(workdir, name);
  if (!existsSync(clone)) {
    mkdirSync(workdir, { recursive: true });
    execFileSync('git', ['clone', '--quiet', '--no-checkout', found, clone], { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  return { dir: clone };
}

const key = (commit, file, rule, line) => `${commit}|${file}|${rule}|${line}`;
const placeKey = (commit, file, line) => `${commit}|${file}|${line}`;

async function replayRepository(fixture, dir, cli, log) {
  const judged = new Map(fixture.judged.map((j) => [key(j.commit, j.path, j.rule, j.line), j]));
  const found = [];
  const errors = [];
  let problems = 0;
  let maxPerFile = 0; // problem lines of one file in one report (issue 11: at most one)
  let wallMs = 0;
  let peakRss = 0;
  let missingCommits = 0;
  for (const [n, commit] of fixture.commits.entries()) {
    try {
      git(dir, ['cat-file', '-e', `${commit}^{commit}`]);
    } catch {
      missingCommits++;
      continue;
    }
    const r = await runMeasured(process.execPath, [cli, '--base', `${commit}^`, '--head', commit, '--format', 'json'], {
      cwd: dir,
      measureRss: true,
    });
    wallMs += r.wallMs;
    if (r.peakRssBytes !== null) peakRss = Math.max(peakRss, r.peakRssBytes);
    // Any build: a JSON report with a findings array is read whatever the exit status (a fail-closed build may
    // use another one); anything else is an error of that commit.
    let report;
    try {
      report = JSON.parse(r.stdout);
    } catch {
      report = undefined;
    }
    if (!report || !Array.isArray(report.findings)) {
      errors.push({ commit, message: `exit ${r.code}: ${r.stderr.trim().split('\n')[0]}` });
      continue;
    }
    problems += Array.isArray(report.problems) ? report.problems.length : 0;
    const perFile = new Map();
    for (const p of Array.isArray(report.problems) ? report.problems : []) perFile.set(p.file, (perFile.get(p.file) ?? 0) + 1);
    for (const n of perFile.values()) maxPerFile = Math.max(maxPerFile, n);
    for (const f of report.findings) found.push({ commit, path: f.file, rule: f.rule, line: f.line, level: f.level, message: f.message });
    if ((n + 1) % 25 === 0) log(`  ${fixture.repo}: ${n + 1}/${fixture.commits.length} commits`);
  }
  const tp = [];
  const fp = [];
  const unjudged = [];
  for (const f of found) {
    const j = judged.get(key(f.commit, f.path, f.rule, f.line));
    if (!j) unjudged.push(f);
    else (j.verdict === 'TP' ? tp : fp).push(f);
  }
  const places = new Set(found.map((f) => placeKey(f.commit, f.path, f.line)));
  const realChanges = fixture.judged.filter((j) => j.verdict === 'TP' && j.real);
  const stillFound = realChanges.filter((j) => places.has(placeKey(j.commit, j.path, j.line)));
  const lost = realChanges.filter((j) => !places.has(placeKey(j.commit, j.path, j.line)));
  // Real changes no finding told at judging time: a later build that reports something at that commit and path
  // (any rule, any line) is listed, so the judge can look.
  const misses = (fixture.knownMisses ?? []).map((m) => ({ ...m, nowReported: found.some((f) => f.commit === m.commit && f.path === m.path) }));
  return {
    repo: fixture.repo,
    judged,
    misses,
    commits: fixture.commits.length - missingCommits,
    missingCommits,
    found,
    tp,
    fp,
    unjudged,
    realChanges,
    stillFound,
    lost,
    problems,
    maxPerFile,
    wallMs,
    peakRss,
    errors,
  };
}

const judgedReal = (r, f) => !!r.judged.get(key(f.commit, f.path, f.rule, f.line))?.real;
const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const log = (m) => process.stderr.write(`${m}\n`);
  if (!existsSync(args.cli)) throw new Error(`CLI bundle ${args.cli} is missing: run npm run build (or pass --cli PATH)`);
  let fixtures = loadFixtures();
  if (args.repos.length > 0) fixtures = fixtures.filter((f) => args.repos.includes(f.repo) || args.repos.includes(f.repo.split('/')[1]));
  const results = [];
  const skipped = [];
  for (const fixture of fixtures) {
    const where = locateRepository(fixture.repo, args.mirrors, args.workdir);
    if (where.missing) {
      skipped.push(
        `${fixture.repo}: skipped, ${where.missing} (get it with the fetch tool, or clone https://github.com/${fixture.repo} into ${args.mirrors}/${fixture.repo.split('/')[1]})`,
      );
      continue;
    }
    log(`replaying ${fixture.commits.length} commits of ${fixture.repo} (${where.dir})...`);
    results.push(await replayRepository(fixture, where.dir, args.cli, log));
  }
  for (const s of skipped) log(s);
  if (results.length === 0) {
    process.stdout.write(`replay: no repository snapshot found under ${args.mirrors}; nothing measured (the fixtures hold commit ids only).\n`);
    return;
  }

  const rows = [
    [
      'repository',
      'commits',
      'findings',
      'TP',
      'FP',
      'unjudged',
      'precision',
      'value changes',
      'recall',
      'problems',
      'max/file',
      'time',
      'peak RSS',
      'errors',
    ],
  ];
  const row = (name, r) => [
    name,
    String(r.commits),
    String(r.found),
    String(r.tp),
    String(r.fp),
    String(r.unjudged),
    pct(r.tp, r.tp + r.fp),
    `${r.realFound} (${pct(r.realFound, r.tp + r.fp)})`,
    `${pct(r.stillFound, r.realChanges)} (${r.stillFound}/${r.realChanges})`,
    String(r.problems),
    String(r.maxPerFile),
    `${(r.wallMs / 1000).toFixed(1)} s`,
    r.peakRss ? formatMiB(r.peakRss) : 'n/a',
    String(r.errors),
  ];
  const totals = {
    commits: 0,
    found: 0,
    tp: 0,
    fp: 0,
    realFound: 0,
    unjudged: 0,
    stillFound: 0,
    realChanges: 0,
    problems: 0,
    maxPerFile: 0,
    wallMs: 0,
    peakRss: 0,
    errors: 0,
  };
  for (const r of results) {
    const c = {
      commits: r.commits,
      found: r.found.length,
      tp: r.tp.length,
      fp: r.fp.length,
      realFound: r.tp.filter((f) => judgedReal(r, f)).length,
      unjudged: r.unjudged.length,
      stillFound: r.stillFound.length,
      realChanges: r.realChanges.length,
      problems: r.problems,
      maxPerFile: r.maxPerFile,
      wallMs: r.wallMs,
      peakRss: r.peakRss,
      errors: r.errors.length,
    };
    rows.push(row(r.repo, c));
    for (const k of Object.keys(totals)) totals[k] = k === 'peakRss' || k === 'maxPerFile' ? Math.max(totals[k], c[k]) : totals[k] + c[k];
  }
  rows.push(row('total', totals));
  const notes = [
    `CLI: ${path.relative(process.cwd(), args.cli) || args.cli}`,
    'precision = TP / (TP + FP) over judged findings; value changes = judged TPs that are real Service-range value changes (the rest are accurate notices, e.g. a deleted config), and their share of the judged findings (strict precision)',
    'recall = judged real value changes still reported (same commit, path, line; any rule)',
    'max/file = the most problem lines one file drew in one report',
    'peak RSS is the largest of the per-commit runs (ru_maxrss of the CLI and its git children); time is the sum of the runs',
  ];
  if (totals.unjudged > 0)
    notes.push(`${totals.unjudged} findings have no judgement: list them with --list-unjudged and judge them in bench/replay/<name>.json`);
  process.stdout.write(`\n${renderTable(rows)}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  for (const r of results) {
    for (const e of r.errors) process.stdout.write(`error: ${r.repo} ${e.commit}: ${e.message}\n`);
    for (const j of r.lost) process.stdout.write(`LOST real change: ${r.repo} ${j.commit} ${j.path}:${j.line} (${j.rule}) — ${j.reason}\n`);
    for (const m of r.misses)
      process.stdout.write(
        `known miss: ${r.repo} ${m.commit} ${m.path}: ${m.nowReported ? 'NOW REPORTED (check it, then judge the finding)' : 'still not reported'} — ${m.reason}\n`,
      );
    if (r.missingCommits > 0)
      process.stdout.write(`${r.repo}: ${r.missingCommits} commits of the fixture are not in the snapshot (older or newer snapshot?)\n`);
  }
  if (args.listUnjudged) {
    for (const r of results)
      for (const f of r.unjudged)
        process.stdout.write(`unjudged: ${r.repo} ${f.commit} ${f.path}:${f.line} ${f.rule} — ${f.message.slice(0, 160)}\n`);
  }
  if (args.record) {
    writeFileSync(
      args.record,
      `${JSON.stringify(
        results.map((r) => ({ repo: r.repo, findings: r.found })),
        null,
        1,
      )}\n`,
    );
    log(`findings written to ${args.record}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`replay failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
