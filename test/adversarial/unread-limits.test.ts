// Issue 10 item 3, "cannot read means cannot pass": every limit of src/limits.ts, reached by a change that
// touches the Service range (must block: unreadable-config error at the range line) and by its safe twin, the
// same limit with the range untouched (must pass, the limit visible as a problem). Big inputs are generated here.

import { describe, expect, it } from '@jest/globals';
import { analyzeFile } from '../../src/engine.js';
import { extractSide } from '../../src/engine/side.js';
import { reportUnreadable } from '../../src/engine/unreadable.js';
import { FileContext } from '../../src/engine/file-context.js';
import {
  MAX_LINE_CHARS,
  MAX_TEXT_CHARS,
  MAX_YAML_ALIAS_EXPANSION,
  MAX_YAML_CHARS,
  MAX_YAML_DOCUMENTS,
  MAX_YAML_NESTING_DEPTH,
} from '../../src/limits.js';
import { COMMENTED, DROPPED, KUBEADM, RANGE_LINE, expectBlocks, expectPasses } from './unread-helpers.js';

/** A limit reached by `pad` placed after the config (so the range stays on line 4, or line 5 with the comment). */
const LIMITS: [name: string, pad: string, problem: RegExp][] = [
  ['file over MAX_TEXT_CHARS', `# ${'x'.repeat(MAX_TEXT_CHARS)}\n`, new RegExp(`above the ${MAX_TEXT_CHARS} limit`)],
  ['a line over MAX_LINE_CHARS', `x: ${'a'.repeat(MAX_LINE_CHARS)}\n`, new RegExp(`above the ${MAX_LINE_CHARS} limit`)],
  ['YAML over MAX_YAML_CHARS', 'a: 1\n'.repeat(Math.ceil(MAX_YAML_CHARS / 5) + 1), new RegExp(`${MAX_YAML_CHARS} limit for reading YAML`)],
  ['nesting over MAX_YAML_NESTING_DEPTH', `x: ${'['.repeat(MAX_YAML_NESTING_DEPTH + 1)}${']'.repeat(MAX_YAML_NESTING_DEPTH + 1)}\n`, /levels deep/],
  [
    'alias expansion over MAX_YAML_ALIAS_EXPANSION',
    [
      'a0: &a0 [x,x,x,x,x,x,x,x,x,x]',
      ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(',')}]`),
      'b: *a9',
      '',
    ].join('\n'),
    new RegExp(`more than ${MAX_YAML_ALIAS_EXPANSION} nodes`),
  ],
];

describe('unread: a limit after the config', () => {
  it.each(LIMITS)('%s: the range change blocks at its line', (_name, pad, problem) => {
    expectBlocks({ path: 'kubeadm.yaml', before: KUBEADM + pad, after: DROPPED + pad }, RANGE_LINE, problem);
  });
  it.each(LIMITS)('%s: the same padded file, range untouched, passes with the limit visible', (_name, pad, problem) => {
    expectPasses({ path: 'kubeadm.yaml', before: KUBEADM + pad, after: COMMENTED + pad }, problem);
  });
  it.each(LIMITS)('%s: reached by the change itself, range untouched, passes with the limit visible', (_name, pad, problem) => {
    expectPasses({ path: 'kubeadm.yaml', before: KUBEADM, after: KUBEADM + pad }, problem);
  });
  it.each(LIMITS)('%s: an added file naming the range blocks (nothing can be validated)', (_name, pad, problem) => {
    expectBlocks({ path: 'kubeadm.yaml', after: KUBEADM + pad }, RANGE_LINE, problem);
  });
});

describe(`unread: more than MAX_YAML_DOCUMENTS (${MAX_YAML_DOCUMENTS}) documents`, () => {
  const empties = '---\n'.repeat(MAX_YAML_DOCUMENTS);
  const line = MAX_YAML_DOCUMENTS + RANGE_LINE + 1; // the config follows the empty documents and one more `---`
  it('5,000 empty documents before the config: the range change blocks at its line', () => {
    const r = expectBlocks({ path: 'kubeadm.yaml', before: `${empties}---\n${KUBEADM}`, after: `${empties}---\n${DROPPED}` }, line, /YAML documents/);
    expect(r.findings.some((f) => f.rule === 'family-reduction')).toBe(false); // it was never read
  });
  it('safe twin: the same documents, a comment changed, passes with the limit visible', () => {
    expectPasses(
      { path: 'kubeadm.yaml', before: `${empties}---\n${KUBEADM}`, after: `# note\n${empties}---\n${KUBEADM}` },
      /only the first 5000 are read/,
    );
  });
  it('below the limit the config is read and the change is classified', () => {
    const few = '---\n'.repeat(10);
    const r = analyzeFile({ path: 'kubeadm.yaml', before: `${few}${KUBEADM}`, after: `${few}${DROPPED}` });
    expect(r.findings.map((f) => f.rule)).toEqual(['family-reduction']);
  });
});

describe('unread: reading budget and reader failures (whole-file problems)', () => {
  // A budget of -1 ms is spent before the second format: every later format is skipped.
  const side = (text: string) => extractSide('kubeadm.yaml', text, -1);
  it('the time budget hides a range the change touches: blocks', () => {
    const ctx = new FileContext('kubeadm.yaml', {});
    const leftover = reportUnreadable(ctx, side(KUBEADM), side(DROPPED));
    expect(ctx.findings.map((f) => [f.rule, f.level, f.line])).toEqual([['unreadable-config', 'error', RANGE_LINE]]);
    expect(ctx.findings[0].message).toMatch(/ms budget/);
    expect(leftover).toEqual([]);
  });
  it('safe twin: the budget reached, range untouched: no finding, the problem returned to be listed', () => {
    const ctx = new FileContext('kubeadm.yaml', {});
    const leftover = reportUnreadable(ctx, side(KUBEADM), side(COMMENTED));
    expect(ctx.findings).toEqual([]);
    expect(leftover.map((p) => p.message).join()).toMatch(/ms budget/);
  });
  it('a reader exception is a whole-file problem: blocks when the range line is touched, else is listed', () => {
    const failed = (text: string) => ({
      settings: [],
      text,
      problems: [{ line: 1, message: 'the kubeadm reader failed on this file: boom', hidesRange: true, wholeFile: true, format: 'kubeadm' }],
    });
    const ctx = new FileContext('kubeadm.yaml', {});
    reportUnreadable(ctx, failed(KUBEADM), failed(DROPPED));
    expect(ctx.findings.map((f) => [f.level, f.line])).toEqual([['error', RANGE_LINE]]);
    const twin = new FileContext('kubeadm.yaml', {});
    expect(reportUnreadable(twin, failed(KUBEADM), failed(COMMENTED)).length).toBe(2); // new side + old side listed
    expect(twin.findings).toEqual([]);
  });
});

describe('unread: parser failures', () => {
  const broken = (text: string) => text.replace('networking:', 'networking: [');
  it('malformed YAML that hides the range the change touches blocks', () => {
    expectBlocks({ path: 'kubeadm.yaml', before: broken(KUBEADM), after: broken(DROPPED) }, RANGE_LINE);
  });
  it('the change breaks the YAML around the range key: blocks', () => {
    expectBlocks({ path: 'kubeadm.yaml', before: KUBEADM, after: broken(KUBEADM) }, RANGE_LINE);
  });
  it('safe twin: malformed YAML, the range untouched, passes', () => {
    expectPasses({ path: 'kubeadm.yaml', before: broken(KUBEADM), after: `# note\n${broken(KUBEADM)}` });
  });
  it('malformed YAML far from the range, in a file that reads its range fine, draws no finding', () => {
    const ok = `${KUBEADM}---\nother: {\n`;
    expectPasses({ path: 'kubeadm.yaml', before: KUBEADM, after: ok });
    // and a real range change next to it is still classified, not hidden
    const r = analyzeFile({ path: 'kubeadm.yaml', before: KUBEADM, after: `${DROPPED}---\nother: {\n` });
    expect(r.findings.map((f) => f.rule)).toEqual(['family-reduction']);
  });
});
