// Issue 13, a ServiceCIDR against the unchanged configs of the repository in git mode: the bundled CLI
// (dist/cli/index.js) in a real temporary repository finds the kubeadm config the change does not touch
// (src/changes/servicecidr-context.ts, `git grep` at the head) and compares the object with its serviceSubnet.
import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanJson, TempRepo, twoCommitRepo } from './git-repo.js';
import type { Finding } from '../../src/model.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(repoRoot, 'dist/cli/index.js');

const scan = (cwd: string, ...args: string[]) => scanJson(BUNDLE, cwd, ...args);

const brief = (f: Finding) => ({ rule: f.rule, level: f.level, file: f.file, line: f.line });

const KUBEADM = (service: string) =>
  `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.34.1\nnetworking:\n  serviceSubnet: ${service}\n  podSubnet: 10.244.0.0/16\n`;
const OBJECT = (cidr: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\nmetadata:\n  name: extra-service-range\nspec:\n  cidrs:\n  - ${cidr}\n`;
const CONFIG = 'bootstrap/kubeadm-config.yaml';
const ADDED = 'apps/network/extra-service-range.yaml';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function twoCommits(base: Record<string, string>, head: Record<string, string>): { dir: string; from: string; to: string } {
  const r = twoCommitRepo('scg-sco-repo-', base, head);
  repo = r.repo;
  return r;
}

describe('an added ServiceCIDR against the unchanged kubeadm config of the repository', () => {
  it("overlapping its serviceSubnet: range-overlap (notice) at the object's cidrs line, naming the config's file and line", () => {
    const r = twoCommits(
      { [CONFIG]: KUBEADM('10.96.0.0/12'), 'README.md': 'serviceSubnet is in bootstrap/\n' },
      { [ADDED]: OBJECT('10.100.0.0/16') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([{ rule: 'range-overlap', level: 'notice', file: ADDED, line: 7 }]);
    expect(out.report.findings[0].message).toContain(`${CONFIG}:5`);
    expect(out.report.findings[0].message).toContain('lies inside');
  });

  it('the safe twin: a range outside the serviceSubnet is silent', () => {
    const r = twoCommits({ [CONFIG]: KUBEADM('10.96.0.0/12') }, { [ADDED]: OBJECT('10.112.0.0/16') });
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings).toEqual([]);
    expect(out.status).toBe(0);
  });

  it('the twin in a repository with two clusters of different ranges: which cluster is unknown, silent', () => {
    const r = twoCommits(
      { 'clusters/a/kubeadm-config.yaml': KUBEADM('10.96.0.0/12'), 'clusters/b/kubeadm-config.yaml': KUBEADM('172.20.0.0/16') },
      { [ADDED]: OBJECT('10.100.0.0/16') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings).toEqual([]);
  });

  it('against the working tree (no --head), the object not yet committed', () => {
    repo = new TempRepo('scg-sco-repo-');
    repo.write(CONFIG, KUBEADM('10.96.0.0/12'));
    const from = repo.commit('base');
    repo.write(ADDED, OBJECT('10.100.0.0/16'));
    const out = scan(repo.dir, '--base', from);
    expect(out.report.findings.map(brief)).toEqual([{ rule: 'range-overlap', level: 'notice', file: ADDED, line: 7 }]);
  });

  it('a config that is only documentation (a .md file naming serviceSubnet) is no candidate', () => {
    const r = twoCommits(
      { 'docs/setup.md': '```yaml\nnetworking:\n  serviceSubnet: 172.20.0.0/16\n```\n', [CONFIG]: KUBEADM('10.96.0.0/12') },
      { [ADDED]: OBJECT('10.100.0.0/16') },
    );
    const out = scan(r.dir, '--base', r.from, '--head', r.to);
    expect(out.report.findings.map(brief)).toEqual([{ rule: 'range-overlap', level: 'notice', file: ADDED, line: 7 }]);
  });

  // Over 500 changed paths the object is found by one search of the whole head tree, kept to the changed paths
  // (src/changes/git.ts gitRepositorySearch, whose paths must match the changed ones): the same finding.
  it.each([
    ['at the head', false],
    ['in the working tree (no --head)', true],
  ])('in a change of 600 files, %s: the same finding', (_, workingTree) => {
    const filler = (text: string) => Object.fromEntries(Array.from({ length: 599 }, (_, i) => [`apps/app${i}/config.yaml`, `${text}: ${i}\n`]));
    const base = { [CONFIG]: KUBEADM('10.96.0.0/12'), ...filler('a') };
    repo = new TempRepo('scg-sco-repo-');
    for (const [p, t] of Object.entries(base)) repo.write(p, t);
    const from = repo.commit('base');
    for (const [p, t] of Object.entries({ [ADDED]: OBJECT('10.100.0.0/16'), ...filler('b') })) repo.write(p, t);
    const args = workingTree ? ['--base', from] : ['--base', from, '--head', repo.commit('head')];
    const out = scan(repo.dir, ...args);
    expect(out.report.findings.map(brief)).toEqual([{ rule: 'range-overlap', level: 'notice', file: ADDED, line: 7 }]);
    expect(out.report.findings[0].message).toContain(`${CONFIG}:5`);
  });
});
