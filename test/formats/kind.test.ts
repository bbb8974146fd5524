import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kindFormat } from '../../src/formats/distributions/kind.js';
import { kindKubeadmVersions, parsePointer } from '../../src/formats/distributions/kind-patches.js';
import { findTemplate } from '../../src/formats/toolkit/read-values.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import type { Extraction, Setting } from '../../src/model.js';

const extract = (text: string): Extraction => kindFormat.extract(new Source('kind.yaml', text));
const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const find = (x: Extraction, component: Setting['component'], role: Setting['role'] = 'service-range') =>
  x.settings.find((s) => s.component === component && s.role === role);
const apiRange = (x: Extraction) => find(x, 'kube-apiserver');
const podRange = (x: Extraction) => find(x, 'kube-controller-manager', 'pod-range');
const HEAD = ['kind: Cluster', 'apiVersion: kind.x-k8s.io/v1alpha4'];

describe('kind: defaults by ipFamily (kind pkg/internal/apis/config/default.go)', () => {
  it.each([
    ['absent', [], 'ipv4', '10.96.0.0/16', '10.244.0.0/16'],
    ['ipv4', ['networking:', '  ipFamily: ipv4'], 'ipv4', '10.96.0.0/16', '10.244.0.0/16'],
    ['ipv6', ['networking:', '  ipFamily: ipv6'], 'ipv6', 'fd00:10:96::/112', 'fd00:10:244::/56'],
    ['dual', ['networking:', '  ipFamily: dual'], 'dual', '10.96.0.0/16,fd00:10:96::/112', '10.244.0.0/16,fd00:10:244::/56'],
  ])('ipFamily %s', (_name, extra, family, service, pod) => {
    const x = extract(lines(...HEAD, ...extra));
    expect(apiRange(x)).toMatchObject({
      value: service,
      origin: 'default',
      profile: 'kind',
      ipFamily: family,
      createOnly: true,
      setting: 'networking.serviceSubnet',
      format: 'kind',
      span: { line: extra.length ? 3 : 1 },
    });
    expect(podRange(x)).toMatchObject({ value: pod, origin: 'default', createOnly: true });
    expect(x.problems).toEqual([]);
  });

  it('no default pod range when the default CNI is disabled', () => {
    const x = extract(lines(...HEAD, 'networking:', '  disableDefaultCNI: true'));
    expect(podRange(x)).toBeUndefined();
    expect(apiRange(x)).toMatchObject({ value: '10.96.0.0/16' });
  });

  it('an unknown ipFamily is reported; with no serviceSubnet the range is hidden, not guessed', () => {
    const x = extract(lines(...HEAD, 'networking:', '  ipFamily: IPv6'));
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems.some((p) => p.line === 4 && /ipFamily/.test(p.message))).toBe(true);
  });
});

describe('kind: explicit values', () => {
  it('networking.serviceSubnet with its ipFamily', () => {
    const x = extract(lines(...HEAD, 'networking:', '  ipFamily: dual', '  serviceSubnet: "10.96.0.0/16,fd00:10:96::/112"'));
    expect(apiRange(x)).toMatchObject({
      value: '10.96.0.0/16,fd00:10:96::/112',
      origin: 'explicit',
      profile: 'kind',
      ipFamily: 'dual',
      createOnly: true,
      span: { line: 5, column: 18 },
    });
  });

  it('version from the control-plane node image, before a worker image', () => {
    const x = extract(
      lines(
        ...HEAD,
        'nodes:',
        '- role: worker',
        '  image: kindest/node:v1.31.0',
        '- role: control-plane',
        '  image: kindest/node:v1.34.0@sha256:abc',
      ),
    );
    expect(x.settings.length).toBeGreaterThan(0);
    expect(x.settings.every((s) => s.kubernetesVersion === '1.34')).toBe(true);
  });

  it('version from any node when the control-plane node has no image', () => {
    const x = extract(lines(...HEAD, 'nodes:', '- role: control-plane', '- role: worker', '  image: kindest/node:v1.32.2'));
    expect(apiRange(x)!.kubernetesVersion).toBe('1.32');
  });

  it.each([
    ['v1alpha3', 'kind.x-k8s.io/v1alpha3', true],
    ['another group', 'kind.example.com/v1', false],
  ])('apiVersion %s is read: %s', (_name, apiVersion, read) => {
    const x = extract(lines('kind: Cluster', `apiVersion: ${apiVersion}`, 'networking:', '  serviceSubnet: 10.1.0.0/16'));
    expect(apiRange(x)?.value).toBe(read ? '10.1.0.0/16' : undefined);
  });
});

describe('kind: kubeadmConfigPatches (merge patches win over kind fields)', () => {
  const patch = (...body: string[]) => ['kubeadmConfigPatches:', '- |', ...body.map((b) => `  ${b}`)];

  it('a ClusterConfiguration patch overrides networking.serviceSubnet; its position maps to the kind file', () => {
    const x = extract(
      lines(
        ...HEAD,
        'networking:',
        '  serviceSubnet: 10.96.0.0/16',
        ...patch('apiVersion: kubeadm.k8s.io/v1beta3', 'kind: ClusterConfiguration', 'networking:', '  serviceSubnet: 10.100.0.0/16'),
      ),
    );
    expect(apiRange(x)).toMatchObject({
      value: '10.100.0.0/16',
      origin: 'explicit',
      profile: 'kubeadm',
      createOnly: true,
      setting: 'kubeadmConfigPatches[0]: networking.serviceSubnet',
      span: { line: 10, column: 20, endLine: 10, endColumn: 33 },
    });
  });

  it.each([
    ['without apiVersion', ['kind: ClusterConfiguration'], '10.100.0.0/16'],
    ['another kind', ['apiVersion: kubeadm.k8s.io/v1beta3', 'kind: InitConfiguration'], '10.96.0.0/16'],
    ['another group', ['apiVersion: kubeproxy.config.k8s.io/v1alpha1', 'kind: ClusterConfiguration'], '10.96.0.0/16'],
  ])('patch matching (resource.go): %s', (_name, header, expected) => {
    const x = extract(lines(...HEAD, ...patch(...header, 'networking:', '  serviceSubnet: 10.100.0.0/16')));
    expect(apiRange(x)!.value).toBe(expected);
  });

  it.each([
    ['map form', ['apiServer:', '  extraArgs:', '    service-cluster-ip-range: 10.7.0.0/16']],
    ['list form', ['apiServer:', '  extraArgs:', '  - name: service-cluster-ip-range', '    value: 10.7.0.0/16']],
  ])('apiServer.extraArgs (%s) wins over networking.serviceSubnet', (_name, body) => {
    const x = extract(lines(...HEAD, ...patch('kind: ClusterConfiguration', 'networking:', '  serviceSubnet: 10.100.0.0/16', ...body)));
    expect(apiRange(x)).toMatchObject({
      value: '10.7.0.0/16',
      profile: 'apiserver',
      setting: 'kubeadmConfigPatches[0]: apiServer.extraArgs.service-cluster-ip-range',
    });
  });

  it("a later patch wins; a null deletes the field and kubeadm's default applies", () => {
    const x = extract(
      lines(
        ...HEAD,
        ...patch('kind: ClusterConfiguration', 'networking:', '  serviceSubnet: 10.100.0.0/16'),
        '- |',
        '  kind: ClusterConfiguration',
        '  networking:',
        '    serviceSubnet: null',
      ),
    );
    expect(apiRange(x)).toMatchObject({ value: '10.96.0.0/12', origin: 'default', profile: 'kubeadm', span: { line: 11 } });
  });

  it('several documents in one patch string', () => {
    const x = extract(
      lines(
        ...HEAD,
        ...patch('kind: KubeProxyConfiguration', 'mode: ipvs', '---', 'kind: ClusterConfiguration', 'networking:', '  serviceSubnet: 10.9.0.0/16'),
      ),
    );
    expect(apiRange(x)).toMatchObject({ value: '10.9.0.0/16', span: { line: 10 } });
  });

  it("the bootstrap control-plane node's patches apply; a worker's do not", () => {
    const x = extract(
      lines(
        ...HEAD,
        'nodes:',
        '- role: control-plane',
        '  kubeadmConfigPatches:',
        '  - |',
        '    kind: ClusterConfiguration',
        '    networking:',
        '      serviceSubnet: 10.11.0.0/16',
        '- role: worker',
        '  kubeadmConfigPatches:',
        '  - |',
        '    kind: ClusterConfiguration',
        '    networking:',
        '      serviceSubnet: 10.12.0.0/16',
      ),
    );
    expect(apiRange(x)).toMatchObject({
      value: '10.11.0.0/16',
      setting: 'nodes[0].kubeadmConfigPatches[0]: networking.serviceSubnet',
      span: { line: 9, column: 22 },
    });
  });

  it('controller-manager flags from a patch: service range and cluster-cidr', () => {
    const x = extract(
      lines(
        ...HEAD,
        ...patch(
          'kind: ClusterConfiguration',
          'controllerManager:',
          '  extraArgs:',
          '    service-cluster-ip-range: 10.96.0.0/12',
          '    cluster-cidr: 10.50.0.0/16',
        ),
      ),
    );
    expect(find(x, 'kube-controller-manager')).toMatchObject({ value: '10.96.0.0/12', createOnly: true });
    expect(podRange(x)).toMatchObject({ value: '10.50.0.0/16', origin: 'explicit' });
  });

  it('CRLF line endings keep the mapped positions', () => {
    const text = lines(...HEAD, ...patch('kind: ClusterConfiguration', 'networking:', '  serviceSubnet: 10.100.0.0/16'));
    const a = apiRange(extract(text));
    const b = apiRange(extract(text.replace(/\n/g, '\r\n')));
    expect(b).toMatchObject({ value: '10.100.0.0/16' });
    expect(b!.span).toEqual(a!.span);
    expect(a!.span.line).toBe(7);
  });
});

describe('kind: patches pinned to a kubeadm API version (pkg/internal/patch/resource.go)', () => {
  it.each([
    ['1.14', ['v1beta1']],
    ['1.22', ['v1beta2']],
    ['1.34', ['v1beta3']],
    ['1.36', ['v1beta3', 'v1beta4']],
    [undefined, null],
  ])('node version %s -> generated kubeadm config %j', (minor, expected) => {
    expect(kindKubeadmVersions(minor)).toEqual(expected);
  });

  const config = (image: string, apiVersion: string) =>
    lines(
      ...HEAD,
      'kubeadmConfigPatches:',
      '- |',
      `  apiVersion: ${apiVersion}`,
      '  kind: ClusterConfiguration',
      '  networking:',
      '    serviceSubnet: 10.100.0.0/16',
      'nodes:',
      '- role: control-plane',
      `  image: ${image}`,
    );

  it.each([
    ['kindest/node:v1.34.0', 'kubeadm.k8s.io/v1beta3', '10.100.0.0/16'],
    ['kindest/node:v1.20.7', 'kubeadm.k8s.io/v1beta2', '10.100.0.0/16'],
    ['kindest/node:v1.34.0', 'kubeadm.k8s.io/', '10.100.0.0/16'],
    ['kindest/node', 'kubeadm.k8s.io/v1beta2', '10.100.0.0/16'],
    ['kindest/node:v1.34.0', 'kubeadm.k8s.io/v1beta2', '10.96.0.0/16'],
  ])('image %s with a patch for %s: %s', (image, apiVersion, expected) => {
    const x = extract(config(image, apiVersion));
    expect(apiRange(x)!.value).toBe(expected);
    const ignored = x.problems.filter((p) => /kind ignores the patch/.test(p.message));
    expect(ignored.length).toBe(expected === '10.96.0.0/16' ? 1 : 0);
    if (ignored.length) expect([ignored[0].line, ignored[0].hidesRange ?? false]).toEqual([5, false]);
  });
});

describe('kind: kubeadmConfigPatchesJSON6902', () => {
  const json = (kind: string, ...ops: string[]) => [
    'kubeadmConfigPatchesJSON6902:',
    '- group: kubeadm.k8s.io',
    '  version: v1beta3',
    `  kind: ${kind}`,
    '  patch: |',
    ...ops.map((o) => `    ${o}`),
  ];

  it.each([
    [
      'replace /networking/serviceSubnet',
      ['- op: replace', '  path: /networking/serviceSubnet', '  value: 10.20.0.0/16'],
      '10.20.0.0/16',
      'explicit',
    ],
    ['add /networking with a map', ['- op: add', '  path: /networking', '  value: {serviceSubnet: 10.21.0.0/16}'], '10.21.0.0/16', 'explicit'],
    [
      'add an extraArgs list item',
      ['- op: add', '  path: /apiServer/extraArgs/-', '  value: {name: service-cluster-ip-range, value: 10.22.0.0/16}'],
      '10.22.0.0/16',
      'explicit',
    ],
    [
      'add an extraArgs map key',
      ['- op: add', '  path: /apiServer/extraArgs/service-cluster-ip-range', '  value: 10.23.0.0/16'],
      '10.23.0.0/16',
      'explicit',
    ],
    ['remove /networking/serviceSubnet', ['- op: remove', '  path: /networking/serviceSubnet'], '10.96.0.0/12', 'default'],
    ['an unrelated op', ['- op: add', '  path: /apiServer/certSANs/-', '  value: my-hostname'], '10.96.0.0/16', 'default'],
  ])('%s', (_name, ops, value, origin) => {
    const x = extract(lines(...HEAD, ...json('ClusterConfiguration', ...ops)));
    expect(apiRange(x)).toMatchObject({ value, origin });
    expect(x.problems).toEqual([]);
  });

  it('positions of a JSON 6902 value map back to the kind file', () => {
    const x = extract(lines(...HEAD, ...json('ClusterConfiguration', '- op: replace', '  path: /networking/serviceSubnet', '  value: 10.20.0.0/16')));
    expect(apiRange(x)!.span).toMatchObject({ line: 10, column: 14 });
    expect(apiRange(x)!.setting).toBe('kubeadmConfigPatchesJSON6902[0][0] replace /networking/serviceSubnet');
  });

  it('a patch of another kind is ignored', () => {
    const x = extract(lines(...HEAD, ...json('InitConfiguration', '- op: replace', '  path: /networking/serviceSubnet', '  value: 10.20.0.0/16')));
    expect(apiRange(x)!.value).toBe('10.96.0.0/16');
  });

  it('a move onto the range is reported, not guessed', () => {
    const x = extract(lines(...HEAD, ...json('ClusterConfiguration', '- op: move', '  from: /x', '  path: /networking/serviceSubnet')));
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems[0]).toMatchObject({ hidesRange: true, line: 10 });
  });

  it.each([
    ['/networking/serviceSubnet', ['networking', 'serviceSubnet']],
    ['/apiServer/extraArgs/a~1b~0c', ['apiServer', 'extraArgs', 'a/b~c']],
    ['', []],
  ])('JSON pointer %j', (pointer, segments) => {
    expect(parsePointer(pointer)).toEqual(segments);
  });
});

describe('kind: values the gate cannot read', () => {
  it('a templated kind field: a problem, never the default', () => {
    const x = extract(lines(...HEAD, 'networking:', '  serviceSubnet: ${service_cidr}'));
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems).toMatchObject([{ line: 4, hidesRange: true, setting: 'networking.serviceSubnet', format: 'kind' }]);
    expect(x.problems[0].message).toContain('${service_cidr}');
  });

  it('a templated patch value hides a literal kind field', () => {
    const x = extract(
      lines(
        ...HEAD,
        'networking:',
        '  serviceSubnet: 10.96.0.0/16',
        'kubeadmConfigPatches:',
        '- |',
        '  kind: ClusterConfiguration',
        '  networking:',
        '    serviceSubnet: "{{ .svc }}"',
      ),
    );
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems[0]).toMatchObject({ line: 9, hidesRange: true });
  });

  it('a templated ipFamily hides the default range', () => {
    const x = extract(lines(...HEAD, 'networking:', '  ipFamily: "{{ ip_family }}"'));
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems[0]).toMatchObject({ line: 4, hidesRange: true });
  });

  it('a patch that is not valid YAML and names the range: a problem, no exception', () => {
    const x = extract(
      lines(...HEAD, 'kubeadmConfigPatches:', '- |', '  kind: ClusterConfiguration', '  networking:', '    serviceSubnet: [10.1.0.0/16', '  x: }'),
    );
    expect(apiRange(x)).toBeUndefined();
    expect(x.problems.some((p) => p.hidesRange && p.line >= 5)).toBe(true);
  });

  it('malformed kind YAML: no exception', () => {
    expect(() => extract(lines(...HEAD, 'networking: {serviceSubnet: 10.1.0.0/16', 'nodes: ['))).not.toThrow();
  });

  it('an alias to a shared patch string', () => {
    const x = extract(
      lines(
        ...HEAD,
        'x-patch: &p |',
        '  kind: ClusterConfiguration',
        '  networking:',
        '    serviceSubnet: 10.44.0.0/16',
        'kubeadmConfigPatches:',
        '- *p',
      ),
    );
    expect(apiRange(x)).toMatchObject({ value: '10.44.0.0/16', span: { line: 6 } });
  });
});

// ---- corpus: third-party files, read in place, never copied ----

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const hasCorpus = fs.existsSync(path.join(corpus, 'MANIFEST.tsv'));
if (!hasCorpus) console.warn(`corpus not found at ${corpus}: skipped`);

(hasCorpus ? describe : describe.skip)('kind corpus', () => {
  const rows = hasCorpus
    ? fs
        .readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('kind/'))
        .map((l) => l.split('\t'))
        .map((c) => ({ file: c[0], value: c[6] }))
    : [];

  it('lists every file of the folder', () => {
    const files = fs
      .readdirSync(path.join(corpus, 'kind'))
      .map((f) => `kind/${f}`)
      .sort();
    expect(rows.map((r) => r.file).sort()).toEqual(files);
  });

  it.each(rows.map((r) => [r.file, r.value]))('%s is extracted without an exception (MANIFEST value %s)', (file, value) => {
    const x = extract(fs.readFileSync(path.join(corpus, file), 'utf8'));
    const s = apiRange(x);
    expect(s === undefined ? x.problems.some((p) => p.hidesRange) : s.createOnly).toBe(true);
    if (/^[0-9A-Fa-f:.,/]+$/.test(value.trim())) expect(s?.value.trim()).toBe(value.trim());
    else if (findTemplate(value)) expect(s).toBeUndefined();
    else expect(s?.origin).toBe('default');
  });
});
