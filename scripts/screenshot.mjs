#!/usr/bin/env node
// Regenerates the README's two pictures of a blocked pull request, docs/review-annotation.png (what a reviewer sees
// first: the annotation on the changed line and the failed required check) and docs/blocked-pr.png (the whole
// report):
//   1. builds a throw-away git repository whose last commit holds the "before" configs of two clusters, and
//      writes the "after" configs into its working tree (a PR that drops IPv6 from prod's kubeadm config,
//      grows the primary range in a static pod manifest, and adds IPv6 to staging, the supported upgrade);
//   2. runs the bundled CLI over it with --format github (the workflow commands the action writes, so the
//      annotations GitHub draws) and --format markdown (the same renderMarkdown the action posts as the job summary
//      and the sticky PR comment);
//   3. draws the first error's annotation under its line in the file's real `git diff`, with the failed required
//      check; and turns the Markdown into HTML (scripts/markdown-html.mjs) inside a GitHub-like comment frame;
//   4. captures both with headless Chromium, each as tall as its page (measured first with --dump-dom), so
//      nothing is cut off.
//
// Usage: node scripts/screenshot.mjs [--out-dir docs] [--keep-html]
// Needs: dist/cli/index.js (npm run build:cli) and Chromium. On Debian/Ubuntu:
//   sudo apt-get update && sudo apt-get install -y chromium fonts-noto-color-emoji
// (the emoji font draws the report's level icons; without it they are empty boxes)
// or point CHROMIUM at any Chrome/Chromium binary: CHROMIUM=/path/to/chrome node scripts/screenshot.mjs

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escapeHtml, renderMarkdownHtml } from './markdown-html.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
/** Width of the captures: wide enough for the findings table without wrapping every cell. The height is the page's. */
export const WINDOW_WIDTH = 1200;
/** The pictures, in docs/. */
export const PICTURES = { review: 'review-annotation.png', report: 'blocked-pr.png' };
const CHROMIUM_CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The pull request drawn in the picture: repository path → example file for each side. */
export const SCENE = [
  { path: 'clusters/prod/kubeadm.yaml', before: 'examples/family-reduction/before.yaml', after: 'examples/family-reduction/after.yaml' },
  {
    path: 'clusters/prod/manifests/kube-apiserver.yaml',
    before: 'examples/primary-range-change/before.yaml',
    after: 'examples/primary-range-change/after.yaml',
  },
  { path: 'clusters/staging/kubeadm.yaml', before: 'examples/dual-stack-upgrade/before.yaml', after: 'examples/dual-stack-upgrade/after.yaml' },
];

const CSS = `
  body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
  .comment { margin: 24px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
  .comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
  .comment-header strong { color: #1f2328; }
  .bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 6px; font-size: 12px; margin-left: 4px; }
  .markdown-body { padding: 16px; }
  h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
  h3 { font-size: 1.25em; margin: 24px 0 16px; }
  p, ul, table, pre, blockquote, details { margin: 0 0 16px; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top; }
  th { font-weight: 600; background: #f6f8fa; }
  tr:nth-child(2n) td { background: #f6f8fa; }
  code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
  pre code { background: none; padding: 0; font-size: 85%; }
  blockquote { border-left: .25em solid #d1d9e0; color: #59636e; padding: 0 1em; margin-left: 0; }
  summary { cursor: pointer; }
  td code { white-space: nowrap; }
  .checks { margin: 0 24px 24px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; padding: 12px 16px; }
  .checks .fail { color: #d1242f; font-weight: 600; }
`;

const REVIEW_CSS = `
  .file { margin: 24px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
  .file-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-weight: 600; }
  table.diff { display: table; width: 100%; max-width: none; border-collapse: collapse; margin: 0; font: 12px/20px ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
  table.diff td { border: 0; padding: 0 10px; background: none; vertical-align: top; }
  table.diff td.num { width: 1%; min-width: 40px; text-align: right; color: #59636e; }
  table.diff td.code { white-space: pre; }
  table.diff tr.hunk td { background: #ddf4ff; color: #59636e; }
  table.diff tr.add td { background: #dafbe1; }
  table.diff tr.add td.num { background: #aceebb; }
  table.diff tr.del td { background: #ffebe9; }
  table.diff tr.del td.num { background: #ffcecb; }
  table.diff tr.annotation td { padding: 8px 16px; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; white-space: normal; }
  .note { border: 1px solid #d1d9e0; border-left: 4px solid #d1242f; border-radius: 6px; padding: 8px 16px; }
  .note-head .fail, .merge .fail { color: #d1242f; font-weight: 600; }
  .note-source { color: #59636e; font-size: 12px; }
  .note-title { font-weight: 600; margin-top: 8px; }
  .note-body { white-space: pre-wrap; }
  .merge { margin: 0 24px 24px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
  .merge-row { padding: 12px 16px; border-top: 1px solid #d1d9e0; }
  .merge-row:first-child { border-top: 0; }
  .merge .big { font-size: 18px; }
  .merge .sub { color: #59636e; }
  .merge .check { background: #f6f8fa; }
  .required { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; margin-left: 8px; color: #59636e; }
`;

/** The whole page: a PR comment frame around the rendered report, and the failing required check under it. */
export function renderPage(markdown) {
  // On GitHub every <details> starts closed; the first two are opened here so the picture shows the remediations
  // (the second one carries the ServiceCIDR manifest to add).
  const body = renderMarkdownHtml(markdown).replace('<details>', '<details open>').replace('<details>', '<details open>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>service-cidr-guard report</title><style>${CSS}</style></head>
<body>
<div class="comment">
<div class="comment-header"><strong>github-actions</strong><span class="bot">bot</span> commented</div>
<div class="markdown-body">
${body}
</div>
</div>
<div class="checks"><span class="fail">✕ service-cidr-guard</span> — Failing: the job exited 1 (required check). Merging is blocked.</div>
</body></html>
`;
}

/** Builds the scene's throw-away repository once: the "before" configs committed, the "after" ones in the work tree. */
function sceneRepo(work) {
  const repo = path.join(work, 'repo');
  if (existsSync(path.join(repo, '.git'))) return repo;
  mkdirSync(repo, { recursive: true });
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=example', '-c', 'user.email=example@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });
  git('init', '-q');
  for (const f of SCENE) write(repo, f.path, readFileSync(path.join(REPO_ROOT, f.before), 'utf8'));
  git('add', '-A');
  git('commit', '-q', '-m', 'before');
  for (const f of SCENE) write(repo, f.path, readFileSync(path.join(REPO_ROOT, f.after), 'utf8'));
  return repo;
}

function runCli(repo, format) {
  const r = spawnSync(process.execPath, [CLI, '--base', 'HEAD', '--format', format], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 1) throw new Error(`expected the CLI to block this change (exit 1), got ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Runs the CLI over the scene in a throw-away repository and returns its Markdown report (exit 1 expected). */
export function renderSceneMarkdown(work) {
  return runCli(sceneRepo(work), 'markdown');
}

/** Workflow commands (`::error file=…,line=…,title=…::message`) → annotations, undoing @actions/core's escapes. */
export function parseWorkflowCommands(text) {
  const unescapeData = (v) => v.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProperty = (v) => unescapeData(v).replace(/%3A/g, ':').replace(/%2C/g, ',');
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    if (!m) continue;
    const props = Object.fromEntries(m[2].split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), unescapeProperty(kv.slice(kv.indexOf('=') + 1))]));
    out.push({ level: m[1], file: props.file, line: Number(props.line), title: props.title, message: unescapeData(m[3]) });
  }
  return out;
}

/** What the reviewer's picture shows, all from the CLI's real output on the scene: its annotations and the diff of the first error's file. */
export function renderSceneReview(work) {
  const repo = sceneRepo(work);
  const annotations = parseWorkflowCommands(runCli(repo, 'github'));
  const first = annotations.find((a) => a.level === 'error');
  if (!first) throw new Error('the scene produced no error annotation');
  const diff = execFileSync('git', ['diff', '--no-color', '-U3', 'HEAD', '--', first.file], { cwd: repo, encoding: 'utf8' });
  return { annotations, annotation: first, diff };
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The "Files changed" view of one file with the annotation under its line, and the failed required check under it. */
export function renderReviewPage({ annotations, annotation, diff }) {
  const rows = [];
  let oldLine = 0;
  let newLine = 0;
  for (const line of diff.split('\n')) {
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@(.*)$/.exec(line);
    if (hunk) {
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[2]);
      rows.push(`<tr class="hunk"><td class="num"></td><td class="num"></td><td class="code">${escapeHtml(line)}</td></tr>`);
      continue;
    }
    if (rows.length === 0 || line === '' || line.startsWith('\\')) continue;
    const kind = line[0] === '+' ? 'add' : line[0] === '-' ? 'del' : 'ctx';
    const o = kind === 'add' ? '' : oldLine++;
    const n = kind === 'del' ? '' : newLine++;
    rows.push(`<tr class="${kind}"><td class="num">${o}</td><td class="num">${n}</td><td class="code">${escapeHtml(line)}</td></tr>`);
    if (kind !== 'del' && n === annotation.line) {
      rows.push(
        `<tr class="annotation"><td colspan="3"><div class="note">` +
          `<div class="note-head"><span class="fail">✕</span> <strong>Check failure on line ${annotation.line}</strong> in ${escapeHtml(annotation.file)}</div>` +
          `<div class="note-source">GitHub Actions / service-cidr-guard</div>` +
          `<div class="note-title">${escapeHtml(annotation.title)}</div>` +
          `<div class="note-body">${escapeHtml(annotation.message)}</div>` +
          `</div></td></tr>`,
      );
    }
  }
  const count = (level) => annotations.filter((a) => a.level === level).length;
  const counts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('notice'), 'notice')].join(', ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>service-cidr-guard review</title><style>${CSS}${REVIEW_CSS}</style></head>
<body>
<div class="file">
<div class="file-header">${escapeHtml(annotation.file)}</div>
<table class="diff">
${rows.join('\n')}
</table>
</div>
<div class="merge">
<div class="merge-row"><span class="fail big">✕</span> <strong>Some checks were not successful</strong><div class="sub">1 failing check</div></div>
<div class="merge-row check"><span class="fail">✕</span> <strong>service-cidr-guard / service-cidr-guard (pull_request)</strong> <span class="sub">Failing: ${counts} — the job exited 1</span> <span class="required">Required</span></div>
<div class="merge-row"><span class="fail big">⊘</span> <strong>Merging is blocked</strong><div class="sub">The base branch requires all required status checks to pass.</div></div>
</div>
</body></html>
`;
}

function write(root, rel, text) {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of CHROMIUM_CANDIDATES) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

/** The page's full height at the capture width: Chromium lays it out once and the page writes its height into the DOM it dumps. */
function pageHeight(chromium, html, work) {
  const probe = path.join(work, 'probe.html');
  const script = `<script>document.body.setAttribute('data-height', String(Math.ceil(document.documentElement.scrollHeight)));</script>`;
  writeFileSync(probe, html.replace('</body>', `${script}</body>`));
  const r = spawnSync(
    chromium,
    [
      ...CHROMIUM_ARGS,
      `--user-data-dir=${path.join(work, 'chromium-profile')}`,
      `--window-size=${WINDOW_WIDTH},800`,
      '--dump-dom',
      pathToFileURL(probe).href,
    ],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const m = /data-height="(\d+)"/.exec(r.stdout ?? '');
  if (r.status !== 0 || !m) throw new Error(`Chromium could not measure the page (exit ${r.status}):\n${r.stderr}`);
  return Number(m[1]);
}

function capture(chromium, html, png, work) {
  const htmlFile = path.join(work, `${path.basename(png, '.png')}.html`);
  writeFileSync(htmlFile, html);
  const height = pageHeight(chromium, html, work);
  const args = [
    ...CHROMIUM_ARGS,
    `--user-data-dir=${path.join(work, 'chromium-profile')}`,
    `--screenshot=${png}`,
    `--window-size=${WINDOW_WIDTH},${height}`,
    pathToFileURL(htmlFile).href,
  ];
  const r = spawnSync(chromium, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0 || !existsSync(png) || statSync(png).size === 0) {
    throw new Error(`Chromium did not write ${png} (exit ${r.status}):\n${r.stderr}`);
  }
}

function main(argv) {
  const dirIndex = argv.indexOf('--out-dir');
  const outDir = path.resolve(REPO_ROOT, dirIndex >= 0 ? argv[dirIndex + 1] : 'docs');
  if (!existsSync(CLI)) throw new Error(`${path.relative(REPO_ROOT, CLI)} is missing: run npm run build:cli first.`);
  const chromium = findChromium();
  if (!chromium) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-color-emoji) or set CHROMIUM=/path/to/chrome.',
    );
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'scg-screenshot-'));
  try {
    const pages = { review: renderReviewPage(renderSceneReview(work)), report: renderPage(renderSceneMarkdown(work)) };
    for (const [name, html] of Object.entries(pages)) {
      const out = path.join(outDir, PICTURES[name]);
      if (argv.includes('--keep-html')) writeFileSync(out.replace(/\.png$/, '.html'), html);
      capture(chromium, html, out, work);
      process.stdout.write(`wrote ${path.relative(REPO_ROOT, out)} (${statSync(out).size} bytes) with ${chromium}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`screenshot: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
