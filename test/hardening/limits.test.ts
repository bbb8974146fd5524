// Every resource limit of src/limits.ts, reached on purpose: the engine must answer with a blocking
// unreadable-config finding when the change touches a Service range key the limit hides, and with a visible
// problem at the limit's line when it does not (the safe twin) — never a crash, never a silent pass — and it
// must stop early. "Early" is shown by the work done, never by a clock (a timed assertion fails on a loaded
// machine): a refused side is never parsed, an alias bomb is walked once per literal node. How fast that is,
// against a baseline measured in the same run, is `npm run bench` (bench/limits.mjs).

import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, visit, type Document } from 'yaml';
import { analyzeFile, extractSide, type FileAnalysis } from '../../src/engine.js';
import {
  EXTRACT_TIME_BUDGET_MS,
  MAX_LINE_CHARS,
  MAX_TEXT_CHARS,
  MAX_YAML_ALIAS_EXPANSION,
  MAX_YAML_CHARS,
  MAX_YAML_NESTING_DEPTH,
  findTextLimitBreaches,
  measureAliasExpansion,
  measureYamlNesting,
} from '../../src/limits.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';

const KUBEADM = ['apiVersion: kubeadm.k8s.io/v1beta3', 'kind: ClusterConfiguration', 'networking:', '  serviceSubnet: 10.96.0.0/12', ''].join('\n');
const CHANGED = KUBEADM.replace('10.96.0.0/12', '10.100.0.0/16');

/** The side is refused before any reader runs: one whole-file problem, no setting, nothing parsed. */
function expectRefusedUnread(path: string, text: string): void {
  const side = extractSide(path, text);
  expect(side.settings).toEqual([]);
  expect(side.problems).toHaveLength(1);
  expect(side.problems[0]).toMatchObject({ wholeFile: true, hidesRange: true });
}

/** The answer is not silent: an unreadable-config error (the change touches a hidden range key) at a line inside the file. */
function expectUnreadableAt(result: FileAnalysis, text: string, line: number): void {
  const lines = text.split('\n').length;
  const unreadable = result.findings.filter((f) => f.rule === 'unreadable-config');
  expect(unreadable.map((f) => [f.line, f.level])).toContainEqual([line, 'error']);
  for (const f of result.findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines);
  }
}

/** The safe twin: the range key is untouched, so nothing blocks, and the limit stays visible as a problem. */
function expectVisibleOnly(result: FileAnalysis, messagePart: string): number {
  expect(result.findings).toEqual([]);
  const problem = result.problems.find((p) => p.message.includes(messagePart));
  expect(problem).toBeDefined();
  return problem!.line;
}

function aliasBomb(levels: number, width = 10): string {
  const out = [`a0: &a0 [${Array(width).fill('x').join(',')}]`];
  for (let i = 1; i < levels; i++)
    out.push(
      `a${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return `${out.join('\n')}\n`;
}

describe('file size (MAX_TEXT_CHARS)', () => {
  it('a side above the limit is not read; a change to its range key blocks at the key line', () => {
    const text = CHANGED + '#'.repeat(MAX_TEXT_CHARS);
    const result = analyzeFile({ path: 'big.yaml', before: KUBEADM, after: text });
    expectUnreadableAt(result, text, 4);
    expect(result.findings.find((f) => f.rule === 'unreadable-config')?.message).toContain(String(MAX_TEXT_CHARS));
    expectRefusedUnread('big.yaml', text);
    // Safe twin: the same padding, the range line untouched.
    expect(
      expectVisibleOnly(analyzeFile({ path: 'big.yaml', before: KUBEADM, after: KUBEADM + '#'.repeat(MAX_TEXT_CHARS) }), String(MAX_TEXT_CHARS)),
    ).toBe(1);
  });
});

describe('YAML size (MAX_YAML_CHARS)', () => {
  it('a YAML file above the limit is reported, not parsed, and flags in it are still read as text', () => {
    const flagLine = 'exec kube-apiserver --service-cluster-ip-range=10.0.0.0/24';
    const filler = 'a: 1\n'.repeat(Math.ceil(MAX_YAML_CHARS / 5) + 1);
    const source = new Source('x.yaml', KUBEADM + filler);
    expect(source.yaml?.documents).toEqual([]);
    expect(source.yaml?.limits[0]?.message).toContain(String(MAX_YAML_CHARS));
    const side = extractSide('x.yaml', `${flagLine}\n${KUBEADM}${filler}`);
    expect(side.problems.some((p) => p.hidesRange && p.line === 1)).toBe(true);
    expect(side.settings.map((x) => x.value)).toContain('10.0.0.0/24');
  });
});

describe('alias expansion (MAX_YAML_ALIAS_EXPANSION)', () => {
  it.each([
    ['ten anchors of ten aliases (10^10 nodes)', 10, 10],
    ['twenty anchors of two aliases (2^20 nodes)', 20, 2],
  ])('%s: walked once per literal node, then emptied; blocks when the range changes, else a problem at the alias', (_name, levels, width) => {
    const bomb = aliasBomb(levels, width);
    const tail = `${bomb}apiServer:\n  extraArgs: *a${String(levels - 1)}\n`;
    const text = CHANGED + tail;
    // The limiter's work: each literal node (alias or not) is walked at most once, however many nodes the
    // aliases stand for, and it stops at the alias that passes the cap.
    const [doc] = parseAllDocuments(text) as Document.Parsed[];
    let literalNodes = 0;
    visit(doc, { Node: () => void literalNodes++ });
    const measured = measureAliasExpansion(doc);
    expect(measured.offset).not.toBeNull();
    expect(measured.expansion).toBeGreaterThan(MAX_YAML_ALIAS_EXPANSION);
    expect(measured.visited).toBeGreaterThan(0);
    expect(measured.visited).toBeLessThanOrEqual(literalNodes);
    expect(measured.visited).toBeLessThanOrEqual(MAX_YAML_ALIAS_EXPANSION);
    // The document is emptied, so no reader walks the bomb after the limiter.
    expect(new Source('bomb.yaml', text).yaml?.documents.map((d) => d.contents)).toEqual([null]);
    const result = analyzeFile({ path: 'bomb.yaml', before: KUBEADM, after: text });
    expectUnreadableAt(result, text, 4);
    const finding = result.findings.find((f) => f.rule === 'unreadable-config');
    expect(finding?.message).toContain(String(MAX_YAML_ALIAS_EXPANSION));
    // The alias where the expansion passed the limit stands on one of the bomb's lines: the message and the
    // safe twin's problem say which.
    const bombFirstLine = KUBEADM.split('\n').length;
    const line = Number(/\(line (\d+)\)/.exec(finding!.message)?.[1]);
    expect(line).toBeGreaterThanOrEqual(bombFirstLine);
    expect(line).toBeLessThanOrEqual(bombFirstLine + levels);
    expect(expectVisibleOnly(analyzeFile({ path: 'bomb.yaml', before: KUBEADM, after: KUBEADM + tail }), String(MAX_YAML_ALIAS_EXPANSION))).toBe(
      line,
    );
  });

  it('a self-referencing anchor (accepted by the parser) is treated as endless', () => {
    const text = `${KUBEADM}loop: &l [1, *l]\n`;
    const source = new Source('x.yaml', text);
    expect(source.yaml?.limits).toHaveLength(1);
    expect(source.yaml?.limits[0]?.line).toBe(KUBEADM.split('\n').length);
  });

  it('ordinary anchors (merge keys of a few nodes) are read as before', () => {
    const text = `${KUBEADM}base: &b {a: 1, b: 2}\nx:\n  <<: *b\ny:\n  <<: *b\n`;
    const result = analyzeFile({ path: 'ok.yaml', before: KUBEADM, after: text.replace('10.96.0.0/12', '10.100.0.0/16') });
    expect(result.findings.map((f) => f.rule)).toEqual(['primary-range-change']);
  });
});

describe('nesting depth (MAX_YAML_NESTING_DEPTH)', () => {
  const deep = (n: number): [string, string][] => [
    [`${n} nested [`, `x: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    [`${n} unclosed [`, `x: ${'['.repeat(n)}\n`],
    [`${n} nested {a:`, `x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`],
    [`${n} compact "- " levels`, `x:\n${'- '.repeat(n)}1\n`],
    // n(n+1)/2 characters of indentation: 1,000 levels stay under MAX_YAML_CHARS, so the depth limit is what refuses them.
    [`${Math.min(n, 1000)} indented maps`, `${Array.from({ length: Math.min(n, 1000) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`],
  ];
  it.each([...deep(10_000), ...deep(MAX_YAML_NESTING_DEPTH + 1)])(
    '%s: refused before parsing; blocks when the range changes, else a problem at the line',
    (_name, tail) => {
      const text = CHANGED + tail;
      // Refused before the parser runs: the kubeadm document in front would otherwise be there.
      const yaml = new Source('deep.yaml', text).yaml;
      expect(yaml?.documents).toEqual([]);
      expect(yaml?.limits.map((l) => l.message)).toEqual([expect.stringContaining(`${MAX_YAML_NESTING_DEPTH} levels`)]);
      // The nesting scan stops at the first line past the cap.
      expect(measureYamlNesting(text).line).toBe(yaml?.limits[0].line);
      const result = analyzeFile({ path: 'deep.yaml', before: KUBEADM, after: text });
      expectUnreadableAt(result, text, 4);
      expect(result.findings.find((f) => f.rule === 'unreadable-config')?.message).toContain(`${MAX_YAML_NESTING_DEPTH} levels`);
      const line = expectVisibleOnly(analyzeFile({ path: 'deep.yaml', before: KUBEADM, after: KUBEADM + tail }), `${MAX_YAML_NESTING_DEPTH} levels`);
      expect(line).toBeGreaterThan(KUBEADM.split('\n').length - 1);
      expect(line).toBeLessThanOrEqual(text.split('\n').length);
    },
  );

  it.each([
    ['flow', (n: number) => `x: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['block', (n: number) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`],
  ])('%s nesting just under the limit is parsed and measured exactly enough', (_name, make) => {
    const depth = measureYamlNesting(make(MAX_YAML_NESTING_DEPTH - 2)).depth;
    expect(depth).toBeGreaterThanOrEqual(MAX_YAML_NESTING_DEPTH - 2);
    expect(depth).toBeLessThanOrEqual(MAX_YAML_NESTING_DEPTH);
    expect(new Source('x.yaml', make(MAX_YAML_NESTING_DEPTH - 2)).yaml?.limits).toEqual([]);
  });

  it.each([
    ['brackets in quoted strings', `x: "${'['.repeat(500)}"\ny: '${'{'.repeat(500)}'\n`],
    ['brackets in comments', `# ${'['.repeat(500)}\n`],
    ['brackets inside plain scalars', `x: a${'['.repeat(500)}\n`],
    ['a block scalar with deep indentation', `x: |\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i + 2)}text`).join('\n')}\n`],
  ])('%s do not count as nesting', (_name, tail) => {
    expect(measureYamlNesting(KUBEADM + tail).line).toBe(0);
  });
});

describe('over-long lines (MAX_LINE_CHARS)', () => {
  it('a line above the limit: the file is not read; blocks when the range changes, else a problem at the line', () => {
    const tail = `x: ${'a'.repeat(MAX_LINE_CHARS)}\n`;
    const text = CHANGED + tail;
    const result = analyzeFile({ path: 'long.yaml', before: KUBEADM, after: text });
    expectUnreadableAt(result, text, 4);
    expectRefusedUnread('long.yaml', text);
    expect(result.findings[0].message).toContain('(line 5)');
    expect(expectVisibleOnly(analyzeFile({ path: 'long.yaml', before: KUBEADM, after: KUBEADM + tail }), String(MAX_LINE_CHARS))).toBe(5);
  });

  it('a line exactly at the limit is read (a shell script: YAML above MAX_YAML_CHARS is read as text only)', () => {
    const script = (range: string) => `#!/bin/sh\n#${'a'.repeat(MAX_LINE_CHARS - 1)}\nexec kube-apiserver --service-cluster-ip-range=${range}\n`;
    const text = script('10.100.0.0/16');
    expect(findTextLimitBreaches(text)).toEqual([]);
    const result = analyzeFile({ path: 'apiserver.sh', before: script('10.96.0.0/12'), after: text });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([['primary-range-change', 3]]);
    // Too large to parse as YAML: said once, as a plain problem, since the script is plainly not YAML.
    expect(result.problems.filter((p) => p.message.includes(String(MAX_YAML_CHARS))).map((p) => p.line)).toEqual([1]);
  });
});

describe('binary and invalid text', () => {
  it.each([
    ['a NUL byte after the value', `${CHANGED}x: a\0b\n`, 5],
    ['a NUL byte inside the value', KUBEADM.replace('10.96.0.0/12', '10.100.0.0/16\0'), 4],
  ])('%s: YAML with a NUL is refused by Kubernetes; the range change blocks at its line', (_name, text, nulLine) => {
    const result = analyzeFile({ path: 'bin.yaml', before: KUBEADM, after: text });
    expectUnreadableAt(result, text, 4);
    expect(result.findings[0].message).toContain(`line ${nulLine} holds a NUL byte`);
    expect(result.findings.some((f) => f.rule === 'primary-range-change' || f.rule === 'invalid-range')).toBe(false);
  });

  it.each([
    ['invalid UTF-8 decoded to U+FFFD', `${CHANGED}x: ${Buffer.from([0xff, 0xfe, 0xc3]).toString('utf8')}\n`, 5],
    ['an unpaired high surrogate', `${CHANGED}x: \ud800\n`, 5],
    ['an unpaired low surrogate', `${CHANGED}x: \udc00z\n`, 5],
  ])('%s: read, with a problem at the line; the change is still found', (_name, text, line) => {
    const result = analyzeFile({ path: 'utf.yaml', before: KUBEADM, after: text });
    expect(result.findings.map((f) => f.rule)).toEqual(['primary-range-change']);
    expect(result.problems.map((p) => p.line)).toContain(line);
    expect(result.problems.find((p) => p.line === line)?.message).toMatch(/UTF-8/);
  });

  it('a well-formed astral character (surrogate pair) is no problem', () => {
    expect(findTextLimitBreaches('x: 😀\n')).toEqual([]);
  });
});

describe('line ends', () => {
  it('CRLF: the change is found at the same line as with LF', () => {
    const lf = analyzeFile({ path: 'k.yaml', before: KUBEADM, after: CHANGED });
    const crlf = analyzeFile({ path: 'k.yaml', before: KUBEADM.replace(/\n/g, '\r\n'), after: CHANGED.replace(/\n/g, '\r\n') });
    expect(crlf.findings.map((f) => [f.rule, f.line, f.column])).toEqual(lf.findings.map((f) => [f.rule, f.line, f.column]));
    expect(crlf.findings).toHaveLength(1);
  });

  it('lone CR (classic Mac): git and the YAML parser see one line; the change is never a silent pass', () => {
    const cr = CHANGED.replace(/\n/g, '\r');
    const result = analyzeFile({ path: 'k.yaml', before: KUBEADM.replace(/\n/g, '\r'), after: cr });
    expect(result.findings.length + result.problems.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.line).toBe(1);
  });
});

describe('time budget (EXTRACT_TIME_BUDGET_MS)', () => {
  it('is generous against the slowest corpus file', () => {
    expect(EXTRACT_TIME_BUDGET_MS).toBeGreaterThanOrEqual(1000);
  });

  // The budget is driven by an injected clock, not by how fast this machine happens to be today.
  it('when exceeded, the remaining formats are skipped and a problem names them (hides the range)', () => {
    // Each reading of the clock advances it by a whole budget: past the budget at the first check (before the
    // second format), so the first format alone is read.
    let t = 0;
    const side = extractSide('k.yaml', CHANGED, EXTRACT_TIME_BUDGET_MS, undefined, () => (t += EXTRACT_TIME_BUDGET_MS));
    const budget = side.problems.filter((p) => /budget/.test(p.message));
    expect(budget).toHaveLength(1);
    expect(budget[0]).toMatchObject({ line: 1, hidesRange: true, wholeFile: true });
    expect(budget[0].message).toMatch(new RegExp(`took \\d+ ms, above the ${EXTRACT_TIME_BUDGET_MS} ms budget; not read as \\S+`));
    const named = /not read as (.*)$/.exec(budget[0].message)![1].split(', ');
    expect(named.length).toBeGreaterThan(3);
    expect(named).toContain('manifest');
    expect(named).not.toContain('kubeadm'); // the first format ran and read the file's range
    expect(side.settings.map((x) => x.value)).toContain('10.100.0.0/16');
  });

  it('within the budget nothing is skipped, and the change reads as it does without a budget', () => {
    const frozen = extractSide('k.yaml', CHANGED, EXTRACT_TIME_BUDGET_MS, undefined, () => 0);
    expect(frozen.problems.filter((p) => /budget/.test(p.message))).toEqual([]);
    expect(frozen.settings.map((x) => x.value)).toContain('10.100.0.0/16');
    // Just under the budget at every check: still nothing skipped.
    let t = 0;
    const near = extractSide('k.yaml', CHANGED, EXTRACT_TIME_BUDGET_MS, undefined, () => {
      if (t !== 0) return 1 + EXTRACT_TIME_BUDGET_MS;
      t = 1;
      return t;
    });
    expect(near.problems.filter((p) => /budget/.test(p.message))).toEqual([]);
    expect(near.settings).toEqual(frozen.settings);
    // (That a spent budget blocks a change to the range as unreadable-config: test/adversarial/unread-limits.test.ts.)
  });

  const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
  const corpusFiles = existsSync(CORPUS) ? listFiles(CORPUS).filter((f) => !/(MANIFEST\.tsv|README\.md)$/.test(f)) : [];
  if (!corpusFiles.length) console.warn(`corpus not found at ${CORPUS}: skipped`);
  // How long each corpus file takes against the budget is measured by `npm run bench` (bench/limits.mjs), not here.
  (corpusFiles.length ? it : it.skip)('every corpus file reaches no limit', () => {
    for (const file of corpusFiles) {
      const text = readFileSync(file, 'utf8');
      expect(findTextLimitBreaches(text)).toEqual([]);
      expect(new Source(file, text).yaml?.limits ?? []).toEqual([]);
    }
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}
