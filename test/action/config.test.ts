import { describe, expect, it } from '@jest/globals';
import { engineOptionsOf, parseConfig, parseKubernetesVersion } from '../../src/config.js';

describe('parseConfig', () => {
  it('reads every key', () => {
    const text = [
      'kubernetes-version: 1.30',
      'paths: ["clusters/**"]',
      'exclude: clusters/sandbox/**',
      'rules:',
      '  non-canonical-range: off',
      '  range-overlap: warning',
    ].join('\n');
    expect(parseConfig(text, 'g.yml')).toEqual({
      kubernetesVersion: '1.30',
      paths: ['clusters/**'],
      exclude: ['clusters/sandbox/**'],
      rules: { 'non-canonical-range': 'off', 'range-overlap': 'warning' },
    });
  });

  it.each(['', '# only a comment\n'])('an empty file is the default config (%j)', (text) => {
    expect(parseConfig(text, 'g.yml')).toEqual({ rules: {}, paths: [], exclude: [] });
  });

  it.each([
    ['rulez: {}', "g.yml: unknown key 'rulez'. Expected one of: kubernetes-version, paths, exclude, rules."],
    ['rules:\n  family-reduktion: off', "g.yml: unknown rule 'family-reduktion'. Expected one of:"],
    ['rules:\n  family-reduction: fatal', "g.yml: invalid level 'fatal' for rule 'family-reduction'. Expected one of: error, warning, notice, off."],
    ['kubernetes-version: latest', "g.yml: invalid 'kubernetes-version' value 'latest'. Expected X.Y, e.g. 1.33."],
    ['paths: {a: b}', "g.yml: 'paths' must be a glob or a list of globs."],
    ['exclude: ["a/{b"]', "Invalid glob 'a/{b': unclosed '{'."],
    ['- a\n- b', 'g.yml: expected a mapping with keys'],
    ['a: [', 'g.yml: not valid YAML'],
  ])('rejects %j', (text, message) => {
    expect(() => parseConfig(text, 'g.yml')).toThrow(message);
  });

  it.each([
    ['1.33', '1.33'],
    ['v1.33', '1.33'],
    ['1.33.4', '1.33'],
    ['v1.30.0', '1.30'],
    ['1', undefined],
    ['latest', undefined],
  ])('parseKubernetesVersion(%s) = %s', (text, expected) => {
    expect(parseKubernetesVersion(text)).toBe(expected);
  });

  it('the input version wins over the config file', () => {
    const config = parseConfig('kubernetes-version: "1.32"', 'g.yml');
    expect(engineOptionsOf(config, '1.33').kubernetesVersion).toBe('1.33');
    expect(engineOptionsOf(config).kubernetesVersion).toBe('1.32');
  });
});

describe('config file limits', () => {
  it('refuses an alias bomb with a message instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'paths: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(() => parseConfig(bomb, '.github/service-cidr-guard.yml')).toThrow(/\.github\/service-cidr-guard\.yml: not valid YAML: .*alias/i);
  });
});
