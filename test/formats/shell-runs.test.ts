// The control-flow model that decides which control-plane invocation of a script runs (src/formats/flags/3-invocation-that-runs.ts).

import { describe, expect, it } from '@jest/globals';
import { tokenizeShell } from '../../src/formats/flags/2a-tokenise-shell.js';
import { findInvocations } from '../../src/formats/flags/2b-find-invocations.js';
import { resolveRunning, ShellRunWalker } from '../../src/formats/flags/3-invocation-that-runs.js';

/** Status of each kube-apiserver invocation, by its --service-cluster-ip-range value (or "-"). */
function statuses(script: string): Record<string, string> {
  const w = new ShellRunWalker();
  w.feed(tokenizeShell(script));
  const out: Record<string, string> = {};
  for (const inv of w.invocations) {
    const flag = inv.args.find((a) => a.text.startsWith('--service-cluster-ip-range='));
    out[flag ? flag.text.split('=')[1] : '-'] = inv.status;
  }
  return out;
}

describe('ShellRunWalker: which commands run', () => {
  it.each([
    ['false && X', 'false && kube-apiserver --service-cluster-ip-range=a', { a: 'dead' }],
    ['true && X', 'true && kube-apiserver --service-cluster-ip-range=a', { a: 'runs' }],
    ['true || X', 'true || kube-apiserver --service-cluster-ip-range=a', { a: 'dead' }],
    ['false || X', 'false || kube-apiserver --service-cluster-ip-range=a', { a: 'runs' }],
    ['unknown && X', 'test -f /x && kube-apiserver --service-cluster-ip-range=a', { a: 'maybe' }],
    ['[ 1 = 0 ] && X', '[ 1 = 0 ] && kube-apiserver --service-cluster-ip-range=a', { a: 'dead' }],
    ['false && Y && X: short-circuit carries on', 'false && echo y && kube-apiserver --service-cluster-ip-range=a', { a: 'dead' }],
    ['false && Y || X', 'false && echo y || kube-apiserver --service-cluster-ip-range=a', { a: 'runs' }],
    ['if false; then X; fi', 'if false; then kube-apiserver --service-cluster-ip-range=a; fi', { a: 'dead' }],
    [
      'if true; then X; else Y; fi',
      'if true; then kube-apiserver --service-cluster-ip-range=a; else kube-apiserver --service-cluster-ip-range=b; fi',
      { a: 'runs', b: 'dead' },
    ],
    [
      'if false … elif true … else',
      'if false; then\nkube-apiserver --service-cluster-ip-range=a\nelif true; then\nkube-apiserver --service-cluster-ip-range=b\nelse\nkube-apiserver --service-cluster-ip-range=c\nfi',
      { a: 'dead', b: 'runs', c: 'dead' },
    ],
    [
      'if unknown',
      'if [ -n "$X" ]; then kube-apiserver --service-cluster-ip-range=a; else kube-apiserver --service-cluster-ip-range=b; fi',
      { a: 'maybe', b: 'maybe' },
    ],
    ['while false', 'while false; do kube-apiserver --service-cluster-ip-range=a; done', { a: 'dead' }],
    ['until true', 'until true; do kube-apiserver --service-cluster-ip-range=a; done', { a: 'dead' }],
    ['for loop', 'for i in 1; do kube-apiserver --service-cluster-ip-range=a; done', { a: 'maybe' }],
    ['after exec', 'exec kube-apiserver --service-cluster-ip-range=a\nkube-apiserver --service-cluster-ip-range=b', { a: 'runs', b: 'dead' }],
    ['after exit', 'exit 0\nkube-apiserver --service-cluster-ip-range=b', { b: 'dead' }],
    ['exec with only redirections keeps the shell', 'exec >/var/log/x 2>&1\nkube-apiserver --service-cluster-ip-range=b', { b: 'runs' }],
    ['exec > file keeps the shell', 'exec > /var/log/x\nkube-apiserver --service-cluster-ip-range=b', { b: 'runs' }],
    [
      'exec in a subshell does not end the script',
      '( exec kube-apiserver --service-cluster-ip-range=a )\nkube-apiserver --service-cluster-ip-range=b',
      { a: 'runs', b: 'runs' },
    ],
    ['a function body runs only when called', 'start() {\n  exec kube-apiserver --service-cluster-ip-range=a\n}\nstart', { a: 'maybe' }],
    [
      'after a conditional exec, the rest may run',
      'if [ -f x ]; then exec kube-apiserver --service-cluster-ip-range=a; fi\nexec kube-apiserver --service-cluster-ip-range=b',
      { a: 'maybe', b: 'maybe' },
    ],
    [
      'case items',
      'case "$1" in\n  kube-apiserver) kube-apiserver --service-cluster-ip-range=a ;;\n  *) exec kube-apiserver --service-cluster-ip-range=b ;;\nesac',
      { a: 'maybe', b: 'maybe' },
    ],
    ['! true && X', '! true && kube-apiserver --service-cluster-ip-range=a', { a: 'dead' }],
    [
      'after a call of a function that may exec',
      'start() { exec kube-apiserver --service-cluster-ip-range=a; }\nstart\nkube-apiserver --service-cluster-ip-range=b',
      { a: 'maybe', b: 'maybe' },
    ],
    ['set -e then a failing command', 'set -e\nfalse\nkube-apiserver --service-cluster-ip-range=a', { a: 'dead' }],
    [
      'a background run does not end the script',
      'kube-apiserver --service-cluster-ip-range=a &\nexec kube-apiserver --service-cluster-ip-range=b',
      { a: 'runs', b: 'runs' },
    ],
    ['--version exits at once', 'kube-apiserver --version\nexec kube-apiserver --service-cluster-ip-range=b', { b: 'runs' }],
  ])('%s', (_name, script, expected) => {
    expect(statuses(script)).toEqual(expected);
  });

  it('a program named through a variable', () => {
    const w = new ShellRunWalker();
    w.feed(tokenizeShell('BIN=/opt/bin/kube-apiserver\nexec "${BIN}" --service-cluster-ip-range=a'));
    expect(w.invocations.map((i) => [i.component, i.program.text, i.status])).toEqual([['kube-apiserver', '/opt/bin/kube-apiserver', 'runs']]);
  });

  it('a variable assigned only in a dead branch is not followed', () => {
    const w = new ShellRunWalker();
    w.feed(tokenizeShell('false && BIN=/opt/bin/kube-apiserver\nexec "$BIN" --service-cluster-ip-range=a'));
    expect(w.invocations).toEqual([]);
  });
});

describe('resolveRunning', () => {
  const resolve = (script: string) => {
    const w = new ShellRunWalker();
    w.feed(tokenizeShell(script));
    return resolveRunning(w.invocations, (o) => script.slice(0, o).split('\n').length);
  };
  it('same range on every possible run: the last one, no ambiguity', () => {
    const [inv] = resolve(
      'if [ -f x ]; then exec kube-apiserver --v=2 --service-cluster-ip-range=a; fi\nexec kube-apiserver --service-cluster-ip-range=a',
    );
    expect(inv.ambiguity).toBeUndefined();
  });
  it('different ranges: the reason names the lines', () => {
    const [inv] = resolve('if [ -f x ]; then exec kube-apiserver --service-cluster-ip-range=a; fi\nexec kube-apiserver --service-cluster-ip-range=b');
    expect(inv.ambiguity).toMatch(/2 invocations of kube-apiserver may run here \(lines 1, 2\)/);
  });
  it('one per component', () => {
    expect(
      resolve('kube-controller-manager --service-cluster-ip-range=a &\nexec kube-apiserver --service-cluster-ip-range=a').map((i) => i.component),
    ).toEqual(['kube-apiserver', 'kube-controller-manager']);
  });
});

describe('sh -c positional parameters', () => {
  it('"$@" is the operands after the command string ($0 first)', () => {
    const argv = ['sh', '-c', 'exec kube-apiserver "$@"', 'sh', '--service-cluster-ip-range=a', '--v=2'].map((t, i) => ({
      text: t,
      offsets: Array.from({ length: t.length + 1 }, (_, k) => i * 100 + k),
    }));
    const [inv] = findInvocations(argv);
    expect(inv.args.map((a) => a.text)).toEqual(['--service-cluster-ip-range=a', '--v=2']);
  });
  it('"$@" in a script file is unknown: opaque, never "absent"', () => {
    const [t] = tokenizeShell('"$@"');
    expect(t.opaque).toBe(true);
  });
});
