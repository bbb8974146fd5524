// Issue 10 item 3: encodings and NUL bytes. BOM-marked UTF-8/16/32 is text (one decoder for git, the GitHub
// API and the CLI: src/changes/decode-text.ts); NUL bytes are read as the consuming program reads them (bash
// drops them, Kubernetes' YAML decoder refuses them); what cannot be decoded blocks when the change touches
// a Service range it may hide. Each class: a pair that must block (or be classified) and a safe twin.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeText, MAX_FILE_BYTES, readTextFile } from '../../src/changes/decode-text.js';
import { readGitChanges } from '../../src/changes/git.js';
import { runCli } from '../../src/cli/run.js';
import { analyzeChanges, analyzeFile } from '../../src/engine.js';
import { MAX_PARTIAL_BYTES } from '../../src/limits.js';
import { isolateGit, TempRepo } from '../cli/git-repo.js';
import { COMMENTED, DROPPED, KUBEADM, RANGE_LINE, expectBlocks, expectPasses } from './unread-helpers.js';

function encode(text: string, encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'): Buffer {
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const cps = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const le = Buffer.from(String.fromCodePoint(...cps), 'utf16le');
    return encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
  }
  const out = Buffer.alloc(cps.length * 4);
  for (const [i, cp] of cps.entries()) {
    if (encoding === 'utf-32le') out.writeUInt32LE(cp, i * 4);
    else out.writeUInt32BE(cp, i * 4);
  }
  return out;
}

const ENCODINGS = ['utf-8-bom', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'] as const;

describe('unread: byte order marks are text, not binary', () => {
  it.each(ENCODINGS)('%s decodes to the same text', (enc) => {
    expect(decodeText(encode(DROPPED, enc))).toEqual({ text: DROPPED });
  });
  it.each(ENCODINGS)('%s: the IPv6 drop is found as family-reduction, not hidden', (enc) => {
    const before = decodeText(encode(KUBEADM, enc));
    const after = decodeText(encode(DROPPED, enc));
    if (!('text' in before) || !('text' in after)) throw new Error('not decoded');
    const r = analyzeFile({ path: 'kubeadm.yaml', before: before.text, after: after.text });
    expect(r.findings.map((f) => [f.rule, f.line])).toEqual([['family-reduction', RANGE_LINE]]);
  });
  it.each(ENCODINGS)('%s: safe twin (a comment changed) draws nothing', (enc) => {
    const before = decodeText(encode(KUBEADM, enc));
    const after = decodeText(encode(COMMENTED, enc));
    if (!('text' in before) || !('text' in after)) throw new Error('not decoded');
    expect(analyzeFile({ path: 'kubeadm.yaml', before: before.text, after: after.text })).toEqual({ findings: [], problems: [] });
  });
  it('UTF-16 with a BOM but an invalid surrogate is undecodable: unreadable, with what could be read kept', () => {
    const bad = Buffer.concat([encode(DROPPED, 'utf-16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]); // lone high surrogate
    const d = decodeText(bad);
    expect(d).toMatchObject({ unreadable: expect.stringMatching(/not valid UTF-16LE/) });
    expect('partial' in d && d.partial).toContain('serviceSubnet: 10.96.0.0/12');
  });
  it('UTF-32 code points above U+10FFFF are undecodable', () => {
    const bad = Buffer.concat([encode('a: 1\n', 'utf-32le'), Buffer.from([0, 0, 0x11, 0])]);
    expect(decodeText(bad)).toMatchObject({ unreadable: expect.stringMatching(/not valid UTF-32LE/) });
  });
});

describe('unread: an undecodable side from the change source (unreadableReason)', () => {
  const reason = 'after: not valid UTF-16LE text (it starts with a UTF-16LE byte order mark)';
  it('the readable part shows the range line changed: blocks at it', () => {
    expectBlocks(
      { path: 'kubeadm.yaml', before: KUBEADM, after: DROPPED, unreadableReason: reason, unreadableSides: ['after'] },
      RANGE_LINE,
      /could not be read/,
    );
  });
  it('safe twin: the readable part shows only a comment changed: a problem, no finding', () => {
    expectPasses({ path: 'kubeadm.yaml', before: KUBEADM, after: COMMENTED, unreadableReason: reason, unreadableSides: ['after'] }, /UTF-16LE/);
  });
  it('binary content replacing a config (the old side names the range): blocks', () => {
    expectBlocks(
      { path: 'kubeadm.yaml', before: KUBEADM, unreadableReason: 'after: binary content (NUL byte)', unreadableSides: ['after'] },
      1,
      /binary content/,
    );
  });
  it('safe twin: a binary file whose sides name no range key stays a problem', () => {
    expectPasses(
      {
        path: 'logo.png',
        unreadableReason: 'before: binary content (NUL byte); after: binary content (NUL byte)',
        unreadableSides: ['before', 'after'],
      },
      /binary/,
    );
  });
  it('a deleted unreadable config is a notice, never blocking', () => {
    const r = analyzeFile({
      path: 'kubeadm.yaml',
      before: KUBEADM,
      unreadableReason: 'before: file is 6 MiB, larger than the 5 MiB limit',
      unreadableSides: ['before'],
    });
    expect(r.findings.map((f) => [f.rule, f.level])).toEqual([['unreadable-config', 'notice']]);
  });
  it('a reason without unreadableSides is not read as a deletion: the config that names the range blocks', () => {
    expectBlocks({ path: 'kubeadm.yaml', before: KUBEADM, unreadableReason: 'binary content (NUL byte)' }, 1, /binary content/);
  });
});

describe('unread: NUL bytes, as each reader reads them', () => {
  const script = (range: string, comment = '# set by ops') =>
    `#!/bin/bash\nset -e\n${comment}\nexec kube-apiserver --service-cluster-ip-range=${range}\n`;
  it('bash drops a NUL in a comment: the range change is read and classified', () => {
    const r = analyzeFile({ path: 'apiserver.sh', before: script('10.96.0.0/12'), after: script('10.100.0.0/16', '# set\0 by ops') });
    expect(r.findings.map((f) => [f.rule, f.line])).toEqual([['primary-range-change', 4]]);
  });
  it('bash drops a NUL inside the value: read as bash reads it (10.96.0.0/1<NUL>2 is 10.96.0.0/12)', () => {
    const r = analyzeFile({ path: 'apiserver.sh', before: script('10.96.0.0/12'), after: script('10.96.0.0/1\x002') });
    expect(r.findings).toEqual([]);
  });
  it('safe twin: a NUL in a comment, range unchanged: nothing', () => {
    expect(analyzeFile({ path: 'apiserver.sh', before: script('10.96.0.0/12'), after: script('10.96.0.0/12', '# a\0b') }).findings).toEqual([]);
  });
  it('a NUL in the second line of a #! script: bash refuses to run it; the range change blocks', () => {
    const refused = (range: string) => script(range).replace('set -e', 'set -e\0');
    expectBlocks({ path: 'apiserver.sh', before: refused('10.96.0.0/12'), after: refused('10.100.0.0/16') }, 4, /cannot execute binary file/);
  });
  it('safe twin: the refused script, range untouched: a problem, no finding', () => {
    const refused = script('10.96.0.0/12').replace('set -e', 'set -e\0');
    expectPasses({ path: 'apiserver.sh', before: refused, after: refused.replace('# set by ops', '# reviewed') }, /cannot execute binary file/);
  });
  it('YAML with a NUL: Kubernetes refuses the file; the range change blocks', () => {
    expectBlocks({ path: 'kubeadm.yaml', before: KUBEADM, after: `${DROPPED}# a\0b\n` }, RANGE_LINE, /NUL byte/);
  });
  it('safe twin: YAML with a NUL, range untouched: a problem, no finding', () => {
    expectPasses({ path: 'kubeadm.yaml', before: KUBEADM, after: `${KUBEADM}# a\0b\n` }, /NUL byte/);
  });
  it('decodeText keeps text with a stray NUL, and calls control-byte soup binary', () => {
    expect(decodeText(Buffer.from('# a\0b\nx: 1\n'))).toEqual({ text: '# a\0b\nx: 1\n' });
    expect(decodeText(Buffer.from([1, 2, 0, 4]))).toEqual({ unreadable: 'binary content (NUL byte)' });
    expect(decodeText(Buffer.from([0x61, 0x00, 0xff]))).toEqual({ unreadable: 'binary content (NUL byte)' });
  });
});

describe('unread: files over the change source size limit (git, CLI)', () => {
  let dir: string;
  beforeAll(() => {
    isolateGit();
    dir = mkdtempSync(path.join(os.tmpdir(), 'scg-unread-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pad = `# ${'x'.repeat(MAX_FILE_BYTES)}\n`;

  it('readTextFile keeps only the head of an oversize file', async () => {
    writeFileSync(path.join(dir, 'big.yaml'), DROPPED + pad);
    const d = await readTextFile(path.join(dir, 'big.yaml'), Buffer.byteLength(DROPPED + pad));
    expect(d).toMatchObject({ unreadable: expect.stringMatching(/larger than the 5 MiB limit/) });
    expect('partial' in d && d.partial?.length).toBe(MAX_PARTIAL_BYTES);
    expect('partial' in d && d.partial?.startsWith(DROPPED)).toBe(true);
  });

  it('git: a 6 MiB kubeadm file whose line 4 drops IPv6 blocks; its twin (comment line changed) does not', async () => {
    const repo = new TempRepo('scg-unread-git-');
    try {
      repo.write('kubeadm.yaml', KUBEADM + pad);
      repo.write('twin.yaml', KUBEADM + pad);
      const base = repo.commit('base');
      repo.write('kubeadm.yaml', DROPPED + pad);
      repo.write('twin.yaml', COMMENTED + pad);
      const head = repo.commit('head');
      const files = await readGitChanges({ cwd: repo.dir, base, head });
      const report = analyzeChanges(files);
      expect(report.findings.map((f) => [f.file, f.rule, f.level, f.line])).toEqual([['kubeadm.yaml', 'unreadable-config', 'error', RANGE_LINE]]);
      expect(report.blocked).toBe(true);
      expect(report.problems.map((p) => p.file)).toEqual(['twin.yaml']);
      expect(report.problems[0].message).toMatch(/larger than the 5 MiB limit/);
    } finally {
      repo.cleanup();
    }
  });

  it('CLI diff: a 44 MiB kubeadm file whose line 4 drops IPv6 fails (it printed "0 errors … passed" before); its twin passes', async () => {
    const big = `# ${'x'.repeat(44 * 1024 * 1024)}\n`;
    writeFileSync(path.join(dir, 'old.yaml'), KUBEADM + big);
    writeFileSync(path.join(dir, 'new.yaml'), DROPPED + big);
    writeFileSync(path.join(dir, 'twin.yaml'), COMMENTED + big);
    const run = async (a: string, b: string) => {
      let out = '';
      const code = await runCli(['diff', a, b], { cwd: dir, env: {}, stdoutIsTty: false, stdout: (t) => (out += t), stderr: (t) => (out += t) });
      return { code, out };
    };
    const blocked = await run('old.yaml', 'new.yaml');
    expect(blocked.code).toBe(1);
    expect(blocked.out).toMatch(/new\.yaml:4:1: error unreadable-config: .*44 MiB/);
    const twin = await run('old.yaml', 'twin.yaml');
    expect(twin.code).toBe(0);
    expect(twin.out).toMatch(/44 MiB, larger than the 5 MiB limit/);
  });

  it('git: a UTF-16 kubeadm file is read, and its range change classified', async () => {
    const repo = new TempRepo('scg-unread-git-');
    try {
      repo.write('kubeadm.yaml', encode(KUBEADM, 'utf-16le'));
      const base = repo.commit('base');
      repo.write('kubeadm.yaml', encode(DROPPED, 'utf-16le'));
      const head = repo.commit('head');
      const report = analyzeChanges(await readGitChanges({ cwd: repo.dir, base, head }));
      expect(report.findings.map((f) => [f.rule, f.line])).toEqual([['family-reduction', RANGE_LINE]]);
    } finally {
      repo.cleanup();
    }
  });
});
