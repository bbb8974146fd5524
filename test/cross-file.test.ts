// component-mismatch across files: the kube-apiserver and kube-controller-manager static pod manifests of one
// node directory (SPEC §3) are compared when both are in the change.
import { describe, expect, it } from '@jest/globals';
import { analyzeChanges } from '../src/engine.js';
import type { ChangedFile } from '../src/model.js';

const pod = (program: string, range: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${program}
  namespace: kube-system
spec:
  containers:
  - name: ${program}
    image: registry.k8s.io/${program}:v1.33.1
    command:
    - ${program}
    - --service-cluster-ip-range=${range}
`;

const file = (path: string, program: string, before: string | undefined, after: string | undefined): ChangedFile => ({
  path,
  before: before === undefined ? undefined : pod(program, before),
  after: after === undefined ? undefined : pod(program, after),
});

const rules = (files: ChangedFile[]) => analyzeChanges(files).findings.map((f) => [f.file, f.rule, f.level, f.line] as const);

describe('cross-file component-mismatch', () => {
  it('sees only files in the change: an untouched controller-manager manifest is not compared', () => {
    const findings = analyzeChanges([
      file('nodes/cp1/kube-apiserver.yaml', 'kube-apiserver', '10.96.0.0/12', '10.96.0.0/12,fd00::/108'),
      file('nodes/cp1/kube-controller-manager.yaml', 'kube-controller-manager', '10.96.0.0/12', '10.96.0.0/12'),
    ]).findings;
    // Identical text on both sides is what an untouched file looks like; a real change set would not list it.
    expect(findings.map((f) => f.rule)).toEqual(['dual-stack-upgrade']);
  });

  it('reports a mismatch the change introduces between two changed manifests', () => {
    expect(
      rules([
        file('nodes/cp1/kube-apiserver.yaml', 'kube-apiserver', '10.96.0.0/12', '10.96.0.0/12,fd00::/108'),
        file('nodes/cp1/kube-controller-manager.yaml', 'kube-controller-manager', '10.96.0.0/12', '10.100.0.0/16'),
      ]),
    ).toEqual([
      ['nodes/cp1/kube-apiserver.yaml', 'dual-stack-upgrade', 'notice', 12],
      ['nodes/cp1/kube-controller-manager.yaml', 'component-mismatch', 'warning', 12],
      ['nodes/cp1/kube-controller-manager.yaml', 'primary-range-change', 'notice', 12],
    ]);
  });

  it('is silent when both move together, and for files of different directories', () => {
    expect(
      rules([
        file('nodes/cp1/kube-apiserver.yaml', 'kube-apiserver', '10.96.0.0/12', '10.96.0.0/12,fd00::/108'),
        file('nodes/cp1/kube-controller-manager.yaml', 'kube-controller-manager', '10.96.0.0/12', '10.96.0.0/12,fd00::/108'),
      ]).filter(([, rule]) => rule === 'component-mismatch'),
    ).toEqual([]);
    expect(
      rules([
        file('nodes/cp1/kube-apiserver.yaml', 'kube-apiserver', '10.96.0.0/12', '10.96.0.0/12,fd00::/108'),
        file('nodes/cp2/kube-controller-manager.yaml', 'kube-controller-manager', '10.96.0.0/12', '10.100.0.0/16'),
      ]).filter(([, rule]) => rule === 'component-mismatch'),
    ).toEqual([]);
  });

  it('does not report a mismatch that was already there before the change', () => {
    const touched = (f: ChangedFile): ChangedFile => ({ ...f, after: `${f.after}# reviewed\n` });
    expect(
      rules([
        touched(file('nodes/cp1/kube-apiserver.yaml', 'kube-apiserver', '10.96.0.0/12', '10.96.0.0/12')),
        touched(file('nodes/cp1/kube-controller-manager.yaml', 'kube-controller-manager', '10.100.0.0/16', '10.100.0.0/16')),
      ]).filter(([, rule]) => rule === 'component-mismatch'),
    ).toEqual([]);
  });

  it('reports a mismatch whose values the change altered', () => {
    expect(
      rules([
        file('nodes/cp1/kube-apiserver.yaml', 'kube-apiserver', '10.96.0.0/12', '10.96.0.0/12,fd00::/108'),
        file('nodes/cp1/kube-controller-manager.yaml', 'kube-controller-manager', '10.100.0.0/16', '10.100.0.0/16,fd00::/108'),
      ]).filter(([, rule]) => rule === 'component-mismatch'),
    ).toEqual([['nodes/cp1/kube-controller-manager.yaml', 'component-mismatch', 'warning', 12]]);
  });

  it('checks two added manifests of one directory', () => {
    expect(
      rules([
        file('nodes/cp1/kube-apiserver.yaml', 'kube-apiserver', undefined, '10.96.0.0/12'),
        file('nodes/cp1/kube-controller-manager.yaml', 'kube-controller-manager', undefined, '10.100.0.0/16'),
      ]),
    ).toEqual([['nodes/cp1/kube-controller-manager.yaml', 'component-mismatch', 'warning', 12]]);
  });
});
