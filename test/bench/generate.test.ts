// Smoke test of the bench generators (bench/*.mjs): the generated change is what the bench claims it is —
// deterministic, ordinary manifests that no format reads, kubeadm configs whose change is a family reduction —
// and the generated repository holds exactly that change. Small sizes: the bench itself runs the full ones.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fastImportStream, generateChange, kubeadmConfig, KUBEADM_SERVICE_SUBNET_LINE, ordinaryManifest } from '../../bench/generate.mjs';
import { blobIdsOfRawDiff, createBenchRepository } from '../../bench/git-mode.mjs';
import { analyzeFile } from '../../src/engine.js';
import { mayMentionServiceRange } from '../../src/prefilter.js';

describe('bench generators', () => {
  it('generate the same bytes for the same sizes', () => {
    expect(fastImportStream(generateChange({ ordinary: 30, configs: 2 }).base, {})).toBe(
      fastImportStream(generateChange({ ordinary: 30, configs: 2 }).base, {}),
    );
    expect(ordinaryManifest(5, 0)).not.toBe(ordinaryManifest(5, 1));
  });

  it.each([0, 1, 2, 3, 17, 299])('ordinary manifest %i mentions no Service range key and yields no finding', (i) => {
    const before = ordinaryManifest(i, 0);
    const after = ordinaryManifest(i, 1);
    expect(mayMentionServiceRange(before) || mayMentionServiceRange(after)).toBe(false);
    expect(analyzeFile({ path: `m${i}.yaml`, before, after }).findings).toEqual([]);
  });

  it.each([0, 1, 49, 120])('kubeadm config %i changes by a family reduction at the serviceSubnet line', (i) => {
    const { findings } = analyzeFile({ path: 'kubeadm.yaml', before: kubeadmConfig(i, true), after: kubeadmConfig(i, false) });
    expect(findings.map((f) => [f.rule, f.level, f.line])).toEqual([['family-reduction', 'error', KUBEADM_SERVICE_SUBNET_LINE]]);
  });

  it('builds a repository whose change is every generated file, both sides', async () => {
    const repo = await createBenchRepository({ ordinary: 40, configs: 3 });
    try {
      const raw = execFileSync('git', ['diff', '--raw', '-z', '--no-abbrev', '-M', repo.baseSha, repo.headSha], { cwd: repo.dir, env: repo.env });
      expect(blobIdsOfRawDiff(raw)).toHaveLength(2 * 43);
      const names = execFileSync('git', ['diff', '--name-only', repo.baseSha, repo.headSha], { cwd: repo.dir }).toString('utf8').trim().split('\n');
      expect(names).toEqual(expect.arrayContaining(repo.reductions));
      expect(repo.reductions).toHaveLength(3);
    } finally {
      repo.remove();
    }
  });
});
