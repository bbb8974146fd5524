// The README's pictures (docs/review-annotation.png, docs/blocked-pr.png) are drawn from the real output: scripts/screenshot.mjs runs the
// bundled CLI over a throw-away repository and renders its Markdown with scripts/markdown-html.mjs. These tests
// check that renderer on every construct renderMarkdown emits, on the real report, and that the committed PNG
// is the picture the script captures (a PNG of the script's window size). Chromium itself is not run here.

import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderInline, renderMarkdownHtml, splitRow } from '../scripts/markdown-html.mjs';
import {
  PICTURES,
  parseWorkflowCommands,
  renderPage,
  renderReviewPage,
  renderSceneMarkdown,
  renderSceneReview,
  SCENE,
  WINDOW_WIDTH,
} from '../scripts/screenshot.mjs';

describe('renderInline', () => {
  it.each([
    ['a code span', 'rule `family-reduction` fired', 'rule <code>family-reduction</code> fired'],
    ['a code span with a longer fence', '``a`b``', '<code>a`b</code>'],
    ['strong', '**Where:** here', '<strong>Where:</strong> here'],
    ['emphasis', '_none_ → 10.0.0.0/24', '<em>none</em> → 10.0.0.0/24'],
    ['no emphasis inside a word', 'snake_case_name', 'snake_case_name'],
    ['backslash escapes', 'examples/family\\-reduction \\(a\\)', 'examples/family-reduction (a)'],
    ['an escaped star is not strong', '\\*\\*x\\*\\*', '**x**'],
    ['entities pass through', 'a &amp; b &lt;c&gt; @&#8203;team', 'a &amp; b &lt;c&gt; @&#8203;team'],
    ['a bare ampersand is escaped', 'a & b', 'a &amp; b'],
    ['raw HTML is escaped', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['allowed inline tags stay', '<sub>run</sub>', '<sub>run</sub>'],
    ['an http link', '[workflow run](https://example.com/r/1)', '<a href="https://example.com/r/1">workflow run</a>'],
    ['a javascript: link is not a link', '[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['quotes are escaped', 'ServiceCIDR "kubernetes"', 'ServiceCIDR &quot;kubernetes&quot;'],
  ])('%s', (_name, input, html) => {
    expect(renderInline(input)).toBe(html);
  });
});

describe('splitRow', () => {
  it.each([
    ['plain cells', '| a | b |', ['a', 'b']],
    ['an escaped pipe stays in its cell', '| a\\|b | c |', ['a|b', 'c']],
    ['other escapes are kept for the inline pass', '| family\\-reduction | x |', ['family\\-reduction', 'x']],
    ['empty cells', '| | b |', ['', 'b']],
  ])('%s', (_name, line, cells) => {
    expect(splitRow(line)).toEqual(cells);
  });
});

describe('renderMarkdownHtml', () => {
  it.each([
    ['a heading', '## ❌ blocked', '<h2>❌ blocked</h2>'],
    ['a paragraph of two lines', 'one\ntwo', '<p>one\ntwo</p>'],
    ['a list', '- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['a quote', '> ⚠️ **clipped**', '<blockquote><p>⚠️ <strong>clipped</strong></p></blockquote>'],
    ['an HTML comment (the sticky marker) is dropped', '<!-- service-cidr-guard -->\ntext', '<p>text</p>'],
    ['a fenced block is literal', '```\nkind: ServiceCIDR\n<b>x</b>\n```', '<pre><code>kind: ServiceCIDR\n&lt;b&gt;x&lt;/b&gt;</code></pre>'],
    ['a longer fence holds a shorter one', '````\n```\n````', '<pre><code>```</code></pre>'],
    [
      'details and summary lines stay HTML',
      '<details>\n<summary><code>r</code> · T</summary>\n\nbody\n\n</details>',
      '<details>\n<summary><code>r</code> · T</summary>\n<p>body</p>\n</details>',
    ],
  ])('%s', (_name, md, html) => {
    expect(renderMarkdownHtml(md)).toBe(html);
  });

  it('renders a table with a header and rows', () => {
    const html = renderMarkdownHtml('| Level | Rule |\n| --- | --- |\n| 🛑 error | `family-reduction` |\n\nafter');
    expect(html).toBe(
      [
        '<table>',
        '<thead><tr><th>Level</th><th>Rule</th></tr></thead>',
        '<tbody>',
        '<tr><td>🛑 error</td><td><code>family-reduction</code></td></tr>',
        '</tbody>',
        '</table>',
        '<p>after</p>',
      ].join('\n'),
    );
  });
});

describe('the picture of a blocked pull request', () => {
  beforeAll(() => {
    // The scene runs the bundled CLI, as the script does.
    if (!existsSync(path.resolve('dist/cli/index.js'))) execFileSync('npm', ['run', 'build:cli'], { stdio: 'ignore' });
  });

  it('the scene blocks, and the page shows every finding of the real report without Markdown left over', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'scg-shot-test-'));
    try {
      const markdown = renderSceneMarkdown(work);
      const page = renderPage(markdown);
      for (const f of SCENE) expect(page).toContain(`<td>${f.path}:`);
      for (const rule of ['family-reduction', 'primary-range-change', 'dual-stack-upgrade']) expect(page).toContain(`<td><code>${rule}</code></td>`);
      const text = page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<pre>[\s\S]*?<\/pre>/g, '');
      expect(text).not.toMatch(/\\[-()._*`|#]/); // no Markdown escape shown as text
      expect(text).not.toMatch(/^\|/m); // no table row left as text
      expect(text).not.toMatch(/\*\*/);
      expect(page).toContain('<pre><code>apiVersion: networking.k8s.io/v1');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("the reviewer's picture: the first error annotation of the real run sits under its changed line, with the real counts", () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'scg-shot-test-'));
    try {
      const review = renderSceneReview(work);
      const markdown = renderSceneMarkdown(work);
      expect(review.annotation).toMatchObject({ level: 'error', file: SCENE[0]!.path, title: 'family-reduction' });
      const page = renderReviewPage(review);
      // The annotation row follows the added line it names, numbered as in the diff.
      const added = new RegExp(
        `<tr class="add"><td class="num"></td><td class="num">${review.annotation.line}</td>[^\\n]*\\n<tr class="annotation">`,
      );
      expect(page).toMatch(added);
      expect(page).toContain(`Check failure on line ${review.annotation.line}</strong> in ${review.annotation.file}`);
      // Counts in the check row agree with the report's own summary line.
      const summary = /(\d+) errors? · (\d+) warnings? · (\d+) notices?/.exec(markdown);
      expect(summary).not.toBeNull();
      expect(page).toMatch(new RegExp(`Failing: ${summary![1]} errors?, ${summary![2]} warnings?, ${summary![3]} notices?`));
      expect(page).toContain('Required');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'an error with escapes',
      '::error title=a%2Cb,file=x.yaml,line=3,endLine=3,col=1,endColumn=2::one%0Atwo 100%25',
      { level: 'error', file: 'x.yaml', line: 3, title: 'a,b', message: 'one\ntwo 100%' },
    ],
    ['a notice', '::notice title=n,file=d%3Ae.yaml,line=1::m', { level: 'notice', file: 'd:e.yaml', line: 1, title: 'n', message: 'm' }],
  ])('parseWorkflowCommands: %s', (_name, line, annotation) => {
    expect(parseWorkflowCommands(`${line}\nservice-cidr-guard: blocked\n`)).toEqual([annotation]);
  });

  it.each(Object.values(PICTURES))('docs/%s is a PNG of the capture width, as tall as its page (taller than the old clipped 1600)', (name) => {
    const png = path.resolve('docs', name);
    expect(existsSync(png)).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR is the first chunk: width and height are big-endian at offsets 16 and 20.
    expect(bytes.readUInt32BE(16)).toBe(WINDOW_WIDTH);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(name === PICTURES.report ? 1600 : 300);
  });

  it("the README shows both pictures, the reviewer's first", () => {
    const readme = readFileSync(path.resolve('README.md'), 'utf8');
    const review = readme.search(/!\[[^\]]+\]\(docs\/review-annotation\.png\)/);
    const report = readme.search(/!\[[^\]]+\]\(docs\/blocked-pr\.png\)/);
    expect(review).toBeGreaterThan(0);
    expect(report).toBeGreaterThan(review);
    expect(readme.indexOf('## Quick start')).toBeLessThan(review);
  });
});
