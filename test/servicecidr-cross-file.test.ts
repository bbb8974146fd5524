// ServiceCIDR objects against the other files of one change (src/engine/servicecidr-checks.ts
// ServiceCidrOverlapTracker): the default range and pod range of a config in a related directory, other
// ServiceCIDRs, overlaps the base already had, and a ServiceCIDR file moved within a change.

import { describe, expect, it } from '@jest/globals';
import { analyzeChanges } from '../src/engine.js';
import type { ChangedFile } from '../src/model.js';

const object = (name: string, ...cidrs: string[]) =>
  `apiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\nmetadata:\n  name: ${name}\nspec:\n  cidrs:\n${cidrs.map((c) => `  - ${c}\n`).join('')}`;

const kubeadm = (comment = '') =>
  `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.34.1\nnetworking:\n  serviceSubnet: 10.96.0.0/16\n  podSubnet: 10.244.0.0/16\n${comment}`;

const config: ChangedFile = { path: 'clusters/prod/kubeadm.yaml', before: kubeadm(), after: kubeadm('# touched\n') };

const rulesOf = (files: ChangedFile[], path: string) =>
  analyzeChanges(files)
    .findings.filter((f) => f.file === path)
    .map((f) => [f.rule, f.level, f.line]);

describe('ServiceCIDR objects against the rest of the change', () => {
  it('an object inside the default range of a config in the same directory adds nothing: a notice', () => {
    const added = { path: 'clusters/prod/extra.yaml', after: object('extra', '10.96.16.0/20') };
    expect(rulesOf([config, added], added.path)).toEqual([['range-overlap', 'notice', 7]]);
  });

  it('an object over the pod range of a config in a parent directory: an error', () => {
    const added = { path: 'clusters/prod/servicecidrs/extra.yaml', after: object('extra', '10.244.0.0/20') };
    expect(rulesOf([config, added], added.path)).toEqual([['range-overlap', 'error', 7]]);
  });

  it('an object outside every range stays silent', () => {
    const added = { path: 'clusters/prod/extra.yaml', after: object('extra', '10.97.0.0/16') };
    expect(rulesOf([config, added], added.path)).toEqual([]);
  });

  it('another cluster (unrelated directory) is not compared', () => {
    const added = { path: 'clusters/staging/extra.yaml', after: object('extra', '10.96.16.0/20') };
    expect(rulesOf([config, added], added.path)).toEqual([]);
  });

  it('two objects of the change: the one inside the other is told once', () => {
    const a = { path: 'clusters/prod/a.yaml', after: object('a', '10.100.0.0/16') };
    const b = { path: 'clusters/prod/b.yaml', after: object('b', '10.100.8.0/24') };
    const report = analyzeChanges([a, b]);
    expect(report.findings.map((f) => [f.file, f.rule, f.level])).toEqual([['clusters/prod/b.yaml', 'range-overlap', 'notice']]);
  });

  it("an overlap the base already had is not the change's doing", () => {
    const text = object('extra', '10.96.16.0/20');
    const changed = { path: 'clusters/prod/extra.yaml', before: text, after: `${text}# note\n` };
    expect(rulesOf([config, changed], changed.path)).toEqual([]);
  });

  it('a ServiceCIDR file moved within its directory (delete + add) is not a removal', () => {
    const text = object('extra', '10.100.0.0/16');
    const gone = { path: 'clusters/prod/extra.yaml', before: text };
    const arrived = { path: 'clusters/prod/servicecidr-extra.yaml', after: text };
    expect(analyzeChanges([gone, arrived]).findings).toEqual([]);
    // Alone, the deletion is told.
    expect(analyzeChanges([gone]).findings.map((f) => [f.rule, f.level])).toEqual([['servicecidr-removed', 'warning']]);
  });
});
