import { describe, expect, it } from '@jest/globals';
import { eksctlFormat, EKSCTL_IMMUTABLE } from '../../src/formats/declared/eksctl.js';
import { manifestRows, readCorpus, run, serviceRanges } from './run-format-corpus.js';

const config = (network: string, extra = ''): string =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: "1.33"\n${network}${extra}`;

describe('eksctl ClusterConfig', () => {
  it.each([
    ['explicit IPv4 CIDR', config('kubernetesNetworkConfig:\n  serviceIPv4CIDR: 172.20.0.0/16\n'), '172.20.0.0/16', 8],
    ['explicit with ipFamily IPv4', config('kubernetesNetworkConfig:\n  ipFamily: IPv4\n  serviceIPv4CIDR: "10.100.0.0/16"\n'), '10.100.0.0/16', 9],
  ])('%s', (_name, text, value, line) => {
    const [s] = serviceRanges(run(eksctlFormat, text));
    expect(s.value).toBe(value);
    expect(s.span.line).toBe(line);
    expect(s.origin).toBe('explicit');
    expect(s.immutable).toBe(EKSCTL_IMMUTABLE);
    expect(s.kubernetesVersion).toBe('1.33');
    expect(s.component).toBe('platform');
  });

  it.each([
    ['no kubernetesNetworkConfig', config('')],
    ['IPv6 cluster (EKS assigns the range)', config('kubernetesNetworkConfig:\n  ipFamily: IPv6\n')],
  ])('absence gives no setting (EKS picks the range; no default is knowable): %s', (_name, text) => {
    const x = run(eksctlFormat, text);
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems).toEqual([]);
  });

  it('reads vpc.cidr as the pod range of the same group (VPC CNI)', () => {
    const x = run(eksctlFormat, config('kubernetesNetworkConfig:\n  serviceIPv4CIDR: 10.100.0.0/16\n', 'vpc:\n  cidr: 10.0.0.0/8\n'));
    const pod = x.settings.find((s) => s.role === 'pod-range');
    expect(pod?.value).toBe('10.0.0.0/8');
    expect(pod?.group).toBe(serviceRanges(x)[0].group);
  });

  it('templated serviceIPv4CIDR -> hidesRange problem naming the expression', () => {
    const x = run(eksctlFormat, config('kubernetesNetworkConfig:\n  serviceIPv4CIDR: ${SERVICE_CIDR}\n'));
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems).toMatchObject([{ hidesRange: true, line: 8 }]);
    expect(x.problems[0].message).toContain('${SERVICE_CIDR}');
  });

  it('ignores other kinds and other apiVersions', () => {
    expect(run(eksctlFormat, 'apiVersion: k0s.k0sproject.io/v1beta1\nkind: ClusterConfig\nspec: {}\n').settings).toEqual([]);
    expect(run(eksctlFormat, 'kubernetesNetworkConfig:\n  serviceIPv4CIDR: 10.100.0.0/16\n').settings).toEqual([]);
  });

  it.each([
    ['broken YAML', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nkubernetesNetworkConfig: [\n'],
    ['kubernetesNetworkConfig is a list', config('kubernetesNetworkConfig:\n  - 1\n')],
    ['empty', ''],
  ])('malformed: %s does not throw', (_name, text) => {
    expect(() => run(eksctlFormat, text)).not.toThrow();
  });
});

const rows = manifestRows(['eksctl']);
(rows ? describe : describe.skip)('eksctl corpus', () => {
  it.each((rows ?? []).map((r) => [r.path, r] as const))('%s: no service CIDR field, so no setting', (_p, row) => {
    // Both corpus files are IPv6 clusters without serviceIPv4CIDR (MANIFEST value '-').
    expect(row.value).toBe('-');
    const x = run(eksctlFormat, readCorpus(row.path), row.path);
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems).toEqual([]);
  });
});
