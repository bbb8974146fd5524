// Issue 10 "read what runs" through the bundled CLI (dist/cli/index.js, `diff OLD NEW`), as a user runs it: the
// decoy invocation, and a shell script whose quoted argument holds ": ". The bundle is rebuilt from the sources.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BUNDLE = path.resolve('dist/cli/index.js');
let dir: string;

// The bundle is built once per test run by jest's global setup (test/support/global-setup.mjs).
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'scg-runs-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function diff(before: string, after: string, name = 'start-apiserver.sh') {
  const a = path.join(dir, `old-${name}`);
  const b = path.join(dir, name);
  writeFileSync(a, before);
  writeFileSync(b, after);
  const r = spawnSync(process.execPath, [BUNDLE, 'diff', a, b, '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
  return { status: r.status, report: JSON.parse(r.stdout) as { findings: { rule: string; level: string }[] } };
}

const RUN = (range: string) => `exec kube-apiserver --etcd-servers=https://127.0.0.1:2379 --service-cluster-ip-range=${range}\n`;

describe('CLI bundle: the invocation that runs', () => {
  it('a decoy after false && does not hide the change: exit 1, primary-range-change', () => {
    const r = diff(
      `#!/bin/sh\n${RUN('10.96.0.0/12')}`,
      `#!/bin/sh\nfalse && kube-apiserver --service-cluster-ip-range=10.96.0.0/12\n${RUN('10.100.0.0/16')}`,
    );
    expect(r.status).toBe(1);
    expect(r.report.findings.map((f) => f.rule)).toEqual(['primary-range-change']);
  });

  it('safe twin: exit 0, no finding', () => {
    const r = diff(
      `#!/bin/sh\n${RUN('10.96.0.0/12')}`,
      `#!/bin/sh\nfalse && kube-apiserver --service-cluster-ip-range=10.100.0.0/16\n${RUN('10.96.0.0/12')}`,
    );
    expect(r).toMatchObject({ status: 0, report: { findings: [] } });
  });

  it('a script with ": " in a quoted argument is read as a script, not YAML', () => {
    const s = (range: string) => `exec kube-apiserver --audit-policy-file="/etc/a: b" --service-cluster-ip-range=${range}\n`;
    const r = diff(s('10.96.0.0/12'), s('10.100.0.0/16'), 'run-apiserver');
    expect(r.status).toBe(1);
    expect(r.report.findings.map((f) => f.rule)).toEqual(['primary-range-change']);
  });
});
