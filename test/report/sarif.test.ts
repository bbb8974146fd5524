import { describe, expect, it } from '@jest/globals';
import { buildSarif, renderSarif, toUri } from '../../src/report/sarif.js';
import { RULE_IDS, RULES } from '../../src/rules.js';
import { makeFinding, makeReport } from './sample.js';
import { check, sarifValidator } from './schemas.js';

// Validated against the official SARIF 2.1.0 JSON Schema (see schemas.ts: from an npm package, not
// transcribed by hand).
const validate = (log: unknown): string[] => check(sarifValidator(), log);

const fullReport = () =>
  makeReport(
    [
      makeFinding(),
      makeFinding({ rule: 'component-mismatch', level: 'warning', line: 7, column: 5, endLine: 7, endColumn: 20 }),
      makeFinding({ rule: 'dual-stack-upgrade', level: 'notice', file: 'kind/my cluster.yaml', line: 2 }),
      makeFinding({ line: 12, suppressed: true, suppressedBy: 'inline comment at line 11: label says netops reviewed' }),
      makeFinding({ line: 13, suppressed: true, suppressedBy: "pull request label 'service-cidr-change-approved'" }),
    ],
    [{ file: 'charts/x/values.yaml', line: 4, message: 'templated value' }],
  );

describe('renderSarif', () => {
  it('the validator rejects what the schema rejects (so a pass means something)', () => {
    const bad = { version: '2.0.0', runs: [{ tool: { driver: {} }, results: [{ level: 'notice', message: {}, extra: 1 }] }] };
    const errs = validate(bad);
    expect(errs).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/version must be equal to one of the allowed values'),
        expect.stringContaining("/runs/0/tool/driver must have required property 'name'"),
        expect.stringContaining('/runs/0/results/0/level must be equal to one of the allowed values'),
        expect.stringContaining('/runs/0/results/0 must NOT have additional properties {"additionalProperty":"extra"}'),
      ]),
    );
  });

  it('produces a log that satisfies the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(renderSarif(fullReport(), { toolVersion: '0.1.0' }));
    expect(validate(log)).toEqual([]);
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
  });

  it('describes every rule of src/rules.ts with its default level', () => {
    const driver = buildSarif(fullReport(), { toolVersion: '9.9.9' }).runs[0]!.tool.driver;
    expect(driver.name).toBe('service-cidr-guard');
    expect(driver.version).toBe('9.9.9');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((r) => r.helpUri)).toEqual(
      RULE_IDS.map((id) => `https://github.com/OWNER/service-cidr-guard/blob/main/docs/rules.md#${id}`),
    );
    expect(driver.rules!.map((r) => r.id)).toEqual(RULE_IDS);
    for (const r of driver.rules!) {
      const meta = RULES[r.id as keyof typeof RULES];
      expect(r.shortDescription!.text).toBe(meta.title);
      expect(r.help!.text).toContain(meta.remediation);
      expect(r.defaultConfiguration!.level).toBe({ error: 'error', warning: 'warning', notice: 'note' }[meta.defaultLevel]);
    }
  });

  it('maps each finding to a result with level, rule index and region', () => {
    const run = buildSarif(fullReport(), { toolVersion: '0.1.0' }).runs[0]!;
    const rules = run.tool.driver.rules!;
    const results = run.results!;
    expect(results).toHaveLength(5);
    for (const r of results) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    const mismatch = results.find((r) => r.ruleId === 'component-mismatch')!;
    expect(mismatch.level).toBe('warning');
    expect(mismatch.locations![0]!.physicalLocation!.region).toEqual({ startLine: 7, startColumn: 5, endLine: 7, endColumn: 20 });
    expect(results.find((r) => r.ruleId === 'dual-stack-upgrade')!.level).toBe('note');
    expect(results.find((r) => r.ruleId === 'dual-stack-upgrade')!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'kind/my%20cluster.yaml',
    );
  });

  it('marks suppressed findings: inline comments inSource, the PR label external', () => {
    const run = buildSarif(fullReport(), { toolVersion: '0.1.0' }).runs[0]!;
    const byLine = (line: number) =>
      run.results!.find((r) => r.locations![0]!.physicalLocation!.region!.startLine === line && r.ruleId === 'family-reduction')!;
    expect(byLine(4).suppressions).toBeUndefined();
    expect(byLine(12).suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'inline comment at line 11: label says netops reviewed' },
    ]);
    expect(byLine(13).suppressions![0]!.kind).toBe('external');
  });

  it('reports problems as tool execution notifications, not results', () => {
    const run = buildSarif(fullReport(), { toolVersion: '0.1.0' }).runs[0]!;
    expect(run.results).toHaveLength(5);
    const notification = run.invocations![0]!.toolExecutionNotifications![0]!;
    expect(notification.message.text).toBe('templated value');
    expect(notification.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('charts/x/values.yaml');
  });

  it('clamps a malformed span into a valid region', () => {
    const log = buildSarif(makeReport([makeFinding({ line: 0, column: 0, endLine: 0, endColumn: 0 })]), { toolVersion: '0.1.0' });
    expect(validate(log)).toEqual([]);
  });

  it.each([
    ['a/b.yaml', 'a/b.yaml'],
    ['./a/b.yaml', 'a/b.yaml'],
    ['dir with space/x#1.yaml', 'dir%20with%20space/x%231.yaml'],
    ['ü.yaml', '%C3%BC.yaml'],
    ['a\\b.yaml', 'a%5Cb.yaml'],
  ])('toUri(%j) = %j', (input, expected) => {
    expect(toUri(input)).toBe(expected);
  });
});
