// Issue 13: what `source FILE` sets, read by the control-flow walker (src/formats/flags/3-invocation-that-runs.ts)
// from the files in reach: through a variable holding the script directory (followed only while that assignment
// is the one that stands), and through a sourced file that sources another (bounded, loops fail closed).
import { describe, expect, it } from '@jest/globals';
import { tokenizeShell, type UnresolvedVariable } from '../../src/formats/flags/2a-tokenise-shell.js';
import { readFlag } from '../../src/formats/flags/2b-find-invocations.js';
import { resolveRunning, ShellRunWalker } from '../../src/formats/flags/3-invocation-that-runs.js';

const RUN = 'kube-apiserver --etcd-servers=x --service-cluster-ip-range="$SVC"\n';

/** The flag's value when `ops/start.sh` runs `script` with the repository `files`, or `unresolved: <reason>`. */
function value(script: string, files: Record<string, string>): string {
  const u = unresolved(script, files);
  return typeof u === 'string' ? u : `unresolved: ${u.reason}`;
}

/** The flag's value, or what leaves it unresolved. */
function unresolved(script: string, files: Record<string, string>): string | UnresolvedVariable {
  const w = new ShellRunWalker(null, 0, undefined, {
    path: 'ops/start.sh',
    lookup: (p) => (p in files ? { text: files[p] } : { missing: true }),
  });
  w.feed(tokenizeShell(script + RUN));
  const [inv] = resolveRunning(w.invocations, () => 1);
  const r = readFlag(inv.args, 'service-cluster-ip-range');
  return r.last?.valueArg.unresolved?.[0] ?? r.last?.value ?? '(absent)';
}

const VARS = { 'ops/vars.sh': 'SVC=10.100.0.0/16\n' };

describe('source "$DIR/…" with DIR holding the script directory', () => {
  it('followed for the common spellings (quoted, export, readonly, declare)', () => {
    for (const set of [
      'DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"',
      'DIR=$(dirname "$0")',
      'export DIR="${BASH_SOURCE%/*}"',
      'readonly DIR=$(cd $(dirname $0); pwd -P)',
      'declare -r DIR="$(dirname "$0")"',
    ])
      expect([set, value(`${set}\n. "\${DIR}/vars.sh"\n`, VARS)]).toEqual([set, '10.100.0.0/16']);
  });

  it('not followed when the assignment standing at the source line is another, maybe another, or none', () => {
    for (const before of [
      'DIR=$(dirname "$0")\nDIR=/opt/cluster\n',
      'DIR=$(dirname "$0")\nif [ -n "$X" ]; then DIR=/opt; fi\n',
      'DIR=$(dirname "$0")\nunset DIR\n',
      'DIR=$(dirname "$0")\nread DIR\n',
      '( DIR=$(dirname "$0") )\n',
      'if [ -n "$X" ]; then DIR=$(dirname "$0"); fi\n',
      '',
    ])
      expect([before, value(`${before}source "$DIR/vars.sh"\n`, VARS)]).toEqual([before, expect.stringMatching(/^unresolved: /)]);
  });
});

describe('a sourced file that sources another', () => {
  it('reads the second and third level, relative paths taken from the working directory (the script directory)', () => {
    const files = {
      'ops/lib/a.sh': '. ./lib/b.sh\n',
      'ops/lib/b.sh': '. "$(dirname "${BASH_SOURCE[0]}")/c.sh"\n',
      'ops/lib/c.sh': 'SVC=10.100.0.0/16\n',
    };
    expect(value('. ./lib/a.sh\n', files)).toBe('10.100.0.0/16');
  });

  it('a fourth level is not read: fail closed, naming the chain', () => {
    const files = {
      'ops/a.sh': '. ./b.sh\n',
      'ops/b.sh': '. ./c.sh\n',
      'ops/c.sh': '. ./d.sh\n',
      'ops/d.sh': 'SVC=10.100.0.0/16\n',
    };
    expect(value('. ./a.sh\n', files)).toMatch(
      /^unresolved: .*more than 3 files deep \(ops\/start.sh → ops\/a.sh → ops\/b.sh → ops\/c.sh → ops\/d.sh\)/,
    );
  });

  it('at most 64 sourced files are read for one script, every level counted (a file sourcing one 10 times, 3 deep)', () => {
    const ten = (file: string) => `. ./${file}\n`.repeat(10);
    const files = { 'ops/a.sh': ten('b.sh'), 'ops/b.sh': ten('c.sh'), 'ops/c.sh': 'SVC=10.100.0.0/16\n' };
    expect(value(ten('a.sh'), files)).toMatch(/^unresolved: .*past the 64 sourced files/);
    expect(value('. ./a.sh\n', { ...files, 'ops/a.sh': ten('c.sh') })).toBe('10.100.0.0/16');
  });

  it('a loop ends, fail closed', () => {
    expect(value('. ./a.sh\n', { 'ops/a.sh': '. ./a.sh\nSVC=10.100.0.0/16\n' })).toMatch(
      /^unresolved: .*sourced in a loop \(ops\/start.sh → ops\/a.sh → ops\/a.sh\)/,
    );
  });

  it('a second-level file the gate cannot read fails closed', () => {
    expect(value('. ./a.sh\n', { 'ops/a.sh': '. ./gone.sh\nSVC=10.100.0.0/16\n' })).toMatch(
      /^unresolved: .*ops\/a.sh, which sources another file: .*not in the repository/,
    );
  });

  it('a directory variable of the script reaches the file it sources', () => {
    const files = { 'ops/lib/a.sh': '. "$HERE/vars.sh"\n', ...VARS };
    expect(value('HERE=$(dirname "$0")\n. "$HERE/lib/a.sh"\n', files)).toBe('10.100.0.0/16');
  });

  it('an unresolved value names the repository files it depends on (structured, for the readers of a changed file)', () => {
    const files = { 'ops/a.sh': '. ./gone.sh\n', 'ops/b.sh': 'SVC="$(cat /etc/range)"\n' };
    expect(unresolved('. ./a.sh\n', files)).toMatchObject({ files: ['ops/a.sh', 'ops/gone.sh'] });
    expect(unresolved('. ./b.sh\n', files)).toMatchObject({ files: ['ops/b.sh'] });
    expect(unresolved('. ./a.sh\n', { 'ops/a.sh': '. ./a.sh\n' })).toMatchObject({ files: ['ops/a.sh'] });
    expect(unresolved('SVC=$X\n', {})).not.toHaveProperty('files');
  });
});
