// Test support for the distribution format tests: run one extractor on a text, and read the shared
// corpus MANIFEST (third-party data, read in place: never copied into the project).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FormatExtractor } from '../../src/formats/toolkit/extractor.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import type { Extraction, Setting } from '../../src/model.js';

export const CORPUS = path.resolve('..', 'shared', 'corpus');

export function run(format: FormatExtractor, text: string, file = 'file.yaml'): Extraction {
  return format.extract(new Source(file, text));
}

export function serviceRanges(x: Extraction): Setting[] {
  return x.settings.filter((s) => s.role === 'service-range');
}

/** The effective service-range value(s) of an extraction, for compact assertions. */
export function serviceValues(x: Extraction): string[] {
  return serviceRanges(x).map((s) => s.value);
}

export interface ManifestRow {
  path: string;
  format: string;
  value: string;
  notes: string;
}

/** MANIFEST rows under the given corpus folders, or null when the corpus is absent (tests then skip). */
export function manifestRows(folders: readonly string[]): ManifestRow[] | null {
  const manifest = path.join(CORPUS, 'MANIFEST.tsv');
  if (!existsSync(manifest)) {
    console.warn(`corpus not found at ${CORPUS}: skipped`);
    return null;
  }
  const [header, ...lines] = readFileSync(manifest, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const cols = header.split('\t');
  const at = (name: string): number => cols.indexOf(name);
  return lines
    .map((l) => l.split('\t'))
    .map((c) => ({
      path: c[at('path_in_corpus')],
      format: c[at('format')],
      value: c[at('service_range_value_as_you_read_it')],
      notes: c[at('notes')],
    }))
    .filter((r) => folders.some((f) => r.path.startsWith(`${f}/`)));
}

export function readCorpus(rel: string): string {
  return readFileSync(path.join(CORPUS, rel), 'utf8');
}

/** True when the MANIFEST value is a literal range list (not '-', not a template, not a placeholder). */
export function isLiteral(value: string): boolean {
  return /^[0-9a-fA-F:.,/]+$/.test(value) && value.includes('/');
}

/** Comma-split, trimmed lists compared as canonical strings (lower-case IPv6 text). */
export function canonicalList(value: string): string[] {
  return value.split(',').map((v) => v.trim().toLowerCase());
}
