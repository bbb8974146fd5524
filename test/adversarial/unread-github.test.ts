// The GitHub API change source decodes through the same decode-text.ts as local git: a blob GitHub calls binary
// (a UTF-16 config with a BOM, NUL bytes among text) is read again as bytes and decoded, so both sources read the
// same file the same way. Runs fetchBlobs against the loopback fake GitHub.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fetchBlobs } from '../../src/changes/github-contents.js';
import { createGitHubClient } from '../../src/changes/github-client.js';
import { FakeGitHub } from '../support/fake-github.js';

const CONFIG = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/12\n';
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const silent = { debug: () => undefined, info: () => undefined, warning: () => undefined };

describe('unread: the GitHub source decodes like git', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await new FakeGitHub().start();
  });
  afterAll(async () => gh.stop());

  it('UTF-16 with a BOM and a script with a stray NUL are text; a PNG stays binary', async () => {
    const sha = gh.addCommit({
      'kubeadm.yaml': utf16(CONFIG),
      'run.sh': Buffer.from('#!/bin/sh\necho ok\n# a\0b\nexec kube-apiserver --service-cluster-ip-range=10.96.0.0/12\n'),
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xd8, 1, 2, 3]),
    });
    const client = createGitHubClient('token', { apiUrl: gh.url, log: silent as never });
    const blobs = await fetchBlobs(
      client,
      gh.owner,
      gh.repo,
      ['kubeadm.yaml', 'run.sh', 'logo.png'].map((path) => ({ sha, path })),
    );
    expect(blobs.get(`${sha}:kubeadm.yaml`)).toEqual({ kind: 'text', text: CONFIG });
    expect(blobs.get(`${sha}:run.sh`)).toMatchObject({ kind: 'text', text: expect.stringContaining('# a\0b') });
    expect(blobs.get(`${sha}:logo.png`)).toMatchObject({ kind: 'binary' });
  });
});
