// Issue 10: values and files the component itself would reject are findings that block, never a silent pass
// and never a value the component does not get; merge keys read as sigs.k8s.io/yaml applies them. Each case
// has a safe twin that passes.

import { describe, expect, it } from '@jest/globals';
import { analyzeChanges } from '../../src/engine.js';
import type { Report } from '../../src/model.js';

const OLD = '10.96.0.0/12';
const UNSAFE = '10.100.0.0/16';
const SAFE = '10.96.0.0/12,fd00:10:96::/112';

function run(path: string, before: string, after: string): Report {
  return analyzeChanges([{ path, before, after }]);
}

function errors(r: Report) {
  return r.findings.filter((f) => f.level === 'error');
}

function expectPasses(r: Report): void {
  expect(r.blocked).toBe(false);
  expect(r.findings.filter((f) => f.level === 'error' || f.level === 'warning')).toEqual([]);
}

describe('CRLF shell script: bash passes the carriage return to the program', () => {
  const script = (range: string, eol: string) =>
    `#!/bin/sh${eol}exec kube-apiserver --etcd-servers=https://127.0.0.1:2379 --service-cluster-ip-range=${range}${eol}`;

  it('the range ends with \\r: invalid-range', () => {
    const r = run('bin/start-apiserver.sh', script(OLD, '\n'), script(OLD, '\r\n'));
    expect(r.blocked).toBe(true);
    const f = errors(r).find((x) => x.rule === 'invalid-range');
    expect(f?.message).toContain('"10.96.0.0/12\r"');
  });

  it('safe twin: a flag after the range takes the \\r, the range is read whole', () => {
    const crlf = `#!/bin/sh\r\nexec kube-apiserver --service-cluster-ip-range=${SAFE} --v=2\r\n`;
    expectPasses(run('bin/start-apiserver.sh', script(OLD, '\n'), crlf));
  });

  it('a CRLF continuation ends the command: kube-apiserver gets "\\r" as an argument and exits', () => {
    const crlf = `#!/bin/sh\r\nexec kube-apiserver \\\r\n  --service-cluster-ip-range=${OLD} --v=2\r\n`;
    const r = run('bin/start-apiserver.sh', script(OLD, '\n'), crlf);
    expect(r.blocked).toBe(true);
    expect(errors(r).map((f) => f.rule)).toContain('unreadable-config');
    expect(errors(r)[0].message).toContain('takes no positional arguments');
  });

  it('a CRLF systemd unit is fine: systemd strips the trailing whitespace', () => {
    const unit = (range: string, eol: string) => `[Service]${eol}ExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${range}${eol}`;
    expectPasses(run('kube-apiserver.service', unit(OLD, '\n'), unit(SAFE, '\r\n')));
    expect(run('kube-apiserver.service', unit(OLD, '\n'), unit(UNSAFE, '\r\n')).blocked).toBe(true);
  });
});

describe('a flag after "--" is not a flag: kube-apiserver exits on positional arguments', () => {
  const unit = (args: string) => `[Service]\nExecStart=/usr/local/bin/kube-apiserver --etcd-servers=https://127.0.0.1:2379 ${args}\n`;
  it('blocks, saying the component would not start', () => {
    const r = run('kube-apiserver.service', unit(`--service-cluster-ip-range=${OLD}`), unit(`-- --service-cluster-ip-range=${OLD}`));
    expect(r.blocked).toBe(true);
    const f = errors(r).find((x) => x.rule === 'unreadable-config');
    expect(f?.message).toMatch(/would not start.*after "--"/);
  });
  it('safe twin: the same flag before "--" with nothing after it', () => {
    expectPasses(run('kube-apiserver.service', unit(`--service-cluster-ip-range=${OLD}`), unit(`--service-cluster-ip-range=${SAFE} --`)));
  });
});

describe('$(UNDEFINED) in a container command: the kubelet leaves it literal', () => {
  const pod = (arg: string, env = '') =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\nspec:\n  containers:\n  - name: kube-apiserver\n    image: registry.k8s.io/kube-apiserver:v1.33.0\n    command:\n    - kube-apiserver\n    - --service-cluster-ip-range=${arg}\n${env}`;
  it('an undefined name: the literal text is the value, invalid-range', () => {
    const r = run('etc/kubernetes/manifests/kube-apiserver.yaml', pod(OLD), pod('$(SERVICE_CIDR)'));
    expect(r.blocked).toBe(true);
    expect(errors(r).find((f) => f.rule === 'invalid-range')?.message).toContain('$(SERVICE_CIDR)');
  });
  it('safe twin: the name defined with a literal value is expanded', () => {
    const env = `    env:\n    - name: SERVICE_CIDR\n      value: "${SAFE}"\n`;
    expectPasses(run('etc/kubernetes/manifests/kube-apiserver.yaml', pod(OLD), pod('$(SERVICE_CIDR)', env)));
  });
  it('a name from valueFrom stays unknown (unreadable, not invalid)', () => {
    const env = `    env:\n    - name: SERVICE_CIDR\n      valueFrom:\n        configMapKeyRef: {name: net, key: cidr}\n`;
    const r = run('etc/kubernetes/manifests/kube-apiserver.yaml', pod(OLD), pod('$(SERVICE_CIDR)', env));
    expect(r.findings.map((f) => f.rule)).toEqual(['unreadable-config']);
  });
});

describe('two ClusterConfiguration documents: kubeadm refuses the file', () => {
  const cc = (range: string) => `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: ${range}\n`;
  it('blocks at the second document', () => {
    const r = run('kubeadm-config.yaml', cc(OLD), `${cc(OLD)}---\n${cc(OLD)}`);
    expect(r.blocked).toBe(true);
    const f = errors(r).find((x) => x.message.includes('specified twice'));
    expect(f).toMatchObject({ rule: 'unreadable-config', level: 'error', line: 7 }); // the second `kind:` line;
  });
  it('safe twin: one ClusterConfiguration and an InitConfiguration', () => {
    const init = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n';
    expectPasses(run('kubeadm-config.yaml', cc(OLD), `${init}---\n${cc(SAFE)}`));
  });
});

describe('merge keys as sigs.k8s.io/yaml applies them (go-yaml v2: in document order)', () => {
  const kubeadm = (networking: string) =>
    `x-net: &net\n  serviceSubnet: ${UNSAFE}\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n${networking}`;
  it('a merge after the explicit key replaces it: blocks', () => {
    const before = kubeadm(`  serviceSubnet: ${OLD}\n`);
    const r = run('kubeadm-config.yaml', before, kubeadm(`  serviceSubnet: ${OLD}\n  <<: *net\n`));
    expect(r.blocked).toBe(true);
    expect(errors(r).map((f) => f.rule)).toContain('primary-range-change');
  });
  it('safe twin: the explicit key after the merge wins', () => {
    const before = kubeadm(`  serviceSubnet: ${OLD}\n`);
    expectPasses(run('kubeadm-config.yaml', before, kubeadm(`  <<: *net\n  serviceSubnet: ${OLD}\n`)));
  });

  const pod = (container: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\nx-base: &base\n  command: [kube-apiserver, --service-cluster-ip-range=${UNSAFE}]\nspec:\n  containers:\n${container}`;
  const plain = pod(`  - name: kube-apiserver\n    command: [kube-apiserver, --service-cluster-ip-range=${OLD}]\n`);
  it('inside a static pod container: a merge after command replaces the command', () => {
    const r = run(
      'etc/kubernetes/manifests/kube-apiserver.yaml',
      plain,
      pod(`  - name: kube-apiserver\n    command: [kube-apiserver, --service-cluster-ip-range=${OLD}]\n    <<: *base\n`),
    );
    expect(r.blocked).toBe(true);
    expect(errors(r).map((f) => f.rule)).toContain('primary-range-change');
  });
  it('safe twin: the command after the merge wins', () => {
    expectPasses(
      run(
        'etc/kubernetes/manifests/kube-apiserver.yaml',
        plain,
        pod(`  - <<: *base\n    name: kube-apiserver\n    command: [kube-apiserver, --service-cluster-ip-range=${OLD}]\n`),
      ),
    );
  });
});
