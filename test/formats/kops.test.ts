import { describe, expect, it } from '@jest/globals';
import { kopsFormat } from '../../src/formats/distributions/kops.js';
import { run } from './run-format.js';

describe('kops', () => {
  it.each([
    ['v1alpha3', 'apiVersion: kops.k8s.io/v1alpha3\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  networking:\n    serviceClusterIPRange: 100.65.0.0/16\n', '100.65.0.0/16', 'spec.networking.serviceClusterIPRange', 7],
    ['v1alpha2', 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  serviceClusterIPRange: 100.66.0.0/16\n', '100.66.0.0/16', 'spec.serviceClusterIPRange', 6],
  ])('reads the %s range', (_n, text, value, setting, line) => {
    expect(run(kopsFormat, text).service('platform')).toMatchObject({ value, setting, origin: 'explicit', span: { line } });
  });

  it.each([
    ['IPv4 nonMasqueradeCIDR', '100.64.0.0/10', '100.64.0.0/13'],
    ['IPv6 nonMasqueradeCIDR', '::/0', 'fd00:5e4f:ce::/108'],
  ])('defaults by %s', (_n, nonMasq, value) => {
    const text = `apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  kubernetesVersion: v1.32.0\n  nonMasqueradeCIDR: ${nonMasq}\n`;
    expect(run(kopsFormat, text).service()).toMatchObject({ value, origin: 'default', kubernetesVersion: '1.32' });
  });

  it('reports kubeAPIServer.serviceClusterIPRange separately in the same group (component-mismatch)', () => {
    const r = run(kopsFormat, 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  kubeAPIServer:\n    serviceClusterIPRange: 100.64.0.0/13\n  serviceClusterIPRange: 100.65.0.0/16\n  kubeControllerManager:\n    clusterCIDR: 100.96.0.0/11\n');
    expect(r.service('kube-apiserver')?.value).toBe('100.64.0.0/13');
    expect(r.service('platform')?.value).toBe('100.65.0.0/16');
    expect(r.service('kube-apiserver')?.group).toBe(r.service('platform')?.group);
    expect(r.role('pod-range')[0]?.value).toBe('100.96.0.0/11');
  });

  it('reads a nodeup config without inventing a default', () => {
    const r = run(kopsFormat, 'APIServerConfig:\n  KubeAPIServer:\n    serviceClusterIPRange: 100.64.0.0/13\nClusterName: a\n');
    expect(r.settings.map((s) => [s.component, s.value, s.origin])).toEqual([['kube-apiserver', '100.64.0.0/13', 'explicit']]);
  });

  it('a templated range is a problem, never a default', () => {
    const r = run(kopsFormat, 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nspec:\n  serviceClusterIPRange: {{ .ServiceRange }}\n');
    expect(r.service()).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ hidesRange: true, line: 4 });
  });

  it.each([['broken', 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nspec: {\n'], ['InstanceGroup only', 'apiVersion: kops.k8s.io/v1alpha2\nkind: InstanceGroup\nspec:\n  role: Node\n']])('does not throw on %s', (_n, text) => {
    expect(() => run(kopsFormat, text)).not.toThrow();
    expect(run(kopsFormat, text).settings.filter((s) => s.origin === 'explicit')).toEqual([]);
  });
});
