import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { decodeContent, MAX_FILE_BYTES, parseRawDiff, readGitChanges, streamGitChanges } from '../../src/changes/git.js';
import { MAX_PARTIAL_BYTES } from '../../src/limits.js';
import { analyzeChangeStream, analyzeChanges } from '../../src/engine.js';
import { isolateGit, TempRepo } from './git-repo.js';

const KUBEADM = (cidr: string) =>
  `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: ${cidr}\n  podSubnet: 10.244.0.0/16\n# padding so a rename is detected by similarity\n# line a\n# line b\n`;

// Unlike KUBEADM(), so rename detection cannot pair this deleted file with the renamed one.
const B_FILE = 'kind: Pod\nspec:\n  containers:\n  - command: [kube-apiserver, --service-cluster-ip-range=10.100.0.0/16]\n';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}

beforeAll(() => isolateGit());
afterAll(() => {
  for (const r of repos) r.cleanup();
});

const byPath = <T extends { path: string }>(files: T[]) => Object.fromEntries(files.map((f) => [f.path, f]));

describe('parseRawDiff', () => {
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  const z = '0'.repeat(40);
  it.each([
    ['modify', `:100644 100644 ${a} ${b} M\0a.yaml\0`, [{ status: 'M', path: 'a.yaml', oldBlob: a, newBlob: b }]],
    [
      'add and delete',
      `:000000 100644 ${z} ${b} A\0n.yaml\0:100644 000000 ${a} ${z} D\0o.yaml\0`,
      [
        { status: 'A', path: 'n.yaml', newBlob: b },
        { status: 'D', path: 'o.yaml', oldBlob: a },
      ],
    ],
    [
      'rename with score',
      `:100644 100644 ${a} ${b} R087\0old.yaml\0new.yaml\0`,
      [{ status: 'R', path: 'new.yaml', previousPath: 'old.yaml', oldBlob: a, newBlob: b }],
    ],
    ['copy', `:100644 100644 ${a} ${a} C100\0a.yaml\0b.yaml\0`, [{ status: 'C', path: 'b.yaml', previousPath: 'a.yaml', oldBlob: a, newBlob: a }]],
    ['type change', `:100644 120000 ${a} ${b} T\0link.yaml\0`, [{ status: 'T', path: 'link.yaml', oldBlob: a, newBlob: b, newLink: true }]],
    ['working tree side (no id yet)', `:100644 100644 ${a} ${z} M\0w.yaml\0`, [{ status: 'M', path: 'w.yaml', oldBlob: a }]],
    ['path with spaces and a newline', `:100644 100644 ${a} ${b} M\0a b\nc.yaml\0`, [{ status: 'M', path: 'a b\nc.yaml', oldBlob: a, newBlob: b }]],
    ['empty', '', []],
  ])('%s', (_name, raw, expected) => {
    expect(parseRawDiff(Buffer.from(raw))).toEqual(expected);
  });
});

describe('decodeContent', () => {
  it.each([
    ['UTF-8 text', Buffer.from('a: ü\n'), { text: 'a: ü\n' }],
    ['NUL byte', Buffer.from([0x61, 0x00, 0x62]), { unreadable: 'binary content (NUL byte)' }],
    ['invalid UTF-8', Buffer.from([0x61, 0xff, 0x62]), { text: 'a\ufffdb', note: 'invalid UTF-8 was replaced by U+FFFD' }],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeContent(bytes)).toEqual(expected);
  });
  it('refuses content over MAX_FILE_BYTES without looking at it', () => {
    const r = decodeContent(Buffer.alloc(0), MAX_FILE_BYTES + 1);
    expect('unreadable' in r && r.unreadable).toMatch(/larger than the 5 MiB limit/);
    expect(decodeContent(Buffer.alloc(MAX_FILE_BYTES, 0x61))).toHaveProperty('text');
  });
});

describe('readGitChanges between two commits', () => {
  let r: TempRepo;
  let base: string;
  let head: string;
  beforeAll(() => {
    r = repo();
    r.write('clusters/a/kubeadm.yaml', KUBEADM('10.96.0.0/12'));
    r.write('clusters/b/kubeadm.yaml', B_FILE);
    r.write('clusters/c/old-name.yaml', KUBEADM('10.200.0.0/16'));
    r.write('docs/readme.md', 'hello\n');
    base = r.commit('base');
    r.write('clusters/a/kubeadm.yaml', KUBEADM('10.96.0.0/12,fd00:10:96::/112'));
    r.remove('clusters/b/kubeadm.yaml');
    r.remove('clusters/c/old-name.yaml');
    r.write('clusters/c/new-name.yaml', KUBEADM('10.201.0.0/16'));
    r.write('clusters/d/kind.yaml', 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n');
    head = r.commit('head');
    // Working-tree noise that a commit..commit scan must not see.
    r.write('clusters/a/kubeadm.yaml', 'dirty\n');
    r.write('untracked.yaml', 'x\n');
  });

  it('reads added, modified, deleted and renamed files with both sides', async () => {
    const files = byPath(await readGitChanges({ cwd: r.dir, base, head }));
    expect(Object.keys(files).sort()).toEqual([
      'clusters/a/kubeadm.yaml',
      'clusters/b/kubeadm.yaml',
      'clusters/c/new-name.yaml',
      'clusters/d/kind.yaml',
    ]);
    expect(files['clusters/a/kubeadm.yaml']).toEqual({
      path: 'clusters/a/kubeadm.yaml',
      before: KUBEADM('10.96.0.0/12'),
      after: KUBEADM('10.96.0.0/12,fd00:10:96::/112'),
    });
    expect(files['clusters/b/kubeadm.yaml']).toEqual({ path: 'clusters/b/kubeadm.yaml', before: B_FILE });
    expect(files['clusters/c/new-name.yaml']).toEqual({
      path: 'clusters/c/new-name.yaml',
      previousPath: 'clusters/c/old-name.yaml',
      before: KUBEADM('10.200.0.0/16'),
      after: KUBEADM('10.201.0.0/16'),
    });
    expect(files['clusters/d/kind.yaml']).toEqual({ path: 'clusters/d/kind.yaml', after: 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n' });
  });

  it('accepts revision names as well as SHAs', async () => {
    const files = await readGitChanges({ cwd: r.dir, base: 'HEAD~1', head: 'HEAD' });
    expect(files).toHaveLength(4);
  });

  it('limits the scan to pathspecs', async () => {
    const files = await readGitChanges({ cwd: r.dir, base, head, pathspecs: ['clusters/a', ':(glob)**/kind.yaml'] });
    expect(files.map((f) => f.path).sort()).toEqual(['clusters/a/kubeadm.yaml', 'clusters/d/kind.yaml']);
  });

  it('reports repository-root paths when run from a subdirectory, with pathspecs relative to it', async () => {
    const files = await readGitChanges({ cwd: path.join(r.dir, 'clusters'), base, head, pathspecs: ['a'] });
    expect(files.map((f) => f.path)).toEqual(['clusters/a/kubeadm.yaml']);
    expect(files[0].before).toBe(KUBEADM('10.96.0.0/12'));
  });

  it('rejects an unknown revision with a sentence naming it', async () => {
    await expect(readGitChanges({ cwd: r.dir, base: 'no-such-branch', head })).rejects.toThrow("Unknown base revision 'no-such-branch'");
    await expect(readGitChanges({ cwd: r.dir, base, head: '--output=/tmp/x' })).rejects.toThrow("Invalid head revision '--output=/tmp/x'");
  });
});

describe('readGitChanges against the working tree', () => {
  let r: TempRepo;
  beforeAll(() => {
    r = repo();
    r.write('a.yaml', KUBEADM('10.96.0.0/12'));
    r.write('gone.yaml', KUBEADM('10.97.0.0/16'));
    r.write('same.yaml', 'unchanged\n');
    r.write('.gitignore', 'ignored.yaml\n');
    r.commit('one');
    r.write('a.yaml', KUBEADM('10.96.0.0/16'));
    r.commit('two');
    r.write('a.yaml', KUBEADM('fd00::/112')); // unstaged edit on top
    r.remove('gone.yaml');
    r.write('new/untracked.yaml', KUBEADM('10.50.0.0/16'));
    r.write('ignored.yaml', 'not scanned\n');
  });

  it('compares the base with the working tree, untracked files as added, ignored files skipped', async () => {
    const files = byPath(await readGitChanges({ cwd: r.dir, base: 'HEAD' }));
    expect(Object.keys(files).sort()).toEqual(['a.yaml', 'gone.yaml', 'new/untracked.yaml']);
    expect(files['a.yaml']).toEqual({ path: 'a.yaml', before: KUBEADM('10.96.0.0/16'), after: KUBEADM('fd00::/112') });
    expect(files['gone.yaml']).toEqual({ path: 'gone.yaml', before: KUBEADM('10.97.0.0/16') });
    expect(files['new/untracked.yaml']).toEqual({ path: 'new/untracked.yaml', after: KUBEADM('10.50.0.0/16') });
  });

  it('defaults the base to HEAD~1 when the branch has no upstream', async () => {
    const files = byPath(await readGitChanges({ cwd: r.dir }));
    expect(files['a.yaml'].before).toBe(KUBEADM('10.96.0.0/12'));
  });
});

describe('readGitChanges default base: merge base with the upstream', () => {
  it('diffs against the fork point, not the upstream tip and not HEAD~1', async () => {
    const r = repo();
    r.write('k.yaml', KUBEADM('10.96.0.0/12'));
    r.write('other.yaml', 'v1\n');
    r.commit('fork point');
    r.git('checkout', '-q', '-b', 'feature');
    r.git('branch', '-q', '--set-upstream-to=main');
    r.write('k.yaml', KUBEADM('10.96.0.0/16'));
    r.commit('feature 1');
    r.write('k.yaml', KUBEADM('10.96.0.0/20'));
    r.commit('feature 2');
    r.git('checkout', '-q', 'main');
    r.write('other.yaml', 'v2 on main only\n');
    r.commit('main moves on');
    r.git('checkout', '-q', 'feature');
    const files = await readGitChanges({ cwd: r.dir, head: 'HEAD' });
    expect(files.map((f) => f.path)).toEqual(['k.yaml']);
    expect(files[0].before).toBe(KUBEADM('10.96.0.0/12'));
    expect(files[0].after).toBe(KUBEADM('10.96.0.0/20'));
  });

  it('fails with a clear sentence when there is neither an upstream nor HEAD~1', async () => {
    const r = repo();
    r.write('k.yaml', 'x\n');
    r.commit('only');
    await expect(readGitChanges({ cwd: r.dir })).rejects.toThrow('Pass --base REV');
  });
});

describe('an over-limit blob in git mode fails closed at the range key line', () => {
  // The config is followed by a comment that takes the blob past MAX_FILE_BYTES: git hands it over as an
  // oversize object, of which only the first MAX_PARTIAL_BYTES are kept for the range key scan.
  const padding = `# ${'p'.repeat(MAX_FILE_BYTES)}\n`;
  const big = (cidr: string, note = 'a') => `${KUBEADM(cidr)}# note ${note}\n${padding}`;
  let r: TempRepo;
  let base: string;
  beforeAll(() => {
    r = repo();
    r.write('cluster/kubeadm.yaml', big('10.96.0.0/12'));
    base = r.commit('base');
  });

  it('a changed serviceSubnet in an over-limit file is a blocking unreadable-config at its line', async () => {
    r.write('cluster/kubeadm.yaml', big('10.97.0.0/16'));
    const head = r.commit('range changed');
    const { report } = await analyzeChangeStream(streamGitChanges({ cwd: r.dir, base, head }));
    expect(report.blocked).toBe(true);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'unreadable-config', file: 'cluster/kubeadm.yaml', line: 4, level: 'error' })]);
  });

  it('safe twin: the same file, only a comment changed, does not block', async () => {
    r.write('cluster/kubeadm.yaml', big('10.96.0.0/12', 'b'));
    const head = r.commit('comment changed');
    const { report } = await analyzeChangeStream(streamGitChanges({ cwd: r.dir, base, head }));
    expect(report.blocked).toBe(false);
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(report.problems.map((p) => p.message).join('\n')).toMatch(/larger than the 5 MiB limit/);
  });
});

describe('readGitChanges unreadable content', () => {
  let r: TempRepo;
  let base: string;
  beforeAll(() => {
    r = repo();
    r.write('bin.dat', Buffer.from([1, 2, 0, 3]));
    r.write('big.yaml', 'a'.repeat(16));
    r.write('latin1.yaml', Buffer.from('serviceSubnet: 10.96.0.0/12 # caf\xe9\n', 'latin1'));
    base = r.commit('base');
    r.write('bin.dat', Buffer.from([1, 2, 0, 4]));
    r.write('big.yaml', `# ${'b'.repeat(MAX_FILE_BYTES)}\n`);
    r.write('latin1.yaml', Buffer.from('serviceSubnet: 10.96.0.0/16 # caf\xe9\n', 'latin1'));
    r.commit('head');
  });

  it.each([
    ['committed head', 'HEAD'],
    ['working tree', undefined],
  ])('binary and oversized files carry a reason instead of text (%s)', async (_name, head) => {
    if (head === undefined) {
      r.write('bin.dat', Buffer.from([1, 2, 0, 5]));
      r.write('big.yaml', `# ${'c'.repeat(MAX_FILE_BYTES)}\n`);
    }
    const files = byPath(await readGitChanges({ cwd: r.dir, base, head }));
    expect(files['bin.dat'].unreadableReason).toBe('before: binary content (NUL byte); after: binary content (NUL byte)');
    expect(files['bin.dat'].before).toBeUndefined();
    expect(files['big.yaml'].before).toBe('a'.repeat(16));
    // Only the head of an oversize file is kept (MAX_PARTIAL_BYTES), for the engine's range key scan.
    expect(files['big.yaml'].after?.length).toBe(MAX_PARTIAL_BYTES);
    expect(files['big.yaml'].after?.startsWith('# ')).toBe(true);
    expect(files['big.yaml'].unreadableReason).toMatch(/^after: file is 5 MiB, larger than the 5 MiB limit$/);
  });

  it('decodes invalid UTF-8 with replacement characters and notes it', async () => {
    const files = byPath(await readGitChanges({ cwd: r.dir, base, head: 'HEAD' }));
    expect(files['latin1.yaml'].after).toBe('serviceSubnet: 10.96.0.0/16 # caf\ufffd\n');
    expect(files['latin1.yaml'].notes).toEqual(['before: invalid UTF-8 was replaced by U+FFFD', 'after: invalid UTF-8 was replaced by U+FFFD']);
  });
});

describe('readGitChanges process use', () => {
  it('reads every blob through one git cat-file --batch process', async () => {
    const r = repo();
    for (let i = 0; i < 20; i++) r.write(`f${i}.yaml`, `v: ${i}\n`);
    const base = r.commit('base');
    for (let i = 0; i < 20; i++) r.write(`f${i}.yaml`, `v: ${i + 100}\n`);
    r.commit('head');

    // A `git` wrapper first on PATH logs each invocation's arguments, then runs the real git.
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const bin = mkdtempSync(path.join(os.tmpdir(), 'scg-bin-'));
    const log = path.join(bin, 'calls.log');
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const oldPath = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${oldPath}`;
    try {
      const files = await readGitChanges({ cwd: r.dir, base, head: 'HEAD' });
      expect(files).toHaveLength(20);
      expect(files.every((f) => f.after === `v: ${Number(f.path.slice(1, -5)) + 100}\n`)).toBe(true);
    } finally {
      process.env.PATH = oldPath;
    }
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    rmSync(bin, { recursive: true, force: true });
    // One cat-file, with git's pack-window and delta-cache bounds before the subcommand (flat memory, issue 11).
    const catFiles = calls.filter((c) => / cat-file /.test(` ${c} `));
    expect(catFiles).toHaveLength(1);
    expect(catFiles[0]).toMatch(/^-c core\.packedGitWindowSize=\S+ -c core\.packedGitLimit=\S+ -c core\.deltaBaseCacheLimit=\S+ cat-file --batch$/);
    expect(calls.filter((c) => c.startsWith('show') || c.startsWith('cat-file -p'))).toEqual([]);
  });
});

describe('streamGitChanges (issue 11: flat cost)', () => {
  let r: TempRepo;
  let base: string;
  const N = 300;
  beforeAll(() => {
    r = repo();
    // Large enough that cat-file's output cannot fit in the pipe: git must wait for the consumer.
    const pad = '# padding\n'.repeat(400);
    for (let i = 0; i < N; i++) r.write(`apps/m${String(i).padStart(3, '0')}.yaml`, `kind: ConfigMap\ndata:\n  v: "${i}"\n${pad}`);
    r.write('clusters/a/kubeadm.yaml', KUBEADM('10.96.0.0/12,fd00:10:96::/112'));
    base = r.commit('base');
    for (let i = 0; i < N; i++) r.write(`apps/m${String(i).padStart(3, '0')}.yaml`, `kind: ConfigMap\ndata:\n  v: "${i + 1}"\n${pad}`);
    r.write('clusters/a/kubeadm.yaml', KUBEADM('10.96.0.0/12'));
    r.commit('head');
  });

  it('yields the same files, in the same order, as readGitChanges', async () => {
    const streamed = [];
    for await (const f of streamGitChanges({ cwd: r.dir, base, head: 'HEAD' })) streamed.push(f);
    expect(streamed).toEqual(await readGitChanges({ cwd: r.dir, base, head: 'HEAD' }));
    expect(streamed).toHaveLength(N + 1);
  });

  it('reads only the files include() accepts', async () => {
    const seen: string[] = [];
    for await (const f of streamGitChanges({ cwd: r.dir, base, head: 'HEAD', include: (p) => p.startsWith('clusters/') })) seen.push(f.path);
    expect(seen).toEqual(['clusters/a/kubeadm.yaml']);
  });

  it('hands out pathOnly() files by path alone, contents unread, and the engine counts them skipped', async () => {
    const pathOnly = (p: string) => p.startsWith('apps/');
    const files = [];
    for await (const f of streamGitChanges({ cwd: r.dir, base, head: 'HEAD', pathOnly })) files.push(f);
    const apps = files.filter((f) => f.path.startsWith('apps/'));
    expect(apps).toHaveLength(N);
    expect(apps.every((f) => f.before === undefined && f.after === undefined)).toBe(true);
    expect(byPath(files)['clusters/a/kubeadm.yaml'].after).toContain('serviceSubnet');
    // A path-only file that the engine would read (a .yaml) is still no finding and no crash; a .md one is skipped.
    const report = analyzeChanges([{ path: 'docs/setup.md' }, byPath(files)['clusters/a/kubeadm.yaml']]);
    expect(report.findings.map((f) => f.rule)).toEqual(['family-reduction']);
    expect(report.skipped).toEqual(expect.objectContaining({ files: 1, documentation: 1 }));
  });

  it('a consumer that stops early ends git and does not hang', async () => {
    let n = 0;
    for await (const f of streamGitChanges({ cwd: r.dir, base, head: 'HEAD' })) {
      expect(f.after).toContain('kind: ConfigMap');
      if (++n === 2) break;
    }
    expect(n).toBe(2);
  });

  it('analyzeChangeStream reports what analyzeChanges reports, and keeps only the text findings point into', async () => {
    const files = await readGitChanges({ cwd: r.dir, base, head: 'HEAD' });
    const { report, textOf } = await analyzeChangeStream(streamGitChanges({ cwd: r.dir, base, head: 'HEAD' }));
    expect(report).toEqual(analyzeChanges(files));
    expect(report.findings.map((f) => [f.file, f.rule])).toEqual([['clusters/a/kubeadm.yaml', 'family-reduction']]);
    expect(textOf('clusters/a/kubeadm.yaml')).toBe(KUBEADM('10.96.0.0/12'));
    expect(textOf('apps/m000.yaml')).toBeUndefined();
  });
});
