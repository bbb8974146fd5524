// Issue 10, "it reads something other than what the component runs": for every case an old/new pair that must
// block and its safe twin that must pass, through the engine (analyzeChanges) as a pull request sees them.
//
// OLD is the running range; UNSAFE moves the primary range (primary-range-change, an error); SAFE adds an IPv6
// secondary range with the primary kept (dual-stack-upgrade, a notice), so a safe twin is a real change too.

import { describe, expect, it } from '@jest/globals';
import { analyzeChanges } from '../../src/engine.js';
import type { Report } from '../../src/model.js';

const OLD = '10.96.0.0/12';
const UNSAFE = '10.100.0.0/16';
const SAFE = '10.96.0.0/12,fd00:10:96::/112';
const DECOY = '192.168.0.0/24';

function run(path: string, before: string, after: string): Report {
  return analyzeChanges([{ path, before, after }]);
}

function blocking(r: Report): string[] {
  return r.findings.filter((f) => f.level === 'error' && !f.suppressed).map((f) => f.rule);
}

/** Blocks for the expected rule; the safe twin does not block and draws no warning either. */
function expectPair(path: string, before: string, unsafe: string, safe: string, rule = 'primary-range-change'): void {
  const bad = run(path, before, unsafe);
  expect(bad.blocked).toBe(true);
  expect(blocking(bad)).toContain(rule);
  const good = run(path, before, safe);
  expect(good.blocked).toBe(false);
  expect(good.findings.filter((f) => f.level === 'error' || f.level === 'warning')).toEqual([]);
}

const SH = (body: string) => `#!/bin/sh\nset -e\n${body}\n`;
const RUN = (range: string) => `exec /usr/local/bin/kube-apiserver --etcd-servers=https://127.0.0.1:2379 --service-cluster-ip-range=${range}`;

describe('which invocation runs (shell scripts)', () => {
  it('false && decoy, then exec: the exec one is compared', () => {
    const before = SH(RUN(OLD));
    const after = (r: string) => SH(`false && kube-apiserver --service-cluster-ip-range=${OLD}\n${RUN(r)}`);
    expectPair('bin/start-apiserver.sh', before, after(UNSAFE), after(SAFE));
  });

  it('the decoy on the same line as the exec', () => {
    const before = SH(RUN(OLD));
    const after = (r: string) => SH(`false && kube-apiserver --service-cluster-ip-range=${OLD}; ${RUN(r)}`);
    expectPair('bin/start-apiserver.sh', before, after(UNSAFE), after(SAFE));
  });

  it('if false; then … fi decoy', () => {
    const before = SH(RUN(OLD));
    const after = (r: string) => SH(`if false; then\n  kube-apiserver --service-cluster-ip-range=${OLD}\nfi\n${RUN(r)}`);
    expectPair('bin/start-apiserver.sh', before, after(UNSAFE), after(SAFE));
  });

  it('a command after exec never runs', () => {
    const before = SH(RUN(OLD));
    const after = (r: string) => SH(`${RUN(r)}\nkube-apiserver --service-cluster-ip-range=${OLD}`);
    expectPair('bin/start-apiserver.sh', before, after(UNSAFE), after(SAFE));
  });

  it('kube-apiserver --version before the real start is not an invocation of the range', () => {
    const before = SH(RUN(OLD));
    const after = (r: string) => SH(`kube-apiserver --version\n${RUN(r)}`);
    expectPair('bin/start-apiserver.sh', before, after(UNSAFE), after(SAFE));
  });

  it('the program named through a variable of the script', () => {
    const before = SH(`BIN=/usr/local/bin/kube-apiserver\nexec "$BIN" --service-cluster-ip-range=${OLD}`);
    const after = (r: string) => SH(`BIN=/usr/local/bin/kube-apiserver\nexec "$BIN" --service-cluster-ip-range=${r}`);
    expectPair('bin/start-apiserver.sh', before, after(UNSAFE), after(SAFE));
  });

  it('the decoy is not compared: the real change shows as the change, not as a component mismatch', () => {
    const r = run('bin/start-apiserver.sh', SH(RUN(OLD)), SH(`false && kube-apiserver --service-cluster-ip-range=${OLD}\n${RUN(UNSAFE)}`));
    expect(r.findings.map((f) => f.rule)).toEqual(['primary-range-change']);
    expect(r.findings[0].after).toEqual([UNSAFE]);
  });

  it('which of two runs cannot be told: blocks with unreadable-config at level error, saying why', () => {
    const before = SH(RUN(OLD));
    const after = SH(`if [ -f /etc/kubernetes/alt ]; then\n  exec kube-apiserver --service-cluster-ip-range=${DECOY}\nfi\n${RUN(OLD)}`);
    const r = run('bin/start-apiserver.sh', before, after);
    expect(r.blocked).toBe(true);
    const f = r.findings.find((x) => x.rule === 'unreadable-config');
    expect(f?.level).toBe('error');
    expect(f?.message).toMatch(/2 invocations of kube-apiserver may run here \(lines 4, 6\)/);
    // Its safe twin: both possible commands agree on the range, so which one runs does not matter.
    const same = SH(`if [ -f /etc/kubernetes/alt ]; then\n  exec kube-apiserver --v=4 --service-cluster-ip-range=${OLD}\nfi\n${RUN(OLD)}`);
    expect(run('bin/start-apiserver.sh', before, same)).toMatchObject({ blocked: false, findings: [] });
  });

  it('case branches: one of them runs; different ranges block, the same range passes', () => {
    const before = SH(RUN(OLD));
    const body = (a: string, b: string) =>
      SH(
        `case "$ROLE" in\n  primary)\n    exec kube-apiserver --service-cluster-ip-range=${a}\n    ;;\n  *)\n    exec kube-apiserver --service-cluster-ip-range=${b}\n    ;;\nesac`,
      );
    expect(run('bin/start-apiserver.sh', before, body(OLD, UNSAFE)).blocked).toBe(true);
    expect(run('bin/start-apiserver.sh', before, body(OLD, OLD)).blocked).toBe(false);
  });
});

describe('which invocation runs (systemd units)', () => {
  const UNIT = (exec: string) => `[Unit]\nDescription=Kubernetes API Server\n\n[Service]\n${exec}\nRestart=always\n`;
  it('ExecStart= reset then a new ExecStart=: the new one is compared', () => {
    const before = UNIT(`ExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${OLD}`);
    const after = (r: string) =>
      UNIT(
        `ExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${OLD}\nExecStart=\nExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${r}`,
      );
    expectPair('etc/systemd/system/kube-apiserver.service', before, after(UNSAFE), after(SAFE));
  });

  it('a drop-in that resets and replaces', () => {
    const before = `[Service]\nExecStart=\nExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${OLD}\n`;
    const after = (r: string) => `[Service]\nExecStart=\nExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${r}\n`;
    expectPair('etc/systemd/system/kube-apiserver.service.d/10-range.conf', before, after(UNSAFE), after(SAFE));
  });

  it('two ExecStart= without a reset and different ranges block', () => {
    const before = UNIT(`ExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${OLD}`);
    const after = UNIT(
      `ExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${OLD}\nExecStart=/usr/local/bin/kube-apiserver --service-cluster-ip-range=${UNSAFE}`,
    );
    const r = run('etc/systemd/system/kube-apiserver.service', before, after);
    expect(r.blocked).toBe(true);
    expect(r.findings.find((f) => f.rule === 'unreadable-config')?.level).toBe('error');
  });
});

describe('which invocation runs (sh -c in a control-plane manifest)', () => {
  const POD = (command: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\nspec:\n  containers:\n  - name: kube-apiserver\n    image: registry.k8s.io/kube-apiserver:v1.33.0\n${command}`;
  const plain = (r: string) => POD(`    command:\n    - kube-apiserver\n    - --service-cluster-ip-range=${r}\n`);

  it('exec kube-apiserver "$@" with the flags as positional arguments of sh -c', () => {
    const after = (r: string) =>
      POD(
        `    command:\n    - /bin/sh\n    - -c\n    - exec kube-apiserver "$@"\n    - sh\n    - --etcd-servers=https://127.0.0.1:2379\n    - --service-cluster-ip-range=${r}\n`,
      );
    expectPair('etc/kubernetes/manifests/kube-apiserver.yaml', plain(OLD), after(UNSAFE), after(SAFE));
  });

  it('positional arguments in args: after the command string', () => {
    const after = (r: string) =>
      POD(`    command: [/bin/sh, -ec, 'exec kube-apiserver "$@"', kube-apiserver]\n    args:\n    - --service-cluster-ip-range=${r}\n`);
    expectPair('etc/kubernetes/manifests/kube-apiserver.yaml', plain(OLD), after(UNSAFE), after(SAFE));
  });

  it('false && decoy inside sh -c', () => {
    const after = (r: string) =>
      POD(
        `    command:\n    - sh\n    - -c\n    - false && kube-apiserver --service-cluster-ip-range=${OLD}; exec kube-apiserver --service-cluster-ip-range=${r}\n`,
      );
    expectPair('etc/kubernetes/manifests/kube-apiserver.yaml', plain(OLD), after(UNSAFE), after(SAFE));
  });
});

describe('a command must be executed to count as an invocation', () => {
  it('curl/wget/chmod/install of the binary add no finding', () => {
    const before = SH(RUN(OLD));
    const after = SH(
      [
        'curl -LO https://dl.k8s.io/v1.33.0/bin/linux/amd64/kube-apiserver',
        'wget -q https://dl.k8s.io/release/v1.33.0/bin/linux/amd64/kube-controller-manager',
        'chmod +x kube-apiserver',
        'install -m 0755 kube-apiserver /usr/local/bin/kube-apiserver',
        'cp kube-apiserver /usr/local/bin/ && mv kube-controller-manager /usr/local/bin/',
        'ln -sf /usr/local/bin/kube-apiserver /usr/bin/kube-apiserver',
        'tar -xzf kubernetes-server.tar.gz kubernetes/server/bin/kube-apiserver',
        RUN(OLD),
      ].join('\n'),
    );
    expect(run('bin/start-apiserver.sh', before, after)).toMatchObject({ blocked: false, findings: [] });
    // The same file with the real command changed still blocks.
    expect(run('bin/start-apiserver.sh', before, after.replace(`range=${OLD}`, `range=${UNSAFE}`)).blocked).toBe(true);
  });

  it('a download URL in a README is not an apiserver with the default range', () => {
    const r = run('docs/install.md', 'Install:\n', 'Install:\n\n    curl -LO https://dl.k8s.io/v1.33.0/bin/linux/amd64/kube-apiserver\n');
    expect(r).toMatchObject({ blocked: false, findings: [] });
  });
});

describe('shell scripts are never read as YAML', () => {
  it('a quoted argument with ": " does not turn the script into a YAML mapping', () => {
    const script = (r: string) => `exec kube-apiserver --admission-control-config-file="/etc/a: b" --service-cluster-ip-range=${r}\n`;
    expectPair('start-apiserver', script(OLD), script(UNSAFE), script(SAFE));
  });

  it('and the other way round: a command-looking line does not hide a kubeadm document from the kubeadm reader', () => {
    // kubeadm parses the file as YAML whatever its first line looks like (an unknown field only warns).
    const cfg = (r: string) =>
      `exec kube-apiserver --v: 2\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: ${r}\n`;
    expectPair('kubeadm-config.yaml', cfg(OLD), cfg(UNSAFE), cfg(SAFE));
    expectPair('kubeadm.sh', cfg(OLD), cfg(UNSAFE), cfg(SAFE));
  });

  it('with a shebang and any file name', () => {
    const script = (r: string) => `#!/bin/bash\nexec kube-apiserver --audit-policy-file="x: y" --service-cluster-ip-range=${r}\n`;
    expectPair('scripts/apiserver', script(OLD), script(UNSAFE), script(SAFE));
  });
});
