import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCliArgs, parseVersion, UsageError } from '../../src/cli/args.js';
import { VERSION } from '../../src/cli/version.js';
import { shouldColor } from '../../src/cli/output.js';
import { fileURLToPath } from 'node:url';

describe('parseCliArgs', () => {
  it.each([
    [
      'no arguments: scan with defaults',
      [],
      { command: { kind: 'scan', base: undefined, head: undefined, pathspecs: [] }, format: 'text', failOn: 'error' },
    ],
    [
      'scan with revisions and pathspecs',
      ['--base', 'main', '--head=HEAD', 'clusters/', '*.yaml'],
      { command: { kind: 'scan', base: 'main', head: 'HEAD', pathspecs: ['clusters/', '*.yaml'] } },
    ],
    ['diff', ['diff', 'old.yaml', 'new.yaml'], { command: { kind: 'diff', oldPath: 'old.yaml', newPath: 'new.yaml' } }],
    ['diff of an added file', ['diff', '/dev/null', 'new.yaml'], { command: { kind: 'diff', oldPath: '/dev/null', newPath: 'new.yaml' } }],
    ['demo', ['demo', 'examples'], { command: { kind: 'demo', dir: 'examples' } }],
    ['options after the command', ['diff', 'a', 'b', '--format', 'json', '--fail-on', 'never'], { format: 'json', failOn: 'never' }],
    [
      'a pathspec named diff after --',
      ['--', 'diff', 'x'],
      { command: { kind: 'scan', base: undefined, head: undefined, pathspecs: ['diff', 'x'] } },
    ],
    ['kubernetes version and config', ['--kubernetes-version', 'v1.33.2', '--config', 'c.yml'], { kubernetesVersion: '1.33', configFile: 'c.yml' }],
    ['help', ['-h'], { command: { kind: 'help' } }],
    ['version', ['--version'], { command: { kind: 'version' } }],
    ['help as a command word', ['help'], { command: { kind: 'help' } }],
    ['version as a command word', ['version'], { command: { kind: 'version' } }],
    ['a pathspec named help after --', ['--', 'help'], { command: { kind: 'scan', pathspecs: ['help'] } }],
    ['rules', ['rules'], { command: { kind: 'rules' } }],
    ['explain', ['explain', 'family-reduction'], { command: { kind: 'explain', rule: 'family-reduction' } }],
    ['diff from standard input', ['diff', '-', 'new.yaml'], { command: { kind: 'diff', oldPath: '-', newPath: 'new.yaml' } }],
    [
      '--color and repeated --output',
      ['--color', 'always', '--output', 'sarif=r.sarif', '--output=junit=out/j.xml'],
      {
        color: 'always',
        outputs: [
          { format: 'sarif', file: 'r.sarif' },
          { format: 'junit', file: 'out/j.xml' },
        ],
      },
    ],
    ['defaults of --color and --output', [], { color: 'auto', outputs: [] }],
    ['each new format', ['--format', 'gitlab'], { format: 'gitlab' }],
  ])('%s', (_name, argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--fail-on', 'eror'], "Invalid --fail-on value 'eror'. Did you mean 'error'? Expected one of: error, warning, notice, never."],
    [['--format', 'xml'], "Invalid --format value 'xml'. Expected one of: text, json, sarif, markdown, github, rdjson, junit, gitlab."],
    [['--fromat', 'json'], "Unknown option '--fromat'. Did you mean '--format'? Run 'service-cidr-guard --help' for usage."],
    [['--fromat=json'], "Unknown option '--fromat'. Did you mean '--format'?"],
    [['--kube', '1.33'], "Unknown option '--kube'. Did you mean '--kubernetes-version'?"],
    [['--colour', 'never'], "Did you mean '--color'?"],
    [['dif', 'a', 'b'], "Unknown command 'dif'. Did you mean 'diff'? (A pathspec named 'dif' goes after '--'.)"],
    [['rule'], "Did you mean 'rules'?"],
    [['explain'], "'explain' takes one rule id (got 0)."],
    [['rules', 'x'], "'rules' takes no arguments (got 1)."],
    [['diff', '-', '-'], 'only one side from standard input'],
    [['demo', 'examples', '--output', 'json=r.json'], "--output applies to a repository scan or 'diff', not to 'demo'."],
    [['--color', 'yes'], "Invalid --color value 'yes'. Expected one of: auto, always, never."],
    [['--output', 'results.sarif'], "Invalid --output value 'results.sarif'. Expected FORMAT=FILE, e.g. --output sarif=results.sarif"],
    [['--output', 'sarrif=r.sarif'], "Invalid --output value 'sarrif'. Did you mean 'sarif'?"],
    [['--kubernetes-version', 'latest'], "Invalid --kubernetes-version value 'latest'. Expected X.Y, e.g. 1.33."],
    [['--nope'], "Unknown option '--nope'."],
    [['--format'], "Option '--format <value>' argument missing."],
    [['diff', 'only-one'], "'diff' takes two files, OLD and NEW (got 1)."],
    [['diff', '/dev/null', '/dev/null'], 'both are /dev/null'],
    [['demo'], "'demo' takes one directory (got 0)."],
    [['diff', 'a', 'b', '--base', 'main'], "--base and --head apply to a repository scan, not to 'diff'."],
    [['--base='], "Invalid --base value ''."],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('parseVersion', () => {
  it.each([
    ['1.33', '1.33'],
    ['v1.34', '1.34'],
    ['1.33.1', '1.33'],
    ['1.033', '1.33'],
  ])('%s -> %s', (input, expected) => {
    expect(parseVersion(input)).toBe(expected);
  });
  it.each(['2.0', '1', '1.x', ''])('rejects %j', (input) => {
    expect(() => parseVersion(input)).toThrow(UsageError);
  });
});

it('VERSION matches package.json', () => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});

describe('shouldColor (--color, FORCE_COLOR, https://no-color.org, TERM=dumb)', () => {
  it.each<['auto' | 'always' | 'never', boolean, NodeJS.ProcessEnv, boolean]>([
    ['auto', true, {}, true],
    ['auto', false, {}, false],
    ['auto', true, { NO_COLOR: '1' }, false],
    ['auto', true, { NO_COLOR: '' }, true],
    ['auto', true, { TERM: 'dumb' }, false],
    ['auto', true, { TERM: 'xterm-256color' }, true],
    ['auto', false, { FORCE_COLOR: '1' }, true],
    ['auto', false, { FORCE_COLOR: '' }, true],
    ['auto', true, { FORCE_COLOR: '0' }, false],
    ['auto', true, { FORCE_COLOR: 'false' }, false],
    ['auto', false, { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' }, true],
    ['always', false, { NO_COLOR: '1', TERM: 'dumb' }, true],
    ['never', true, { FORCE_COLOR: '1' }, false],
  ])('--color %s, tty %s, env %j -> %s', (mode, tty, env, expected) => {
    expect(shouldColor(mode, tty, env)).toBe(expected);
  });
});
