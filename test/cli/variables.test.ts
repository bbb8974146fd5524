// Issue 13, variables from other files in git mode: the bundled CLI (dist/cli/index.js) in a real temporary
// repository follows a script's `source FILE` and a unit's EnvironmentFile= into the base and head trees, and
// reports a changed vars file at its definition when the script or unit that reads it is not in the change.
import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanJson, type TempRepo, twoCommitRepo } from './git-repo.js';
import type { Finding } from '../../src/model.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(repoRoot, 'dist/cli/index.js');

const scan = (cwd: string, ...args: string[]) => scanJson(BUNDLE, cwd, ...args);

const brief = (f: Finding) => ({ rule: f.rule, file: f.file, line: f.line, before: f.before, after: f.after });

const SCRIPT = (use: string) =>
  `#!/bin/bash\nset -euo pipefail\n. "$(dirname "$0")/vars.sh"\n\nexec /usr/local/bin/kube-apiserver \\\n  --etcd-servers="\${ETCD_SERVERS}" \\\n  --service-cluster-ip-range=${use}\n`;
const VARS = (etcd: string, range: string) => `# sourced by start.sh\nETCD_SERVERS=${etcd}\nSVC_RANGE=${range}\n`;
const SCRIPT_PATH = 'cluster/scripts/start.sh';
const VARS_PATH = 'cluster/scripts/vars.sh';

const UNIT = (use: string) =>
  `[Unit]\nDescription=Kubernetes API Server\n\n[Service]\nEnvironmentFile=-/etc/kubernetes/apiserver.env\nExecStart=/usr/local/bin/kube-apiserver \\\n  --etcd-servers=https://10.0.0.10:2379 \\\n  --service-cluster-ip-range=${use}\n`;
const ENV = (range: string, verbosity = '2') => `# read by kube-apiserver.service\nKUBE_V=${verbosity}\nSERVICE_RANGE="${range}"\n`;
const UNIT_PATH = 'hosts/cp1/etc/systemd/system/kube-apiserver.service';
const ENV_PATH = 'hosts/cp1/etc/kubernetes/apiserver.env';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function twoCommits(base: Record<string, string>, head: Record<string, string | null>): { dir: string; from: string; to: string } {
  const r = twoCommitRepo('scg-vars-', base, head);
  repo = r.repo;
  return r;
}

describe('a sourced shell vars file', () => {
  it('changed alone, with the script that sources it in the tree: reported at the definition, naming the flag', () => {
    const r = twoCommits(
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('https://10.0.0.10:2379', '10.96.0.0/12') },
      { [VARS_PATH]: VARS('https://10.0.0.10:2379', '10.100.0.0/16') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: VARS_PATH, line: 3, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
    expect(out.report.findings[0].message).toContain(`kube-apiserver --service-cluster-ip-range on line 7 of ${SCRIPT_PATH}`);
    expect(out.status).toBe(1);
  });

  it('the safe twin: a change of a variable that does not reach the flag is silent', () => {
    const r = twoCommits(
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('https://10.0.0.10:2379', '10.96.0.0/12') },
      { [VARS_PATH]: VARS('https://10.0.0.11:2379', '10.96.0.0/12') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings).toEqual([]);
    expect(out.status).toBe(0);
  });

  it('the script changed to read an unchanged vars file of the tree: reported at the flag', () => {
    const r = twoCommits(
      { [SCRIPT_PATH]: SCRIPT('10.96.0.0/12'), [VARS_PATH]: VARS('https://10.0.0.10:2379', '10.100.0.0/16') },
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: SCRIPT_PATH, line: 7, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
  });

  it('the same from the working tree (no --head): the uncommitted vars file is read from disk', () => {
    const r = twoCommits({ [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('https://10.0.0.10:2379', '10.96.0.0/12') }, {});
    repo!.write(VARS_PATH, VARS('https://10.0.0.10:2379', '10.100.0.0/16'));
    const out = scan(r.dir, '--base', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: VARS_PATH, line: 3, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
  });

  it('a vars value the script can no longer read after the change blocks (fail closed)', () => {
    const r = twoCommits(
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('https://10.0.0.10:2379', '10.96.0.0/12') },
      { [VARS_PATH]: VARS('https://10.0.0.10:2379', '"$(cat /etc/svc-range)"') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['unreadable-config', 'error', VARS_PATH, 3]]);
    expect(out.status).toBe(1);
  });

  // A vars file that sources a host file after its definitions: the script cannot read the range before or after.
  const OVERRIDDEN = (etcd: string, range: string) => `${VARS(etcd, range)}source /etc/kubernetes/site-overrides.sh\n`;
  it('a range hidden before and after (a host file sourced last) whose definition changes blocks (fail closed); other edits do not', () => {
    const base = { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: OVERRIDDEN('https://10.0.0.10:2379', '10.96.0.0/12') };
    const changed = scan(
      twoCommits(base, { [VARS_PATH]: OVERRIDDEN('https://10.0.0.10:2379', '10.100.0.0/16') }).dir,
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
    );
    expect(changed.report.findings.map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['unreadable-config', 'error', VARS_PATH, 3]]);
    expect(changed.report.findings[0].message).toContain('before this change as well');
    expect(changed.status).toBe(1);
    repo?.cleanup();
    const other = scan(
      twoCommits(base, { [VARS_PATH]: OVERRIDDEN('https://10.0.0.11:2379', '10.96.0.0/12') }).dir,
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
    );
    expect(other.report.findings).toEqual([]);
    expect(other.status).toBe(0);
  });
});

describe('a systemd EnvironmentFile=', () => {
  it('changed alone, with the unit that reads it in the tree: reported at the assignment', () => {
    const r = twoCommits({ [UNIT_PATH]: UNIT('${SERVICE_RANGE}'), [ENV_PATH]: ENV('10.96.0.0/12') }, { [ENV_PATH]: ENV('10.100.0.0/16') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: ENV_PATH, line: 3, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
    expect(out.report.findings[0].message).toContain(`on line 8 of ${UNIT_PATH}`);
  });

  it('the safe twin: another variable of the file changed is silent', () => {
    const r = twoCommits({ [UNIT_PATH]: UNIT('${SERVICE_RANGE}'), [ENV_PATH]: ENV('10.96.0.0/12') }, { [ENV_PATH]: ENV('10.96.0.0/12', '4') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings).toEqual([]);
    expect(out.status).toBe(0);
  });

  it('the unit changed to read an unchanged environment file of the tree: reported at the flag', () => {
    const r = twoCommits({ [UNIT_PATH]: UNIT('10.96.0.0/12'), [ENV_PATH]: ENV('10.100.0.0/16') }, { [UNIT_PATH]: UNIT('${SERVICE_RANGE}') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: UNIT_PATH, line: 8, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
  });

  it('an environment file the repository does not hold leaves the variable unresolved: a changed use blocks', () => {
    const r = twoCommits({ [UNIT_PATH]: UNIT('10.96.0.0/12') }, { [UNIT_PATH]: UNIT('${SERVICE_RANGE}') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['unreadable-config', 'error', UNIT_PATH, 8]]);
    expect(out.report.findings[0].message).toContain('is not in the repository');
  });
});

describe('a vars file sourced through a variable holding the script directory, or through another sourced file', () => {
  const DIR_SCRIPT = (use: string) =>
    `#!/bin/bash\nset -euo pipefail\nDIR="$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)"\nsource "$DIR/vars.sh"\n\nexec /usr/local/bin/kube-apiserver \\\n  --etcd-servers="\${ETCD_SERVERS}" \\\n  --service-cluster-ip-range=${use}\n`;
  const NESTED_SCRIPT = (use: string) =>
    `#!/bin/bash\nset -euo pipefail\ncd "$(dirname "$0")"\n. ./lib/common.sh\n\nexec /usr/local/bin/kube-apiserver \\\n  --etcd-servers="\${ETCD_SERVERS}" \\\n  --service-cluster-ip-range=${use}\n`;
  // Relative paths in a sourced file are the working directory's (the script's), as bash opens them.
  const COMMON = '# shared settings\n. ./cluster.env\nETCD_SERVERS="https://${ETCD_HOST}:2379"\n';
  const CLUSTER_ENV = (range: string) => `ETCD_HOST=10.0.0.10\nSVC_RANGE=${range}\n`;

  it('DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; source "$DIR/vars.sh": the script changed to read it, reported at the flag', () => {
    const r = twoCommits(
      { [SCRIPT_PATH]: DIR_SCRIPT('10.96.0.0/12'), [VARS_PATH]: VARS('https://10.0.0.10:2379', '10.100.0.0/16') },
      { [SCRIPT_PATH]: DIR_SCRIPT('"${SVC_RANGE}"') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: SCRIPT_PATH, line: 8, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
    expect(out.report.findings[0].message).toContain(`SVC_RANGE (${VARS_PATH} line 3`);
  });

  it('start.sh → ./lib/common.sh → ./cluster.env: the script changed to read the second-level file, reported at the flag', () => {
    const r = twoCommits(
      {
        [SCRIPT_PATH]: NESTED_SCRIPT('10.96.0.0/12'),
        'cluster/scripts/lib/common.sh': COMMON,
        'cluster/scripts/cluster.env': CLUSTER_ENV('10.100.0.0/16'),
      },
      { [SCRIPT_PATH]: NESTED_SCRIPT('"${SVC_RANGE}"') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: SCRIPT_PATH, line: 8, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
    expect(out.report.findings[0].message).toContain('SVC_RANGE (cluster/scripts/cluster.env line 2');
  });

  it('the safe twin: the second-level file holds the range the script wrote', () => {
    const r = twoCommits(
      {
        [SCRIPT_PATH]: NESTED_SCRIPT('10.96.0.0/12'),
        'cluster/scripts/lib/common.sh': COMMON,
        'cluster/scripts/cluster.env': CLUSTER_ENV('10.96.0.0/12'),
      },
      { [SCRIPT_PATH]: NESTED_SCRIPT('"${SVC_RANGE}"') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings).toEqual([]);
    expect(out.status).toBe(0);
  });

  it('the first-level file changed alone, its own sourced file read as the script reads it: reported at the definition', () => {
    const common = (range: string) => `# shared settings\n. ./cluster.env\nETCD_SERVERS="https://\${ETCD_HOST}:2379"\nSVC_RANGE=${range}\n`;
    const r = twoCommits(
      {
        [SCRIPT_PATH]: NESTED_SCRIPT('"${SVC_RANGE}"'),
        'cluster/scripts/lib/common.sh': common('10.96.0.0/12'),
        'cluster/scripts/cluster.env': 'ETCD_HOST=10.0.0.10\n',
      },
      { 'cluster/scripts/lib/common.sh': common('10.100.0.0/16') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: 'cluster/scripts/lib/common.sh', line: 4, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
    expect(out.report.findings[0].message).toContain(`on line 8 of ${SCRIPT_PATH}`);
  });

  it('the second-level file changed alone: traced back through lib/common.sh to start.sh, reported at the definition', () => {
    const r = twoCommits(
      {
        [SCRIPT_PATH]: NESTED_SCRIPT('"${SVC_RANGE}"'),
        'cluster/scripts/lib/common.sh': COMMON,
        'cluster/scripts/cluster.env': CLUSTER_ENV('10.96.0.0/12'),
      },
      { 'cluster/scripts/cluster.env': CLUSTER_ENV('10.100.0.0/16') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: 'cluster/scripts/cluster.env', line: 2, before: ['10.96.0.0/12'], after: ['10.100.0.0/16'] },
    ]);
    expect(out.report.findings[0].message).toContain(`on line 8 of ${SCRIPT_PATH}`);
    expect(out.status).toBe(1);
  });

  it('the safe twin: another variable of the second-level file changed is silent', () => {
    const r = twoCommits(
      {
        [SCRIPT_PATH]: NESTED_SCRIPT('"${SVC_RANGE}"'),
        'cluster/scripts/lib/common.sh': COMMON,
        'cluster/scripts/cluster.env': CLUSTER_ENV('10.96.0.0/12'),
      },
      { 'cluster/scripts/cluster.env': CLUSTER_ENV('10.96.0.0/12').replace('10.0.0.10', '10.0.0.11') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings).toEqual([]);
    expect(out.status).toBe(0);
  });

  it('a loop (common.sh sources the script back) fails closed and ends', () => {
    const r = twoCommits(
      { [SCRIPT_PATH]: NESTED_SCRIPT('10.96.0.0/12'), 'cluster/scripts/lib/common.sh': '. ./start.sh\nSVC_RANGE=10.96.0.0/12\n' },
      { [SCRIPT_PATH]: NESTED_SCRIPT('"${SVC_RANGE}"') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['unreadable-config', 'error', SCRIPT_PATH, 8]]);
    expect(out.report.findings[0].message).toContain('sourced in a loop');
  });
});
