import { describe, expect, it } from '@jest/globals';
import { kopsFormat } from '../../src/formats/distributions/kops.js';
import { run } from './run-format.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import type { Extraction } from '../../src/model.js';

describe('kops', () => {
  it.each([
    [
      'v1alpha3',
      'apiVersion: kops.k8s.io/v1alpha3\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  networking:\n    serviceClusterIPRange: 100.65.0.0/16\n',
      '100.65.0.0/16',
      'spec.networking.serviceClusterIPRange',
      7,
    ],
    [
      'v1alpha2',
      'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  serviceClusterIPRange: 100.66.0.0/16\n',
      '100.66.0.0/16',
      'spec.serviceClusterIPRange',
      6,
    ],
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
    const r = run(
      kopsFormat,
      'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  kubeAPIServer:\n    serviceClusterIPRange: 100.64.0.0/13\n  serviceClusterIPRange: 100.65.0.0/16\n  kubeControllerManager:\n    clusterCIDR: 100.96.0.0/11\n',
    );
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

  it.each([
    ['broken', 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nspec: {\n'],
    ['InstanceGroup only', 'apiVersion: kops.k8s.io/v1alpha2\nkind: InstanceGroup\nspec:\n  role: Node\n'],
  ])('does not throw on %s', (_n, text) => {
    expect(() => run(kopsFormat, text)).not.toThrow();
    expect(run(kopsFormat, text).settings.filter((s) => s.origin === 'explicit')).toEqual([]);
  });
});

describe('kops create cluster in shell scripts', () => {
  const script = (cmd: string) => kopsFormat.extract(new Source('create.sh', `#!/bin/sh\n${cmd}\n`));
  const service = (x: Extraction) => x.settings.filter((s) => s.role === 'service-range');

  it.each([
    [
      '--set key=value',
      'kops create cluster --name=a.example.com --set spec.networking.serviceClusterIPRange=100.65.0.0/16',
      '100.65.0.0/16',
      'kops/a.example.com',
    ],
    [
      '--set=key=value, the name as argument',
      'kops create cluster a.example.com --set=spec.networking.serviceClusterIPRange=100.65.0.0/16',
      '100.65.0.0/16',
      'kops/a.example.com',
    ],
    [
      'the deprecated --override, the older field, a cluster. prefix',
      'sudo kops create cluster --override cluster.spec.serviceClusterIPRange=100.66.0.0/16',
      '100.66.0.0/16',
      'kops/Cluster#0',
    ],
    [
      'the last item wins',
      'kops create cluster --set spec.networking.serviceClusterIPRange=100.65.0.0/16 --set spec.serviceClusterIPRange=100.67.0.0/16',
      '100.67.0.0/16',
      'kops/Cluster#0',
    ],
    [
      'a CSV-quoted item keeps its comma',
      `kops create cluster --set '"spec.networking.serviceClusterIPRange=100.65.0.0/16,fd00::/108"'`,
      '100.65.0.0/16,fd00::/108',
      'kops/Cluster#0',
    ],
    [
      'a wrapper with options, as the control-plane reader finds programs',
      'sudo -E nice /usr/local/bin/kops create cluster a.example.com --set spec.networking.serviceClusterIPRange=100.68.0.0/16',
      '100.68.0.0/16',
      'kops/a.example.com',
    ],
    ['no --set: the kops default, create-only', 'kops create cluster --name=a.example.com --zones=eu-west-1a', '100.64.0.0/13', 'kops/a.example.com'],
  ])('%s', (_n, cmd, value, group) => {
    const [s] = service(script(cmd));
    expect([s.value, s.group, s.createOnly, s.format]).toEqual([value, group, true, 'kops']);
  });

  it('the value span is exact', () => {
    const [s] = service(script('kops create cluster --set spec.networking.serviceClusterIPRange=100.65.0.0/16'));
    expect(s.span).toEqual({ line: 2, column: 65, endLine: 2, endColumn: 78 });
  });

  it('the same subjects and group as a kops Cluster of the same name', () => {
    const [s] = service(script('kops create cluster --name=a --set spec.networking.serviceClusterIPRange=100.65.0.0/16'));
    const yaml = run(
      kopsFormat,
      'apiVersion: kops.k8s.io/v1alpha3\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  networking:\n    serviceClusterIPRange: 100.65.0.0/16\n',
    ).service('platform')!;
    expect([s.subject, s.group]).toEqual([yaml.subject, yaml.group]);
  });

  it.each([
    ['another kops command', 'kops update cluster --name a --yes'],
    ['kops create -f', 'kops create -f cluster.yaml'],
    ['another program', 'echo kops create cluster --set spec.networking.serviceClusterIPRange=100.65.0.0/16'],
  ])('%s is not read', (_n, cmd) => {
    expect(script(cmd)).toEqual({ settings: [], problems: [] });
  });

  it('a YAML file naming the command is not a script', () => {
    expect(run(kopsFormat, 'steps:\n  - run: kops create cluster --set spec.networking.serviceClusterIPRange=100.65.0.0/16\n').settings).toEqual([]);
  });
});
