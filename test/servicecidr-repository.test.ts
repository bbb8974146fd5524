// ServiceCIDR objects against the default Service ranges of UNCHANGED configs of the repository (issue 13;
// src/engine/servicecidr-checks.ts ServiceCidrOverlapTracker.repositoryOverlaps, fed by
// EngineOptions.readRepositoryServiceRanges): told only when the object overlaps every candidate's default range.

import { describe, expect, it } from '@jest/globals';
import { analyzeChanges } from '../src/engine.js';
import type { ChangedFile, EngineOptions, RepositoryConfigs } from '../src/model.js';

const object = (name: string, ...cidrs: string[]) =>
  `apiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\nmetadata:\n  name: ${name}\nspec:\n  cidrs:\n${cidrs.map((c) => `  - ${c}\n`).join('')}`;

const kubeadm = (service: string, pod = '10.244.0.0/16') =>
  `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.34.1\nnetworking:\n  serviceSubnet: ${service}\n  podSubnet: ${pod}\n`;

const added: ChangedFile = { path: 'manifests/extra-range.yaml', after: object('extra', '10.96.16.0/20') };

function withRepository(files: RepositoryConfigs['files'], note?: string): EngineOptions & { calls: number } {
  const options = {
    calls: 0,
    readRepositoryServiceRanges: (): RepositoryConfigs => {
      options.calls++;
      return { files, ...(note ? { note } : {}) };
    },
  };
  return options;
}

const brief = (files: ChangedFile[], options: EngineOptions) =>
  analyzeChanges(files, options).findings.map((f) => ({ rule: f.rule, level: f.level, file: f.file, line: f.line, message: f.message }));

describe('ServiceCIDR against the unchanged configs of the repository', () => {
  it("an added object inside the unchanged kubeadm config's serviceSubnet: range-overlap notice at its cidrs line, naming file and line", () => {
    const options = withRepository([{ path: 'kubeadm/cluster.yaml', text: kubeadm('10.96.0.0/16') }]);
    const out = brief([added], options);
    expect(out).toEqual([{ rule: 'range-overlap', level: 'notice', file: added.path, line: 7, message: expect.any(String) }]);
    expect(out[0].message).toContain('10.96.16.0/20 lies inside');
    expect(out[0].message).toContain('kubeadm/cluster.yaml:5');
    expect(options.calls).toBe(1);
  });

  it('the same level and wording as the in-change case', () => {
    const inChange = analyzeChanges([added, { path: 'manifests/kubeadm.yaml', after: kubeadm('10.96.0.0/16') }]).findings;
    const repo = analyzeChanges([added], withRepository([{ path: 'manifests/kubeadm.yaml', text: kubeadm('10.96.0.0/16') }])).findings;
    expect(repo.map((f) => [f.rule, f.level, f.line, f.remediation])).toEqual(inChange.map((f) => [f.rule, f.level, f.line, f.remediation]));
  });

  it('a partial overlap says which part is new', () => {
    const file = { path: 'extra.yaml', after: object('extra', '10.96.0.0/15') };
    const [f] = analyzeChanges([file], withRepository([{ path: 'kubeadm.yaml', text: kubeadm('10.96.0.0/16') }])).findings;
    expect(f.message).toContain('only 10.97.0.0/16 of it is new');
  });

  it('the safe twin: an object outside the range is silent', () => {
    const twin = { path: added.path, after: object('extra', '10.97.0.0/16') };
    expect(brief([twin], withRepository([{ path: 'kubeadm/cluster.yaml', text: kubeadm('10.96.0.0/16') }]))).toEqual([]);
  });

  it('two clusters with different ranges: which one the object belongs to is unknown, silent', () => {
    const options = withRepository([
      { path: 'clusters/a/kubeadm.yaml', text: kubeadm('10.96.0.0/16') },
      { path: 'clusters/b/kubeadm.yaml', text: kubeadm('172.20.0.0/16') },
    ]);
    expect(brief([added], options)).toEqual([]);
  });

  it('two clusters whose ranges both hold the object: told, naming the nearer config', () => {
    const near = { path: 'clusters/a/extra.yaml', after: object('extra', '10.96.16.0/20') };
    const out = brief(
      [near],
      withRepository([
        { path: 'clusters/b/kubeadm.yaml', text: kubeadm('10.96.0.0/12') },
        { path: 'clusters/a/kubeadm.yaml', text: kubeadm('10.96.0.0/16') },
      ]),
    );
    expect(out.map((f) => [f.rule, f.line])).toEqual([['range-overlap', 7]]);
    expect(out[0].message).toContain('clusters/a/kubeadm.yaml:5');
    expect(out[0].message).toContain('every one of the 2 unchanged configs');
  });

  it('a changed config of the change with another range counts as a candidate: silent', () => {
    const other = { path: 'clusters/b/kubeadm.yaml', before: kubeadm('172.20.0.0/16', '10.1.0.0/16'), after: kubeadm('172.20.0.0/16') };
    expect(brief([added, other], withRepository([{ path: 'clusters/a/kubeadm.yaml', text: kubeadm('10.96.0.0/16') }]))).toEqual([]);
  });

  it('an object the base already had with the same ranges is not the change doing: silent, and the repository is not read', () => {
    const touched = { path: added.path, before: object('extra', '10.96.16.0/20'), after: `# comment\n${object('extra', '10.96.16.0/20')}` };
    const options = withRepository([{ path: 'kubeadm.yaml', text: kubeadm('10.96.0.0/16') }]);
    expect(brief([touched], options)).toEqual([]);
    expect(options.calls).toBe(0);
  });

  it('an object whose spec.cidrs change into the range is told', () => {
    const changed = { path: added.path, before: object('extra', '10.97.0.0/16'), after: object('extra', '10.96.16.0/20') };
    const out = brief([changed], withRepository([{ path: 'kubeadm.yaml', text: kubeadm('10.96.0.0/16') }]));
    expect(out.map((f) => f.rule)).toContain('range-overlap');
    expect(out.filter((f) => f.rule === 'range-overlap').map((f) => [f.level, f.line])).toEqual([['notice', 7]]);
  });

  it('a change without a ServiceCIDR never asks for the repository', () => {
    const options = withRepository([{ path: 'kubeadm.yaml', text: kubeadm('10.96.0.0/16') }]);
    analyzeChanges([{ path: 'x/kubeadm.yaml', before: kubeadm('10.96.0.0/16'), after: kubeadm('10.96.0.0/16', '10.1.0.0/16') }], options);
    expect(options.calls).toBe(0);
  });

  it('already told against a config of the change: told once', () => {
    const config = { path: 'manifests/kubeadm.yaml', before: kubeadm('10.96.0.0/16', '10.1.0.0/16'), after: kubeadm('10.96.0.0/16') };
    const out = brief([added, config], withRepository([{ path: 'other/kubeadm.yaml', text: kubeadm('10.96.0.0/16') }]));
    expect(out.filter((f) => f.file === added.path).map((f) => f.rule)).toEqual(['range-overlap']);
  });

  it('a candidate that no reader understands, or that sets no Service range, is not a candidate', () => {
    const options = withRepository([
      { path: 'kubeadm.yaml', text: kubeadm('10.96.0.0/16') },
      { path: 'notes/cluster.yaml', text: 'serviceSubnet: [unclosed\n' },
      { path: 'other/servicecidr.yaml', text: object('other', '172.30.0.0/16') },
    ]);
    expect(brief([added], options).map((f) => f.rule)).toEqual(['range-overlap']);
  });

  it('the source’s note (search capped) is one problem at the object’s file', () => {
    const report = analyzeChanges([added], withRepository([{ path: 'kubeadm.yaml', text: kubeadm('10.96.0.0/16') }], 'searched only 50 files'));
    expect(report.problems.filter((p) => p.message === 'searched only 50 files')).toEqual([
      { file: added.path, line: 1, message: 'searched only 50 files' },
    ]);
  });

  it('an inline suppression on the object silences the repository finding too', () => {
    const file = { path: added.path, after: object('extra', '10.96.16.0/20 # service-cidr-guard: allow range-overlap -- reviewed') };
    const report = analyzeChanges([file], withRepository([{ path: 'kubeadm.yaml', text: kubeadm('10.96.0.0/16') }]));
    expect(report.findings.map((f) => [f.rule, f.suppressed])).toEqual([['range-overlap', true]]);
  });
});
