import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEvent, readEvent } from '../../src/changes/event.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const REPO = { repository: { full_name: 'acme/fleet' } };
const pr = {
  pull_request: { number: 5, base: { sha: A }, head: { sha: B }, labels: [{ name: 'x' }, { name: 'service-cidr-change-approved' }] },
  ...REPO,
};

describe('parseEvent', () => {
  it.each([
    ['pull_request', pr, { kind: 'pull-request', number: 5, baseSha: A, headSha: B, apiOnly: false, labels: ['x', 'service-cidr-change-approved'] }],
    ['pull_request_target', pr, { kind: 'pull-request', apiOnly: true }],
    ['merge_group', { merge_group: { base_sha: A, head_sha: B }, ...REPO }, { kind: 'range', base: A, head: B }],
    ['push', { before: A, after: B, ...REPO }, { kind: 'range', base: A, head: B }],
    ['push', { before: ZERO, after: B, ...REPO }, { kind: 'range', base: undefined, head: B }],
    ['push', { before: A, after: ZERO, deleted: true, ...REPO }, { kind: 'none' }],
    ['workflow_dispatch', { inputs: { base: 'main', head: B }, ...REPO }, { kind: 'range', base: 'main', head: B }],
  ])('%s %#', (name, payload, expected) => {
    expect(parseEvent(name, payload, 'other/repo')).toMatchObject({ owner: 'acme', repo: 'fleet', event: name, ...expected });
  });

  it('workflow_dispatch head defaults to GITHUB_SHA', () => {
    expect(parseEvent('workflow_dispatch', { inputs: { base: A } }, 'acme/fleet', B)).toMatchObject({ base: A, head: B });
  });

  it('falls back to GITHUB_REPOSITORY', () => {
    expect(parseEvent('push', { before: A, after: B }, 'o/r')).toMatchObject({ owner: 'o', repo: 'r' });
  });

  it.each([
    [
      'issues',
      {},
      "Unsupported event 'issues'. service-cidr-guard runs on: pull_request, pull_request_target, merge_group, push, workflow_dispatch.",
    ],
    ['', {}, "Unsupported event '(none)'."],
    ['pull_request', { ...REPO }, 'The pull_request event payload has no pull_request with number, base.sha and head.sha.'],
    ['merge_group', { ...REPO }, 'The merge_group event payload has no base_sha and head_sha.'],
    ['workflow_dispatch', { inputs: {}, ...REPO }, "workflow_dispatch needs an input 'base'"],
    ['push', { before: A, after: B }, 'Cannot tell the repository'],
  ])('%s payload %j is refused', (name, payload, message) => {
    expect(() => parseEvent(name, payload, '')).toThrow(message);
  });

  it('readEvent reads the payload file named by GITHUB_EVENT_PATH', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'scg-ev-')), 'event.json');
    writeFileSync(file, JSON.stringify(pr));
    expect(readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file })).toMatchObject({ number: 5 });
    writeFileSync(file, '{not json');
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file })).toThrow('Cannot read the event payload');
  });
});
