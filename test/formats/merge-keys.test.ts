// YAML merge keys and duplicate keys, read the way Kubernetes reads them. DIFFERENTIAL: every case is decoded by
// the real sigs.k8s.io/yaml (test/oracles/sigsyaml, built from Debian's golang-k8s-sigs-yaml-dev) and the value
// the project's YAML layer (src/formats/toolkit/yaml-source.ts mapEntry / getPath) reads at the same path must be the same.

import { beforeAll, describe, expect, it } from '@jest/globals';
import { isMap, isSeq, type Document, type ParsedNode } from 'yaml';
import { deref, mapEntry, scalarText, Source } from '../../src/formats/toolkit/yaml-source.js';
import { buildOracle, type Oracle } from '../oracles/oracle.js';

type PathStep = string | number;
interface Case {
  name: string;
  yaml: string;
  path: PathStep[];
  /** The path is absent in what Kubernetes decodes (both readers must say so). */
  absent?: boolean;
}

const CASES: Case[] = [
  {
    name: 'merge after an explicit key replaces it',
    yaml: 'base: &b {serviceSubnet: 10.96.0.0/12}\nnetworking:\n  serviceSubnet: 10.100.0.0/16\n  <<: *b\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'explicit key after a merge replaces the merged one',
    yaml: 'base: &b {serviceSubnet: 10.96.0.0/12}\nnetworking:\n  <<: *b\n  serviceSubnet: 10.100.0.0/16\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'a merged key the map does not have',
    yaml: 'base: &b {serviceSubnet: 10.96.0.0/12, podSubnet: 10.244.0.0/16}\nnetworking:\n  <<: *b\n  podSubnet: 10.1.0.0/16\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'a list of merges: the first map holding the key wins',
    yaml: 'a: &a {serviceSubnet: 10.1.0.0/16}\nb: &b {serviceSubnet: 10.2.0.0/16}\nnetworking:\n  <<: [*a, *b]\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'a list of merges after an explicit key',
    yaml: 'a: &a {podSubnet: 10.1.0.0/16}\nb: &b {serviceSubnet: 10.2.0.0/16}\nnetworking:\n  serviceSubnet: 10.3.0.0/16\n  <<: [*a, *b]\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'two merges in one map: the later one wins',
    yaml: 'a: &a {serviceSubnet: 10.1.0.0/16}\nb: &b {serviceSubnet: 10.2.0.0/16}\nnetworking:\n  <<: *a\n  <<: *b\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'a merged map that merges in turn',
    yaml: 'a: &a {serviceSubnet: 10.1.0.0/16}\nb: &b\n  serviceSubnet: 10.2.0.0/16\n  <<: *a\nnetworking:\n  <<: *b\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'a merge replaces a whole nested map (no deep merge)',
    yaml: 'x: &x {networking: {podSubnet: 10.1.0.0/16}}\ncfg:\n  networking:\n    serviceSubnet: 10.96.0.0/12\n  <<: *x\n',
    path: ['cfg', 'networking', 'podSubnet'],
  },
  {
    name: 'a merge replaces a whole nested map: the explicit nested key is gone',
    yaml: 'x: &x {networking: {podSubnet: 10.1.0.0/16}}\ncfg:\n  networking:\n    serviceSubnet: 10.96.0.0/12\n  <<: *x\n',
    path: ['cfg', 'networking', 'serviceSubnet'],
    absent: true,
  },
  {
    name: 'an inline merge map (no alias)',
    yaml: 'networking:\n  serviceSubnet: 10.96.0.0/12\n  <<: {serviceSubnet: 10.5.0.0/16}\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'a quoted "<<" is a plain key, not a merge',
    yaml: 'networking:\n  serviceSubnet: 10.96.0.0/12\n  "<<": {serviceSubnet: 10.5.0.0/16}\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'an explicit !!merge tag merges',
    yaml: 'networking:\n  serviceSubnet: 10.96.0.0/12\n  !!merge <<: {serviceSubnet: 10.5.0.0/16}\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'duplicate keys: the last one wins',
    yaml: 'networking:\n  serviceSubnet: 10.96.0.0/12\n  serviceSubnet: 10.100.0.0/16\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'duplicate keys around a merge',
    yaml: 'b: &b {serviceSubnet: 10.1.0.0/16}\nnetworking:\n  serviceSubnet: 10.2.0.0/16\n  <<: *b\n  serviceSubnet: 10.3.0.0/16\n',
    path: ['networking', 'serviceSubnet'],
  },
  {
    name: 'static pod container: merge after command replaces the command',
    yaml: [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: kube-apiserver, namespace: kube-system}',
      'x-base: &base',
      '  command: [kube-apiserver, --service-cluster-ip-range=10.96.0.0/12]',
      'spec:',
      '  containers:',
      '  - name: kube-apiserver',
      '    command: [kube-apiserver, --service-cluster-ip-range=10.100.0.0/16]',
      '    <<: *base',
      '',
    ].join('\n'),
    path: ['spec', 'containers', 0, 'command', 1],
  },
  {
    name: 'static pod container: command after the merge wins',
    yaml: [
      'apiVersion: v1',
      'kind: Pod',
      'x-base: &base',
      '  image: registry.k8s.io/kube-apiserver:v1.33.0',
      '  command: [kube-apiserver, --service-cluster-ip-range=10.96.0.0/12]',
      'spec:',
      '  containers:',
      '  - <<: *base',
      '    name: kube-apiserver',
      '    command: [kube-apiserver, --service-cluster-ip-range=10.100.0.0/16]',
      '',
    ].join('\n'),
    path: ['spec', 'containers', 0, 'command', 1],
  },
  {
    name: 'a merged container list item from an anchor',
    yaml: ['c: &c {name: a, command: [kube-apiserver, --service-cluster-ip-range=10.7.0.0/16]}', 'spec:', '  containers:', '  - <<: *c', ''].join(
      '\n',
    ),
    path: ['spec', 'containers', 0, 'command', 1],
  },
];

/** What the project reads at a path: a scalar's text, null when absent, '<non-scalar>' otherwise. */
function projectRead(yaml: string, steps: PathStep[]): string | null {
  const source = new Source('case.yaml', yaml);
  const doc = source.yaml?.documents[0] as Document.Parsed;
  let node: ParsedNode | null = deref(doc, doc.contents);
  for (const step of steps) {
    if (typeof step === 'number') {
      node = isSeq(node) ? deref(doc, node.items[step]) : null;
    } else {
      node = isMap(node) ? (mapEntry(doc, node, step)?.value ?? null) : null;
    }
    if (node === null) return null;
  }
  return scalarText(node) ?? '<non-scalar>';
}

/** The same path in the oracle's JSON. */
function oracleRead(json: unknown, steps: PathStep[]): string | null {
  let cur: unknown = json;
  for (const step of steps) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string | number, unknown>)[step];
    if (cur === undefined) return null;
  }
  if (cur === null) return null;
  return typeof cur === 'object' ? '<non-scalar>' : String(cur);
}

let oracle: Oracle | null = null;
let skipped: string | undefined;
let decoded: { json?: unknown; error?: string }[] = [];

beforeAll(() => {
  ({ oracle, skipped } = buildOracle('sigsyaml', ['sigs.k8s.io/yaml', 'gopkg.in/yaml.v2']));
  if (!oracle) {
    console.warn(`SKIPPED: the sigs.k8s.io/yaml differential test did not run: ${skipped}`);
    return;
  }
  decoded = oracle.run(CASES.map((c) => c.yaml)) as typeof decoded;
}, 120_000);

describe('merge and duplicate keys, differential against sigs.k8s.io/yaml', () => {
  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const c = CASES[i];
    if (!oracle) {
      console.warn(`SKIPPED (${c.name}): ${skipped}`);
      return;
    }
    const d = decoded[i];
    expect(d.error).toBeUndefined();
    const expected = oracleRead(d.json, c.path);
    // Every case reads a value, unless it is about absence: a case the oracle answers with null by mistake
    // would test nothing.
    if (c.absent) expect(expected).toBeNull();
    else expect(expected).not.toBeNull();
    expect(projectRead(c.yaml, c.path)).toBe(expected);
  });
});

function read(prefix: string): string | null {
  const c = CASES.find((x) => x.name.startsWith(prefix));
  if (!c) throw new Error(`no case ${prefix}`);
  return projectRead(c.yaml, c.path);
}

describe('merge keys, pinned (whether or not the oracle is present)', () => {
  it('a merge after an explicit key replaces it (go-yaml v2 decode.go mapping/merge order)', () => {
    expect(read('merge after an explicit key')).toBe('10.96.0.0/12');
  });
  it('the first of a merge list wins', () => {
    expect(read('a list of merges: the first')).toBe('10.1.0.0/16');
  });
  it('a quoted "<<" is not a merge', () => {
    expect(read('a quoted')).toBe('10.96.0.0/12');
  });
});
