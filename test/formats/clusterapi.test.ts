import { describe, expect, it } from '@jest/globals';
import { clusterApiFormat, KCP_NETWORKING_IMMUTABLE } from '../../src/formats/distributions/clusterapi.js';
import { run } from './run-format.js';

const cluster = (services: string) => `apiVersion: cluster.x-k8s.io/v1beta2
kind: Cluster
metadata:
  name: c1
spec:
  clusterNetwork:
${services}  controlPlaneRef:
    kind: KubeadmControlPlane
    name: cp
`;
const kcp = (cc: string) => `---
apiVersion: controlplane.cluster.x-k8s.io/v1beta2
kind: KubeadmControlPlane
metadata:
  name: cp
spec:
  version: v1.33.1
  kubeadmConfigSpec:
    clusterConfiguration:
${cc}`;

describe('clusterapi', () => {
  it.each([
    ['flow list', '    services:\n      cidrBlocks: ["10.96.0.0/12"]\n', '10.96.0.0/12', 8],
    ['block list, dual-stack', '    services:\n      cidrBlocks:\n        - 10.96.0.0/12\n        - fd00::/108\n', '10.96.0.0/12,fd00::/108', 9],
  ])('reads Cluster services.cidrBlocks as a %s', (_n, services, value, line) => {
    expect(run(clusterApiFormat, cluster(services)).service()).toMatchObject({ value, origin: 'explicit', component: 'platform', span: { line } });
  });

  it('sets no default for a Cluster alone (its control-plane provider decides)', () => {
    expect(run(clusterApiFormat, cluster('    pods:\n      cidrBlocks: [192.168.0.0/16]\n')).service()).toBeUndefined();
  });

  it('with a KubeadmControlPlane and no value anywhere, kubeadm default 10.96.0.0/12 applies', () => {
    const r = run(clusterApiFormat, cluster('    serviceDomain: cluster.local\n') + kcp('      apiServer:\n        certSANs: [localhost]\n'));
    expect(r.service()).toMatchObject({ value: '10.96.0.0/12', origin: 'default', profile: 'kubeadm', kubernetesVersion: '1.33' });
  });

  it('KCP networking.serviceSubnet wins over the Cluster, is immutable, and the Cluster value stays for mismatch', () => {
    const r = run(
      clusterApiFormat,
      cluster('    services:\n      cidrBlocks: ["10.96.0.0/12"]\n') + kcp('      networking:\n        serviceSubnet: 10.100.0.0/16\n'),
    );
    const api = r.settings.find((s) => s.subject === 'clusterapi/c1/service-range');
    expect(api).toMatchObject({ value: '10.100.0.0/16', component: 'kube-apiserver', immutable: KCP_NETWORKING_IMMUTABLE });
    expect(r.settings.find((s) => s.subject === 'clusterapi/c1/cluster-network')?.value).toBe('10.96.0.0/12');
  });

  it('apiServer.extraArgs (v1beta2 list) overrides and is not immutable (the webhook allows apiServer changes)', () => {
    const r = run(
      clusterApiFormat,
      cluster('') +
        kcp(
          '      apiServer:\n        extraArgs:\n          - name: service-cluster-ip-range\n            value: 10.7.0.0/16\n      networking:\n        serviceSubnet: 10.8.0.0/16\n',
        ),
    );
    expect(r.service()).toMatchObject({ value: '10.7.0.0/16', component: 'kube-apiserver' });
    expect(r.service()?.immutable).toBeUndefined();
  });

  it('gives the same subject whatever the document order', () => {
    const a = run(
      clusterApiFormat,
      cluster('    services:\n      cidrBlocks: [10.1.0.0/16]\n') + kcp('      networking:\n        serviceSubnet: 10.2.0.0/16\n'),
    );
    const b = run(
      clusterApiFormat,
      `${kcp('      networking:\n        serviceSubnet: 10.2.0.0/16\n')}---\n${cluster('    services:\n      cidrBlocks: [10.1.0.0/16]\n')}`,
    );
    expect(a.settings.map((s) => [s.subject, s.value]).sort()).toEqual(b.settings.map((s) => [s.subject, s.value]).sort());
  });

  it.each([
    ['envsubst with default', '    services:\n      cidrBlocks: ${SERVICE_CIDR:=["10.128.0.0/12"]}\n', '${SERVICE_CIDR:=["10.128.0.0/12"]}'],
    ['envsubst list item', "    services:\n      cidrBlocks: ['${DOCKER_SERVICE_CIDRS}']\n", '${DOCKER_SERVICE_CIDRS}'],
  ])('a %s hides the range: problem, no setting, no default', (_n, services, expr) => {
    const r = run(clusterApiFormat, cluster(services) + kcp('      apiServer: {}\n'));
    expect(r.service()).toBeUndefined();
    expect(r.problems).toContainEqual(expect.objectContaining({ hidesRange: true, message: expect.stringContaining(expr) }));
  });

  it.each([
    ['broken', 'apiVersion: cluster.x-k8s.io/v1beta2\nkind: Cluster\nspec:\n  clusterNetwork: [\n'],
    ['not CAPI', 'apiVersion: v1\nkind: Namespace\n'],
  ])('does not throw on %s', (_n, text) => {
    expect(() => run(clusterApiFormat, text)).not.toThrow();
  });
});

describe('clusterapi worker templates', () => {
  it('ignores clusterConfiguration in a KubeadmConfigTemplate (CABPK ignores it on join)', () => {
    const text =
      'apiVersion: bootstrap.cluster.x-k8s.io/v1beta2\nkind: KubeadmConfigTemplate\nmetadata:\n  name: md\nspec:\n  template:\n    spec:\n      clusterConfiguration:\n        networking:\n          serviceSubnet: 10.9.0.0/16\n';
    expect(run(clusterApiFormat, text).settings).toEqual([]);
  });

  it('reads a standalone KubeadmConfig (init machine without a KCP) without a default', () => {
    const text =
      'apiVersion: bootstrap.cluster.x-k8s.io/v1beta2\nkind: KubeadmConfig\nmetadata:\n  name: init\nspec:\n  clusterConfiguration:\n    networking:\n      serviceSubnet: 10.9.0.0/16\n';
    expect(run(clusterApiFormat, text).service()).toMatchObject({ value: '10.9.0.0/16', profile: 'kubeadm', origin: 'explicit' });
    expect(run(clusterApiFormat, text.replace('      serviceSubnet: 10.9.0.0/16\n', '      podSubnet: 10.8.0.0/16\n')).service()).toBeUndefined();
  });
});
