import { describe, expect, it } from '@jest/globals';
import { rkeFormat, RKE_DEFAULT_SERVICE_RANGE } from '../../src/formats/declared/rke.js';
import { canonicalList, isLiteral, manifestRows, readCorpus, run } from './run-format-corpus.js';
import type { Extraction } from '../../src/model.js';

const cluster = (services: string, top = ''): string => `${top}nodes:\n- address: 10.0.0.1\n  role: [controlplane]\nservices:\n${services}`;
const bySubject = (x: Extraction, end: string, role = 'service-range') => x.settings.find((s) => s.subject.endsWith(end) && s.role === role);

describe('rke cluster.yml', () => {
  it.each([
    [
      'both explicit',
      '  kube-api:\n    service_cluster_ip_range: 10.50.0.0/16\n  kube-controller:\n    service_cluster_ip_range: 10.50.0.0/16\n',
      ['10.50.0.0/16', 'explicit', 6],
      ['10.50.0.0/16', 'explicit', 8],
    ],
    [
      'kube-api only: kube-controller defaults on its own',
      '  kube-api:\n    service_cluster_ip_range: 10.50.0.0/16\n  kube-controller: {}\n',
      ['10.50.0.0/16', 'explicit', 6],
      [RKE_DEFAULT_SERVICE_RANGE, 'default', 7],
    ],
    [
      'extra_args override the typed field (rke cluster/plan.go)',
      '  kube-api:\n    service_cluster_ip_range: 10.50.0.0/16\n    extra_args:\n      service-cluster-ip-range: 10.60.0.0/16\n  kube-controller:\n    service_cluster_ip_range: 10.60.0.0/16\n',
      ['10.60.0.0/16', 'explicit', 8],
      ['10.60.0.0/16', 'explicit', 10],
    ],
    [
      'dual-stack string',
      '  kube-api:\n    service_cluster_ip_range: 10.43.0.0/16,fd98::/108\n  kube-controller:\n    service_cluster_ip_range: 10.43.0.0/16,fd98::/108\n',
      ['10.43.0.0/16,fd98::/108', 'explicit', 6],
      ['10.43.0.0/16,fd98::/108', 'explicit', 8],
    ],
    [
      'empty value is defaulted like an absent one',
      '  kube-api:\n    service_cluster_ip_range: ""\n  kube-controller:\n    image: x\n',
      [RKE_DEFAULT_SERVICE_RANGE, 'default', 5],
      [RKE_DEFAULT_SERVICE_RANGE, 'default', 7],
    ],
  ] as const)('%s', (_name, services, api, controller) => {
    const x = run(rkeFormat, cluster(services));
    const a = bySubject(x, '/kube-api');
    const c = bySubject(x, '/kube-controller');
    expect([a?.value, a?.origin, a?.span.line]).toEqual(api);
    expect([c?.value, c?.origin, c?.span.line]).toEqual(controller);
    expect(a?.component).toBe('kube-apiserver');
    expect(c?.component).toBe('kube-controller-manager');
    expect(a?.group).toBe(c?.group);
    expect(a?.immutable).toBeUndefined();
  });

  it('reads cluster_cidr (pod range) and cluster_dns_server, defaulting them', () => {
    const x = run(rkeFormat, cluster('  kube-controller:\n    cluster_cidr: 10.42.0.0/16\n  kubelet: {}\n'));
    expect(bySubject(x, '/kube-controller', 'pod-range')).toMatchObject({ value: '10.42.0.0/16', origin: 'explicit' });
    expect(bySubject(x, '/kubelet', 'dns-address')).toMatchObject({ value: '10.43.0.10', origin: 'default' });
  });

  it('reads the Rancher v2 nested rancher_kubernetes_engine_config', () => {
    const text =
      'rancher_kubernetes_engine_config:\n  kubernetes_version: v1.24.10-rancher4-1\n  services:\n    kube-api:\n      service_cluster_ip_range: 10.70.0.0/16\n';
    const a = bySubject(run(rkeFormat, text), '/kube-api');
    expect(a).toMatchObject({
      value: '10.70.0.0/16',
      kubernetesVersion: '1.24',
      setting: 'rancher_kubernetes_engine_config.services.kube-api.service_cluster_ip_range',
    });
  });

  it('templated value -> hidesRange problem and no default for that subject', () => {
    const x = run(rkeFormat, cluster('  kube-api:\n    service_cluster_ip_range: "{{ svc_cidr }}"\n'));
    expect(bySubject(x, '/kube-api')).toBeUndefined();
    expect(x.problems).toMatchObject([{ hidesRange: true, line: 6 }]);
    expect(x.problems[0].message).toContain('{{ svc_cidr }}');
  });

  it('does not read other files with a services key', () => {
    expect(run(rkeFormat, 'services:\n  web:\n    image: nginx\n').settings).toEqual([]); // docker-compose
    expect(run(rkeFormat, 'apiVersion: v1\nkind: X\nservices:\n  kube-api: {}\n').settings).toEqual([]);
  });

  it.each([
    ['broken YAML', 'services:\n  kube-api:\n    service_cluster_ip_range: [\n'],
    ['services is a list', 'services:\n  - kube-api\n'],
    ['kube-api is a scalar', 'services:\n  kube-api: yes\n'],
  ])('malformed: %s does not throw', (_name, text) => {
    expect(() => run(rkeFormat, text)).not.toThrow();
  });
});

const rows = manifestRows(['rke']);
(rows ? describe : describe.skip)('rke corpus', () => {
  it.each((rows ?? []).map((r) => [r.path, r] as const))('%s', (_p, row) => {
    const x = run(rkeFormat, readCorpus(row.path), row.path);
    expect(isLiteral(row.value)).toBe(true);
    // Both components are read; each equals the MANIFEST value (the notes say they must match).
    const values = x.settings.filter((s) => s.role === 'service-range').map((s) => canonicalList(s.value));
    expect(values).toEqual([canonicalList(row.value), canonicalList(row.value)]);
  });
});
