// Plain-text flag carriers (systemd units, env files, shell scripts, cloud-config), the no-double-reading rule
// against the manifest reader, and the third-party corpus.

import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Extraction, Setting, Span } from '../../src/model.js';
import { flagTextFormat } from '../../src/formats/flags/text-carriers-format.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import { workloadsFormat } from '../../src/formats/flags/workload-manifests-format.js';

function extract(text: string, file = 'units/kube-apiserver.service'): Extraction {
  return flagTextFormat.extract(new Source(file, text));
}

/** Both readers, keyed like the engine keys them (role|subject): what one side of a file yields. */
function extractBoth(text: string, file: string): Extraction {
  const source = new Source(file, text);
  const settings = new Map<string, Setting>();
  const problems = [];
  for (const format of [workloadsFormat, flagTextFormat]) {
    const r = format.extract(source);
    for (const s of r.settings) settings.set(`${s.role}|${s.subject}`, s);
    problems.push(...r.problems);
  }
  return { settings: [...settings.values()], problems };
}

function textAt(text: string, span: Span): string {
  const line = text.split(/\r?\n/)[span.line - 1];
  expect(span.endLine).toBe(span.line);
  return line.slice(span.column - 1, span.endColumn - 1);
}

function serviceRange(r: Extraction, component = 'kube-apiserver'): Setting[] {
  return r.settings.filter((s) => s.role === 'service-range' && s.component === component);
}

const UNIT = (execStart: string) =>
  `[Unit]\nDescription=Kubernetes API Server\n\n[Service]\n${execStart}\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`;

describe('systemd units', () => {
  it.each([
    [
      'continuation lines',
      'ExecStart=/usr/local/bin/kube-apiserver \\\n  --allow-privileged=true \\\n  --service-cluster-ip-range=10.32.0.0/24 \\\n  --v=2',
      '10.32.0.0/24',
      7,
    ],
    ['tab-indented continuation', 'ExecStart=/usr/bin/kube-apiserver \\\n\t    --service-cluster-ip-range=10.254.0.0/16', '10.254.0.0/16', 6],
    ['one line', 'ExecStart=/opt/bin/kube-apiserver --service-cluster-ip-range=10.100.0.0/24', '10.100.0.0/24', 5],
    ['prefix "-" on ExecStart', 'ExecStart=-/opt/bin/kube-apiserver --service-cluster-ip-range 10.101.0.0/24', '10.101.0.0/24', 5],
    ['quoted value', 'ExecStart=/opt/bin/kube-apiserver --service-cluster-ip-range="10.102.0.0/24"', '10.102.0.0/24', 5],
    [
      'comment line inside the continuation (systemd ignores it)',
      'ExecStart=/opt/bin/kube-apiserver \\\n# the range:\n  --service-cluster-ip-range=10.103.0.0/24',
      '10.103.0.0/24',
      7,
    ],
    ['hyperkube', 'ExecStart=/usr/bin/hyperkube apiserver \\\n  --service-cluster-ip-range=10.3.0.0/24', '10.3.0.0/24', 6],
    [
      'last wins',
      'ExecStart=/opt/bin/kube-apiserver --service-cluster-ip-range=10.1.0.0/16 \\\n  --service-cluster-ip-range=10.104.0.0/16',
      '10.104.0.0/16',
      6,
    ],
  ])('%s', (_name, execStart, value, line) => {
    const text = UNIT(execStart);
    const r = extract(text);
    const [s] = serviceRange(r);
    expect(s).toMatchObject({ format: 'flags', value, origin: 'explicit', profile: 'apiserver', group: 'manifest-dir:units' });
    expect(s.span.line).toBe(line);
    expect(textAt(text, s.span)).toBe(value);
  });

  it('CRLF unit', () => {
    const text = UNIT('ExecStart=/usr/local/bin/kube-apiserver \\\n  --service-cluster-ip-range=10.32.0.0/24').replace(/\n/g, '\r\n');
    const [s] = serviceRange(extract(text));
    expect(s.value).toBe('10.32.0.0/24');
    expect(textAt(text, s.span)).toBe('10.32.0.0/24');
  });

  it('a unit whose flag was removed runs with the kube-apiserver default, pointing at the program', () => {
    const text = UNIT('ExecStart=/usr/local/bin/kube-apiserver \\\n  --allow-privileged=true \\\n  --v=2');
    const [s] = serviceRange(extract(text));
    expect(s).toMatchObject({ value: '10.0.0.0/24', origin: 'default', subject: 'flags/text/kube-apiserver' });
    expect(textAt(text, s.span)).toBe('/usr/local/bin/kube-apiserver');
  });

  it('kube-controller-manager unit: service range when given, pod range from --cluster-cidr, no default', () => {
    const given = extract(
      UNIT('ExecStart=/usr/local/bin/kube-controller-manager \\\n  --cluster-cidr=10.200.0.0/16 \\\n  --service-cluster-ip-range=10.32.0.0/24'),
    );
    expect(serviceRange(given, 'kube-controller-manager').map((s) => s.value)).toEqual(['10.32.0.0/24']);
    expect(given.settings.find((s) => s.role === 'pod-range')?.value).toBe('10.200.0.0/16');
    const absent = extract(UNIT('ExecStart=/usr/local/bin/kube-controller-manager --cluster-cidr=10.200.0.0/16'));
    expect(serviceRange(absent, 'kube-controller-manager')).toEqual([]);
  });

  it('variables from an EnvironmentFile may carry the flag: a problem, no default', () => {
    const text = UNIT(
      'EnvironmentFile=-/etc/kubernetes/apiserver\nExecStart=/usr/bin/kube-apiserver \\\n\t    $KUBE_ETCD_SERVERS \\\n\t    $KUBE_API_ARGS',
    );
    const r = extract(text);
    expect(serviceRange(r)).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ hidesRange: true, setting: '--service-cluster-ip-range', format: 'flags', line: 7 });
    expect(r.problems[0].message).toContain('$KUBE_API_ARGS');
  });

  it('a program that is not the control plane is not read', () => {
    const text = UNIT(
      'ExecStartPre=/usr/bin/wget -N https://dl.k8s.io/v1.9.6/bin/linux/amd64/kube-apiserver\nExecStart=/usr/local/bin/kube-router --service-cluster-ip-range=10.96.0.0/12',
    );
    expect(extract(text)).toEqual({ settings: [], problems: [] });
  });

  it('a templated value is a problem naming the expression, never the default', () => {
    const text = UNIT('ExecStart=/usr/local/bin/kube-apiserver \\\n  --service-cluster-ip-range=${SERVICE_CIDR} \\\n  --v=2');
    const r = extract(text);
    expect(serviceRange(r)).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 6, column: 30, hidesRange: true, setting: '--service-cluster-ip-range', format: 'flags' }),
    ]);
    expect(r.problems[0].message).toContain('${SERVICE_CIDR}');
  });
});

describe('env files (kubernetes-retired/contrib sysconfig)', () => {
  it('KUBE_SERVICE_ADDRESSES feeds kube-apiserver', () => {
    const text = '# Address range to use for services\nKUBE_SERVICE_ADDRESSES="--service-cluster-ip-range=10.254.0.0/16"\n\nKUBE_API_ARGS=""\n';
    const [s] = serviceRange(extract(text, 'etc/kubernetes/apiserver'));
    expect(s).toMatchObject({ value: '10.254.0.0/16', subject: 'flags/env/kube-apiserver', origin: 'explicit' });
    expect(s.span.line).toBe(2);
    expect(textAt(text, s.span)).toBe('10.254.0.0/16');
  });

  it('KUBE_API_ARGS comes after KUBE_SERVICE_ADDRESSES on the command line, so it wins', () => {
    const text = 'KUBE_API_ARGS="--v=2 --service-cluster-ip-range=10.2.0.0/16"\nKUBE_SERVICE_ADDRESSES="--service-cluster-ip-range=10.1.0.0/16"\n';
    expect(serviceRange(extract(text, 'apiserver')).map((s) => s.value)).toEqual(['10.2.0.0/16']);
  });

  it('KUBE_CONTROLLER_MANAGER_ARGS feeds kube-controller-manager', () => {
    const text = "KUBE_CONTROLLER_MANAGER_ARGS='--service-cluster-ip-range=10.254.0.0/16 --cluster-cidr=10.20.0.0/16'\n";
    const r = extract(text, 'controller-manager');
    expect(serviceRange(r, 'kube-controller-manager').map((s) => s.value)).toEqual(['10.254.0.0/16']);
    expect(serviceRange(r)).toEqual([]);
  });

  it('an env file without the flag has no setting (the rest of the command line is elsewhere)', () => {
    expect(extract('KUBE_API_ARGS="--v=2"\n', 'apiserver')).toEqual({ settings: [], problems: [] });
  });

  it('a templated env value is a problem', () => {
    const r = extract('KUBE_SERVICE_ADDRESSES="--service-cluster-ip-range={{ kube_service_addresses }}"\n', 'apiserver.j2');
    expect(r.settings).toEqual([]);
    expect(r.problems[0]).toMatchObject({ line: 1, hidesRange: true });
    expect(r.problems[0].message).toContain('{{ kube_service_addresses }}');
  });
});

describe('shell scripts', () => {
  it.each([
    [
      'direct call',
      '#!/bin/sh\nset -e\nkube-apiserver --etcd-servers=http://127.0.0.1:2379 \\\n  --service-cluster-ip-range=10.0.0.0/16 &\n',
      '10.0.0.0/16',
      4,
    ],
    ['exec with sudo', '#!/bin/bash\nexec sudo -E /usr/local/bin/kube-apiserver --service-cluster-ip-range 10.11.0.0/16\n', '10.11.0.0/16', 2],
    [
      'heredoc writing a unit',
      '#!/bin/bash\ncat <<EOF | sudo tee /etc/systemd/system/kube-apiserver.service\n[Service]\nExecStart=/usr/local/bin/kube-apiserver \\\\\n  --service-cluster-ip-range=10.32.0.0/24 \\\\\n  --v=2\nEOF\n',
      '10.32.0.0/24',
      5,
    ],
  ])('%s', (_name, text, value, line) => {
    const [s] = serviceRange(extract(text, 'scripts/start.sh'));
    expect(s?.value).toBe(value);
    expect(s.span.line).toBe(line);
  });

  it('a shell variable as the value is a problem', () => {
    const r = extract('kube-apiserver --service-cluster-ip-range="$SERVICE_CIDR"\n', 'start.sh');
    expect(r.settings.filter((s) => s.role === 'service-range')).toEqual([]);
    expect(r.problems[0]).toMatchObject({ hidesRange: true, line: 1 });
    expect(r.problems[0].message).toContain('$SERVICE_CIDR');
  });

  it('a comment line ends a shell command (unlike systemd)', () => {
    const text = 'kube-apiserver \\\n  --v=2\n# \\\n  --service-cluster-ip-range=10.9.0.0/16\n';
    const [s] = serviceRange(extract(text, 'start.sh'));
    expect(s).toMatchObject({ value: '10.0.0.0/24', origin: 'default' });
  });
});

describe('cloud-config and double reading', () => {
  const CLOUD_CONFIG = [
    '#cloud-config',
    'coreos:',
    '  units:',
    '    - name: kube-apiserver.service',
    '      command: start',
    '      content: |',
    '        [Service]',
    '        ExecStart=/opt/bin/kube-apiserver \\',
    '        --advertise-address=$private_ipv4 \\',
    '        --service-cluster-ip-range=10.100.0.0/24',
    '    - name: kube-controller-manager.service',
    '      content: |',
    '        [Service]',
    '        ExecStart=/opt/bin/kube-controller-manager \\',
    '        --cluster-cidr="192.168.128.0/18" \\',
    '        --service-cluster-ip-range=10.100.0.0/24',
    '',
  ].join('\n');

  it('reads units embedded in content: | with outer positions, one setting per component', () => {
    const r = extractBoth(CLOUD_CONFIG, 'cloud-config.yaml');
    const services = r.settings.filter((s) => s.role === 'service-range');
    expect(services.map((s) => [s.component, s.value, s.span.line])).toEqual([
      ['kube-apiserver', '10.100.0.0/24', 10],
      ['kube-controller-manager', '10.100.0.0/24', 16],
    ]);
    expect(services.map((s) => s.subject)).toEqual([
      'flags/kube-apiserver.service/kube-apiserver',
      'flags/kube-controller-manager.service/kube-controller-manager',
    ]);
    expect(textAt(CLOUD_CONFIG, services[0].span)).toBe('10.100.0.0/24');
    expect(r.settings.find((s) => s.role === 'pod-range')?.value).toBe('192.168.128.0/18');
  });

  it('a static pod manifest is read once (by the manifest reader)', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n    - --service-cluster-ip-range=10.96.0.0/12\n`;
    expect(extract(text, 'manifests/kube-apiserver.yaml')).toEqual({ settings: [], problems: [] });
    const both = extractBoth(text, 'manifests/kube-apiserver.yaml');
    expect(serviceRange(both).map((s) => s.format)).toEqual(['manifest']);
  });

  it('a cloud-config embedding static pods is read once (by the manifest reader)', () => {
    const manifest = (name: string, program: string, cidr: string) =>
      [
        `- path: /etc/kubernetes/manifests/${name}.yaml`,
        '  content: |',
        '    apiVersion: v1',
        '    kind: Pod',
        '    metadata:',
        `      name: ${name}`,
        '    spec:',
        '      containers:',
        `      - name: ${name}`,
        '        command:',
        `        - ${program}`,
        `        - --service-cluster-ip-range=${cidr}`,
      ].join('\n');
    const text = `#cloud-config\nwrite_files:\n${manifest('kube-apiserver', 'kube-apiserver', '10.96.0.0/12')}\n${manifest('kcm', 'kube-controller-manager', '10.96.0.0/12')}\n`;
    const both = extractBoth(text, 'cloud-init.yaml');
    const services = both.settings.filter((s) => s.role === 'service-range');
    expect(services.map((s) => [s.format, s.component])).toEqual([
      ['manifest', 'kube-apiserver'],
      ['manifest', 'kube-controller-manager'],
    ]);
  });

  it('a templated (non-YAML) manifest is read as text from its list items', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '  - name: kube-apiserver',
      '    command:',
      '    - /hyperkube',
      '    - apiserver',
      '{% if audit %}',
      '    - --audit-log-path=/var/log/audit.log',
      '{% endif %}',
      '    - --service-cluster-ip-range=10.233.0.0/18',
      '    - --v={{ log_level }}',
      '    image: {{ image }}',
      '',
    ].join('\n');
    const r = extractBoth(text, 'kube-apiserver.manifest.j2');
    const [s] = serviceRange(r);
    expect(s).toMatchObject({ format: 'flags', value: '10.233.0.0/18' });
    expect(textAt(text, s.span)).toBe('10.233.0.0/18');
  });
});

// ---------------------------------------------------------------------------------------------- corpus

const repoRoot = path.resolve('.');
const CORPUS = path.resolve(repoRoot, '../shared/corpus');
const corpusPresent = existsSync(path.join(CORPUS, 'MANIFEST.tsv'));
if (!corpusPresent) console.warn(`corpus not found at ${CORPUS}: skipped`);
const describeCorpus = corpusPresent ? describe : describe.skip;

interface CorpusEntry {
  file: string;
  value: string;
}

function manifestEntries(): Map<string, CorpusEntry> {
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const out = new Map<string, CorpusEntry>();
  for (const row of rows) {
    const cols = row.split('\t');
    out.set(cols[0], { file: cols[0], value: cols[6] });
  }
  return out;
}

const LITERAL = /^[0-9a-fA-F.:/,]+$/;

describeCorpus('corpus: staticpod, systemd, templated', () => {
  const entries = corpusPresent ? manifestEntries() : new Map<string, CorpusEntry>();
  const files = corpusPresent
    ? ['staticpod', 'systemd', 'templated'].flatMap((dir) => readdirSync(path.join(CORPUS, dir)).map((f) => `${dir}/${f}`))
    : [];

  it.each(files)('%s is extracted without an exception', (file) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const r = extractBoth(text, file);
    // A thrown exception inside an extractor turns into a problem at line 1 naming the reader.
    expect(r.problems.filter((p) => /could not be read:/.test(p.message))).toEqual([]);
  });

  const literal = files.filter((f) => !f.startsWith('templated/') && LITERAL.test(entries.get(f)?.value ?? ''));
  it.each(literal)('%s: the effective value equals the MANIFEST value', (file) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    // The MANIFEST value is the file's own component: kube-apiserver, or kube-controller-manager for its unit.
    const component = /controller-manager/.test(file) ? 'kube-controller-manager' : 'kube-apiserver';
    const values = serviceRange(extractBoth(text, file), component).map((s) => s.value);
    expect(values).toEqual([entries.get(file)!.value]);
  });

  // '-' rows: files that do not set the apiserver's range themselves.
  it.each([
    // Controller-manager manifests without the flag: no apiserver and no controller-manager service range.
    ['staticpod/pires-master-controller-manager.yaml', 'none'],
    ['staticpod/tsaarni-kube-controller-manager.yaml', 'none'],
    // The unit passes $KUBE_SERVICE_ADDRESSES/$KUBE_API_ARGS from an EnvironmentFile: unknown, reported.
    ['systemd/contrib-kube-apiserver.service', 'problem'],
    // The flag was removed upstream: the kube-apiserver default applies (SPEC §2).
    ['systemd/kthw-kube-apiserver-2025.service', 'default'],
  ])('%s: %s', (file, expected) => {
    expect(entries.get(file)?.value).toBe('-');
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const r = extractBoth(text, file);
    const api = serviceRange(r);
    if (expected === 'default') expect(api.map((s) => [s.value, s.origin])).toEqual([['10.0.0.0/24', 'default']]);
    else expect(api).toEqual([]);
    expect(serviceRange(r, 'kube-controller-manager')).toEqual([]);
    expect(r.problems.some((p) => p.hidesRange)).toBe(expected === 'problem');
  });

  it('the kthw pair: the 2025 unit drops the flag, so the value moves from 10.32.0.0/24 to the default', () => {
    const read = (f: string) => serviceRange(extractBoth(readFileSync(path.join(CORPUS, f), 'utf8'), f))[0];
    const before = read('systemd/kthw-kube-apiserver-2024.service');
    const after = read('systemd/kthw-kube-apiserver-2025.service');
    expect(before.subject).toBe(after.subject);
    expect([before.value, after.value]).toEqual(['10.32.0.0/24', '10.0.0.0/24']);
  });

  it('the kube-router addon passes the flag to a CNI consumer: nothing is read', () => {
    // kube-router takes --service-cluster-ip-range to know which IPs are Services; it does not set the range.
    const file = 'templated/kops-kuberouter-addon.yaml.template';
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    expect(text).toContain('--service-cluster-ip-range');
    const r = extractBoth(text, file);
    expect(r.settings).toEqual([]);
    expect(r.problems.filter((p) => p.hidesRange)).toEqual([]);
  });

  it.each([
    ['templated/kubespray-kube-apiserver.manifest.j2', 'kube-apiserver', '{{ kube_service_addresses }}'],
    ['templated/kubespray-kube-controller-manager.manifest.j2', 'kube-controller-manager', '{{ kube_service_addresses }}'],
    ['templated/vcluster-k8s-chart-api-deployment.yaml', 'kube-apiserver', '$(SERVICE_CIDR)'],
    ['templated/vcluster-k8s-chart-controller-deployment.yaml', 'kube-controller-manager', '$(SERVICE_CIDR)'],
    ['templated/contrib-ansible-apiserver.j2', 'kube-apiserver', '{{ kube_service_addresses }}'],
  ])('%s: templated control-plane value is a problem, not a setting', (file, component, expression) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const r = extractBoth(text, file);
    expect(serviceRange(r, component)).toEqual([]);
    const hidden = r.problems.filter((p) => p.hidesRange);
    expect(hidden).toHaveLength(1);
    expect(hidden[0].message).toContain(expression);
    expect(text.split('\n')[hidden[0].line - 1]).toContain('service-cluster-ip-range');
  });
});
