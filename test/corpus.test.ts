// Every real-world config in ../shared/corpus is scanned as an added file and against itself without an
// exception; files under negative/ must yield no finding. The corpus is third-party data and is never
// copied into this project: where it is absent, this suite says so and skips.

import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeFile, extractSide } from '../src/engine.js';

const CORPUS = path.resolve('..', 'shared', 'corpus');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

const files = existsSync(CORPUS) ? listFiles(CORPUS).filter((f) => !/(MANIFEST\.tsv|README\.md)$/.test(f)) : [];

if (!files.length) {
  console.warn(`corpus not found at ${CORPUS}: corpus tests skipped`);
}

(files.length ? describe : describe.skip)('corpus', () => {
  it.each(files.map((f) => [path.relative(CORPUS, f)]))('%s scans as added and unchanged without an exception', (rel) => {
    const text = readFileSync(path.join(CORPUS, rel), 'utf8');
    const added = analyzeFile({ path: rel, after: text });
    const problemsAtLines = added.problems.every((p) => Number.isInteger(p.line) && p.line >= 1);
    expect(problemsAtLines).toBe(true);
    for (const f of added.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
    const unchanged = analyzeFile({ path: rel, before: text, after: text });
    expect(unchanged).toEqual({ findings: [], problems: [] });
  });

  const negatives = files.filter((f) => path.relative(CORPUS, f).startsWith(`negative${path.sep}`));
  it.each(negatives.map((f) => [path.relative(CORPUS, f)]))('negative/%s yields no finding', (rel) => {
    const text = readFileSync(path.join(CORPUS, rel), 'utf8');
    const added = analyzeFile({ path: rel, after: text });
    expect(added.findings).toEqual([]);
  });

  // Real files of the formats issue 13 added: each is read by its format, with the value the MANIFEST records.
  const READ_BY: readonly [file: string, format: string, value: string][] = [
    ['other/onedr0p-cluster-template-test-public.yaml', 'cluster-template', '10.43.0.0/16'],
  ];
  it.each(READ_BY.filter(([f]) => existsSync(path.join(CORPUS, f))))('%s is read by %s as %s', (rel, format, value) => {
    const side = extractSide(rel, readFileSync(path.join(CORPUS, rel), 'utf8'));
    const service = side.settings.filter((s) => s.role === 'service-range' && s.format === format);
    expect(service.map((s) => [s.value, s.origin])).toEqual([[value, 'explicit']]);
  });
});
