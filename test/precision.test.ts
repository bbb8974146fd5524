// No crying wolf (issue 11): docs and program source draw nothing, problems are for people, the report says what
// was skipped, and a value that moves between files of one cluster is not a removal.
import { describe, expect, it } from '@jest/globals';
import { analyzeChanges, analyzeFile, MAX_PROBLEMS_PER_FILE } from '../src/engine.js';
import type { ChangedFile } from '../src/model.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';

// A kubeadm config that documents the flag in a comment: the same text as a doc, as code and as a config.
const kubeadm = (subnet: string) => `# kubeadm passes networking.serviceSubnet to kube-apiserver as --service-cluster-ip-range=${subnet}
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  serviceSubnet: ${subnet}
`;
const changed = (path: string): ChangedFile => ({ path, before: kubeadm('10.96.0.0/12,fd00:10:96::/108'), after: kubeadm('10.96.0.0/12') });

describe('docs and program source draw nothing', () => {
  it.each([
    ['docs/setup/kubeadm.md', 'documentation'],
    ['site/content/en/docs/networking.html', 'documentation'],
    ['hack/release.toml', 'documentation'],
    ['pkg/kubeadm/config_test.go', 'source'],
    ['vendor/k8s.io/kubernetes/cmd/kubeadm/app/testdata/config.yaml', 'vendored'],
  ] as const)('%s (%s): no finding, no problem, counted as skipped', (path, reason) => {
    const report = analyzeChanges([changed(path)]);
    expect(report.findings).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.skipped).toEqual(expect.objectContaining({ files: 1, [reason]: 1 }));
  });

  it('the same text in a .yaml config is a finding', () => {
    const report = analyzeChanges([changed('clusters/prod/kubeadm.yaml')]);
    expect(report.findings.map((f) => [f.file, f.rule])).toEqual([['clusters/prod/kubeadm.yaml', 'family-reduction']]);
    expect(report.skipped).toEqual({ files: 0, documentation: 0, source: 0, vendored: 0, unsupported: 0 });
  });

  it('a docs path named in `paths` is read (opt-in)', () => {
    const optIn = (p: string) => p === 'docs/setup/kubeadm.md';
    expect(analyzeChanges([changed('docs/setup/kubeadm.md')], { optIn }).findings.map((f) => f.rule)).toEqual(['family-reduction']);
    expect(analyzeChanges([changed('docs/other.md')], { optIn }).findings).toEqual([]);
  });

  it('a rename from a config to a doc is still read (the config side counts)', () => {
    const file = { ...changed('docs/kubeadm.md'), previousPath: 'clusters/kubeadm.yaml' };
    expect(analyzeChanges([file]).findings.map((f) => f.rule)).toEqual(['family-reduction']);
  });

  it('a file that mentions a key but no format claims draws no problem and counts as no supported format', () => {
    const text = (v: string) => `# notes for the operator\nservice-cluster-ip-range is ${v}\n`;
    const file: ChangedFile = { path: 'ops/notes.cfg', before: text('a'), after: text('b'), notes: ['invalid UTF-8 replaced'] };
    const report = analyzeChanges([file, { path: 'ops/other.cfg', before: 'a: 1\n', after: 'a: 2\n' }]);
    expect(report.findings).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.skipped).toEqual({ files: 2, documentation: 0, source: 0, vendored: 0, unsupported: 2 });
  });
});

describe('problems are for people', () => {
  const config = (notes: string[]): ChangedFile => ({ ...changed('clusters/kubeadm.yaml'), notes });

  it('reports a repeated problem once', () => {
    const { problems } = analyzeFile(config(['same remark', 'same remark']));
    expect(problems.map((p) => p.message)).toEqual(['same remark']);
  });

  it('one line per file: the first problem, with the count of what was cut', () => {
    expect(MAX_PROBLEMS_PER_FILE).toBe(1);
    expect(analyzeFile(config(['same remark', 'same remark', 'other remark'])).problems.map((p) => p.message)).toEqual([
      'same remark (… and 2 more problems in this file)',
    ]);
    const notes = Array.from({ length: 7340 }, (_, i) => `remark ${i % 7335}`);
    const { problems } = analyzeFile(config(notes));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({ file: 'clusters/kubeadm.yaml', line: 1, message: 'remark 0 (… and 7,339 more problems in this file)' });
    expect(analyzeFile(config(['a', 'b'])).problems.map((p) => p.message)).toEqual(['a (… and 1 more problem in this file)']);
  });

  it('the problem that hid the file comes first, before the notes', () => {
    // A NUL byte (Kubernetes' YAML decoder refuses the file) on a line away from the Service range: the change
    // does not touch the range, so the problem stays a problem, not a finding.
    const text = (v: string) => `${kubeadm('10.96.0.0/12')}featureGates: ${v}\0\n`;
    const { findings, problems } = analyzeFile({ path: 'clusters/kubeadm.yaml', before: text('a'), after: text('b'), notes: ['a note'] });
    expect(findings).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/NUL byte/);
    expect(problems[0].message).toMatch(/\(… and 2 more problems in this file\)$/); // the note and the old side's NUL byte
  });

  it('keeps a single problem as it is', () => {
    expect(analyzeFile(config(['a'])).problems.map((p) => p.message)).toEqual(['a']);
  });
});

describe('the report says what was skipped, in one line', () => {
  const report = analyzeChanges([
    changed('clusters/kubeadm.yaml'),
    changed('docs/a.md'),
    changed('docs/b.md'),
    changed('pkg/x.go'),
    { path: 'values.yaml', before: 'replicas: 1\n', after: 'replicas: 2\n' },
  ]);
  const line = '4 files skipped: 2 documentation, 1 program source, 1 no supported format';

  it('in JSON, as an added field after the v1 keys', () => {
    const json = JSON.parse(renderJson(report));
    expect(Object.keys(json)).toEqual(['version', 'blocked', 'findings', 'problems', 'skipped']);
    expect(json.skipped).toEqual({ files: 4, documentation: 2, source: 1, vendored: 0, unsupported: 1 });
  });

  it('in text and Markdown', () => {
    expect(
      renderText(report)
        .split('\n')
        .filter((l) => l === line),
    ).toHaveLength(1);
    expect(
      renderMarkdown(report)
        .split('\n')
        .filter((l) => l === `${line}.`),
    ).toHaveLength(1);
  });

  it('and nothing when nothing was skipped', () => {
    const clean = analyzeChanges([changed('clusters/kubeadm.yaml')]);
    expect(renderText(clean)).not.toContain('skipped');
    expect(renderMarkdown(clean)).not.toContain('skipped');
  });
});

describe('config-removed: a move is not a removal', () => {
  const vars = (serviceAddresses?: string) =>
    `kube_network_plugin: calico\n${serviceAddresses ? `kube_service_addresses: ${serviceAddresses}\n` : ''}kube_pods_subnet: 10.233.64.0/18\n`;
  const inv = 'inventory/prod/group_vars';

  it('a value moved to another group_vars file of the same inventory draws nothing', () => {
    const report = analyzeChanges([
      { path: `${inv}/k8s_cluster/k8s-net.yml`, before: vars('10.200.0.0/18'), after: vars() },
      { path: `${inv}/all/network.yml`, before: 'ntp_enabled: true\n', after: 'ntp_enabled: true\nkube_service_addresses: 10.200.0.0/18\n' },
    ]);
    expect(report.findings).toEqual([]);
  });

  it('a deleted vars file whose value moved draws no config-removed', () => {
    const report = analyzeChanges([
      { path: `${inv}/k8s_cluster/old.yml`, before: 'kube_service_addresses: 10.200.0.0/18\n' },
      { path: `${inv}/k8s_cluster/k8s-cluster.yml`, after: 'kube_service_addresses: 10.200.0.0/18\n' },
    ]);
    expect(report.findings).toEqual([]);
  });

  it('the same deletion without the move is a config-removed notice that says "set"', () => {
    const report = analyzeChanges([{ path: `${inv}/k8s_cluster/old.yml`, before: 'kube_service_addresses: 10.200.0.0/18\n' }]);
    expect(report.findings.map((f) => [f.rule, f.level])).toEqual([['config-removed', 'notice']]);
    expect(report.findings[0].message).toContain('which set the Service range (kube_service_addresses = 10.200.0.0/18), is deleted');
  });

  it('a value that arrives in another inventory (another cluster) does not explain the removal', () => {
    const report = analyzeChanges([
      { path: `${inv}/k8s_cluster/k8s-net.yml`, before: vars('10.200.0.0/18'), after: vars() },
      { path: 'inventory/staging/group_vars/all/network.yml', after: 'kube_service_addresses: 10.200.0.0/18\n' },
    ]);
    expect(report.findings.map((f) => [f.file, f.rule, f.before, f.after])).toEqual([
      [`${inv}/k8s_cluster/k8s-net.yml`, 'primary-range-change', ['10.200.0.0/18'], ['10.233.0.0/18']],
    ]);
  });

  it("a value moved from an inventory into an Ansible role's defaults (which every inventory gets) draws nothing", () => {
    const report = analyzeChanges([
      { path: `${inv}/k8s_cluster/old.yml`, before: 'kube_service_addresses: 10.200.0.0/18\n' },
      {
        path: 'roles/cluster-defaults/defaults/main.yaml',
        before: 'ntp_enabled: true\n',
        after: 'ntp_enabled: true\nkube_service_addresses: 10.200.0.0/18\n',
      },
    ]);
    expect(report.findings).toEqual([]);
  });

  it('a value that leaves role defaults for one inventory is not a move (the other inventories lose it)', () => {
    const report = analyzeChanges([
      { path: 'roles/cluster-defaults/defaults/main.yaml', before: 'kube_service_addresses: 10.200.0.0/18\n' },
      { path: `${inv}/k8s_cluster/k8s-cluster.yml`, after: 'kube_service_addresses: 10.200.0.0/18\n' },
    ]);
    expect(report.findings.map((f) => [f.file, f.rule])).toEqual([['roles/cluster-defaults/defaults/main.yaml', 'config-removed']]);
  });

  it('a value that arrives changed in the same cluster is paired as a move and classified as the change it is', () => {
    const report = analyzeChanges([
      { path: `${inv}/k8s_cluster/old.yml`, before: 'kube_service_addresses: 10.200.0.0/18\n' },
      { path: `${inv}/k8s_cluster/k8s-cluster.yml`, after: 'kube_service_addresses: 10.201.0.0/18\n' },
    ]);
    expect(report.findings.map((f) => [f.file, f.line, f.rule, f.level, f.before, f.after])).toEqual([
      [`${inv}/k8s_cluster/k8s-cluster.yml`, 1, 'primary-range-change', 'error', ['10.200.0.0/18'], ['10.201.0.0/18']],
    ]);
  });
});

describe('config-removed: kubeadm controller-manager override', () => {
  const kubeadm = (cm?: string) =>
    `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\n${cm ? `controllerManager:\n  extraArgs:\n    service-cluster-ip-range: ${cm}\n` : ''}`;

  it('removing controllerManager.extraArgs service-cluster-ip-range while serviceSubnet stays draws nothing (kubeadm passes serviceSubnet)', () => {
    expect(analyzeFile({ path: 'kubeadm.yaml', before: kubeadm('10.96.0.0/12'), after: kubeadm() }).findings).toEqual([]);
  });

  it('removing the ClusterConfiguration that set another range reports the apiserver change, not a controller-manager removal', () => {
    const before = kubeadm('10.100.0.0/16').replace('serviceSubnet: 10.96.0.0/12', 'serviceSubnet: 10.100.0.0/16');
    const r = analyzeFile({ path: 'kubeadm.yaml', before, after: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\n' });
    expect(r.findings.map((f) => [f.rule, f.component, f.before, f.after])).toEqual([
      ['primary-range-change', 'kube-apiserver', ['10.100.0.0/16'], ['10.96.0.0/12']],
    ]);
  });
});

describe('config-removed: set versus defaulted', () => {
  const kubeadmDefaulted = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n';

  it('a deleted file that only defaulted the range draws nothing (it never set one)', () => {
    expect(analyzeFile({ path: 'kubeadm.yaml', before: kubeadmDefaulted })).toEqual({ findings: [], problems: [] });
  });

  it('a removed document that only defaulted the range draws nothing', () => {
    const before = `${kubeadmDefaulted}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n`;
    expect(analyzeFile({ path: 'kubeadm.yaml', before, after: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' }).findings).toEqual([]);
  });

  it('a removed document that set the range is a notice that says it was set', () => {
    const before = kubeadm('10.100.0.0/16');
    const { findings } = analyzeFile({ path: 'kubeadm.yaml', before, after: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' });
    expect(findings.map((f) => f.rule)).toEqual(['config-removed']);
    expect(findings[0].message).toContain('is no longer set in this file');
  });

  it('a commented-out dual-stack kubespray file falls back to the defaults of every switch too', () => {
    const before =
      'kube_network_plugin: calico\nipv6_stack: true\nkube_service_addresses: 10.200.0.0/18\nkube_service_addresses_ipv6: fd00:200::/116\n';
    const { findings } = analyzeFile({ path: 'group_vars/k8s_cluster/k8s-net.yml', before, after: before.replace(/^/gm, '# ') });
    expect(findings.map((f) => [f.rule, f.before, f.after])).toEqual([
      ['primary-range-change', ['10.200.0.0/18', 'fd00:200::/116'], ['10.233.0.0/18']],
    ]);
  });

  it('a commented-out kubeadm config makes the kubeadm default apply: a change to classify', () => {
    const before = kubeadm('10.100.0.0/16');
    const after = before.replace(/^/gm, '# ');
    const { findings } = analyzeFile({ path: 'kubeadm.yaml', before, after });
    expect(findings.map((f) => [f.rule, f.before, f.after])).toEqual([['primary-range-change', ['10.100.0.0/16'], ['10.96.0.0/12']]]);
    expect(findings[0].message).toMatch(/^This file is now all comments/);
  });
});
