import { describe, expect, it } from '@jest/globals';
import { compileGlob, createPathFilter, splitGlobList, unmatchedPatterns } from '../../src/changes/path-filter.js';

describe('globs (GitHub workflow filter semantics)', () => {
  it.each([
    ['*.yaml', 'kubeadm.yaml', true],
    ['*.yaml', 'clusters/kubeadm.yaml', false],
    ['**/*.yaml', 'clusters/kubeadm.yaml', true],
    ['**/*.yaml', 'kubeadm.yaml', true],
    ['clusters/**', 'clusters/a/b/c.yml', true],
    ['clusters/**', 'other/clusters/a.yml', false],
    ['clusters/*/kubeadm.yaml', 'clusters/prod/kubeadm.yaml', true],
    ['clusters/*/kubeadm.yaml', 'clusters/prod/eu/kubeadm.yaml', false],
    ['clusters/**/kubeadm.yaml', 'clusters/prod/eu/kubeadm.yaml', true],
    ['c?.yaml', 'c1.yaml', true],
    ['c?.yaml', 'c12.yaml', false],
    ['c[0-9].yaml', 'c7.yaml', true],
    ['c[!0-9].yaml', 'c7.yaml', false],
    ['*.{yaml,yml}', 'a.yml', true],
    ['*.{yaml,yml}', 'a.json', false],
    ['a.b', 'axb', false],
    ['a+(b)', 'a+(b)', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(compileGlob(glob).test(path)).toBe(expected);
  });

  it.each([
    ['a/**\nb/*, c', ['a/**', 'b/*', 'c']],
    ['x/{a,b}/*,y', ['x/{a,b}/*', 'y']],
    ['\n  \n# comment\nz\n', ['z']],
    ['', []],
  ])('splitGlobList(%j)', (text, expected) => {
    expect(splitGlobList(text)).toEqual(expected);
  });

  it.each([
    [[], [], 'any/file.yaml', true],
    [['clusters/**'], [], 'clusters/a.yaml', true],
    [['clusters/**'], [], 'apps/a.yaml', false],
    [[], ['**/sandbox/**'], 'clusters/sandbox/a.yaml', false],
    [['clusters/**'], ['clusters/dev/**'], 'clusters/dev/a.yaml', false],
    [['clusters/**'], ['clusters/dev/**'], './clusters/prod/a.yaml', true],
  ])('paths %j exclude %j on %s: %s', (paths, exclude, path, expected) => {
    expect(createPathFilter(paths, exclude)(path)).toBe(expected);
  });
});

describe('!patterns (GitHub paths: semantics: ordered, the last match decides)', () => {
  it.each([
    [['clusters/**', '!clusters/lab/**'], [], 'clusters/lab/a.yaml', false],
    [['clusters/**', '!clusters/lab/**'], [], 'clusters/prod/a.yaml', true],
    [['clusters/**', '!clusters/lab/**', 'clusters/lab/keep.yaml'], [], 'clusters/lab/keep.yaml', true],
    [[], ['clusters/**', '!clusters/prod/**'], 'clusters/prod/a.yaml', true],
    [[], ['clusters/**', '!clusters/prod/**'], 'clusters/lab/a.yaml', false],
    [[], ['!clusters/prod/**', 'clusters/**'], 'clusters/prod/a.yaml', false],
  ])('paths %j exclude %j: %s → %s', (paths, exclude, file, scanned) => {
    expect(createPathFilter(paths, exclude)(file)).toBe(scanned);
  });

  it.each([
    [['!a/**'], []],
    [[], ['!a/**', '!b/**']],
  ])('refuses a list of negations only (paths %j, exclude %j)', (paths, exclude) => {
    expect(() => createPathFilter(paths, exclude)).toThrow(/holds only negated patterns/);
  });

  it('unmatchedPatterns names the globs that select no changed path, negations included', () => {
    expect(unmatchedPatterns(['clusters/**', 'clustres/**', '!clusters/lab/**', '!nowhere/**'], ['clusters/lab/a.yaml'])).toEqual([
      'clustres/**',
      '!nowhere/**',
    ]);
  });
});
