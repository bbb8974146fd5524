import { describe, expect, it } from '@jest/globals';
import { renderJson } from '../../src/report/json.js';
import { buildReport } from '../../src/verdict.js';
import { makeFinding, makeReport } from './sample.js';

// SPEC §6 "JSON report", written out here by hand from the spec (not from the renderer).
const SPEC_FINDING_KEYS = [
  'rule',
  'level',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'format',
  'component',
  'setting',
  'before',
  'after',
  'message',
  'remediation',
  'suppressed',
];

describe('renderJson (v1 contract)', () => {
  it('writes the top-level keys in contract order with 2-space indent and a final newline', () => {
    const text = renderJson(makeReport([makeFinding()], [{ file: 'a.yaml', line: 3, message: 'YAML error' }]));
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'blocked', 'findings', 'problems']);
    expect(text.startsWith('{\n  "version": 1,\n  "blocked": true,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes exactly the SPEC finding keys, in SPEC order, whatever order the finding object has', () => {
    const f = makeFinding();
    const shuffled = Object.fromEntries(Object.entries(f).reverse()) as typeof f;
    const parsed = JSON.parse(renderJson(makeReport([shuffled])));
    expect(Object.keys(parsed.findings[0])).toEqual(SPEC_FINDING_KEYS);
    for (const key of SPEC_FINDING_KEYS) expect(parsed.findings[0][key]).toEqual(f[key as keyof typeof f]);
  });

  it('writes problems as file, line, message', () => {
    const parsed = JSON.parse(renderJson(makeReport([], [{ file: 'x.yaml', line: 7, message: 'templated value' }])));
    expect(parsed.problems).toEqual([{ file: 'x.yaml', line: 7, message: 'templated value' }]);
    expect(Object.keys(parsed.problems[0])).toEqual(['file', 'line', 'message']);
    expect(parsed.blocked).toBe(false);
  });

  it('keeps null for an absent side (added file)', () => {
    const parsed = JSON.parse(renderJson(makeReport([makeFinding({ rule: 'invalid-range', before: null })])));
    expect(parsed.findings[0].before).toBeNull();
    expect(parsed.findings[0].after).toEqual(['10.96.0.0/12']);
  });

  it('adds suppressedBy after the contract keys only for a suppressed finding', () => {
    const parsed = JSON.parse(
      renderJson(makeReport([makeFinding({ suppressed: true, suppressedBy: "pull request label 'ok'" }), makeFinding({ line: 9 })])),
    );
    expect(Object.keys(parsed.findings[0])).toEqual([...SPEC_FINDING_KEYS, 'suppressedBy']);
    expect(parsed.findings[0].suppressedBy).toBe("pull request label 'ok'");
    expect(Object.keys(parsed.findings[1])).toEqual(SPEC_FINDING_KEYS);
    expect(parsed.blocked).toBe(true);
  });

  it('keeps the report order (sorted by the verdict module)', () => {
    const parsed = JSON.parse(renderJson(makeReport([makeFinding({ file: 'b.yaml' }), makeFinding({ file: 'a.yaml' })])));
    expect(parsed.findings.map((f: { file: string }) => f.file)).toEqual(['a.yaml', 'b.yaml']);
  });
});

describe('JSON printed to a CI log', () => {
  it('never carries a legacy ##[command], yet parses back to the exact strings', () => {
    const hostile = 'clusters/##[error]x/kubeadm.yaml';
    const report = buildReport(
      [
        {
          rule: 'invalid-range',
          level: 'error',
          file: hostile,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          format: 'kubeadm',
          component: 'kube-apiserver',
          setting: 's',
          before: null,
          after: null,
          message: '##[add-mask]v',
          remediation: 'r',
          suppressed: false,
        },
      ],
      [],
      'error',
    );
    const text = renderJson(report);
    expect(text).not.toContain('##[');
    const parsed = JSON.parse(text);
    expect(parsed.findings[0].file).toBe(hostile);
    expect(parsed.findings[0].message).toBe('##[add-mask]v');
  });
});
