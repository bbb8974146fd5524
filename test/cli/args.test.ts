import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCliArgs, parseVersion, UsageError } from '../../src/cli/args.js';
import { VERSION } from '../../src/cli/version.js';
import { shouldColor } from '../../src/cli/output.js';
import { fileURLToPath } from 'node:url';

describe('parseCliArgs', () => {
  it.each([
    ['no arguments: scan with defaults', [], { command: { kind: 'scan', base: undefined, head: undefined, pathspecs: [] }, format: 'text', failOn: 'error' }],
    ['scan with revisions and pathspecs', ['--base', 'main', '--head=HEAD', 'clusters/', '*.yaml'], { command: { kind: 'scan', base: 'main', head: 'HEAD', pathspecs: ['clusters/', '*.yaml'] } }],
    ['diff', ['diff', 'old.yaml', 'new.yaml'], { command: { kind: 'diff', oldPath: 'old.yaml', newPath: 'new.yaml' } }],
    ['diff of an added file', ['diff', '/dev/null', 'new.yaml'], { command: { kind: 'diff', oldPath: '/dev/null', newPath: 'new.yaml' } }],
    ['demo', ['demo', 'examples'], { command: { kind: 'demo', dir: 'examples' } }],
    ['options after the command', ['diff', 'a', 'b', '--format', 'json', '--fail-on', 'never'], { format: 'json', failOn: 'never' }],
    ['a pathspec named diff after --', ['--', 'diff', 'x'], { command: { kind: 'scan', base: undefined, head: undefined, pathspecs: ['diff', 'x'] } }],
    ['kubernetes version and config', ['--kubernetes-version', 'v1.33.2', '--config', 'c.yml'], { kubernetesVersion: '1.33', configFile: 'c.yml' }],
    ['help', ['-h'], { command: { kind: 'help' } }],
    ['version', ['--version'], { command: { kind: 'version' } }],
  ])('%s', (_name, argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--fail-on', 'eror'], "Invalid --fail-on value 'eror'. Expected one of: error, warning, notice, never."],
    [['--format', 'xml'], "Invalid --format value 'xml'. Expected one of: text, json, sarif, markdown."],
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

describe('shouldColor (https://no-color.org)', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
  ])('tty %s, env %j -> %s', (tty, env, expected) => {
    expect(shouldColor(tty, env)).toBe(expected);
  });
});
