// analyzeFile on random mutations of every real-world file (../shared/corpus) and every golden case input
// (test/cases): it must never fail internally (no "internal error" or "reader failed" problem: extractors
// turn trouble into problems themselves), every position must lie inside the file. Runs are bounded here;
// `npm run fuzz` (FUZZ_RUNS) raises them.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeFile } from '../../src/engine.js';

const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const RUNS = FUZZ_RUNS ? Math.max(100, Math.round(FUZZ_RUNS / 10)) : 100;
const TIMEOUT = FUZZ_RUNS ? 60 * 60 * 1000 : 180_000;
// No wall-clock bound here (it failed on a loaded machine): runaway inputs are stopped by the limits of
// src/limits.ts, each shown by the work it does in test/hardening/limits.test.ts; a hang still fails by the
// test timeout; speed is `npm run bench` (bench/limits.mjs, bench/engine.mjs).

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const CASES = path.resolve(process.cwd(), 'test/cases');
const corpusFiles = existsSync(CORPUS) ? listFiles(CORPUS).filter((f) => !/(MANIFEST\.tsv|README\.md)$/.test(f)) : [];
if (!corpusFiles.length) console.warn(`corpus not found at ${CORPUS}: skipped`);
const caseFiles = existsSync(CASES) ? listFiles(CASES).filter((f) => /^(before|after)\./.test(path.basename(f))) : [];

type Mutation =
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'delete-line'; line: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'indent'; line: number; delta: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; line: number; text: string }
  | { kind: 'crlf' }
  | { kind: 'bom' };

const INSERTS = [
  '{{ .Values.serviceCIDR }}',
  '{{- if .Values.dualStack }}',
  '{% if ipv6 %}',
  '${SERVICE_CIDR}',
  '  serviceSubnet: {{ service_cidr }}',
  '  - --service-cluster-ip-range={{ .Values.range }}',
  '*anchor',
  '&anchor ',
  '<<: *anchor',
  'x: &a [*a, *a]',
  'base: &b {serviceSubnet: 10.96.0.0/12}',
  '  <<: *b',
  '---',
  '...',
  '%YAML 1.2',
  '? complex',
  '- [',
  '"unterminated',
  '\t',
];
const SPECIAL = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  ',',
  '?',
  '\t',
  '\r',
  '\n',
  ' ',
  '\0',
  '\ufffd',
  '/',
  '.',
  '0',
  'f',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ minLength: 1, maxLength: 1 })),
  }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), delta: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(), text: fc.constantFrom(...INSERTS) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'bom' as const }),
);

function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = (n: number) => (lines.length ? n % lines.length : 0);
  switch (m.kind) {
    case 'flip': {
      if (!text.length) return m.char;
      const at = m.at % text.length;
      return text.slice(0, at) + m.char + text.slice(at + 1);
    }
    case 'delete-line':
      return lines.filter((_, i) => i !== li(m.line)).join('\n');
    case 'duplicate-line':
      return lines.flatMap((l, i) => (i === li(m.line) ? [l, l] : [l])).join('\n');
    case 'indent':
      return lines
        .map((l, i) => (i !== li(m.line) ? l : m.delta >= 0 ? ' '.repeat(m.delta) + l : l.replace(new RegExp(`^ {0,${-m.delta}}`), '')))
        .join('\n');
    case 'truncate':
      return text.slice(0, text.length ? m.at % text.length : 0);
    case 'insert':
      return [...lines.slice(0, li(m.line)), m.text, ...lines.slice(li(m.line))].join('\n');
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'bom':
      return `\ufeff${text}`;
  }
}

/** Lines as git and GitHub count them ('\n' ends a line); a BOM is not a line. */
function lineCount(text: string): number {
  return text.split('\n').length;
}

/**
 * Runs analyzeFile with no stack capture: the YAML parser makes an Error for every problem it meets, and these
 * thousands of broken files made capturing their stacks (which nothing in src/ reads) the largest single cost of
 * this file. Restored before any assertion, so a failing expect still shows where it failed.
 */
function withoutStacks<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** What toBeGreaterThanOrEqual asks of its operands. */
const isNumber = (...xs: unknown[]): boolean => xs.every((x) => typeof x === 'number');

function checkFile(name: string, original: string, mutations: Mutation[]): void {
  const mutated = mutations.reduce(applyMutation, original);
  const results = withoutStacks(() => [
    analyzeFile({ path: name, before: original, after: mutated }),
    analyzeFile({ path: name, before: mutated, after: original }),
    analyzeFile({ path: name, after: mutated }),
    analyzeFile({ path: name, before: mutated }),
  ]);
  const maxLines = Math.max(lineCount(original), lineCount(mutated));
  // The same checks as one expect per call (jest's expect() builds every matcher on each call, which cost more
  // than the checks themselves here): each entry is a check that failed, with what it failed on; none may.
  const broken: unknown[] = [];
  results.forEach((r, side) => {
    for (const p of r.problems) {
      if (/internal error|reader failed/.test(p.message)) broken.push({ side, internal: 'problem', message: p.message });
      if (!(isNumber(p.line) && p.line >= 1 && p.line <= maxLines)) broken.push({ side, problemLine: p.line, maxLines, message: p.message });
    }
    for (const f of r.findings) {
      if (/internal error|reader failed/.test(f.message)) broken.push({ side, internal: 'finding', message: f.message });
      if (!(isNumber(f.line, f.column, f.endLine) && f.line >= 1 && f.line <= maxLines && f.column >= 1 && f.endLine >= f.line)) {
        broken.push({ side, line: f.line, column: f.column, endLine: f.endLine, maxLines, message: f.message });
      }
    }
  });
  expect(broken).toEqual([]);
}

const inputs = [
  ...corpusFiles.map((f) => ({ name: path.relative(CORPUS, f), text: readFileSync(f, 'utf8') })),
  ...caseFiles.map((f) => ({ name: path.relative(CASES, f), text: readFileSync(f, 'utf8') })),
];

describe('random mutations of real files', () => {
  it('has inputs (golden cases at least)', () => {
    expect(caseFiles.length).toBeGreaterThan(0);
  });

  it(
    `never fails, keeps positions inside the file and finishes in time (${inputs.length} files)`,
    () => {
      fc.assert(
        fc.property(fc.nat({ max: inputs.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, ms) => {
          checkFile(inputs[i].name, inputs[i].text, ms);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  // Every file gets at least one of each mutation kind, whatever the random choice above covered.
  it.each(inputs.map((f) => [f.name, f.text] as const))(
    '%s: one of each mutation kind',
    (name, text) => {
      const seeds: Mutation[] = [
        { kind: 'flip', at: text.indexOf(':') + 1, char: '\0' },
        { kind: 'flip', at: text.length >> 1, char: '[' },
        { kind: 'delete-line', line: 1 },
        { kind: 'duplicate-line', line: 2 },
        { kind: 'indent', line: 3, delta: 1 },
        { kind: 'truncate', at: text.length >> 1 },
        { kind: 'insert', line: 4, text: '{{ .Values.serviceCIDR }}' },
        { kind: 'insert', line: 2, text: 'x: &a [*a, *a]' },
        { kind: 'crlf' },
        { kind: 'bom' },
      ];
      for (const m of seeds) checkFile(name, text, [m]);
    },
    TIMEOUT,
  );
});
