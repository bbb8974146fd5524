// Corpus check for the Cluster API, k3s/RKE2, k0s, kops and Talos formats: every file of their corpus folders is extracted
// without an exception; where the MANIFEST value is a literal, the effective value equals it; where it is
// templated, a hidesRange problem is reported (never silence).
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import { clusterApiFormat } from '../../src/formats/distributions/clusterapi.js';
import { k3sFormat } from '../../src/formats/distributions/k3s.js';
import { k0sFormat } from '../../src/formats/distributions/k0s.js';
import { kopsFormat } from '../../src/formats/distributions/kops.js';
import { talosFormat } from '../../src/formats/declared/talos.js';

/** The formats whose corpus folders this test reads. */
const FORMATS = [clusterApiFormat, k3sFormat, k0sFormat, kopsFormat, talosFormat];
import type { Extraction } from '../../src/model.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const FOLDERS = ['clusterapi', 'k3s', 'rke2', 'k0s', 'kops', 'talos'];

interface Row {
  file: string;
  format: string;
  value: string;
  notes: string;
}

function readManifest(): Row[] {
  const lines = fs.readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))
    .map((c) => ({ file: c[0], format: c[1], value: c[6], notes: c[7] ?? '' }))
    .filter((r) => FOLDERS.includes(r.file.split('/')[0]));
}

function extractAll(file: string): Extraction {
  const source = new Source(file, fs.readFileSync(path.join(corpus, file), 'utf8'));
  const out: Extraction = { settings: [], problems: [] };
  for (const f of FORMATS) {
    const r = f.extract(source);
    out.settings.push(...r.settings);
    out.problems.push(...r.problems);
  }
  return out;
}

const canon = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .join(',');
const isTemplated = (v: string) => /\{\{|\$\{|#\{|\{%|%\{/.test(v);

const present = fs.existsSync(path.join(corpus, 'MANIFEST.tsv'));
if (!present) console.warn(`corpus not found at ${corpus}: skipped`);
const rows = present ? readManifest() : [];

(present ? describe : describe.skip)('distributions corpus', () => {
  it('lists files for every distribution folder', () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  it.each(rows.map((r) => [r.file, r] as const))('%s', (_file, row) => {
    const result = extractAll(row.file);
    const services = result.settings.filter((s) => s.role === 'service-range' && s.component !== 'kube-controller-manager');
    if (row.value === '-') {
      // Nothing literal in the file: either no setting at all, or the format's default.
      for (const s of services) expect(s.origin).toBe('default');
    } else if (isTemplated(row.value)) {
      expect(result.problems.some((p) => p.hidesRange)).toBe(true);
      expect(services.filter((s) => s.origin === 'explicit')).toEqual([]);
    } else {
      const explicit = services.filter((s) => s.origin === 'explicit');
      expect(explicit.length).toBeGreaterThan(0);
      for (const s of explicit) expect(canon(s.value)).toBe(canon(row.value));
    }
  });

  // Templated files of these formats (corpus folder templated/): the value is hidden, so a hidesRange
  // problem is required and no literal may be invented (the Go template's "10.53.0.0/16" is only a fallback).
  const TEMPLATED = [
    'harvester-rke2-90-server.yaml',
    'lablabs-rke2-config.yaml.j2',
    'lambchop-k3s-server.yaml.tpl',
    'kubeovn-talos-cluster-config.yaml.j2',
    'onedr0p-talos-10-cluster.yaml.j2',
  ];
  it.each(TEMPLATED)('templated/%s yields a hidesRange problem and no explicit range', (file) => {
    const r = extractAll(`templated/${file}`);
    expect(r.problems.some((p) => p.hidesRange)).toBe(true);
    expect(r.settings.filter((s) => s.role === 'service-range' && s.origin === 'explicit')).toEqual([]);
  });

  // Everything outside the distribution folders (other formats, negatives, consumers such as the kube-router
  // addon that passes its own --service-cluster-ip-range) must not be read by these formats at all.
  const others = present
    ? fs
        .readdirSync(corpus)
        .filter((d) => !FOLDERS.includes(d) && d !== 'templated' && fs.statSync(path.join(corpus, d)).isDirectory())
        .flatMap((d) => fs.readdirSync(path.join(corpus, d)).map((f) => `${d}/${f}`))
    : [];
  it.each([...others, 'templated/kops-kuberouter-addon.yaml.template'])('%s is not read by these formats', (file) => {
    const r = extractAll(file);
    expect(r.settings).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});
