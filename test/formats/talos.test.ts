import { describe, expect, it } from '@jest/globals';
import { talosFormat } from '../../src/formats/declared/talos.js';
import { run } from './run-format.js';

const config = (network: string) => `version: v1alpha1
machine:
  type: controlplane
cluster:
  clusterName: c1
  apiServer:
    image: registry.k8s.io/kube-apiserver:v1.33.2
  network:
${network}`;

describe('talos', () => {
  it.each([
    ['block list', '    serviceSubnets:\n      - 10.0.8.0/21\n', '10.0.8.0/21', 10],
    ['flow list', '    serviceSubnets: ["10.0.8.0/21"]\n', '10.0.8.0/21', 9],
    ['dual-stack', '    serviceSubnets:\n      - 10.96.0.0/12\n      - fd00:10:96::/108\n', '10.96.0.0/12,fd00:10:96::/108', 10],
  ])('reads serviceSubnets as %s', (_name, network, value, line) => {
    const r = run(talosFormat, config(network));
    const s = r.service();
    expect(s?.value).toBe(value);
    expect(s?.origin).toBe('explicit');
    expect(s?.span.line).toBe(line);
    expect(s?.kubernetesVersion).toBe('1.33');
  });

  it('defaults to 10.96.0.0/12 at the network key when serviceSubnets is absent', () => {
    const r = run(talosFormat, config('    dnsDomain: cluster.local\n'));
    expect(r.service()).toMatchObject({ value: '10.96.0.0/12', origin: 'default', span: { line: 8 } });
  });

  it('gives the same subject whatever the document order', () => {
    const a = run(talosFormat, `${config('    serviceSubnets: [10.1.0.0/16]\n')}---\napiVersion: v1alpha1\nkind: HostnameConfig\nhostname: x\n`);
    const b = run(talosFormat, `apiVersion: v1alpha1\nkind: HostnameConfig\nhostname: x\n---\n${config('    serviceSubnets: [10.1.0.0/16]\n')}`);
    expect(a.service()?.subject).toBe(b.service()?.subject);
  });

  it('reads KubeNetworkConfig and pod subnets', () => {
    const r = run(talosFormat, 'apiVersion: v1alpha1\nkind: KubeNetworkConfig\npodSubnets:\n  - 10.244.0.0/16\nserviceSubnets:\n  - 10.97.0.0/16\n');
    expect(r.service()?.value).toBe('10.97.0.0/16');
    expect(r.role('pod-range')[0]?.value).toBe('10.244.0.0/16');
  });

  it('reports an apiServer.extraArgs flag as the kube-apiserver value', () => {
    const r = run(talosFormat, 'cluster:\n  apiServer:\n    extraArgs:\n      service-cluster-ip-range: 10.5.0.0/16\n');
    expect(r.service('kube-apiserver')?.value).toBe('10.5.0.0/16');
  });

  it.each([
    ['makejinja', 'cluster:\n  network:\n    serviceSubnets: ["#{ kubernetes.svc_cidr }#"]\n', '#{ kubernetes.svc_cidr }#'],
    ['Terraform', 'version: v1alpha1\ncluster:\n  network:\n    serviceSubnets: ${serviceSubnets}\n', '${serviceSubnets}'],
  ])('a %s template hides the range: problem, no setting, no default', (_n, text, expr) => {
    const r = run(talosFormat, text);
    expect(r.service()).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ hidesRange: true, message: expect.stringContaining(expr) })]);
  });

  it.each([
    ['unclosed flow', 'version: v1alpha1\ncluster:\n  network:\n    serviceSubnets: [10.0.0.0/8\n'],
    ['not a config', 'foo: [1, 2\n'],
    ['empty', ''],
  ])('does not throw on %s input', (_n, text) => {
    expect(() => run(talosFormat, text)).not.toThrow();
  });

  it('ignores documents that are not Talos configs', () => {
    expect(run(talosFormat, 'apiVersion: v1\nkind: Service\nspec:\n  clusterIP: 10.96.0.10\n').settings).toEqual([]);
  });
});
