// Control-plane workloads (static pods, self-hosted Deployments, embedded manifests).

import { describe, expect, it } from '@jest/globals';
import type { Setting, Span } from '../../src/model.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import { expandEnvReferences, versionFromImage, workloadsFormat } from '../../src/formats/flags/workload-manifests-format.js';

function extract(text: string, path = 'nodes/cp1/kube-apiserver.yaml') {
  return workloadsFormat.extract(new Source(path, text));
}

/** The text a single-line span covers. */
function textAt(text: string, span: Span): string {
  const line = text.split(/\r?\n/)[span.line - 1];
  expect(span.endLine).toBe(span.line);
  return line.slice(span.column - 1, span.endColumn - 1);
}

function byRole(settings: Setting[], role: Setting['role'], component = 'kube-apiserver'): Setting[] {
  return settings.filter((s) => s.role === role && s.component === component);
}

function pod(containerBody: string, kind = 'Pod', apiVersion = 'v1'): string {
  const head = `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\n`;
  if (kind === 'Pod') return `${head}spec:\n  containers:\n${containerBody}`;
  const indented = containerBody.replace(/^/gm, '    ');
  return `${head}spec:\n  template:\n    spec:\n      containers:\n${indented}`;
}

const KUBEADM_CONTAINER = `  - command:
    - kube-apiserver
    - --advertise-address=192.168.1.10
    - --service-cluster-ip-range=10.96.0.0/12
    image: registry.k8s.io/kube-apiserver:v1.33.1
    name: kube-apiserver
`;

describe('workloads: service range from container argv', () => {
  it('reads a kubeadm static pod with the exact value span, subject, group and version', () => {
    const text = pod(KUBEADM_CONTAINER);
    const r = extract(text);
    const [s] = byRole(r.settings, 'service-range');
    expect(s).toMatchObject({
      format: 'manifest',
      subject: 'manifest/Pod/kube-system/kube-apiserver/kube-apiserver/kube-apiserver',
      group: 'manifest-dir:nodes/cp1',
      component: 'kube-apiserver',
      setting: '--service-cluster-ip-range',
      value: '10.96.0.0/12',
      origin: 'explicit',
      profile: 'apiserver',
      kubernetesVersion: '1.33',
    });
    expect(textAt(text, s.span)).toBe('10.96.0.0/12');
    const [adv] = byRole(r.settings, 'advertise-address');
    expect(adv.value).toBe('192.168.1.10');
    expect(textAt(text, adv.span)).toBe('192.168.1.10');
    expect(r.problems).toEqual([]);
  });

  it.each([
    [
      'command and args',
      `  - name: api\n    image: registry.k8s.io/kube-apiserver:v1.30.0\n    command: ["kube-apiserver"]\n    args:\n    - --service-cluster-ip-range=10.100.0.0/16\n`,
      '10.100.0.0/16',
    ],
    ['two-item form', `  - name: api\n    command:\n    - kube-apiserver\n    - --service-cluster-ip-range\n    - 10.101.0.0/16\n`, '10.101.0.0/16'],
    [
      'repeated flag: last wins',
      `  - name: api\n    command:\n    - kube-apiserver\n    - --service-cluster-ip-range=10.1.0.0/16\n    - --service-cluster-ip-range=10.102.0.0/16\n`,
      '10.102.0.0/16',
    ],
    ['single-quoted item', `  - name: api\n    command:\n    - kube-apiserver\n    - '--service-cluster-ip-range=10.103.0.0/16'\n`, '10.103.0.0/16'],
    [
      'double-quoted item',
      `  - name: api\n    command:\n    - "kube-apiserver"\n    - "--service-cluster-ip-range=10.104.0.0/16"\n`,
      '10.104.0.0/16',
    ],
    ['flow sequence', `  - name: api\n    command: [kube-apiserver, --service-cluster-ip-range=10.105.0.0/16]\n`, '10.105.0.0/16'],
    [
      'hyperkube',
      `  - name: api\n    image: quay.io/coreos/hyperkube:v1.9.0_coreos.0\n    command:\n    - /hyperkube\n    - apiserver\n    - --service-cluster-ip-range=10.3.0.0/24\n`,
      '10.3.0.0/24',
    ],
    [
      'sh -c in args',
      `  - name: api\n    command: ["/bin/sh", "-c"]\n    args:\n    - exec kube-apiserver --service-cluster-ip-range=10.106.0.0/16 --v=2\n`,
      '10.106.0.0/16',
    ],
    [
      'sh -c block scalar',
      `  - name: api\n    command:\n    - sh\n    - -c\n    - |\n      set -e\n      kube-apiserver \\\n        --service-cluster-ip-range=10.107.0.0/16\n`,
      '10.107.0.0/16',
    ],
    [
      'args only, image entrypoint is the program',
      `  - name: api\n    image: example.com/kube-apiserver:v1.31.2\n    args:\n    - --service-cluster-ip-range=10.108.0.0/16\n`,
      '10.108.0.0/16',
    ],
    [
      '$(VAR) from a literal env value',
      `  - name: api\n    command:\n    - kube-apiserver\n    - --service-cluster-ip-range=$(CIDR)\n    env:\n    - name: CIDR\n      value: 10.109.0.0/16\n`,
      '10.109.0.0/16',
    ],
  ])('%s', (_name, container, value) => {
    const text = pod(container);
    const [s] = byRole(extract(text).settings, 'service-range');
    expect(s?.value).toBe(value);
    expect(s.origin).toBe('explicit');
    // The span covers the value as written; an env value reached through `$(CIDR)` stands at its definition
    // (issue 13), and the setting says where it is used.
    expect(textAt(text, s.span)).toBe(value);
    if (_name.startsWith('$(VAR)')) expect(textAt(text, s.reachedThrough!.use)).toBe('$(CIDR)');
  });

  it.each([
    ['Deployment', 'apps/v1'],
    ['Deployment', 'extensions/v1beta1'],
    ['DaemonSet', 'apps/v1'],
    ['StatefulSet', 'apps/v1'],
  ])('%s (%s) pod templates', (kind, apiVersion) => {
    const text = pod(KUBEADM_CONTAINER, kind, apiVersion);
    const [s] = byRole(extract(text).settings, 'service-range');
    expect(s.subject).toBe(`manifest/${kind}/kube-system/kube-apiserver/kube-apiserver/kube-apiserver`);
    expect(textAt(text, s.span)).toBe('10.96.0.0/12');
  });

  it('CRLF line endings keep columns', () => {
    const text = pod(KUBEADM_CONTAINER).replace(/\n/g, '\r\n');
    const [s] = byRole(extract(text).settings, 'service-range');
    expect(s.value).toBe('10.96.0.0/12');
    expect(textAt(text, s.span)).toBe('10.96.0.0/12');
  });
});

describe('workloads: defaults and absent flags', () => {
  it.each([
    ['flag absent', `  - name: api\n    command:\n    - kube-apiserver\n    - --v=2\n`],
    ['flag empty', `  - name: api\n    command:\n    - kube-apiserver\n    - --service-cluster-ip-range=\n`],
  ])('%s: kube-apiserver default 10.0.0.0/24', (_name, container) => {
    const text = pod(container);
    const [s] = byRole(extract(text).settings, 'service-range');
    expect(s).toMatchObject({ value: '10.0.0.0/24', origin: 'default' });
    expect(s.defaultNote).toMatch(/kube-apiserver default/);
  });

  it('an absent flag points at the command: key', () => {
    const text = pod(`  - name: api\n    command:\n    - kube-apiserver\n`);
    const [s] = byRole(extract(text).settings, 'service-range');
    expect(textAt(text, s.span)).toBe('command');
  });

  it('kube-controller-manager without the flag has no service-range setting; --cluster-cidr is its pod range', () => {
    const text = pod(`  - name: kcm\n    command:\n    - kube-controller-manager\n    - --cluster-cidr=10.244.0.0/16\n`);
    const r = extract(text);
    expect(byRole(r.settings, 'service-range', 'kube-controller-manager')).toEqual([]);
    const [pods] = byRole(r.settings, 'pod-range', 'kube-controller-manager');
    expect(pods.value).toBe('10.244.0.0/16');
    expect(textAt(text, pods.span)).toBe('10.244.0.0/16');
  });

  it('kube-controller-manager with the flag', () => {
    const text = pod(`  - name: kcm\n    command:\n    - kube-controller-manager\n    - --service-cluster-ip-range=10.96.0.0/12\n`);
    const [s] = byRole(extract(text).settings, 'service-range', 'kube-controller-manager');
    expect(s).toMatchObject({ value: '10.96.0.0/12', origin: 'explicit', component: 'kube-controller-manager' });
    expect(s.subject.endsWith('/kube-controller-manager')).toBe(true);
  });
});

describe('workloads: values that cannot be read', () => {
  it.each([
    ['Helm value', `    - '--service-cluster-ip-range={{ .Values.serviceCIDR }}'`, '{{ .Values.serviceCIDR }}'],
    ['env from a ConfigMap', `    - --service-cluster-ip-range=$(SERVICE_CIDR)`, '$(SERVICE_CIDR)'],
    ['sed placeholder', `    - --service-cluster-ip-range=__SERVICE_CIDR__`, '__SERVICE_CIDR__'],
  ])('templated value (%s): a problem, never the default', (_name, item, expression) => {
    // SERVICE_CIDR comes from a ConfigMap: known only when the pod runs (an undefined name would stay literal).
    const env = `    env:\n    - name: SERVICE_CIDR\n      valueFrom:\n        configMapKeyRef: {name: net, key: cidr}\n`;
    const text = pod(`  - name: api\n    command:\n    - kube-apiserver\n${item}\n${env}`);
    const r = extract(text);
    expect(byRole(r.settings, 'service-range')).toEqual([]);
    expect(r.problems).toHaveLength(1);
    const line = text.split('\n').indexOf(item) + 1;
    expect(r.problems[0]).toMatchObject({ hidesRange: true, setting: '--service-cluster-ip-range', format: 'manifest', line });
    expect(r.problems[0].message).toContain(expression);
  });

  it('a single-dash flag is a problem (pflag rejects it), not a value', () => {
    const text = pod(`  - name: api\n    command:\n    - kube-apiserver\n    - -service-cluster-ip-range=10.96.0.0/12\n`);
    const r = extract(text);
    expect(byRole(r.settings, 'service-range')).toEqual([]);
    expect(r.problems[0].message).toMatch(/unknown shorthand flag: 's'/);
    expect(r.problems[0].hidesRange).toBe(true);
  });
});

describe('workloads: what is not a control plane', () => {
  it.each([
    ['kube-router DaemonSet', 'kube-router', `    args:\n    - --run-router=true\n    - --service-cluster-ip-range=10.96.0.0/12\n`],
    [
      'kube-ovn controller',
      'kube-ovn-controller',
      `    command:\n    - /kube-ovn/start-controller.sh\n    - --service-cluster-ip-range=10.96.0.0/12\n`,
    ],
    [
      'a shell that only downloads the binary',
      'fetch',
      `    command: ["sh", "-c", "wget https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kube-apiserver"]\n`,
    ],
  ])('%s is not read', (_name, name, body) => {
    const text = pod(`  - name: ${name}\n    image: docker.io/example/${name}:v1\n${body}`, 'DaemonSet', 'apps/v1');
    expect(extract(text)).toEqual({ settings: [], problems: [] });
  });

  it('non-workload kinds are not read', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  command: kube-apiserver --service-cluster-ip-range=10.96.0.0/12\n`;
    expect(extract(text).settings).toEqual([]);
  });
});

describe('workloads: embedded manifests', () => {
  it('finds a static pod in a cloud-config write_files block scalar and maps its position', () => {
    const text = [
      '#cloud-config',
      'write_files:',
      '- path: /etc/kubernetes/manifests/kube-apiserver.yaml',
      '  content: |',
      '    apiVersion: v1',
      '    kind: Pod',
      '    metadata:',
      '      name: kube-apiserver',
      '      namespace: kube-system',
      '    spec:',
      '      containers:',
      '      - name: kube-apiserver',
      '        image: registry.k8s.io/kube-apiserver:v1.32.0',
      '        command:',
      '        - kube-apiserver',
      '        - --service-cluster-ip-range=10.110.0.0/16',
      '',
    ].join('\n');
    const [s] = byRole(extract(text, 'cloud-init/cp.yaml').settings, 'service-range');
    expect(s).toMatchObject({ value: '10.110.0.0/16', kubernetesVersion: '1.32', group: 'manifest-dir:cloud-init' });
    expect(s.span.line).toBe(16);
    expect(textAt(text, s.span)).toBe('10.110.0.0/16');
  });

  it('two embedded copies of one manifest get distinct subjects', () => {
    const body = (cidr: string) =>
      `    apiVersion: v1\n    kind: Pod\n    metadata:\n      name: kube-apiserver\n    spec:\n      containers:\n      - name: a\n        command: [kube-apiserver, --service-cluster-ip-range=${cidr}]\n`;
    const text = `files:\n- content: |\n${body('10.1.0.0/16')}- content: |\n${body('10.2.0.0/16')}`;
    const settings = byRole(extract(text).settings, 'service-range');
    expect(settings.map((s) => s.value)).toEqual(['10.1.0.0/16', '10.2.0.0/16']);
    expect(new Set(settings.map((s) => s.subject)).size).toBe(2);
  });
});

describe('versionFromImage', () => {
  it.each([
    ['registry.k8s.io/kube-apiserver:v1.33.1', '1.33'],
    ['k8s.gcr.io/kube-apiserver-amd64:v1.10.0', '1.10'],
    ['quay.io/coreos/hyperkube:v1.9.0_coreos.0', '1.9'],
    ['gcr.io/google_containers/hyperkube-amd64:v1.5.1', '1.5'],
    ['registry.k8s.io/kube-controller-manager:v1.34.0@sha256:abcd', '1.34'],
    ['localhost:5000/kube-apiserver:v1.31.0', '1.31'],
  ])('%s -> %s', (image, version) => {
    expect(versionFromImage(image)).toBe(version);
  });

  it.each([
    'gcr.io/google_containers/hyperkube-amd64:__RELEASE__',
    'busybox:1.36',
    'registry.k8s.io/kube-apiserver',
    'localhost:5000/kube-apiserver',
    '{{ hyperkube_image_repo }}:{{ hyperkube_image_tag }}',
  ])('%s -> no version', (image) => {
    expect(versionFromImage(image)).toBeUndefined();
  });
});

describe('expandEnvReferences', () => {
  const env = new Map([['CIDR', '10.0.0.0/16']]);
  it.each([
    ['--x=$(CIDR)', '--x=10.0.0.0/16'],
    ['$$(CIDR)', '$(CIDR)'],
    ['$(OTHER)', '$(OTHER)'],
    ['plain', 'plain'],
  ])('%s', (value, expanded) => {
    expect(expandEnvReferences(value, env)).toBe(expanded);
  });
});
