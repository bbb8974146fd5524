// Git mode against a real temporary repository (issue 13, item 3): a config moved and rewritten, split in two, or
// replaced by a symlink is compared as one cluster, through the bundled CLI (dist/cli/index.js).
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIT_TEST_ENV, TempRepo } from './git-repo.js';

const BUNDLE = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli/index.js');

const kubeadm = (range: string) => `apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: 192.168.10.11
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.33.1
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: ${range}
`;
// The same cluster written differently: another file name, comments, keys reordered — too different for git's
// rename detection (content similarity), so git reports a delete and an add.
const rewritten = (range: string) => `# Platform team: the prod control plane.
# Owned by #platform; changes need two reviews.
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
clusterName: prod
kubernetesVersion: v1.33.1
controlPlaneEndpoint: cp.prod.example.internal:6443
apiServer:
  certSANs:
  - cp.prod.example.internal
  - 192.168.10.11
networking:
  dnsDomain: cluster.local
  serviceSubnet: ${range}
  podSubnet: 10.244.0.0/16
`;
const init = `apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: 192.168.10.11
nodeRegistration:
  criSocket: unix:///run/containerd/containerd.sock
`;
const vars = (range: string, comment: string) =>
  `---\n# ${comment}\nkube_version: v1.32.5\nkube_service_addresses: ${range}\nkube_pods_subnet: 10.233.64.0/18\n`;

interface Finding {
  rule: string;
  level: string;
  file: string;
  line: number;
  before: string[] | null;
  after: string[] | null;
  message: string;
}

function scan(repo: TempRepo): { status: number | null; findings: Finding[]; problems: { file: string; message: string }[]; stderr: string } {
  const r = spawnSync(process.execPath, [BUNDLE, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], {
    cwd: repo.dir,
    env: { ...process.env, ...GIT_TEST_ENV },
    encoding: 'utf8',
    timeout: 30000,
  });
  const report = r.stdout ? JSON.parse(r.stdout) : { findings: [], problems: [] };
  return { status: r.status, findings: report.findings, problems: report.problems, stderr: r.stderr };
}

const brief = (fs: Finding[]) => fs.map((f) => [f.rule, f.level, f.file, f.line, f.before, f.after]);

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

describe('git mode: a config moved and rewritten', () => {
  it('git itself sees a delete and an add, and the shrunk range blocks at the new file', () => {
    repo = new TempRepo('scg-moves-');
    repo.write('clusters/prod/kubeadm.yaml', kubeadm('10.96.0.0/16'));
    repo.commit('base');
    repo.remove('clusters/prod/kubeadm.yaml');
    repo.write('platform/control-plane/prod.yaml', rewritten('10.96.0.0/20'));
    repo.commit('move and rewrite');
    // The premise: no rename in git's eyes.
    expect(repo.git('diff', '--name-status', '-M', 'HEAD~1', 'HEAD').trim().split('\n').sort()).toEqual([
      'A\tplatform/control-plane/prod.yaml',
      'D\tclusters/prod/kubeadm.yaml',
    ]);
    const r = scan(repo);
    expect(r.status).toBe(1);
    expect(brief(r.findings)).toEqual([
      ['primary-range-change', 'error', 'platform/control-plane/prod.yaml', 14, ['10.96.0.0/16'], ['10.96.0.0/20']],
    ]);
    expect(r.findings[0].message).toMatch(/^Moved from clusters\/prod\/kubeadm\.yaml: /);
  });

  it('is silent when the moved config keeps the value (no config-removed)', () => {
    repo = new TempRepo('scg-moves-');
    repo.write('clusters/prod/kubeadm.yaml', kubeadm('10.96.0.0/16'));
    repo.commit('base');
    repo.remove('clusters/prod/kubeadm.yaml');
    repo.write('platform/control-plane/prod.yaml', rewritten('10.96.0.0/16'));
    repo.commit('move');
    const r = scan(repo);
    expect([r.status, r.findings]).toEqual([0, []]);
  });
});

describe('git mode: a config split in two', () => {
  it('compares the range with the new file that holds it', () => {
    repo = new TempRepo('scg-moves-');
    repo.write('kubeadm/config.yaml', kubeadm('10.96.0.0/16'));
    repo.commit('base');
    repo.remove('kubeadm/config.yaml');
    repo.write('kubeadm/init.yaml', init);
    repo.write('kubeadm/cluster.yaml', rewritten('10.112.0.0/16'));
    repo.commit('split');
    const r = scan(repo);
    expect(r.status).toBe(1);
    expect(brief(r.findings)).toEqual([['primary-range-change', 'error', 'kubeadm/cluster.yaml', 14, ['10.96.0.0/16'], ['10.112.0.0/16']]]);
  });

  it('is silent when the split keeps the value', () => {
    repo = new TempRepo('scg-moves-');
    repo.write('kubeadm/config.yaml', kubeadm('10.96.0.0/16'));
    repo.commit('base');
    repo.remove('kubeadm/config.yaml');
    repo.write('kubeadm/init.yaml', init);
    repo.write('kubeadm/cluster.yaml', rewritten('10.96.0.0/16'));
    repo.commit('split');
    expect(scan(repo).findings).toEqual([]);
  });
});

describe('git mode: symlinks', () => {
  const base = (shared: string): TempRepo => {
    const r = new TempRepo('scg-moves-');
    r.write('contrib/openstack/group_vars/all.yml', vars('10.233.0.0/18', 'the openstack inventory'));
    r.write('inventory/sample/group_vars/all.yml', vars(shared, 'the shared sample'));
    r.commit('base');
    return r;
  };
  const replaceByLink = (r: TempRepo, file: string, target: string) => {
    r.remove(file);
    symlinkSync(target, path.join(r.dir, file));
  };

  it('a file replaced by a symlink to vars with the same range is silent', () => {
    repo = base('10.233.0.0/18');
    replaceByLink(repo, 'contrib/openstack/group_vars/all.yml', '../../../inventory/sample/group_vars/all.yml');
    repo.commit('link');
    expect(repo.git('ls-tree', 'HEAD', 'contrib/openstack/group_vars/all.yml')).toMatch(/^120000 /);
    const r = scan(repo);
    expect([r.status, r.findings]).toEqual([0, []]);
  });

  it('a file replaced by a symlink to vars with another range blocks, at the target content line', () => {
    repo = base('10.96.0.0/12');
    replaceByLink(repo, 'contrib/openstack/group_vars/all.yml', '../../../inventory/sample/group_vars/all.yml');
    repo.commit('link');
    const r = scan(repo);
    expect(r.status).toBe(1);
    expect(brief(r.findings)).toEqual([
      ['primary-range-change', 'error', 'contrib/openstack/group_vars/all.yml', 4, ['10.233.0.0/18'], ['10.96.0.0/12']],
    ]);
    expect(r.problems.map((p) => p.message)).toContain("after: a symlink to inventory/sample/group_vars/all.yml, read as that file's content");
  });

  it('a symlink whose target changes is read at each revision, and a chain of links is followed', () => {
    repo = new TempRepo('scg-moves-');
    repo.write('shared/a.yml', vars('10.233.0.0/18', 'a'));
    repo.write('shared/b.yml', vars('10.234.0.0/18', 'b'));
    repo.write('inventory/group_vars/all.yml', vars('10.233.0.0/18', 'own copy'));
    symlinkSync('shared/a.yml', path.join(repo.dir, 'current.yml'));
    symlinkSync('../current.yml', path.join(repo.dir, 'shared/link.yml'));
    repo.commit('base');
    // current.yml now points to b; all.yml becomes all.yml -> shared/link.yml -> current.yml -> shared/b.yml.
    replaceByLink(repo, 'current.yml', 'shared/b.yml');
    replaceByLink(repo, 'inventory/group_vars/all.yml', '../../shared/link.yml');
    repo.commit('switch');
    const r = scan(repo);
    expect(r.status).toBe(1);
    expect(brief(r.findings)).toEqual([
      ['primary-range-change', 'error', 'current.yml', 4, ['10.233.0.0/18'], ['10.234.0.0/18']],
      ['primary-range-change', 'error', 'inventory/group_vars/all.yml', 4, ['10.233.0.0/18'], ['10.234.0.0/18']],
    ]);
  });

  it('fails closed when the new target is outside the repository and the old side set a range', () => {
    repo = base('10.233.0.0/18');
    replaceByLink(repo, 'contrib/openstack/group_vars/all.yml', '../../../../outside/all.yml');
    repo.commit('escape');
    const r = scan(repo);
    expect(r.status).toBe(1);
    expect(brief(r.findings)).toEqual([['unreadable-config', 'error', 'contrib/openstack/group_vars/all.yml', 1, null, null]]);
    expect(r.findings[0].message).toMatch(/outside the repository/);
  });

  it('fails closed on a dangling link and on a loop', () => {
    repo = base('10.233.0.0/18');
    replaceByLink(repo, 'contrib/openstack/group_vars/all.yml', 'missing.yml');
    repo.write('inventory/sample/group_vars/all.yml', '');
    replaceByLink(repo, 'inventory/sample/group_vars/all.yml', 'all.yml');
    repo.commit('break');
    const r = scan(repo);
    expect(r.status).toBe(1);
    const byFile = Object.fromEntries(r.findings.map((f) => [f.file, [f.rule, f.level, f.message.match(/dangling|loop/)?.[0]]]));
    expect(byFile).toEqual({
      'contrib/openstack/group_vars/all.yml': ['unreadable-config', 'error', 'dangling'],
      'inventory/sample/group_vars/all.yml': ['unreadable-config', 'error', 'loop'],
    });
  });
});
