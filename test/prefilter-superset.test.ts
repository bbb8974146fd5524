// The engine skips files whose text names no key of a supported format (src/prefilter.ts). That is
// only safe if the prefilter is a superset of what every reader recognises: whenever any format reads an
// explicit value or reports a hidden range from a text, the prefilter must accept that text. (A side that only
// yields a format default, like a k3s config without service-cidr, is fine: if neither side names a key,
// both sides have the same default and nothing changed.)

import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { classifyFile } from '../src/file-kind.js';
import { mayMentionServiceRange } from '../src/prefilter.js';
import { extractSide } from '../src/engine.js';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

const texts = [
  ...listFiles(path.resolve('..', 'shared', 'corpus')).filter((f) => !/MANIFEST\.tsv|README\.md$/.test(f)),
  ...listFiles(path.resolve('test', 'cases')).filter((f) => /\/(before|after)\.[^/]+$/.test(f)),
  ...listFiles(path.resolve('examples')),
];

describe('prefilter is a superset of every reader', () => {
  it('has inputs to check', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it.each(texts.map((f) => [path.relative(process.cwd(), f)]))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const side = extractSide(file, text);
    const readsSomething = side.settings.some((s) => s.origin === 'explicit') || side.problems.some((p) => p.hidesRange);
    if (readsSomething) expect(mayMentionServiceRange(text)).toBe(true);
  });

  // The file-kind gate (src/file-kind.ts) runs before the prefilter: no real config may look like docs or code.
  it.each(texts.map((f) => [path.relative(process.cwd(), f)]))('%s is not skipped as docs, source or vendored', (file) => {
    const text = readFileSync(file, 'utf8');
    const side = extractSide(file, text);
    const readsSomething = side.settings.length > 0 || side.problems.some((p) => p.hidesRange);
    if (readsSomething) expect(classifyFile(path.relative(path.resolve('..'), file), text)).toBe('config');
  });
});
