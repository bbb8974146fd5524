// Issue 4 acceptance: moving the primary Service range in any real-world config whose value is a literal
// produces a finding on a changed line. The primary range is rewritten everywhere it appears in the file
// (a value can stand in several places, e.g. RKE1 kube-api and kube-controller), so the move is consistent.

import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeFile } from '../src/engine.js';
import { parseRangeList } from '../src/ranges/index.js';

const CORPUS = path.resolve('..', 'shared', 'corpus');

/** Files whose literal range is deliberately not read, with the reason (kept short and explicit). */
const NOT_READ: Record<string, string> = {
  // kubeadm's internal Go-struct dump (capitalised field names, no apiVersion/kind): kubeadm never reads it.
  'kubeadm/k8s-kubeadm-testdata-conversion-internal.yaml': 'not a kubeadm config file',
};

interface Row {
  file: string;
  primary: string;
}

function literalRows(): Row[] {
  const lines = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  const rows: Row[] = [];
  for (const line of lines) {
    const cols = line.split('\t');
    const file = cols[0];
    const value = (cols[6] ?? '').trim();
    const primary = value.split(',')[0];
    const parsed = parseRangeList(primary, 'sloppy');
    if (!parsed.ok || file.startsWith('negative/')) continue;
    rows.push({ file, primary });
  }
  return rows;
}

function movedRange(primary: string): string {
  return primary.includes(':') ? 'fd99:1234::/112' : '10.201.0.0/16';
}

function changedLines(before: string, after: string): Set<number> {
  const a = before.split(/\r\n|\n|\r/);
  const b = after.split(/\r\n|\n|\r/);
  const changed = new Set<number>();
  b.forEach((l, i) => {
    if (a[i] !== l) changed.add(i + 1);
  });
  return changed;
}

const rows = existsSync(CORPUS) ? literalRows() : [];
if (!rows.length) console.warn(`corpus not found at ${CORPUS}: corpus move tests skipped`);

(rows.length ? describe : describe.skip)('moving the primary range in a corpus file', () => {
  it('covers the literal rows of every format folder', () => {
    const folders = new Set(rows.map((r) => r.file.split('/')[0]));
    expect([...folders].sort()).toEqual(
      expect.arrayContaining([
        'kubeadm',
        'kind',
        'staticpod',
        'systemd',
        'clusterapi',
        'k3s',
        'k0s',
        'kops',
        'talos',
        'openshift',
        'rke',
        'kubespray',
      ]),
    );
  });

  it.each(rows.map((r) => [r.file, r] as const))('%s', (file, row) => {
    const before = readFileSync(path.join(CORPUS, file), 'utf8');
    expect(before).toContain(row.primary);
    const after = before.split(row.primary).join(movedRange(row.primary));
    const result = analyzeFile({ path: file, before, after });
    const changed = changedLines(before, after);
    const onChangedLine = result.findings.filter((f) => changed.has(f.line));
    if (NOT_READ[file]) {
      expect(onChangedLine).toEqual([]);
      return;
    }
    expect(onChangedLine.map((f) => f.rule)).not.toEqual([]);
  });
});

(existsSync(path.join(CORPUS, 'systemd')) ? describe : describe.skip)('a real upstream change', () => {
  // kelseyhightower/kubernetes-the-hard-way dropped --service-cluster-ip-range from the apiserver unit in 2025:
  // the apiserver falls back to its default 10.0.0.0/24 while the cluster's ServiceCIDR stays 10.32.0.0/24.
  it('kthw 2024 -> 2025 unit is a primary range move to the apiserver default', () => {
    const read = (f: string) => readFileSync(path.join(CORPUS, 'systemd', f), 'utf8');
    const result = analyzeFile({
      path: 'units/kube-apiserver.service',
      before: read('kthw-kube-apiserver-2024.service'),
      after: read('kthw-kube-apiserver-2025.service'),
    });
    expect(result.findings.map((f) => [f.rule, f.level, f.before, f.after])).toEqual([
      ['primary-range-change', 'error', ['10.32.0.0/24'], ['10.0.0.0/24']],
    ]);
  });
});
