// The generic reader of declared formats, on a toy declaration: what every declared format (eksctl, RKE, Talos,
// and the declared parts of k0s and kops) relies on.
import { describe, expect, it } from '@jest/globals';
import { declaredFormat, type YamlFormatDeclaration } from '../../src/formats/declared/yaml-declaration.js';
import { run } from './run-format.js';

const TOY: YamlFormatDeclaration = {
  id: 'toy',
  signature: { kind: 'Toy', apiVersionPrefix: 'toy.example/' },
  group: { name: ['metadata', 'name'], suffixes: [{ path: ['metadata', 'zone'], prefix: '@' }] },
  kubernetesVersion: [['spec', 'version']],
  immutable: 'fixed at creation',
  fields: [
    {
      subject: 'net',
      role: 'service-range',
      component: 'platform',
      path: ['spec', 'net', 'services'],
      list: true,
      override: ['spec', 'args', 'service-cluster-ip-range'],
      default: { value: '10.0.0.0/16', note: 'toy default' },
    },
    { subject: 'net', role: 'pod-range', component: 'platform', path: ['spec', 'net', 'pods'] },
  ],
};
const toy = declaredFormat(TOY);
const doc = (spec: string, meta = '  name: a\n') => `apiVersion: toy.example/v1\nkind: Toy\nmetadata:\n${meta}spec:\n${spec}`;

describe('declaredFormat', () => {
  it('reads a list value with its span, the group, the version and the immutability (Service range only)', () => {
    const r = run(
      toy,
      doc('  version: v1.31.2\n  net:\n    services: [10.1.0.0/16, "fd00::/108"]\n    pods: 10.2.0.0/16\n', '  name: a\n  zone: z1\n'),
    );
    expect(r.service()).toMatchObject({
      group: 'toy/a@z1',
      subject: 'toy/a@z1/net',
      setting: 'spec.net.services',
      value: '10.1.0.0/16,fd00::/108',
      origin: 'explicit',
      kubernetesVersion: '1.31',
      immutable: 'fixed at creation',
      span: { line: 9, column: 16, endLine: 9, endColumn: 41 },
    });
    expect(r.role('pod-range')[0].immutable).toBeUndefined();
    expect(r.problems).toEqual([]);
  });

  it('lets the override win when its key is present', () => {
    const r = run(toy, doc('  args:\n    service-cluster-ip-range: 10.9.0.0/16\n  net:\n    services: [10.1.0.0/16]\n'));
    expect(r.service()).toMatchObject({ value: '10.9.0.0/16', setting: 'spec.args.service-cluster-ip-range' });
  });

  it('reports a templated Service range, never a default in its place; a templated pod range is ignored', () => {
    const r = run(toy, doc('  net:\n    services: ["{{ .Values.svc }}"]\n    pods: "{{ .Values.pods }}"\n'));
    expect(r.settings).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ setting: 'spec.net.services', hidesRange: true, line: 7 })]);
  });

  it('puts the default at the key of the closest present parent', () => {
    const r = run(toy, doc('  net:\n    pods: 10.2.0.0/16\n'));
    expect(r.service()).toMatchObject({
      value: '10.0.0.0/16',
      origin: 'default',
      defaultNote: 'toy default',
      span: expect.objectContaining({ line: 6, column: 3 }),
    });
  });

  it('numbers an unnamed document and ignores documents without the signature', () => {
    const other = 'apiVersion: other/v1\nkind: Toy\nspec:\n  net:\n    services: 10.5.0.0/16\n';
    const r = run(toy, `${other}---\n${doc('  net:\n    services: 10.6.0.0/16\n', '  zone: z\n')}`);
    expect(r.settings.map((s) => [s.group, s.value])).toEqual([['toy/#1@z', '10.6.0.0/16']]);
  });

  it('a kind-less signature with allKeysUnder needs every key, and anyKeyUnder one of them', () => {
    const flat = (signature: YamlFormatDeclaration['signature']) =>
      declaredFormat({
        id: 'flat',
        signature,
        group: { name: ['name'] },
        fields: [{ subject: 's', role: 'service-range', component: 'platform', path: ['svc'] }],
      });
    const all = flat({ kind: null, allKeysUnder: { path: [], keys: ['a', 'b'] } });
    const any = flat({ kind: null, anyKeyUnder: { path: [], keys: ['a', 'b'] } });
    const text = 'a: 1\nsvc: 10.3.0.0/16\n';
    expect(run(all, text).settings).toEqual([]);
    expect(run(all, `b: 2\n${text}`).service()?.value).toBe('10.3.0.0/16');
    expect(run(any, text).service()?.value).toBe('10.3.0.0/16');
    expect(run(all, `kind: Other\nb: 2\n${text}`).settings).toEqual([]);
  });
});
