import { describe, expect, it } from '@jest/globals';
import { k3sFormat, K3S_DUAL_STACK_IMMUTABLE } from '../../src/formats/distributions/k3s.js';
import { run } from './run-format.js';

describe('k3s / RKE2', () => {
  it.each([
    ['string', 'write-kubeconfig-mode: "0644"\nservice-cidr: 10.44.0.0/16\n', '10.44.0.0/16', 2],
    ['list', 'service-cidr:\n  - 10.44.0.0/16\n  - fd00:44::/112\n', '10.44.0.0/16,fd00:44::/112', 2],
    ['dual-stack string', 'service-cidr: "10.43.0.0/16,2001:cafe:43::/112"\n', '10.43.0.0/16,2001:cafe:43::/112', 1],
    ['Ansible k3s_server map', 'k3s_control_node: true\nk3s_server:\n  tls-san: [a]\n  service-cidr: 10.50.0.0/16\n', '10.50.0.0/16', 4],
    ['k3OS args as separate items', 'k3os:\n  k3sArgs:\n  - server\n  - --service-cidr\n  - 10.53.0.0/16\n', '10.53.0.0/16', 5],
    [
      'args with =, repeated (StringSlice accumulates)',
      'args:\n- server\n- --service-cidr=10.53.0.0/16\n- --service-cidr=fd00:53::/112\n',
      '10.53.0.0/16,fd00:53::/112',
      3,
    ],
    [
      'flags in a folded string',
      'vars:\n  extra_server_args: >-\n    {{ extra_args }}\n    --disable traefik\n    --service-cidr=10.60.0.0/16\n',
      '10.60.0.0/16',
      5,
    ],
    ['rke2 role variables', 'rke2_cluster_cidr:\n  - 10.42.0.0/16\nrke2_service_cidr:\n  - 10.45.0.0/16\n', '10.45.0.0/16', 4],
  ])('reads service-cidr from a %s', (_n, text, value, line) => {
    const s = run(k3sFormat, text).service('platform');
    expect(s).toMatchObject({ value, origin: 'explicit', format: 'k3s' });
    expect(s?.span.line).toBe(line);
  });

  it('defaults to 10.43.0.0/16 for a server config without service-cidr', () => {
    const r = run(k3sFormat, 'write-kubeconfig-mode: "0644"\ntls-san:\n  - k8s.example\ncluster-init: true\n');
    expect(r.service()).toMatchObject({ value: '10.43.0.0/16', origin: 'default', span: { line: 1 } });
  });

  it('gives no default for an agent config', () => {
    expect(run(k3sFormat, 'server: https://10.0.0.1:6443\ntoken: abc\nnode-label:\n  - a=b\n').settings).toEqual([]);
  });

  it('reads kube-apiserver-arg and kube-controller-manager-arg as component values with exact spans', () => {
    const r = run(
      k3sFormat,
      'service-cidr: 10.43.0.0/16\nkube-apiserver-arg:\n  - anonymous-auth=true\n  - "service-cluster-ip-range=10.99.0.0/16"\nkube-controller-manager-arg:\n  - service-cluster-ip-range=10.98.0.0/16\n',
    );
    const api = r.service('kube-apiserver');
    expect(api?.value).toBe('10.99.0.0/16');
    expect(api?.span).toEqual({ line: 4, column: 31, endLine: 4, endColumn: 43 });
    expect(r.service('kube-controller-manager')?.value).toBe('10.98.0.0/16');
    expect(new Set(r.settings.map((s) => s.group)).size).toBe(1);
    // The flag is what kube-apiserver runs with: it carries the effective subject; service-cidr moves aside.
    expect(api?.subject).toBe('k3s/config/service-range');
    expect(r.service('platform')?.subject).toBe('k3s/config/platform-service-range');
  });

  it('reads cluster-cidr as the pod range and cluster-dns as the DNS address', () => {
    const r = run(k3sFormat, 'cluster-cidr: 10.42.0.0/16\nservice-cidr: 10.43.0.0/16\ncluster-dns: 10.43.0.10\n');
    expect(r.role('pod-range')[0]?.value).toBe('10.42.0.0/16');
    expect(r.role('dns-address')[0]?.value).toBe('10.43.0.10');
  });

  it('marks a dual-stack value with the docs wording (adding dual-stack to an existing cluster is unsupported)', () => {
    expect(run(k3sFormat, 'service-cidr: 10.43.0.0/16,fd00::/112\n').service()?.immutable).toBe(K3S_DUAL_STACK_IMMUTABLE);
    expect(run(k3sFormat, 'service-cidr: 10.43.0.0/16\n').service()?.immutable).toBeUndefined();
  });

  it.each([
    ['Jinja', 'k3s_server:\n  tls-san: [a]\n  service-cidr: "{{ service_cidr }}"\n', '{{ service_cidr }}', 3],
    ['Terraform', 'token: x\ndisable: [traefik]\nservice-cidr: ${service_cidr}\n', '${service_cidr}', 3],
    [
      'Go template with a literal default',
      'cni: canal\nservice-cidr: {{ or .ClusterServiceCIDR "10.53.0.0/16" }}\n',
      '{{ or .ClusterServiceCIDR "10.53.0.0/16" }}',
      2,
    ],
    ['Jinja block that breaks YAML', '{% if x %}\ntoken: a\n{% endif %}\nservice-cidr: {{ svc }}\n', '{{ svc }}', 4],
  ])('a %s template hides the range: problem at the line, no setting, no default', (_n, text, expr, line) => {
    const r = run(k3sFormat, text);
    expect(r.service()).toBeUndefined();
    expect(r.problems).toContainEqual(expect.objectContaining({ hidesRange: true, line, message: expect.stringContaining(expr) }));
  });

  it.each([
    ['broken yaml', 'service-cidr: [10.0.0.0/8\n'],
    ['binary-ish', '\u0000\u0001'],
    ['scalar document', 'just text'],
  ])('does not throw on %s', (_n, text) => {
    expect(() => run(k3sFormat, text)).not.toThrow();
  });

  it('ignores kubeadm extraArgs and unrelated maps', () => {
    expect(run(k3sFormat, 'apiServer:\n  extraArgs:\n    cluster-cidr: 10.0.0.0/8\n    service-node-port-range: 1-2\n').settings).toEqual([]);
  });
});

describe('k3s recognition', () => {
  it.each([
    ['Helm values with cni and disable', 'cni:\n  chained: true\ndisable: false\n'],
    ['a kube-proxy style flag map', 'cluster-cidr: 10.0.0.0/8\n'],
  ])('does not read %s as a k3s config', (_n, text) => {
    expect(run(k3sFormat, text).settings).toEqual([]);
  });
});

describe('RKE2 role variables: an unreadable Service CIDR is reported, like k3s config.yaml', () => {
  it('a map where the Service CIDR should be hides the range: a problem at its line, no value read', () => {
    const r = run(k3sFormat, 'rke2_cluster_cidr:\n  - 10.42.0.0/16\nrke2_service_cidr:\n  cidr: 10.45.0.0/16\n');
    expect(r.settings.filter((s) => s.role === 'service-range')).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.hidesRange])).toEqual([[4, true]]);
  });
});
