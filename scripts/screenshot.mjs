#!/usr/bin/env node
// Regenerates docs/blocked-pr.png, the README's picture of a blocked pull request:
//   1. builds a throw-away git repository whose last commit holds the "before" configs of two clusters, and
//      writes the "after" configs into its working tree (a PR that drops IPv6 from prod's kubeadm config,
//      grows the primary range in a static pod manifest, and adds IPv6 to staging, the supported upgrade);
//   2. runs the bundled CLI over it with --format markdown: the same renderMarkdown the action posts as the
//      job summary and the sticky PR comment;
//   3. turns that Markdown into HTML (scripts/markdown-html.mjs) inside a GitHub-like comment frame;
//   4. captures it with headless Chromium.
//
// Usage: node scripts/screenshot.mjs [--out docs/blocked-pr.png] [--keep-html]
// Needs: dist/cli/index.js (npm run build:cli) and Chromium. On Debian/Ubuntu:
//   sudo apt-get update && sudo apt-get install -y chromium fonts-noto-color-emoji
// (the emoji font draws the report's level icons; without it they are empty boxes)
// or point CHROMIUM at any Chrome/Chromium binary: CHROMIUM=/path/to/chrome node scripts/screenshot.mjs

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderMarkdownHtml } from './markdown-html.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
/** Viewport of the capture: wide enough for the findings table without wrapping every cell. */
export const WINDOW_SIZE = '1200,1600';
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

/** Runs the CLI over the scene in a throw-away repository and returns its Markdown report (exit 1 expected). */
export function renderSceneMarkdown(work) {
  const repo = path.join(work, 'repo');
  mkdirSync(repo, { recursive: true });
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=example', '-c', 'user.email=example@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  for (const f of SCENE) write(repo, f.path, readFileSync(path.join(REPO_ROOT, f.before), 'utf8'));
  git('add', '-A');
  git('commit', '-q', '-m', 'before');
  for (const f of SCENE) write(repo, f.path, readFileSync(path.join(REPO_ROOT, f.after), 'utf8'));
  const r = spawnSync(process.execPath, [CLI, '--base', 'HEAD', '--format', 'markdown'], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 1) throw new Error(`expected the CLI to block this change (exit 1), got ${r.status}: ${r.stderr}`);
  return r.stdout;
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

function capture(chromium, htmlFile, png, work) {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${path.join(work, 'chromium-profile')}`,
    `--screenshot=${png}`,
    `--window-size=${WINDOW_SIZE}`,
    pathToFileURL(htmlFile).href,
  ];
  const r = spawnSync(chromium, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0 || !existsSync(png) || statSync(png).size === 0) {
    throw new Error(`Chromium did not write ${png} (exit ${r.status}):\n${r.stderr}`);
  }
}

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const out = path.resolve(REPO_ROOT, outIndex >= 0 ? argv[outIndex + 1] : 'docs/blocked-pr.png');
  if (!existsSync(CLI)) throw new Error(`${path.relative(REPO_ROOT, CLI)} is missing: run npm run build:cli first.`);
  const chromium = findChromium();
  if (!chromium) {
    throw new Error('No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-color-emoji) or set CHROMIUM=/path/to/chrome.');
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'scg-screenshot-'));
  try {
    const html = renderPage(renderSceneMarkdown(work));
    const htmlFile = path.join(work, 'report.html');
    writeFileSync(htmlFile, html);
    if (argv.includes('--keep-html')) writeFileSync(out.replace(/\.png$/, '.html'), html);
    capture(chromium, htmlFile, out, work);
    process.stdout.write(`wrote ${path.relative(REPO_ROOT, out)} (${statSync(out).size} bytes) with ${chromium}\n`);
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
