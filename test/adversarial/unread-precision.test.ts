// Issue 11 item 2: unreadable-config is about a range the file really sets, on a line the change touches.
// No finding for a template or YAML error elsewhere in the file, for files whose only keys are neighbours,
// or for an unchanged templated line — while a hidden range the change touches still blocks.

import { describe, expect, it } from '@jest/globals';
import { analyzeFile } from '../../src/engine.js';

const unreadable = (path: string, before: string | undefined, after: string | undefined) =>
  analyzeFile({ path, before, after })
    .findings.filter((f) => f.rule === 'unreadable-config')
    .map((f) => [f.level, f.line]);

const KUBEADM = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/12\n';

describe('unread precision: nothing where no range is hidden or touched', () => {
  it.each([
    [
      'a template elsewhere in a file that reads its range',
      `${KUBEADM}clusterName: "{{ .Values.a }}"\n`,
      `${KUBEADM}clusterName: "{{ .Values.b }}"\n`,
      'k.yaml',
    ],
    ['a templated pod range (a neighbour) changed', `${KUBEADM}  podSubnet: "{{ a }}"\n`, `${KUBEADM}  podSubnet: "{{ b }}"\n`, 'k.yaml'],
    ['kubespray neighbours only: ipv4_stack templated', '---\nipv4_stack: "{{ a }}"\n', '---\nipv4_stack: "{{ b }}"\n', 'k8s-cluster.yml'],
    [
      'kubespray neighbours only: kube_pods_subnet templated',
      '---\nkube_pods_subnet: "{{ a }}"\n',
      '---\nkube_pods_subnet: "{{ b }}"\n',
      'k8s-cluster.yml',
    ],
    [
      'pod CIDRs without a Service range, in broken YAML',
      '---\nkube_pods_subnet: 10.233.64.0/18\nx: [\n',
      '---\nkube_pods_subnet: 10.233.65.0/18\nx: [\n',
      'k8s-cluster.yml',
    ],
    ['a YAML error in another document, range read fine', KUBEADM, `${KUBEADM}---\nfoo: {\n`, 'k.yaml'],
    [
      'Jinja directives around an unchanged templated range line',
      '{% if a %}\nkube_service_addresses: "{{ svc }}"\n{% endif %}\n',
      '{% if b %}\nkube_service_addresses: "{{ svc }}"\n{% endif %}\n',
      'k8s-cluster.yml',
    ],
  ])('%s', (_name, before, after, path) => {
    expect(unreadable(path, before, after)).toEqual([]);
  });
});

describe('unread precision: a hidden range the change touches still blocks', () => {
  it('the parent key of a templated value renamed: the value moves, blocks (at the default the new side falls back to)', () => {
    const before = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: "{{ a }}"\n';
    const found = analyzeFile({ path: 'k.yaml', before, after: before.replace('networking:', 'network:') }).findings;
    expect(found.map((f) => [f.rule, f.level])).toEqual([['unreadable-config', 'error']]);
    expect(found[0].message).toMatch(/old value could not be read .*\{\{ a \}\}/);
  });
  it('a templated list item of a range key changed: blocks at the item', () => {
    const talos = (v: string) =>
      `version: v1alpha1\nmachine:\n  type: controlplane\ncluster:\n  network:\n    serviceSubnets:\n      - "{{ ${v} }}"\n`;
    const found = unreadable('controlplane.yaml', talos('a'), talos('b'));
    expect(found.length).toBe(1);
    expect(found[0][0]).toBe('error');
  });
  it('malformed YAML hiding the range, the range line changed: blocks', () => {
    const broken = (v: string) => `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking: [\n  serviceSubnet: ${v}\n`;
    expect(unreadable('k.yaml', broken('10.96.0.0/12'), broken('10.100.0.0/16'))).toEqual([['error', 4]]);
  });
});
