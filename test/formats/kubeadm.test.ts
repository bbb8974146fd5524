import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kubeadmFormat } from '../../src/formats/distributions/kubeadm.js';
import { findTemplate, parseImageMinor, parseKubernetesMinor } from '../../src/formats/toolkit/read-values.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import type { Extraction, Setting } from '../../src/model.js';

const extract = (text: string): Extraction => kubeadmFormat.extract(new Source('kubeadm.yaml', text));
const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const find = (x: Extraction, component: Setting['component'], role: Setting['role'] = 'service-range') =>
  x.settings.find((s) => s.component === component && s.role === role);
const apiRange = (x: Extraction) => find(x, 'kube-apiserver');

const V1BETA3_HEAD = ['apiVersion: kubeadm.k8s.io/v1beta3', 'kind: ClusterConfiguration'];
const V1BETA4_HEAD = ['apiVersion: kubeadm.k8s.io/v1beta4', 'kind: ClusterConfiguration'];

describe('kubeadm: parsing helpers', () => {
  it.each([
    ['v1.33.2', '1.33'],
    ['1.34.0', '1.34'],
    ['v1.33.0-rc.1', '1.33'],
    ['stable-1.33', '1.33'],
    ['latest-1.34', '1.34'],
    ['ci/latest-1.35', '1.35'],
    ['stable', undefined],
    ['v${version}', undefined],
    ['', undefined],
  ])('kubernetesVersion %j -> %j', (text, expected) => {
    expect(parseKubernetesMinor(text)).toBe(expected);
  });

  it.each([
    ['kindest/node:v1.34.0', '1.34'],
    ['kindest/node:v1.33.1@sha256:0123abcd', '1.33'],
    ['registry:5000/kindest/node:v1.31.6', '1.31'],
    ['registry:5000/kindest/node', undefined],
    ['kindest/node:latest', undefined],
  ])('image %j -> %j', (image, expected) => {
    expect(parseImageMinor(image)).toBe(expected);
  });

  it.each([
    ['{{ .Values.serviceSubnet }}', '{{ .Values.serviceSubnet }}'],
    ['{{ svc_cidr }},fd00::/108', '{{ svc_cidr }}'],
    ['${SERVICE_CIDR}', '${SERVICE_CIDR}'],
    ['${service_cidr},${service_cidr_ipv6}', '${service_cidr}'],
    ['#{ svc }#', '#{ svc }#'],
    ['%{ if dual }', '%{ if dual }'],
    ['<SERVICE_CIDR>', '<SERVICE_CIDR>'],
    ['$SERVICE_CIDR', '$SERVICE_CIDR'],
    ['10.96.0.0/12', null],
    ['10.96.0.0/12,fd00:10:96::/108', null],
  ])('template in %j -> %j', (text, expected) => {
    expect(findTemplate(text)).toBe(expected);
  });
});

describe('kubeadm: effective kube-apiserver range', () => {
  it.each([
    [
      'networking.serviceSubnet (v1beta3)',
      lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet: 10.100.0.0/16'),
      { value: '10.100.0.0/16', setting: 'networking.serviceSubnet', profile: 'kubeadm', line: 4, column: 18 },
    ],
    [
      'extraArgs map form overrides serviceSubnet',
      lines(
        ...V1BETA3_HEAD,
        'apiServer:',
        '  extraArgs:',
        '    service-cluster-ip-range: 10.200.0.0/16',
        'networking:',
        '  serviceSubnet: 10.100.0.0/16',
      ),
      { value: '10.200.0.0/16', setting: 'apiServer.extraArgs.service-cluster-ip-range', profile: 'apiserver', line: 5, column: 31 },
    ],
    [
      'extraArgs list form (v1beta4) overrides serviceSubnet',
      lines(
        ...V1BETA4_HEAD,
        'networking:',
        '  serviceSubnet: 10.100.0.0/16',
        'apiServer:',
        '  extraArgs:',
        '  - name: service-cluster-ip-range',
        '    value: 10.200.0.0/16,fd00:1::/108',
      ),
      { value: '10.200.0.0/16,fd00:1::/108', setting: 'apiServer.extraArgs.service-cluster-ip-range', profile: 'apiserver', line: 8, column: 12 },
    ],
    [
      'duplicate list entries: the last wins',
      lines(
        ...V1BETA4_HEAD,
        'apiServer:',
        '  extraArgs:',
        '  - name: service-cluster-ip-range',
        '    value: 10.1.0.0/16',
        '  - name: audit-log-path',
        '    value: /var/log/audit.log',
        '  - name: service-cluster-ip-range',
        '    value: 10.2.0.0/16',
      ),
      { value: '10.2.0.0/16', setting: 'apiServer.extraArgs.service-cluster-ip-range', profile: 'apiserver', line: 10, column: 12 },
    ],
    [
      'duplicate map keys: the last wins',
      lines(...V1BETA3_HEAD, 'apiServer:', '  extraArgs:', '    service-cluster-ip-range: 10.1.0.0/16', '    service-cluster-ip-range: 10.2.0.0/16'),
      { value: '10.2.0.0/16', setting: 'apiServer.extraArgs.service-cluster-ip-range', profile: 'apiserver', line: 6, column: 31 },
    ],
    [
      'quoted value keeps its text; trailing comment ignored',
      lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet: "10.96.0.0/16" # was 10.96.0.0/12'),
      { value: '10.96.0.0/16', setting: 'networking.serviceSubnet', profile: 'kubeadm', line: 4, column: 18 },
    ],
    [
      'odd indentation and a tab after the colon',
      lines(...V1BETA3_HEAD, 'networking:', '     podSubnet: 10.244.0.0/16', '     serviceSubnet:\t10.97.0.0/16'),
      { value: '10.97.0.0/16', setting: 'networking.serviceSubnet', profile: 'kubeadm', line: 5, column: 21 },
    ],
    [
      'alias to an anchored value',
      lines(...V1BETA3_HEAD, 'x-ranges:', '  svc: &svc 10.55.0.0/16', 'networking:', '  serviceSubnet: *svc'),
      { value: '10.55.0.0/16', setting: 'networking.serviceSubnet', profile: 'kubeadm', line: 4, column: 13 },
    ],
    [
      'merge key (<<) with an anchored map',
      lines('x-net: &net', '  serviceSubnet: 10.56.0.0/16', '---', ...V1BETA3_HEAD, 'networking:', '  <<: *net', '  podSubnet: 10.244.0.0/16')
        .replace('x-net: &net\n  serviceSubnet: 10.56.0.0/16\n---\n', '')
        .replace('networking:\n  <<: *net', 'base: &net\n  serviceSubnet: 10.56.0.0/16\nnetworking:\n  <<: *net'),
      { value: '10.56.0.0/16', setting: 'networking.serviceSubnet', profile: 'kubeadm', line: 4, column: 18 },
    ],
  ])('%s', (_name, text, expected) => {
    const x = extract(text);
    const s = apiRange(x);
    expect(s).toBeDefined();
    expect({ value: s!.value, setting: s!.setting, profile: s!.profile, line: s!.span.line, column: s!.span.column }).toEqual(expected);
    expect(s!.origin).toBe('explicit');
    expect(x.problems).toEqual([]);
  });

  it.each([
    ['no networking key: at the kind line', lines(...V1BETA3_HEAD, 'clusterName: prod'), 2],
    ['networking without serviceSubnet: at networking', lines(...V1BETA3_HEAD, 'networking:', '  podSubnet: 10.244.0.0/16'), 3],
    ['empty serviceSubnet', lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet:'), 4],
    ['empty string serviceSubnet', lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet: ""'), 4],
    ['serviceSubnet only in a comment', lines(...V1BETA3_HEAD, 'networking:', '  # serviceSubnet: 10.100.0.0/16', '  dnsDomain: cluster.local'), 3],
    [
      'InitConfiguration only',
      lines('apiVersion: kubeadm.k8s.io/v1beta4', 'kind: InitConfiguration', 'localAPIEndpoint:', '  advertiseAddress: 10.0.0.5'),
      2,
    ],
  ])('kubeadm default 10.96.0.0/12 when absent: %s', (_name, text, line) => {
    const x = extract(text);
    const s = apiRange(x);
    expect(s).toMatchObject({ value: '10.96.0.0/12', origin: 'default', profile: 'kubeadm', setting: 'networking.serviceSubnet' });
    expect(s!.defaultNote).toMatch(/kubeadm default/);
    expect(s!.span.line).toBe(line);
  });

  it('an empty extraArgs value replaces serviceSubnet and leaves the apiserver its own default', () => {
    const x = extract(
      lines(...V1BETA3_HEAD, 'apiServer:', '  extraArgs:', '    service-cluster-ip-range: ""', 'networking:', '  serviceSubnet: 10.100.0.0/16'),
    );
    expect(apiRange(x)).toMatchObject({ value: '10.0.0.0/24', origin: 'default', profile: 'apiserver' });
  });

  it('is not read from other API groups or kinds', () => {
    expect(extract(lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  serviceSubnet: 10.1.0.0/16'))).toEqual({ settings: [], problems: [] });
    expect(extract(lines('apiVersion: kubeadm.k8s.io/v1beta3', 'kind: JoinConfiguration', 'discovery: {}')).settings).toEqual([]);
    expect(extract(lines('Networking:', '  ServiceSubnet: 10.96.0.0/12')).settings).toEqual([]);
  });
});

describe('kubeadm: other components and roles', () => {
  const text = lines(
    'apiVersion: kubeadm.k8s.io/v1beta4',
    'kind: InitConfiguration',
    'localAPIEndpoint:',
    '  advertiseAddress: 192.168.1.10',
    '---',
    ...V1BETA4_HEAD,
    'kubernetesVersion: v1.33.2',
    'controllerManager:',
    '  extraArgs:',
    '  - name: service-cluster-ip-range',
    '    value: 10.96.0.0/16',
    '  - name: cluster-cidr',
    '    value: 10.32.0.0/16',
    'networking:',
    '  podSubnet: 10.244.0.0/16',
    '  serviceSubnet: 10.96.0.0/12',
    '---',
    'apiVersion: kubelet.config.k8s.io/v1beta1',
    'kind: KubeletConfiguration',
  );

  it('reads the controller-manager range, the pod range (cluster-cidr wins) and the advertise address', () => {
    const x = extract(text);
    expect(find(x, 'kube-controller-manager')).toMatchObject({
      value: '10.96.0.0/16',
      setting: 'controllerManager.extraArgs.service-cluster-ip-range',
      span: { line: 12 },
    });
    expect(find(x, 'kube-controller-manager', 'pod-range')).toMatchObject({ value: '10.32.0.0/16', span: { line: 14 } });
    expect(find(x, 'kube-apiserver', 'advertise-address')).toMatchObject({ value: '192.168.1.10', span: { line: 4 } });
    expect(new Set(x.settings.map((s) => s.group)).size).toBe(1);
  });

  it('sets kubernetesVersion on every setting of the config', () => {
    const x = extract(text);
    expect(x.settings.length).toBe(4);
    expect(x.settings.every((s) => s.kubernetesVersion === '1.33')).toBe(true);
  });

  it('podSubnet is the pod range when cluster-cidr is absent; no controller-manager range without extraArgs', () => {
    const x = extract(lines(...V1BETA3_HEAD, 'networking:', '  podSubnet: 10.244.0.0/16'));
    expect(find(x, 'kube-controller-manager', 'pod-range')).toMatchObject({ value: '10.244.0.0/16', setting: 'networking.podSubnet' });
    expect(find(x, 'kube-controller-manager')).toBeUndefined();
  });

  it('apiServer.extraArgs advertise-address wins over localAPIEndpoint', () => {
    const x = extract(
      text.replace('controllerManager:', 'apiServer:\n  extraArgs:\n  - name: advertise-address\n    value: fd00::10\ncontrollerManager:'),
    );
    expect(find(x, 'kube-apiserver', 'advertise-address')).toMatchObject({ value: 'fd00::10', setting: 'apiServer.extraArgs.advertise-address' });
  });
});

describe('kubeadm: identity', () => {
  const init = ['apiVersion: kubeadm.k8s.io/v1beta3', 'kind: InitConfiguration', 'localAPIEndpoint:', '  advertiseAddress: 10.0.0.1'];
  const cluster = [...V1BETA3_HEAD, 'networking:', '  serviceSubnet: 10.100.0.0/16', '  podSubnet: 10.244.0.0/16'];
  const kubelet = ['apiVersion: kubelet.config.k8s.io/v1beta1', 'kind: KubeletConfiguration'];
  const summary = (x: Extraction) => x.settings.map((s) => `${s.role}|${s.subject}|${s.group}|${s.value}`).sort();

  it('reordering documents keeps subjects and values', () => {
    const a = extract([init, cluster, kubelet].map((d) => d.join('\n')).join('\n---\n'));
    const b = extract([kubelet, cluster, init].map((d) => d.join('\n')).join('\n---\n'));
    expect(summary(a)).toEqual(summary(b));
    expect(summary(a).length).toBe(3);
    expect(a.settings.every((s) => !/\d+:\d+|line/.test(s.subject))).toBe(true);
  });

  it('several ClusterConfigurations are told apart by clusterName, regardless of order', () => {
    const one = [...V1BETA3_HEAD, 'clusterName: east', 'networking:', '  serviceSubnet: 10.1.0.0/16'].join('\n');
    const two = [...V1BETA3_HEAD, 'clusterName: west', 'networking:', '  serviceSubnet: 10.2.0.0/16'].join('\n');
    const a = extract(`${one}\n---\n${two}\n`);
    const b = extract(`${two}\n---\n${one}\n`);
    expect(summary(a)).toEqual(summary(b));
    expect(apiRange(a)!.subject).not.toEqual(a.settings[1].subject);
    expect(new Set(a.settings.map((s) => s.group)).size).toBe(2);
  });

  it.each([
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['BOM', (t: string) => `\uFEFF${t}`],
    ['BOM and CRLF', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ])('%s gives the same values and positions', (_name, transform) => {
    const text = `${[init, cluster].map((d) => d.join('\n')).join('\n---\n')}\n`;
    const plain = extract(text);
    const other = extract(transform(text));
    expect(other.settings.map((s) => [s.value, s.span])).toEqual(plain.settings.map((s) => [s.value, s.span]));
    expect(apiRange(other)).toMatchObject({ value: '10.100.0.0/16', span: { line: 9, column: 18 } });
  });
});

describe('kubeadm: values the gate cannot read', () => {
  it.each([
    ['Helm, quoted', '"{{ .Values.serviceSubnet }}"', '{{ .Values.serviceSubnet }}'],
    ['Helm, unquoted (parsed as a flow map)', '{{ .Values.serviceSubnet }}', '{{ .Values.serviceSubnet }}'],
    ['envsubst', '${SERVICE_CIDR}', '${SERVICE_CIDR}'],
    ['Jinja with a literal secondary', '"{{ svc_v4 }},fd00::/108"', '{{ svc_v4 }}'],
    ['makejinja', '"#{ svc }#"', '#{ svc }#'],
    ['Terraform directive', '"%{ if dual }x%{ endif }"', '%{ if dual }'],
    ['placeholder', '<SERVICE_CIDR>', '<SERVICE_CIDR>'],
    ['shell variable', '$SERVICE_CIDR', '$SERVICE_CIDR'],
  ])('templated serviceSubnet (%s): a problem, never the default', (_name, value, expression) => {
    const x = extract(lines(...V1BETA3_HEAD, 'networking:', `  serviceSubnet: ${value}`));
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems).toHaveLength(1);
    expect(x.problems[0]).toMatchObject({ line: 4, hidesRange: true, setting: 'networking.serviceSubnet', format: 'kubeadm' });
    expect(x.problems[0].message).toContain(expression);
  });

  it('a templated extraArgs override hides a literal serviceSubnet', () => {
    const x = extract(
      lines(
        ...V1BETA4_HEAD,
        'networking:',
        '  serviceSubnet: 10.96.0.0/12',
        'apiServer:',
        '  extraArgs:',
        '  - name: service-cluster-ip-range',
        '    value: ${SVC}',
      ),
    );
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems[0]).toMatchObject({ line: 8, hidesRange: true, setting: 'apiServer.extraArgs.service-cluster-ip-range' });
  });

  it('a literal extraArgs override makes a templated serviceSubnet irrelevant', () => {
    const x = extract(
      lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet: ${SVC}', 'apiServer:', '  extraArgs:', '    service-cluster-ip-range: 10.5.0.0/16'),
    );
    expect(apiRange(x)).toMatchObject({ value: '10.5.0.0/16' });
    expect(x.problems).toEqual([]);
  });

  it('a templated podSubnet is a plain problem, the Service range is still read', () => {
    const x = extract(lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet: 10.96.0.0/12', '  podSubnet: ${POD_CIDR}'));
    expect(apiRange(x)).toMatchObject({ value: '10.96.0.0/12' });
    expect(x.problems).toMatchObject([{ line: 5, hidesRange: false, setting: 'networking.podSubnet' }]);
  });

  it('a templated kubernetesVersion leaves the version unknown', () => {
    const x = extract(lines(...V1BETA3_HEAD, 'kubernetesVersion: v${version}', 'networking:', '  serviceSubnet: 10.96.0.0/12'));
    expect(apiRange(x)!.kubernetesVersion).toBeUndefined();
  });

  it('a list where a string belongs is unreadable, not defaulted', () => {
    const x = extract(lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet:', '  - 10.96.0.0/12'));
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems[0]).toMatchObject({ hidesRange: true, setting: 'networking.serviceSubnet' });
    expect(x.problems[0].message).toMatch(/list/);
  });

  it.each([
    ['unclosed flow map', lines(...V1BETA3_HEAD, 'networking: {podSubnet: 10.244.0.0/16', 'apiServer:', '  extraArgs: {}'), 4],
    ['bad indentation', lines(...V1BETA3_HEAD, 'networking:', '  podSubnet: 10.244.0.0/16', ' serviceSubnet: 10.1.0.0/16', '   x: ['), 5],
    ['unclosed quote swallowing the next line', lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet: "10.1.0.0/16', 'clusterName: x'), 4],
    ['tab indentation', lines(...V1BETA3_HEAD, 'networking:', '\tserviceSubnet: 10.1.0.0/16'), 4],
  ])('malformed YAML (%s): no exception, no guessed value and never the default', (_name, text, line) => {
    const x = extract(text);
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems.filter((p) => p.hidesRange).map((p) => [p.line, p.setting])).toEqual([[line, 'networking.serviceSubnet']]);
  });

  it('a document whose header is broken still reports a hidden range', () => {
    const x = extract(lines('apiVersion: kubeadm.k8s.io/v1beta3', 'kind: ClusterConfiguration: x', 'networking:', '  serviceSubnet: 10.1.0.0/16'));
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems.filter((p) => p.hidesRange).map((p) => p.line)).toEqual([2]);
  });

  it('a kind config with broken YAML is not reported by the kubeadm reader', () => {
    const x = extract(
      lines(
        'kind: Cluster',
        'apiVersion: kind.x-k8s.io/v1alpha4',
        'kubeadmConfigPatches:',
        '- |',
        '  apiVersion: kubeadm.k8s.io/v1beta3',
        '  kind: ClusterConfiguration',
        'nodes: [',
      ),
    );
    expect(x).toEqual({ settings: [], problems: [] });
  });
});

// ---- corpus: third-party files, read in place, never copied ----

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const hasCorpus = fs.existsSync(path.join(corpus, 'MANIFEST.tsv'));
if (!hasCorpus) console.warn(`corpus not found at ${corpus}: skipped`);

/** Files whose MANIFEST value is a literal this extractor does not (and should not) report, with why. */
const EXPECTED_MISMATCH: Record<string, string> = {
  'kubeadm/k8s-kubeadm-testdata-conversion-internal.yaml':
    "kubeadm's internal Go-field dump (no apiVersion/kind, capitalised keys): kubeadm never reads it as a config file",
};

function manifestRows(folder: string): { file: string; value: string }[] {
  return fs
    .readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith(`${folder}/`))
    .map((l) => l.split('\t'))
    .map((c) => ({ file: c[0], value: c[6] }));
}

(hasCorpus ? describe : describe.skip)('kubeadm corpus', () => {
  const rows = hasCorpus ? manifestRows('kubeadm') : [];
  it('lists every file of the folder', () => {
    const files = fs
      .readdirSync(path.join(corpus, 'kubeadm'))
      .map((f) => `kubeadm/${f}`)
      .sort();
    expect(rows.map((r) => r.file).sort()).toEqual(files);
  });

  it.each(rows.map((r) => [r.file, r.value]))('%s is extracted without an exception (MANIFEST value %s)', (file, value) => {
    const x = extract(fs.readFileSync(path.join(corpus, file), 'utf8'));
    for (const p of x.problems) expect(p.line).toBeGreaterThanOrEqual(1);
    const s = apiRange(x);
    const literal = /^[0-9A-Fa-f:.,/]+$/.test(value.trim());
    if (literal && !(file in EXPECTED_MISMATCH)) {
      expect(s?.value.trim()).toBe(value.trim());
    } else if (findTemplate(value)) {
      expect(s).toBeUndefined();
      expect(x.problems.some((p) => p.hidesRange)).toBe(true);
    }
  });
});

describe('kubeadm: the kube-system/kubeadm-config ConfigMap', () => {
  const configMap = (meta: string, value: string): string => lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', meta, 'data:', value);
  const cluster = [
    '    apiVersion: kubeadm.k8s.io/v1beta3',
    '    kind: ClusterConfiguration',
    '    networking:',
    '      serviceSubnet: 10.100.0.0/16',
  ];

  it('reads data.ClusterConfiguration with exact positions and the identity of a kubeadm config file', () => {
    const x = extract(configMap('  name: kubeadm-config\n  namespace: kube-system', ['  ClusterConfiguration: |', ...cluster].join('\n')));
    const s = apiRange(x)!;
    expect([s.value, s.span.line, s.span.column, s.setting, s.profile]).toEqual(['10.100.0.0/16', 11, 22, 'networking.serviceSubnet', 'kubeadm']);
    const file = apiRange(extract(lines(...V1BETA3_HEAD, 'networking:', '  serviceSubnet: 10.100.0.0/16')))!;
    expect([s.subject, s.group]).toEqual([file.subject, file.group]);
  });

  it('a quoted string (as some tools write it) is read, positioned at its first line', () => {
    const x = extract(
      configMap(
        '  name: kubeadm-config',
        '  ClusterConfiguration: "apiVersion: kubeadm.k8s.io/v1beta4\\nkind: ClusterConfiguration\\nnetworking:\\n  serviceSubnet: 10.101.0.0/16\\n"',
      ),
    );
    expect(apiRange(x)?.value).toBe('10.101.0.0/16');
    expect(apiRange(x)?.span.line).toBe(6);
  });

  it.each([
    ['another name', '  name: kubeadm-config-old\n  namespace: kube-system'],
    ['another namespace', '  name: kubeadm-config\n  namespace: default'],
  ])('%s is not the ConfigMap kubeadm reads', (_n, meta) => {
    expect(extract(configMap(meta, ['  ClusterConfiguration: |', ...cluster].join('\n')))).toEqual({ settings: [], problems: [] });
  });

  it('a ConfigMap next to a kubeadm config file is not "kind specified twice"', () => {
    const x = extract(configMap('  name: kubeadm-config', ['  ClusterConfiguration: |', ...cluster].join('\n')) + lines('---', ...V1BETA3_HEAD));
    expect(x.problems).toEqual([]);
    expect(x.settings.filter((s) => s.role === 'service-range').map((s) => s.value)).toEqual(['10.100.0.0/16', '10.96.0.0/12']);
  });
});
