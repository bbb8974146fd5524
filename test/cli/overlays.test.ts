// Issue 13, overlays in git mode: the bundled CLI (dist/cli/index.js) in a real temporary repository reads the
// unchanged base of a changed drop-in, config.yaml.d file or kubeadm patch from git (base and head trees, or the
// working tree) and judges the stack's effective Service range.
import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanJson, TempRepo, twoCommitRepo } from './git-repo.js';
import type { Finding } from '../../src/model.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(repoRoot, 'dist/cli/index.js');

const scan = (cwd: string, ...args: string[]) => scanJson(BUNDLE, cwd, ...args);

const brief = (f: Finding) => ({ rule: f.rule, file: f.file, line: f.line, before: f.before, after: f.after });

const UNIT = (range: string) =>
  `[Unit]\nDescription=Kubernetes API Server\n\n[Service]\nExecStart=/usr/local/bin/kube-apiserver \\\n  --etcd-servers=https://10.0.0.10:2379 \\\n  --service-cluster-ip-range=${range}\nRestart=on-failure\n`;
const DROP_IN = (range: string) =>
  `[Service]\nExecStart=\nExecStart=/usr/local/bin/kube-apiserver \\\n  --etcd-servers=https://10.0.0.10:2379 \\\n  --service-cluster-ip-range=${range} \\\n  --v=2\n`;
const UNIT_PATH = 'hosts/cp1/etc/systemd/system/kube-apiserver.service';
const DROP_IN_PATH = 'hosts/cp1/etc/systemd/system/kube-apiserver.service.d/10-override.conf';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function twoCommits(base: Record<string, string>, head: Record<string, string | null>): { dir: string; from: string; to: string } {
  const r = twoCommitRepo('scg-overlay-', base, head);
  repo = r.repo;
  return r;
}

describe('systemd drop-ins read with their unit from git', () => {
  it('an added drop-in that resets ExecStart with another range is a primary-range-change at its line', () => {
    const r = twoCommits({ [UNIT_PATH]: UNIT('10.32.0.0/24') }, { [DROP_IN_PATH]: DROP_IN('10.200.0.0/16') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: DROP_IN_PATH, line: 5, before: ['10.32.0.0/24'], after: ['10.200.0.0/16'] },
    ]);
    expect(out.status).toBe(1);
  });

  it("the safe twin: a drop-in that sets the unit's own range is silent", () => {
    const r = twoCommits({ [UNIT_PATH]: UNIT('10.32.0.0/24') }, { [DROP_IN_PATH]: DROP_IN('10.32.0.0/24') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings).toEqual([]);
    expect(out.status).toBe(0);
  });

  it('a later drop-in that is not in the change wins over the changed one: silent', () => {
    const later = 'hosts/cp1/etc/systemd/system/kube-apiserver.service.d/90-pin.conf';
    const r = twoCommits({ [UNIT_PATH]: UNIT('10.32.0.0/24'), [later]: DROP_IN('10.32.0.0/24') }, { [DROP_IN_PATH]: DROP_IN('10.200.0.0/16') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings).toEqual([]);
  });

  it('deleting a drop-in that set another range falls back to the unit: reported at the drop-in', () => {
    const r = twoCommits({ [UNIT_PATH]: UNIT('10.32.0.0/24'), [DROP_IN_PATH]: DROP_IN('10.200.0.0/16') }, { [DROP_IN_PATH]: null });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: DROP_IN_PATH, line: 1, before: ['10.200.0.0/16'], after: ['10.32.0.0/24'] },
    ]);
  });

  it('a drop-in whose unit is not in the repository fails closed (unreadable-config) when it changes the range', () => {
    const r = twoCommits({ 'README.md': 'fleet\n' }, { [DROP_IN_PATH]: DROP_IN('10.200.0.0/16') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map((f) => [f.rule, f.level, f.line])).toEqual([['unreadable-config', 'error', 5]]);
    expect(out.report.findings[0].message).toContain(`${UNIT_PATH}) is not in the repository`);
    expect(out.status).toBe(1);
  });

  it('reads the working tree as the head when no --head is given', () => {
    repo = new TempRepo('scg-overlay-');
    repo.write(UNIT_PATH, UNIT('10.32.0.0/24'));
    repo.commit('base');
    repo.write(DROP_IN_PATH, DROP_IN('10.200.0.0/16'));
    const out = scan(repo.dir, '--base', 'HEAD');
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: DROP_IN_PATH, line: 5, before: ['10.32.0.0/24'], after: ['10.200.0.0/16'] },
    ]);
  });
});

describe('k3s config.yaml.d read with config.yaml from git', () => {
  const CONFIG = 'nodes/server/config.yaml';
  const base = { [CONFIG]: 'cluster-cidr: 10.42.0.0/16\nservice-cidr: 10.43.0.0/16\nwrite-kubeconfig-mode: "0644"\n' };

  it('an added 99-net.yaml that sets another service-cidr is reported at its line', () => {
    const r = twoCommits(base, { 'nodes/server/config.yaml.d/99-net.yaml': '# network\nservice-cidr: 10.96.0.0/16\n' });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'primary-range-change', file: 'nodes/server/config.yaml.d/99-net.yaml', line: 2, before: ['10.43.0.0/16'], after: ['10.96.0.0/16'] },
    ]);
  });

  it('the safe twin: the same service-cidr as config.yaml is silent', () => {
    const r = twoCommits(base, { 'nodes/server/config.yaml.d/99-net.yaml': 'service-cidr: 10.43.0.0/16\n' });
    expect(scan(r.dir, '--base', r.from, '--head', r.to).report.findings).toEqual([]);
  });
});

describe('kubeadm patches read with the kubeadm config beside their directory', () => {
  const base = {
    'clusters/prod/kubeadm-config.yaml':
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/12\n',
  };
  const patch = (range: string) =>
    `spec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n    - --service-cluster-ip-range=${range}\n`;

  it('a strategic patch to kube-apiserver that changes --service-cluster-ip-range is reported at its line', () => {
    const r = twoCommits(base, { 'clusters/prod/patches/kube-apiserver0+strategic.yaml': patch('10.100.0.0/16') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([
      {
        rule: 'primary-range-change',
        file: 'clusters/prod/patches/kube-apiserver0+strategic.yaml',
        line: 6,
        before: ['10.96.0.0/12'],
        after: ['10.100.0.0/16'],
      },
    ]);
  });

  it("the safe twin: a patch with the config's own range is silent", () => {
    const r = twoCommits(base, { 'clusters/prod/patches/kube-apiserver0+strategic.yaml': patch('10.96.0.0/12') });
    expect(scan(r.dir, '--base', r.from, '--head', r.to).report.findings).toEqual([]);
  });
});
