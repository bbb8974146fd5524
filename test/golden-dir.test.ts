// Directory golden cases: test/cases-dir/<format>/<scenario>/{base,head}/… + expected.json (see
// test/cases-dir/README.md). UPDATE_GOLDEN=1 rewrites expected.json; review those diffs like code.

import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeChanges } from '../src/engine.js';
import type { ChangedFile, EngineOptions } from '../src/model.js';
import { sortFindings } from '../src/verdict.js';

const CASES = path.resolve('test/cases-dir');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function walk(root: string, dir = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(path.join(root, dir))) return out;
  for (const entry of readdirSync(path.join(root, dir))) {
    const rel = dir ? `${dir}/${entry}` : entry;
    if (statSync(path.join(root, rel)).isDirectory()) for (const [k, v] of walk(root, rel)) out.set(k, v);
    else out.set(rel, readFileSync(path.join(root, rel), 'utf8'));
  }
  return out;
}

function findCases(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (!statSync(p).isDirectory()) continue;
    if (existsSync(path.join(p, 'base')) || existsSync(path.join(p, 'head'))) out.push(p);
    else out.push(...findCases(p));
  }
  return out.sort();
}

/** The change between the two trees, and a reader of the unchanged files (what a tree-reading change source gives). */
function loadTrees(dir: string): { files: ChangedFile[]; unchanged: Map<string, string> } {
  const base = walk(path.join(dir, 'base'));
  const head = walk(path.join(dir, 'head'));
  const files: ChangedFile[] = [];
  const unchanged = new Map<string, string>();
  for (const p of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    const before = base.get(p);
    const after = head.get(p);
    if (before === after) unchanged.set(p, after!);
    else files.push({ path: p, before, after });
  }
  return { files, unchanged };
}

const cases = existsSync(CASES) ? findCases(CASES) : [];

describe('directory golden cases', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [path.relative(CASES, c), c] as const))('%s', (_name, dir) => {
    const { files, unchanged } = loadTrees(dir);
    expect(files.length).toBeGreaterThan(0);
    const config = existsSync(path.join(dir, 'case.json')) ? JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) : {};
    const options: EngineOptions = {};
    if (config.readUnchanged) {
      options.readUnchangedDirectory = (d) =>
        [...unchanged].filter(([p]) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') === d).map(([p, text]) => ({ path: p, text }));
    }
    const report = analyzeChanges(files, options);
    const actual = { findings: sortFindings(report.findings), problems: report.problems };
    const expectedPath = path.join(dir, 'expected.json');
    if (UPDATE) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    expect(JSON.parse(readFileSync(expectedPath, 'utf8'))).toEqual(actual);
  });
});
