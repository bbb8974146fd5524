import { describe, expect, it } from '@jest/globals';
import { buildSarif, renderSarif, toUri } from '../../src/report/sarif.js';
import { RULE_IDS, RULES } from '../../src/rules.js';
import { makeFinding, makeReport } from './sample.js';

// There is no network and no SARIF schema in node_modules, so the official schema cannot be loaded.
// This is a hand transcription of the parts of sarif-schema-2.1.0.json (OASIS, oasis-tcs/sarif-spec
// Schemata/sarif-schema-2.1.0.json) that the renderer uses: for each object its allowed properties
// (the schema sets additionalProperties: false on all of them), required properties, types, enums and
// minimums. It is a subset: unused definitions and `format: uri` checks are not transcribed.
type S =
  | { type: 'object'; props: Record<string, S>; required?: string[]; anyOfRequired?: string[][]; open?: boolean }
  | { type: 'array'; items: S; unique?: boolean }
  | { type: 'string'; enum?: string[] }
  | { type: 'integer'; minimum?: number }
  | { type: 'boolean' }
  | { type: 'any' };

const str: S = { type: 'string' };
const propertyBag: S = { type: 'object', props: { tags: { type: 'array', items: str, unique: true } }, open: true };
const message: S = { type: 'object', props: { text: str, markdown: str, id: str, arguments: { type: 'array', items: str }, properties: propertyBag }, anyOfRequired: [['text'], ['id']] };
const mfm: S = { type: 'object', props: { text: str, markdown: str, properties: propertyBag }, required: ['text'] };
const level: S = { type: 'string', enum: ['none', 'note', 'warning', 'error'] };
const region: S = {
  type: 'object',
  props: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    properties: propertyBag,
  },
  anyOfRequired: [['startLine'], ['charOffset'], ['byteOffset']],
};
const artifactLocation: S = { type: 'object', props: { uri: str, uriBaseId: str, index: { type: 'integer', minimum: -1 }, properties: propertyBag } };
const location: S = {
  type: 'object',
  props: {
    physicalLocation: {
      type: 'object',
      props: { artifactLocation, region, contextRegion: region, properties: propertyBag },
      anyOfRequired: [['address'], ['artifactLocation']],
    },
    properties: propertyBag,
  },
};
const reportingDescriptor: S = {
  type: 'object',
  props: {
    id: str,
    name: str,
    shortDescription: mfm,
    fullDescription: mfm,
    help: mfm,
    helpUri: str,
    defaultConfiguration: { type: 'object', props: { enabled: { type: 'boolean' }, level, properties: propertyBag } },
    properties: propertyBag,
  },
  required: ['id'],
};
const suppression: S = {
  type: 'object',
  props: { kind: { type: 'string', enum: ['inSource', 'external'] }, status: { type: 'string', enum: ['accepted', 'underReview', 'rejected'] }, justification: str, location, properties: propertyBag },
  required: ['kind'],
};
const result: S = {
  type: 'object',
  props: {
    ruleId: str,
    ruleIndex: { type: 'integer', minimum: -1 },
    level,
    message,
    locations: { type: 'array', items: location },
    suppressions: { type: 'array', items: suppression, unique: true },
    properties: propertyBag,
  },
  required: ['message'],
};
const notification: S = { type: 'object', props: { locations: { type: 'array', items: location, unique: true }, message, level, properties: propertyBag }, required: ['message'] };
const SARIF_SUBSET: S = {
  type: 'object',
  props: {
    $schema: str,
    version: { type: 'string', enum: ['2.1.0'] },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        props: {
          tool: {
            type: 'object',
            props: {
              driver: {
                type: 'object',
                props: { name: str, informationUri: str, version: str, semanticVersion: str, rules: { type: 'array', items: reportingDescriptor, unique: true }, properties: propertyBag },
                required: ['name'],
              },
              properties: propertyBag,
            },
            required: ['driver'],
          },
          results: { type: 'array', items: result },
          invocations: {
            type: 'array',
            items: {
              type: 'object',
              props: { executionSuccessful: { type: 'boolean' }, toolExecutionNotifications: { type: 'array', items: notification }, properties: propertyBag },
              required: ['executionSuccessful'],
            },
          },
          properties: propertyBag,
        },
        required: ['tool'],
      },
    },
  },
  required: ['version', 'runs'],
};

function validate(value: unknown, schema: S, at = '$'): string[] {
  const errs: string[] = [];
  switch (schema.type) {
    case 'any':
      return [];
    case 'string':
      if (typeof value !== 'string') return [`${at}: expected string`];
      if (schema.enum && !schema.enum.includes(value)) errs.push(`${at}: '${value}' not in ${schema.enum.join('|')}`);
      return errs;
    case 'integer':
      if (!Number.isInteger(value)) return [`${at}: expected integer`];
      if (schema.minimum !== undefined && (value as number) < schema.minimum) errs.push(`${at}: below ${schema.minimum}`);
      return errs;
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected boolean`];
    case 'array': {
      if (!Array.isArray(value)) return [`${at}: expected array`];
      if (schema.unique && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errs.push(`${at}: items not unique`);
      value.forEach((v, i) => errs.push(...validate(v, schema.items, `${at}[${i}]`)));
      return errs;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: expected object`];
      const obj = value as Record<string, unknown>;
      for (const r of schema.required ?? []) if (!(r in obj)) errs.push(`${at}: missing required '${r}'`);
      if (schema.anyOfRequired && !schema.anyOfRequired.some((set) => set.every((k) => k in obj))) {
        errs.push(`${at}: needs one of ${schema.anyOfRequired.map((s) => s.join('+')).join(' | ')}`);
      }
      for (const [k, v] of Object.entries(obj)) {
        const sub = schema.props[k];
        if (sub) errs.push(...validate(v, sub, `${at}.${k}`));
        else if (!schema.open) errs.push(`${at}: property '${k}' not allowed by the schema`);
      }
      return errs;
    }
  }
}

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
    const errs = validate(bad, SARIF_SUBSET);
    expect(errs).toEqual(
      expect.arrayContaining([
        expect.stringContaining("'2.0.0' not in 2.1.0"),
        expect.stringContaining("missing required 'name'"),
        expect.stringContaining("'notice' not in"),
        expect.stringContaining('needs one of text | id'),
        expect.stringContaining("property 'extra' not allowed"),
      ]),
    );
  });

  it('produces a log that satisfies the transcribed SARIF 2.1.0 subset', () => {
    const log = JSON.parse(renderSarif(fullReport(), { toolVersion: '0.1.0' }));
    expect(validate(log, SARIF_SUBSET)).toEqual([]);
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
  });

  it('describes every rule of src/rules.ts with its default level', () => {
    const driver = (buildSarif(fullReport(), { toolVersion: '9.9.9' }) as any).runs[0].tool.driver;
    expect(driver.name).toBe('service-cidr-guard');
    expect(driver.version).toBe('9.9.9');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_IDS);
    for (const r of driver.rules) {
      const meta = RULES[r.id as keyof typeof RULES];
      expect(r.shortDescription.text).toBe(meta.title);
      expect(r.help.text).toContain(meta.remediation);
      expect(r.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', notice: 'note' }[meta.defaultLevel]);
    }
  });

  it('maps each finding to a result with level, rule index and region', () => {
    const run = (buildSarif(fullReport(), { toolVersion: '0.1.0' }) as any).runs[0];
    const rules = run.tool.driver.rules;
    expect(run.results).toHaveLength(5);
    for (const r of run.results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    const mismatch = run.results.find((r: any) => r.ruleId === 'component-mismatch');
    expect(mismatch.level).toBe('warning');
    expect(mismatch.locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 5, endLine: 7, endColumn: 20 });
    expect(run.results.find((r: any) => r.ruleId === 'dual-stack-upgrade').level).toBe('note');
    expect(run.results.find((r: any) => r.ruleId === 'dual-stack-upgrade').locations[0].physicalLocation.artifactLocation.uri).toBe('kind/my%20cluster.yaml');
  });

  it('marks suppressed findings: inline comments inSource, the PR label external', () => {
    const run = (buildSarif(fullReport(), { toolVersion: '0.1.0' }) as any).runs[0];
    const byLine = (line: number) => run.results.find((r: any) => r.locations[0].physicalLocation.region.startLine === line && r.ruleId === 'family-reduction');
    expect(byLine(4).suppressions).toBeUndefined();
    expect(byLine(12).suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'inline comment at line 11: label says netops reviewed' }]);
    expect(byLine(13).suppressions[0].kind).toBe('external');
  });

  it('reports problems as tool execution notifications, not results', () => {
    const run = (buildSarif(fullReport(), { toolVersion: '0.1.0' }) as any).runs[0];
    expect(run.results).toHaveLength(5);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('templated value');
    expect(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('charts/x/values.yaml');
  });

  it('clamps a malformed span into a valid region', () => {
    const log = buildSarif(makeReport([makeFinding({ line: 0, column: 0, endLine: 0, endColumn: 0 })]), { toolVersion: '0.1.0' });
    expect(validate(log, SARIF_SUBSET)).toEqual([]);
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
