import { describe, expect, it } from '@jest/globals';
import { k0sFormat } from '../../src/formats/distributions/k0s.js';
import { run } from './run-format.js';

const cc = (network: string, extra = '') => `apiVersion: k0s.k0sproject.io/v1beta1
kind: ClusterConfig
metadata:
  name: k0s
spec:
${extra}  network:
${network}`;

describe('k0s', () => {
  it.each([
    ['single-stack', '    serviceCIDR: 10.97.0.0/16\n', '10.97.0.0/16', 'explicit'],
    [
      'dual-stack',
      '    serviceCIDR: 10.96.0.0/12\n    dualStack:\n      enabled: true\n      IPv6serviceCIDR: fd01::/108\n',
      '10.96.0.0/12,fd01::/108',
      'explicit',
    ],
    [
      'dual-stack disabled',
      '    serviceCIDR: 10.96.0.0/12\n    dualStack:\n      enabled: false\n      IPv6serviceCIDR: fd01::/108\n',
      '10.96.0.0/12',
      'explicit',
    ],
    ['absent', '    podCIDR: 10.244.0.0/16\n', '10.96.0.0/12', 'default'],
  ])('reads the %s service range', (_n, network, value, origin) => {
    expect(run(k0sFormat, cc(network)).service('platform')).toMatchObject({ value, origin, format: 'k0s' });
  });

  it('puts a default at the network key', () => {
    expect(run(k0sFormat, cc('    podCIDR: 10.244.0.0/16\n')).service()?.span.line).toBe(6);
  });

  it('reads a ClusterConfig embedded in a k0sctl Cluster with its version', () => {
    const text =
      'apiVersion: k0sctl.k0sproject.io/v1beta1\nkind: Cluster\nspec:\n  k0s:\n    version: 1.30.1+k0s.0\n    config:\n      apiVersion: k0s.k0sproject.io/v1beta1\n      kind: ClusterConfig\n      spec:\n        network:\n          serviceCIDR: 10.100.0.0/16\n';
    expect(run(k0sFormat, text).service()).toMatchObject({ value: '10.100.0.0/16', kubernetesVersion: '1.30', span: { line: 11 } });
  });

  it('reports spec.api.extraArgs as the kube-apiserver value', () => {
    const r = run(k0sFormat, cc('    serviceCIDR: 10.96.0.0/12\n', '  api:\n    extraArgs:\n      service-cluster-ip-range: 10.9.0.0/16\n'));
    expect(r.service('kube-apiserver')?.value).toBe('10.9.0.0/16');
    expect(r.service('platform')?.group).toBe(r.service('kube-apiserver')?.group);
  });

  it('a templated serviceCIDR is a problem, never a default', () => {
    const r = run(k0sFormat, cc('    serviceCIDR: "{{ .Values.svc }}"\n'));
    expect(r.service()).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ hidesRange: true, line: 7 });
  });

  it.each([
    ['broken', 'apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nspec: [\n'],
    ['other kind', 'apiVersion: v1\nkind: ConfigMap\n'],
  ])('does not throw on %s', (_n, text) => {
    expect(() => run(k0sFormat, text)).not.toThrow();
  });
});
