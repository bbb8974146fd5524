// What the change source reads for the repository overlap check of a ServiceCIDR (src/changes/servicecidr-context.ts):
// nothing without a ServiceCIDR in the change; the candidates nearest the object first, changed paths and paths
// that cannot be configs left out, unreadable ones dropped, a cap said in a note, a failing search swallowed.

import { describe, expect, it } from '@jest/globals';
import type { TreeContent, TreeReader } from '../src/changes/overlay-context.js';
import { readRepositoryServiceRanges, type RepositorySearch } from '../src/changes/servicecidr-context.js';

function fakes(objects: string[], naming: string[], contents: Record<string, TreeContent>) {
  const calls = { declaring: 0, naming: 0, read: [] as string[][] };
  const search: RepositorySearch = {
    async declaringServiceCidr(paths) {
      calls.declaring++;
      return paths.filter((p) => objects.includes(p));
    },
    async namingServiceRangeKey() {
      calls.naming++;
      return naming;
    },
  };
  const reader: TreeReader = {
    async list() {
      throw new Error('not used');
    },
    async read(rev, paths) {
      expect(rev).toBe('after');
      calls.read.push([...paths]);
      return new Map(paths.map((p) => [p, contents[p] ?? { missing: true }]));
    },
  };
  return { search, reader, calls };
}

const isConfig = (p: string) => !p.endsWith('.md');

describe('readRepositoryServiceRanges', () => {
  it('a change without a ServiceCIDR: one search of the changed paths, no tree search, no read', async () => {
    const f = fakes([], ['a/kubeadm.yaml'], {});
    const out = await readRepositoryServiceRanges(['x.yaml'], ['x.yaml'], f.search, f.reader, isConfig);
    expect(out.configs).toBeUndefined();
    expect(f.calls).toEqual({ declaring: 1, naming: 0, read: [] });
  });

  it('reads the candidates, not the changed paths nor documentation; unreadable and missing ones are left out', async () => {
    const f = fakes(['apps/sco.yaml'], ['apps/sco.yaml', 'a/kubeadm.yaml', 'b/kubeadm.yaml', 'c/bin.yaml', 'README.md'], {
      'a/kubeadm.yaml': { text: 'A' },
      'c/bin.yaml': { unreadable: 'binary' },
    });
    const out = await readRepositoryServiceRanges(['apps/sco.yaml'], ['apps/sco.yaml'], f.search, f.reader, isConfig);
    expect(out.configs).toEqual({ files: [{ path: 'a/kubeadm.yaml', text: 'A' }] });
    expect(f.calls.read).toEqual([['a/kubeadm.yaml', 'b/kubeadm.yaml', 'c/bin.yaml']]);
  });

  it('capped: the nearest to the object first, and a note says so', async () => {
    const naming = ['z/far.yaml', 'apps/net/near.yaml', 'apps/mid.yaml', 'b/far.yaml'];
    const f = fakes(['apps/net/sco.yaml'], naming, Object.fromEntries(naming.map((p) => [p, { text: p }])));
    const out = await readRepositoryServiceRanges(['apps/net/sco.yaml'], ['apps/net/sco.yaml'], f.search, f.reader, isConfig, {}, 2);
    expect(out.configs?.files.map((x) => x.path)).toEqual(['apps/net/near.yaml', 'apps/mid.yaml']);
    expect(out.configs?.note).toMatch(/only the 2 of 4 unchanged files/);
  });

  it('a failing search or read leaves nothing read and does not throw', async () => {
    const f = fakes(['s.yaml'], ['k.yaml'], {});
    f.reader.read = async () => {
      throw new Error('cat-file died');
    };
    await expect(readRepositoryServiceRanges(['s.yaml'], ['s.yaml'], f.search, f.reader, isConfig)).resolves.toEqual({});
  });
});
