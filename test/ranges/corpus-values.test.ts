// Every Service range literal a reader wrote down in the third-party corpus MANIFEST parses sloppily (as
// kube-apiserver and kubeadm read it). The corpus is never copied here; without it this suite skips.

import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRangeList } from '../../src/ranges/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = path.resolve(repoRoot, '../shared/corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
const COLUMN = 'service_range_value_as_you_read_it';

/** A literal CIDR list: only address/prefix characters; placeholders, templates and prose are skipped. */
const LITERAL_LIST = /^[0-9A-Fa-f:.]+\/[0-9]+(,[0-9A-Fa-f:.]+\/[0-9]+)*$/;

function readLiterals(): [string, string][] {
  const [header, ...rows] = readFileSync(MANIFEST, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const columns = header!.split('\t');
  const at = columns.indexOf(COLUMN);
  const pathAt = columns.indexOf('path_in_corpus');
  if (at < 0) throw new Error(`MANIFEST.tsv has no ${COLUMN} column`);
  return rows
    .map((r) => r.split('\t'))
    .map((cells): [string, string] => [cells[pathAt] ?? '?', (cells[at] ?? '').trim()])
    .filter(([, value]) => value !== '-' && !value.includes('${') && !value.includes('{{') && LITERAL_LIST.test(value));
}

const literals = existsSync(MANIFEST) ? readLiterals() : [];
if (!existsSync(MANIFEST)) console.warn(`corpus not found at ${CORPUS}: skipped`);

(literals.length ? describe : describe.skip)('corpus MANIFEST service range literals', () => {
  it('finds literals to check', () => {
    expect(literals.length).toBeGreaterThan(20);
  });
  it.each(literals)('%s: %s parses sloppily', (_file, value) => {
    const parsed = parseRangeList(value, 'sloppy');
    // The error text is the failure message when it does not parse.
    expect(parsed.ok ? 'parses' : parsed.error).toBe('parses');
  });
});
