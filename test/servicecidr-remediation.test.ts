// The remediation the gate prints for a range change proposes ServiceCIDR objects (src/messages.ts
// serviceCidrManifest). Issue 13: the proposal must pass the gate's own ServiceCIDR checks. Each manifest is taken
// out of the printed remediation and added to a change that follows the remediation (the config keeps its range);
// it must draw no finding at all: valid, and no overlap with the range the cluster already has.

import { describe, expect, it } from '@jest/globals';
import { analyzeChanges, analyzeFile, extractSide } from '../src/engine.js';
import type { ChangedFile } from '../src/model.js';

const kubeadm = (serviceSubnet: string) =>
  [
    'apiVersion: kubeadm.k8s.io/v1beta4',
    'kind: ClusterConfiguration',
    'kubernetesVersion: v1.34.1',
    'networking:',
    `  serviceSubnet: ${serviceSubnet}`,
    '  podSubnet: 10.244.0.0/16,fd00:10:244::/56',
    '',
  ].join('\n');

const manifest = (serviceRange: string) =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: kube-apiserver',
    '  namespace: kube-system',
    'spec:',
    '  containers:',
    '  - name: kube-apiserver',
    '    image: registry.k8s.io/kube-apiserver:v1.34.1',
    '    command:',
    '    - kube-apiserver',
    `    - --service-cluster-ip-range=${serviceRange}`,
    '',
  ].join('\n');

/** The YAML the remediation proposes: everything from the first ServiceCIDR apiVersion line on. */
function proposedManifest(remediation: string): string | null {
  const at = remediation.indexOf('apiVersion: networking.k8s.io/');
  return at < 0 ? null : `${remediation.slice(at)}\n`;
}

const cases: [string, ChangedFile][] = [
  ['kubeadm primary expanded', { path: 'clusters/a/kubeadm.yaml', before: kubeadm('10.96.0.0/16'), after: kubeadm('10.96.0.0/14') }],
  ['kubeadm primary moved', { path: 'clusters/a/kubeadm.yaml', before: kubeadm('10.96.0.0/16'), after: kubeadm('10.200.0.0/16') }],
  [
    'kubeadm secondary expanded',
    { path: 'clusters/a/kubeadm.yaml', before: kubeadm('10.96.0.0/16,fd00:10:96::/112'), after: kubeadm('10.96.0.0/16,fd00:10:96::/108') },
  ],
  [
    'kubeadm secondary moved',
    { path: 'clusters/a/kubeadm.yaml', before: kubeadm('10.96.0.0/16,fd00:10:96::/112'), after: kubeadm('10.96.0.0/16,fd00:20:96::/112') },
  ],
  [
    'static pod IPv6 primary expanded',
    { path: 'nodes/cp1/kube-apiserver.yaml', before: manifest('fd00:10:96::/112'), after: manifest('fd00:10:96::/100') },
  ],
];

describe('the ServiceCIDR the remediation proposes passes the gate', () => {
  it.each(cases)('%s', (_name, change) => {
    const findings = analyzeFile(change).findings.filter((f) => proposedManifest(f.remediation) !== null);
    // The change must be one the gate remedies with a ServiceCIDR, or this test proves nothing.
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const yaml = proposedManifest(f.remediation)!;
      const dir = change.path.slice(0, change.path.lastIndexOf('/'));
      const added: ChangedFile = { path: `${dir}/extra-service-range.yaml`, after: yaml };
      // The gate reads every proposed object, with a valid value.
      const objects = extractSide(added.path, yaml).settings.filter((s) => s.format === 'servicecidr');
      expect(objects.length).toBe(yaml.split('\n---\n').length);
      // The remediation followed: the config keeps its old range (a comment says why) and the object is added.
      const kept: ChangedFile = { ...change, after: `${change.before}# range kept: extra addresses in extra-service-range.yaml\n` };
      const report = analyzeChanges([kept, added]);
      const own = report.findings.filter((x) => x.file === added.path);
      expect(own.filter((x) => x.level === 'error')).toEqual([]);
      expect(own.filter((x) => x.rule === 'range-overlap')).toEqual([]);
      expect(own).toEqual([]);
      expect(report.problems.filter((p) => p.file === added.path)).toEqual([]);
    }
  });

  it('an object that repeats the old range is caught by the same check (the test can fail)', () => {
    const change = cases[0]![1];
    const kept: ChangedFile = { ...change, after: `${change.before}# range kept\n` };
    const repeat: ChangedFile = {
      path: 'clusters/a/extra-service-range.yaml',
      after: 'apiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\nmetadata:\n  name: extra\nspec:\n  cidrs:\n  - 10.96.0.0/15\n',
    };
    const own = analyzeChanges([kept, repeat]).findings.filter((x) => x.file === repeat.path);
    expect(own.map((f) => [f.rule, f.level])).toEqual([['range-overlap', 'notice']]);
  });
});
