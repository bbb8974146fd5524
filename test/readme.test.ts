// README.md is checked against the sources it describes: the inputs/outputs tables are generated from
// action.yml (UPDATE_DOCS=1 rewrites them), and the rule table, the format table, the links, the workflow
// snippets and the set-up commands must agree with the code and the repository.

import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { STRUCTURED_FORMATS, TEXT_FORMATS } from '../src/formats/index.js';
import { RULE_IDS, RULES } from '../src/rules.js';
import { BEGIN_MARKER, END_MARKER, readActionIo, renderActionIo, replaceGeneratedBlock, updateReadme } from '../scripts/readme-inputs.js';

const README_PATH = path.resolve('README.md');
const readme = readFileSync(README_PATH, 'utf8');
const actionYml = readFileSync(path.resolve('action.yml'), 'utf8');
const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { repository?: { url?: string } | string };

/** Fenced code blocks of one info string, in order. */
function codeBlocks(markdown: string, lang: string): string[] {
  const re = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  return [...markdown.matchAll(re)].map((m) => m[1]!);
}

describe('README inputs and outputs (generated from action.yml)', () => {
  it('the block between the markers is what scripts/readme-inputs.ts renders', () => {
    const generated = updateReadme(readme, actionYml);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(README_PATH, generated);
    expect(readFileSync(README_PATH, 'utf8')).toBe(generated);
  });

  it('lists every input and output of action.yml', () => {
    const io = readActionIo(actionYml);
    expect(io.inputs.length).toBeGreaterThan(0);
    const current = readFileSync(README_PATH, 'utf8');
    for (const i of io.inputs) expect(current).toContain(`| \`${i.name}\` |`);
    for (const o of io.outputs) expect(current).toContain(`| \`${o.name}\` |`);
  });
});

describe('readActionIo / renderActionIo', () => {
  it.each([
    [
      'a folded description becomes one cell line',
      'inputs:\n  a:\n    description: >-\n      one\n      two\n    default: x\n',
      '| `a` | `x` | one two |',
    ],
    [
      'a literal multi-line description becomes one cell line',
      'inputs:\n  a:\n    description: |\n      one\n      two\n',
      '| `a` | _empty_ | one two |',
    ],
    ['a pipe in a description is escaped', "inputs:\n  a:\n    description: 'auto|always'\n    default: auto\n", '| `a` | `auto` | auto\\|always |'],
    ['an empty default is shown as empty', "inputs:\n  a:\n    description: d\n    default: ''\n", '| `a` | _empty_ | d |'],
    ['a required input without default', 'inputs:\n  a:\n    description: d\n    required: true\n', '| `a` | _required_ | d |'],
    [
      'an expression default stays literal',
      'inputs:\n  t:\n    description: d\n    default: ${{ github.token }}\n',
      '| `t` | `${{ github.token }}` | d |',
    ],
    ['a boolean default is read as written', 'inputs:\n  c:\n    description: d\n    default: false\n', '| `c` | `false` | d |'],
    ['a default with a backtick gets a longer code span', "inputs:\n  a:\n    description: d\n    default: 'a`b'\n", '| `a` | ``a`b`` | d |'],
    ['an output row', 'outputs:\n  blocked:\n    description: "true when blocked"\n', '| `blocked` | true when blocked |'],
  ])('%s', (_name, yml, row) => {
    expect(renderActionIo(readActionIo(yml)).split('\n')).toContain(row);
  });

  it('keeps the order of action.yml', () => {
    const out = renderActionIo(readActionIo('inputs:\n  z:\n    description: d\n  a:\n    description: d\n'));
    expect(out.indexOf('`z`')).toBeLessThan(out.indexOf('`a`'));
  });

  it.each([
    ['an input without description', 'inputs:\n  a:\n    default: x\n', /'inputs\.a' has no description/],
    ['an output without description', 'outputs:\n  o:\n    value: x\n', /'outputs\.o' has no description/],
    ['inputs that are not a mapping', 'inputs: [a, b]\n', /'inputs' must be a mapping/],
    ['a file that is not a mapping', '- a\n', /mapping at the top level/],
  ])('rejects %s', (_name, yml, message) => {
    expect(() => readActionIo(yml)).toThrow(message);
  });

  it.each([
    ['no markers', 'text\n'],
    ['only the begin marker', `${BEGIN_MARKER}\n`],
    ['the markers in the wrong order', `${END_MARKER}\n${BEGIN_MARKER}\n`],
    ['the begin marker twice', `${BEGIN_MARKER}\n${BEGIN_MARKER}\n${END_MARKER}\n`],
  ])('replaceGeneratedBlock refuses a README with %s', (_name, text) => {
    expect(() => replaceGeneratedBlock(text, 'X')).toThrow(/README\.md/);
  });

  it('replaceGeneratedBlock replaces only what stands between the markers', () => {
    const text = `before\n${BEGIN_MARKER}\nold\n${END_MARKER}\nafter\n`;
    expect(replaceGeneratedBlock(text, 'new')).toBe(`before\n${BEGIN_MARKER}\nnew\n${END_MARKER}\nafter\n`);
  });
});

describe('README agrees with the code', () => {
  it.each(RULE_IDS.map((id) => [id, RULES[id].defaultLevel]))('the rule table lists %s at level %s', (id, level) => {
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row).toBeDefined();
    expect(row!.split('|')[2]!.replace(/\*/g, '').split(';')[0].trim()).toBe(level); // 'warning; error when…' names its escalation
  });

  const formatIds = [...STRUCTURED_FORMATS, ...TEXT_FORMATS].map((f) => f.id);
  it.each(formatIds.map((id) => [id]))('the format table has a row for the %s reader', (id) => {
    const rows = readme.split('\n').filter((l) => l.startsWith('| ') && l.includes(`(\`${id}\`)`));
    expect(rows).toHaveLength(1);
  });

  it('every relative link points at a file of the repository', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^(https?:|mailto:|#)/.test(t));
    expect(targets.length).toBeGreaterThan(0);
    const missing = targets.filter((t) => !existsSync(path.resolve(t.replace(/#.*$/, ''))));
    expect(missing).toEqual([]);
  });

  it('every in-page link points at a heading', () => {
    const slug = (h: string) =>
      h
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-');
    const headings = new Set([...readme.matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1]!)));
    const anchors = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.filter((a) => !headings.has(a))).toEqual([]);
  });

  it('keeps the two set-up commands exactly', () => {
    expect(readme).toMatch(/^npm ci && npm run demo\b/m);
    expect(readme).toMatch(/^npm ci && npm test\b/m);
  });
});

/** The parts of a README workflow the tests below read (a yaml block with `jobs` is a workflow). */
interface Workflow {
  on?: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
}

describe('README workflow snippets', () => {
  const yamlBlocks = codeBlocks(readme, 'yaml');
  const workflows = yamlBlocks.map((b) => parse(b) as Partial<Workflow> | null).filter((d): d is Workflow => Boolean(d?.jobs));

  it('every yaml block parses', () => {
    expect(yamlBlocks.length).toBeGreaterThan(0);
    for (const b of yamlBlocks) expect(() => parse(b)).not.toThrow();
  });

  it('shows a pull_request + merge_group workflow and a pull_request_target one', () => {
    const events = workflows.map((w) =>
      Object.keys(w.on ?? {})
        .sort()
        .join(','),
    );
    expect(events).toContain('merge_group,pull_request');
    expect(events).toContain('pull_request_target');
  });

  it.each([
    ['contents', 'read'],
    ['pull-requests', 'write'],
  ])('every workflow grants %s: %s and nothing beyond contents, pull-requests, checks', (scope, access) => {
    for (const w of workflows) {
      expect(w.permissions?.[scope]).toBe(access);
      expect(Object.keys(w.permissions ?? {}).filter((k) => !['contents', 'pull-requests', 'checks'].includes(k))).toEqual([]);
    }
  });

  it('the pull_request_target recipe never checks out the PR head', () => {
    const target = workflows.find((w) => w.on?.pull_request_target !== undefined)!;
    const steps = Object.values(target.jobs).flatMap((j) => j.steps);
    for (const s of steps) expect(JSON.stringify(s.with ?? {})).not.toMatch(/head|github\.event\.pull_request/);
  });

  it('third-party actions are pinned to full commit SHAs and ours names the package repository', () => {
    const url = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
    const ours = /github\.com\/([^/]+\/[^/.]+)/.exec(url)?.[1];
    expect(ours).toBeDefined();
    const uses = workflows.flatMap((w) => Object.values(w.jobs).flatMap((j) => j.steps.map((s) => s.uses)));
    for (const u of uses.filter((x): x is string => typeof x === 'string')) {
      if (u.startsWith(`${ours}@`)) expect(u).toMatch(/@v\d+$/);
      else expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
    // The major tag release.yml moves for this version (test/release-workflow.test.ts checks the rest).
    expect(uses).toContain(`${ours}@v${(pkg as { version: string }).version.split('.')[0]}`);
  });
});

describe('docs/other-ci.md', () => {
  const doc = readFileSync('docs/other-ci.md', 'utf8');
  it('every yaml block parses, and the CLI options it uses exist', async () => {
    const { USAGE, FORMATS } = await import('../src/cli/args.js');
    for (const m of doc.matchAll(/```yaml\n([\s\S]*?)```/g)) expect(() => parse(m[1]!)).not.toThrow();
    for (const m of doc.matchAll(/--([a-z][a-z-]+)/g)) expect([m[1], USAGE.includes(`--${m[1]}`)]).toEqual([m[1], true]);
    for (const m of doc.matchAll(/--output ([a-z]+)=/g)) expect(FORMATS).toContain(m[1]);
    for (const m of doc.matchAll(/--format ([a-z]+)/g)) expect(FORMATS).toContain(m[1]);
  });
});
