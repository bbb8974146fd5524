// DIFFERENTIAL: the control-flow model of src/formats/flags/3-invocation-that-runs.ts against a real POSIX shell interpreter
// (mvdan.cc/sh, test/oracles/shinterp, from Debian's golang-mvdan-sh-dev) that runs each script with every
// program stubbed out and records which kube-apiserver commands actually execute. The model may say "maybe"
// where the shell decides at run time, but it must never call dead a command that runs (that would hide the
// real change), and every command it says runs must run.

import { beforeAll, describe, expect, it } from '@jest/globals';
import { tokenizeShell } from '../../src/formats/flags/2a-tokenise-shell.js';
import { resolveRunning, ShellRunWalker } from '../../src/formats/flags/3-invocation-that-runs.js';
import { buildOracle, type Oracle } from '../oracles/oracle.js';

const K = (id: string) => `kube-apiserver --service-cluster-ip-range=${id}`;

const SCRIPTS: string[] = [
  `false && ${K('a')}\nexec ${K('b')}`,
  `false && ${K('a')}; exec ${K('b')}`,
  `true && ${K('a')}`,
  `true || ${K('a')}\n${K('b')}`,
  `false || ${K('a')}`,
  `false && echo x || ${K('a')}`,
  `[ 1 = 0 ] && ${K('a')}\n[ 1 = 1 ] && ${K('b')}`,
  `test x != x && ${K('a')}\n${K('b')}`,
  `if false; then\n  ${K('a')}\nfi\nexec ${K('b')}`,
  `if true; then ${K('a')}; else ${K('b')}; fi`,
  `if false; then ${K('a')}; elif true; then ${K('b')}; else ${K('c')}; fi`,
  `if false; then ${K('a')}; elif false; then ${K('b')}; else ${K('c')}; fi`,
  `if true; then\n  if false; then ${K('a')}; fi\n  ${K('b')}\nfi`,
  `while false; do ${K('a')}; done\n${K('b')}`,
  `until true; do ${K('a')}; done\n${K('b')}`,
  `exec ${K('a')}\n${K('b')}`,
  `exit 0\n${K('a')}`,
  `exec >/dev/null 2>&1\n${K('a')}`,
  `( exec ${K('a')} )\n${K('b')}`,
  `{ false; } && ${K('a')}\n${K('b')}`,
  `! true && ${K('a')}\n${K('b')}`,
  `set -e\nfalse\n${K('a')}`,
  `set -e\nfalse || true\n${K('a')}`,
  `set -e\nif false; then :; fi\n${K('a')}`,
  `start() {\n  exec ${K('a')}\n}\nstart\n${K('b')}`,
  `BIN=/usr/local/bin/kube-apiserver\nexec "$BIN" --service-cluster-ip-range=a`,
  `case x in\n  y) ${K('a')} ;;\n  *) exec ${K('b')} ;;\nesac\n${K('c')}`,
  `kube-apiserver --version\nexec ${K('a')}`,
];
// Not here: `kube-apiserver … &` then `exec …` (the interpreter's exec can end the run before its background
// job starts, a race a real shell does not have); it is in shell-runs.test.ts.

/** The model's status of each invocation, keyed by its range id. */
function model(script: string): { status: Map<string, string>; chosen: string | null; ambiguous: boolean } {
  const w = new ShellRunWalker();
  w.feed(tokenizeShell(script));
  const id = (args: { text: string }[]) => args.find((a) => a.text.startsWith('--service-cluster-ip-range='))?.text.split('=')[1] ?? '-';
  const status = new Map(w.invocations.map((i) => [id(i.args), i.status]));
  const [inv] = resolveRunning(w.invocations, () => 1);
  return { status, chosen: inv ? id(inv.args) : null, ambiguous: inv?.ambiguity !== undefined };
}

let oracle: Oracle | null = null;
let skipped: string | undefined;
let ran: { ran: string[][]; error?: string }[] = [];

beforeAll(() => {
  ({ oracle, skipped } = buildOracle('shinterp', ['mvdan.cc/sh/v3/interp']));
  if (!oracle) {
    console.warn(`SKIPPED: the mvdan.cc/sh differential test did not run: ${skipped}`);
    return;
  }
  ran = oracle.run(SCRIPTS) as typeof ran;
}, 180_000);

describe('which commands run, differential against mvdan.cc/sh', () => {
  it.each(SCRIPTS.map((s, i) => [s.replace(/\n/g, ' ⏎ '), i] as const))('%s', (_name, i) => {
    if (!oracle) {
      console.warn(`SKIPPED (${SCRIPTS[i]}): ${skipped}`);
      return;
    }
    const real = ran[i];
    expect(real.error).toBeUndefined();
    // `--version` / `--help` runs exit at once and are left out by the model on purpose.
    const ranIds = real.ran
      .filter((argv) => argv[0].endsWith('kube-apiserver') && !argv.some((a) => /^(--version|--help|-h)$/.test(a)))
      .map((argv) => argv.find((a) => a.startsWith('--service-cluster-ip-range='))?.split('=')[1] ?? '-');
    const m = model(SCRIPTS[i]);
    // Sound: what runs is never dead (nor missed).
    for (const id of ranIds) expect([id, m.status.get(id)]).toEqual([id, expect.stringMatching(/^(runs|maybe)$/)]);
    // Precise: what the model says runs does run.
    for (const [id, status] of m.status) if (status === 'runs') expect([id, ranIds.includes(id)]).toEqual([id, true]);
    // The one compared is the last that ran, unless the model says it cannot tell (then the gate blocks).
    if (!m.ambiguous && ranIds.length > 0) expect(m.chosen).toBe(ranIds[ranIds.length - 1]);
  });
});
