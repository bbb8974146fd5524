import { describe, expect, it } from '@jest/globals';
import { engineOptionsOf, parseConfig, parseKubernetesVersion } from '../../src/config.js';
import { diffConfigs, reviewGateConfigChange } from '../../src/config-review.js';
import { analyzeFile } from '../../src/engine.js';

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
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'paths: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    expect(() => parseConfig(bomb, '.github/service-cidr-guard.yml')).toThrow(/\.github\/service-cidr-guard\.yml: not valid YAML: .*alias/i);
  });
});

describe('gate config changes (gate-config-change)', () => {
  const review = (before: string | undefined, after: string | undefined, ruleLevels = {}) =>
    reviewGateConfigChange({ path: '.github/service-cidr-guard.yml', before, after }, { ruleLevels });

  it.each([
    [
      'a rule lowered',
      'rules:\n  family-reduction: error\n',
      'rules:\n  family-reduction: warning\n',
      true,
      'rule family-reduction: error → warning',
    ],
    ['a rule turned off', '', 'rules:\n  invalid-range: off\n', true, 'rule invalid-range: error → off'],
    ['an exclude added', '', 'exclude: ["clusters/sandbox/**"]\n', true, "exclude adds 'clusters/sandbox/**'"],
    ['paths narrowed from every file', '', 'paths: ["clusters/**"]\n', true, "paths narrowed from every file to 'clusters/**'"],
    ['a path dropped', 'paths: ["a/**", "b/**"]\n', 'paths: ["a/**"]\n', true, "paths drops 'b/**'"],
    ['a !re-include dropped from exclude', 'exclude: ["c/**", "!c/prod/**"]\n', 'exclude: ["c/**"]\n', true, "exclude drops '!c/prod/**'"],
    ['the Kubernetes version changed', 'kubernetes-version: "1.33"\n', 'kubernetes-version: "1.30"\n', true, 'kubernetes-version 1.33 → 1.30'],
    [
      'the config deleted after raising a rule',
      'rules:\n  non-canonical-range: error\n',
      undefined,
      true,
      'rule non-canonical-range: error → notice',
    ],
    ['a rule raised', 'rules:\n  non-canonical-range: off\n', '', false, 'rule non-canonical-range: off → notice'],
    ['an exclude dropped', 'exclude: ["x/**"]\n', '', false, "exclude drops 'x/**'"],
    ['paths widened', 'paths: ["a/**"]\n', 'paths: ["a/**", "b/**"]\n', false, "paths adds 'b/**'"],
  ])('%s', (_name, before, after, weakens, text) => {
    const [f, ...rest] = review(before, after);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'gate-config-change',
      level: weakens ? 'error' : 'notice',
      file: '.github/service-cidr-guard.yml',
      suppressed: false,
    });
    expect(f.message).toContain(text);
  });

  it('a comment-only change draws no finding', () => {
    expect(review('rules:\n  invalid-range: warning\n', '# noisy\nrules:\n  invalid-range: warning # see #1\n')).toEqual([]);
  });

  it('an invalid new config blocks, naming the error', () => {
    const [f] = review('', 'rulez: {}\n');
    expect(f.level).toBe('error');
    expect(f.message).toContain("unknown key 'rulez'");
  });

  it('points at the line of the first weakening key', () => {
    expect(review('', 'paths: ["a/**"]\n# x\nexclude: ["b/**"]\n')[0].line).toBe(3); // rules, then exclude, then paths
    expect(review('paths: ["a/**"]\n', 'paths: ["a/**"]\nrules:\n  invalid-range: off\n')[0].line).toBe(2);
  });

  it('the base config may turn the rule off or lower it; a strengthening stays a notice', () => {
    expect(review('', 'exclude: ["**"]\n', { 'gate-config-change': 'off' })).toEqual([]);
    expect(review('', 'exclude: ["**"]\n', { 'gate-config-change': 'warning' })[0].level).toBe('warning');
  });

  it('diffConfigs lists weakening changes first', () => {
    const changes = diffConfigs(parseConfig('rules:\n  non-canonical-range: off\n', 'a'), parseConfig('exclude: ["x"]\n', 'b'));
    expect(changes.map((c) => c.weakens)).toEqual([true, false]);
  });

  it('inline suppressions in the config file itself do not suppress the finding', () => {
    const result = analyzeFile({
      path: '.github/service-cidr-guard.yml',
      before: '',
      after: '# service-cidr-guard: allow gate-config-change -- trust me\nexclude: ["**"]\n',
    });
    expect(result.findings.map((f) => [f.rule, f.suppressed])).toEqual([['gate-config-change', false]]);
  });
});
