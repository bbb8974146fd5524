// Issue 13: which repository paths a `source`/`.` or EnvironmentFile= names (src/formats/flags/variable-files.ts),
// and how a systemd environment file is read (systemd.exec(5) EnvironmentFile=).
import { describe, expect, it } from '@jest/globals';
import {
  absoluteCandidates,
  environmentFileReference,
  parseEnvironmentFile,
  pickFile,
  scriptDirectoryValue,
  sourcedFileReference,
  variableFilePaths,
} from '../../src/formats/flags/variable-files.js';

const paths = (ref: ReturnType<typeof sourcedFileReference>) => (ref.kind === 'paths' ? ref.candidates : ref.reason);

describe('source / . paths', () => {
  it('a literal path with a slash is taken relative to the script directory', () => {
    expect(paths(sourcedFileReference('ops/scripts/start.sh', './vars.sh'))).toEqual(['ops/scripts/vars.sh']);
    expect(paths(sourcedFileReference('ops/scripts/start.sh', '../common/env.sh'))).toEqual(['ops/common/env.sh']);
    expect(paths(sourcedFileReference('start.sh', 'lib/env.sh'))).toEqual(['lib/env.sh']);
  });

  it('the script directory written as $(dirname "$0"), ${BASH_SOURCE%/*} or $(cd … && pwd)', () => {
    for (const w of [
      '$(dirname "$0")/env.sh',
      '$(dirname $0)/env.sh',
      '${BASH_SOURCE%/*}/env.sh',
      '$(dirname "${BASH_SOURCE[0]}")/env.sh',
      '$(cd "$(dirname "$0")" && pwd)/env.sh',
    ])
      expect([w, paths(sourcedFileReference('a/b/run.sh', w))]).toEqual([w, ['a/b/env.sh']]);
  });

  it('a name without a slash (PATH search), another expansion, or a path out of the repository is not followed', () => {
    expect(paths(sourcedFileReference('a/run.sh', 'vars.sh'))).toMatch(/PATH/);
    expect(paths(sourcedFileReference('a/run.sh', '$DIR/vars.sh'))).toMatch(/computed when the script runs/);
    expect(paths(sourcedFileReference('a/run.sh', '~/vars.sh'))).toMatch(/computed/);
    expect(paths(sourcedFileReference('a/run.sh', '../../vars.sh'))).toMatch(/outside the repository/);
  });

  it('an absolute path: same name beside the reader, under its root-file-system prefix, then from the root', () => {
    expect(absoluteCandidates('hosts/cp1/etc/systemd/system/kube-apiserver.service', '/etc/kubernetes/apiserver.env')).toEqual([
      'hosts/cp1/etc/systemd/system/apiserver.env',
      'hosts/cp1/etc/kubernetes/apiserver.env',
      'etc/kubernetes/apiserver.env',
    ]);
    expect(absoluteCandidates('kube-apiserver.service', '/etc/default/kube-apiserver')).toEqual(['kube-apiserver', 'etc/default/kube-apiserver']);
  });

  it('EnvironmentFile= with a "-" prefix, a specifier or a wildcard', () => {
    const ref = environmentFileReference('etc/systemd/system/k.service', '-/etc/kubernetes/apiserver.env');
    expect(ref.kind === 'paths' && ref.candidates).toEqual(['etc/systemd/system/apiserver.env', 'etc/kubernetes/apiserver.env']);
    expect(environmentFileReference('k.service', '/etc/kubernetes/%i.env').kind).toBe('unresolvable');
    expect(environmentFileReference('k.service', '/etc/kubernetes/*.env').kind).toBe('unresolvable');
  });

  it('pickFile: the first that exists; two that differ are ambiguous; one not read is unknown', () => {
    const ref = environmentFileReference('etc/systemd/system/k.service', '/etc/kubernetes/a.env');
    const files: Record<string, string> = { 'etc/kubernetes/a.env': 'A=1\n' };
    const lookup = (p: string) => (p in files ? { text: files[p] } : { missing: true as const });
    expect(pickFile(ref, lookup)).toEqual({ kind: 'file', path: 'etc/kubernetes/a.env', text: 'A=1\n' });
    files['etc/systemd/system/a.env'] = 'A=2\n';
    expect(pickFile(ref, lookup)).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('which differ') });
    files['etc/systemd/system/a.env'] = 'A=1\n';
    expect(pickFile(ref, lookup)).toMatchObject({ kind: 'file' });
    expect(pickFile(ref, () => undefined)).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('was not read') });
    expect(pickFile(ref, () => ({ missing: true }))).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('not in the repository') });
  });

  it('variableFilePaths finds source commands after operators and in conditions, and EnvironmentFile= lines', () => {
    const script = '#!/bin/sh\n[ -f ./site.env ] && . ./site.env\nif true; then source "$(dirname "$0")/more.sh"; fi\necho . not-this\n';
    expect(variableFilePaths('s/run.sh', script)).toEqual(['s/site.env', 's/more.sh']);
    expect(variableFilePaths('u/k.service', '[Service]\nEnvironmentFile=-/etc/default/k\nEnvironmentFile=\n')).toEqual(['u/k', 'etc/default/k']);
  });
});

describe('source through a variable holding the script directory, and from a sourced file', () => {
  it('a value written as a script directory form names that directory; anything else does not', () => {
    for (const v of ['"$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"', '$(dirname "$0")', '"${BASH_SOURCE%/*}"', '`dirname $0`'])
      expect([v, scriptDirectoryValue('ops/bin/start.sh', v)]).toEqual([v, 'ops/bin']);
    for (const v of ['/opt/cluster', '"${CONFIG_DIR}"', '$(pwd)', '"$(cd "$(dirname "$0")/$SUB" && pwd)"', '"$(dirname "$0")/$SUB"'])
      expect([v, scriptDirectoryValue('ops/bin/start.sh', v)]).toEqual([v, null]);
  });

  it('a directory relative to the script (`cd` into it, or written after the form) and the script behind a symlink', () => {
    const cases: [string, string][] = [
      ['"$(cd "$(dirname "$0")/.." && pwd)"', 'ops'],
      ['"$(cd "$(dirname "${BASH_SOURCE[0]}")/../config" && pwd -P)"', 'ops/config'],
      ['"$(dirname "$0")/.."', 'ops'],
      ['"$(cd "$(dirname "$0")/../.." && pwd)"', '.'],
      ['$(dirname "$(readlink -f "$0")")', 'ops/bin'],
      ['"$(cd "$(dirname "$(realpath "${BASH_SOURCE[0]}")")/.." && pwd)"', 'ops'],
    ];
    for (const [v, dir] of cases) expect([v, scriptDirectoryValue('ops/bin/start.sh', v)]).toEqual([v, dir]);
    // Above the repository root: the directory is named, and a path from it is refused as outside the repository.
    const above = scriptDirectoryValue('ops/bin/start.sh', '"$(cd "$(dirname "$0")/../../.." && pwd)"');
    expect(above).toBe('..');
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"$ROOT/env.sh"', { directories: new Map([['ROOT', above!]]) }))).toMatch(
      /outside the repository/,
    );
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"$(cd "$(dirname "$0")/.." && pwd)/config/cluster.env"'))).toEqual([
      'ops/config/cluster.env',
    ]);
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"$(dirname "$(readlink -f "$0")")/vars.sh"'))).toEqual(['ops/bin/vars.sh']);
    expect(variableFilePaths('ops/bin/start.sh', 'ROOT="$(cd "$(dirname "$0")/.." && pwd)"\nsource "$ROOT/config/cluster.env"\n')).toEqual([
      'ops/config/cluster.env',
    ]);
  });

  it('`. "$DIR/env.sh"` / `${DIR}` is followed when DIR is one of the directories the walker says it holds', () => {
    const directories = new Map([['DIR', 'ops/bin']]);
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"$DIR/vars.sh"', { directories }))).toEqual(['ops/bin/vars.sh']);
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"${DIR}/../env/cluster.env"', { directories }))).toEqual(['ops/env/cluster.env']);
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"$OTHER/vars.sh"', { directories }))).toMatch(/computed when the script runs/);
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"$DIR/$NAME.sh"', { directories }))).toMatch(/computed when the script runs/);
  });

  it("in a sourced file, relative paths and $0 are the running script's; ${BASH_SOURCE[0]} is the sourced file", () => {
    const inLib = { file: 'ops/bin/lib/common.sh' };
    expect(paths(sourcedFileReference('ops/bin/start.sh', './cluster.env', inLib))).toEqual(['ops/bin/cluster.env']);
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"$(dirname "$0")/cluster.env"', inLib))).toEqual(['ops/bin/cluster.env']);
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"$(dirname "${BASH_SOURCE[0]}")/cluster.env"', inLib))).toEqual([
      'ops/bin/lib/cluster.env',
    ]);
    expect(paths(sourcedFileReference('ops/bin/start.sh', '"${BASH_SOURCE%/*}/cluster.env"', inLib))).toEqual(['ops/bin/lib/cluster.env']);
  });

  it('variableFilePaths: a variable assigned a script directory form (export/readonly/local too), and a file read as sourced', () => {
    const script =
      '#!/bin/bash\nDIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"\nsource "$DIR/vars.sh"\nexport SCRIPT_DIR=$(dirname "$0")\n. "${SCRIPT_DIR}/env/a.env"\n';
    expect(variableFilePaths('s/run.sh', script)).toEqual(['s/vars.sh', 's/env/a.env']);
    expect(variableFilePaths('s/run.sh', 'f() {\n  local here=$(dirname "$0")\n  . "$here/x.sh"\n}\n')).toEqual(['s/x.sh']);
    // Only a variable of the text: one from the environment names nothing.
    expect(variableFilePaths('s/run.sh', '. "$DIR/vars.sh"\n')).toEqual([]);
    expect(variableFilePaths('s/lib/common.sh', '. ./cluster.env\n. "$(dirname "${BASH_SOURCE[0]}")/defaults.sh"\n', 's/run.sh')).toEqual([
      's/cluster.env',
      's/lib/defaults.sh',
    ]);
  });
});

describe('systemd environment files', () => {
  const value = (text: string, name: string) => {
    const e = parseEnvironmentFile(text).get(name);
    return e?.kind === 'value' ? e.value : e;
  };

  it('comments, blank lines, lines without "=" and invalid names are ignored; the last assignment wins', () => {
    const text = '# c\n; c\n\nnot an assignment\nA=1\nA=2\nexport B=3\n';
    expect(value(text, 'A')).toBe('2');
    expect(parseEnvironmentFile(text).has('B')).toBe(false);
    expect([...parseEnvironmentFile(text).keys()]).toEqual(['A']);
  });

  it('quotes: single verbatim, double with backslash escapes; unquoted keeps interior whitespace and inner quotes', () => {
    expect(value("A='10.96.0.0/12'\n", 'A')).toBe('10.96.0.0/12');
    expect(value('A="a \\"b\\" \\$c"\n', 'A')).toBe('a "b" $c');
    expect(value('A=  x  y  \n', 'A')).toBe('x  y');
    expect(value('A=x"y"\n', 'A')).toBe('x"y"');
    expect(value('A=one\\\ntwo\n', 'A')).toBe('onetwo');
    expect(value('A="multi\nline"\n', 'A')).toBe('multi\nline');
  });

  it('an unclosed quote leaves the value unknown; the written span is the value as written', () => {
    expect(parseEnvironmentFile('A="open\n').get('A')).toMatchObject({ kind: 'unknown' });
    const e = parseEnvironmentFile('X=1\nSVC="10.96.0.0/12"  \n').get('SVC');
    expect(e).toMatchObject({ kind: 'value', written: '"10.96.0.0/12"', start: 8, end: 22 });
  });
});
