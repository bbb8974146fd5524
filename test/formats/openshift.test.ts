import { describe, expect, it } from '@jest/globals';
import { openshiftFormat, OPENSHIFT_DEFAULT_SERVICE_NETWORK } from '../../src/formats/distributions/openshift.js';
import { canonicalList, isLiteral, manifestRows, readCorpus, run, serviceRanges, serviceValues } from './run-format-corpus.js';

const installConfig = (networking: string): string =>
  `apiVersion: v1\nbaseDomain: example.com\nmetadata:\n  name: prod\n${networking}platform:\n  none: {}\n`;

describe('openshift install-config', () => {
  it.each([
    ['single list item', installConfig('networking:\n  serviceNetwork:\n  - 172.31.0.0/16\n'), '172.31.0.0/16', 'explicit', 7],
    [
      'dual-stack list',
      installConfig('networking:\n  serviceNetwork:\n    - 172.30.0.0/16\n    - fd02::/112\n'),
      '172.30.0.0/16,fd02::/112',
      'explicit',
      7,
    ],
    ['deprecated serviceCIDR', installConfig('networking:\n  serviceCIDR: 172.29.0.0/16\n'), '172.29.0.0/16', 'explicit', 6],
    [
      'networking without serviceNetwork',
      installConfig('networking:\n  networkType: OVNKubernetes\n'),
      OPENSHIFT_DEFAULT_SERVICE_NETWORK,
      'default',
      5,
    ],
    ['no networking at all', installConfig(''), OPENSHIFT_DEFAULT_SERVICE_NETWORK, 'default', 1],
    [
      'JSON install-config',
      '{\n  "apiVersion": "v1",\n  "baseDomain": "example.com",\n  "networking": {\n    "serviceNetwork": ["10.200.0.0/16"]\n  }\n}\n',
      '10.200.0.0/16',
      'explicit',
      5,
    ],
  ])('%s', (_name, text, value, origin, line) => {
    const x = run(openshiftFormat, text);
    const [s] = serviceRanges(x);
    expect(serviceRanges(x)).toHaveLength(1);
    expect(s.value).toBe(value);
    expect(s.origin).toBe(origin);
    expect(s.span.line).toBe(line);
    expect(s.component).toBe('platform');
    expect(s.immutable).toMatch(/install time/);
    if (origin === 'default') expect(s.defaultNote).toMatch(/installconfig\.go/);
  });

  it('puts the pod range (clusterNetwork[].cidr) in the same group', () => {
    const x = run(
      openshiftFormat,
      installConfig('networking:\n  clusterNetwork:\n  - cidr: 10.128.0.0/14\n    hostPrefix: 23\n  serviceNetwork:\n  - 172.30.0.0/16\n'),
    );
    const pod = x.settings.find((s) => s.role === 'pod-range');
    expect(pod?.value).toBe('10.128.0.0/14');
    expect(pod?.group).toBe(serviceRanges(x)[0].group);
  });

  it('keeps the subject stable when documents are reordered', () => {
    const a = installConfig('networking:\n  serviceNetwork:\n  - 172.30.0.0/16\n');
    const b = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\n${a}`;
    expect(serviceRanges(run(openshiftFormat, a))[0].subject).toBe(serviceRanges(run(openshiftFormat, b))[0].subject);
  });

  it('does not read a file that is not an install-config', () => {
    expect(run(openshiftFormat, 'networking:\n  serviceNetwork:\n  - 172.30.0.0/16\n').settings).toEqual([]);
    expect(run(openshiftFormat, 'apiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\nspec:\n  cidrs: [10.0.0.0/16]\n').settings).toEqual([]);
  });
});

describe('openshift templated values', () => {
  it.each([
    ['Jinja item', installConfig('networking:\n  serviceNetwork:\n  - "{{ service_subnet }}"\n'), '{{ service_subnet }}', 7],
    ['envsubst item', installConfig('networking:\n  serviceNetwork:\n  - ${SERVICE_CIDR}\n'), '${SERVICE_CIDR}', 7],
    ['unquoted Jinja (parses as a flow map)', installConfig('networking:\n  serviceNetwork:\n  - {{ svc }}\n'), '{{ svc }}', 7],
  ])('%s -> hidesRange problem, no setting and no default', (_name, text, expression, line) => {
    const x = run(openshiftFormat, text);
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems).toHaveLength(1);
    expect(x.problems[0]).toMatchObject({ hidesRange: true, line });
    expect(x.problems[0].message).toContain(expression);
  });

  it('reads the key line when Jinja directives break the YAML tree', () => {
    const text = [
      'apiVersion: extensions.hive.openshift.io/v1beta1',
      'kind: AgentClusterInstall',
      'spec:',
      '  networking:',
      '{% if x %}',
      '    userManagedNetworking: true',
      '{% endif %}',
      '    serviceNetwork:',
      '    - {{ service_subnet }}',
      '',
    ].join('\n');
    const x = run(openshiftFormat, text);
    expect(serviceRanges(x)).toEqual([]);
    const p = x.problems.find((q) => q.hidesRange);
    expect(p?.line).toBe(8);
    expect(p?.message).toContain('{{ service_subnet }}');
  });
});

describe('openshift AgentClusterInstall and hive', () => {
  const aci = (extra: string, networking: string): string =>
    `apiVersion: extensions.hive.openshift.io/v1beta1\nkind: AgentClusterInstall\nmetadata:\n  name: spoke\n${extra}spec:\n  networking:\n${networking}`;

  it('reads spec.networking.serviceNetwork', () => {
    expect(serviceValues(run(openshiftFormat, aci('', '    serviceNetwork:\n    - 172.30.0.0/16\n    - fd02::/112\n')))).toEqual([
      '172.30.0.0/16,fd02::/112',
    ]);
  });

  it('lets install-config-overrides networking.serviceNetwork win', () => {
    const extra = `  annotations:\n    agent-install.openshift.io/install-config-overrides: '{"networking":{"serviceNetwork":["172.40.0.0/16"]}}'\n`;
    const x = run(openshiftFormat, aci(extra, '    serviceNetwork:\n    - 172.30.0.0/16\n'));
    expect(serviceValues(x)).toEqual(['172.40.0.0/16']);
    expect(serviceRanges(x)[0].span.line).toBe(6);
  });

  it('an overrides annotation that names serviceNetwork but is not JSON hides the range (no value, no default)', () => {
    const extra = `  annotations:\n    agent-install.openshift.io/install-config-overrides: '{serviceNetwork'\n`;
    const x = run(openshiftFormat, aci(extra, '    serviceNetwork:\n    - 172.30.0.0/16\n'));
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems).toMatchObject([{ hidesRange: true, line: 6 }]);
  });

  it('reads install-config.yaml embedded in a Secret with outer-file positions', () => {
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: ic',
      'stringData:',
      '  install-config.yaml: |',
      '    apiVersion: v1',
      '    baseDomain: example.com',
      '    networking:',
      '      serviceNetwork:',
      '      - 172.30.0.0/16',
      '',
    ].join('\n');
    const [s] = serviceRanges(run(openshiftFormat, text));
    expect(s.value).toBe('172.30.0.0/16');
    expect(s.span).toMatchObject({ line: 11, column: 9 });
  });
});

describe('openshift malformed input', () => {
  it.each([
    ['broken YAML', 'apiVersion: v1\nbaseDomain: [\nnetworking:\n  serviceNetwork: {\n'],
    ['serviceNetwork is a map', installConfig('networking:\n  serviceNetwork:\n    a: b\n')],
    ['empty file', ''],
    ['binary noise', '\u0000\u0001\u0002'],
  ])('%s does not throw', (_name, text) => {
    expect(() => run(openshiftFormat, text)).not.toThrow();
  });
});

const rows = manifestRows(['openshift']);
const templated = manifestRows(['templated'])?.filter((r) => r.path.includes('agentclusterinstall')) ?? [];
(rows ? describe : describe.skip)('openshift corpus', () => {
  it.each((rows ?? []).map((r) => [r.path, r] as const))('%s', (_p, row) => {
    const x = run(openshiftFormat, readCorpus(row.path), row.path);
    if (isLiteral(row.value)) {
      expect(serviceValues(x).map(canonicalList)).toEqual([canonicalList(row.value)]);
    }
  });
  it.each(templated.map((r) => [r.path, r] as const))('templated %s yields a hidesRange problem', (_p, row) => {
    const x = run(openshiftFormat, readCorpus(row.path), row.path);
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems.some((p) => p.hidesRange)).toBe(true);
  });
});
