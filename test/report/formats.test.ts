// Every output format against the definition its consumer publishes, over every report the golden cases
// produce (the CLI's `demo test/cases`) and a hand-built report with suppressions and problems:
//   json    docs/report.schema.json (this project's contract), closed: the schema must name every field
//   sarif   the official SARIF 2.1.0 JSON Schema (schemas.ts; GitHub code scanning's input)
//   github  @actions/core's own workflow-command output for the same annotation (the runner's parser)
//   rdjson  reviewdog's DiagnosticResult message (reviewdog/reviewdog proto/rdf/reviewdog.proto; the JSON
//           Schema below is written from the proto's fields; reviewdog -f=rdjson)
//   gitlab  GitLab Code Quality (docs.gitlab.com "Code Quality" > "Code Quality report format": the fields
//           GitLab reads, their types and the severity values)
//   junit   well-formed XML (fast-xml-parser's validator) with the elements and attributes GitLab's "Unit
//           test reports" and the Jenkins/Ant JUnit schema define, and counts that add up
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runCli } from '../../src/cli/run.js';
import type { Report } from '../../src/model.js';
import { planAnnotations } from '../../src/report/github/annotation-plan.js';
import { buildCodeQuality, renderCodeQuality } from '../../src/report/gitlab.js';
import { renderJson } from '../../src/report/json.js';
import { renderJunit } from '../../src/report/junit.js';
import { PROJECT_URL } from '../../src/report/links.js';
import { buildRdjson } from '../../src/report/rdjson.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderWorkflowCommands, workflowCommand } from '../../src/report/workflow-commands.js';
import { buildReport } from '../../src/verdict.js';
import { makeFinding, makeReport } from './sample.js';
import { check, reportValidator, sarifValidator } from './schemas.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { cwd: root, env: {}, stdoutIsTty: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

/** A report with every kind of entry: levels, a suppression by comment and by label, a problem, odd characters. */
const handBuilt = (): Report =>
  makeReport(
    [
      makeFinding(),
      makeFinding({
        rule: 'component-mismatch',
        level: 'warning',
        line: 7,
        column: 5,
        endLine: 8,
        endColumn: 2,
        message: 'a, b: 100% <sure> & "quoted"\nsecond line',
      }),
      makeFinding({ rule: 'dual-stack-upgrade', level: 'notice', file: 'kind/my cluster,x.yaml', line: 2, before: null }),
      makeFinding({ line: 12, suppressed: true, suppressedBy: 'inline comment at line 11: netops reviewed' }),
      makeFinding({ line: 13, suppressed: true, suppressedBy: "pull request label 'service-cidr-change-approved'" }),
    ],
    [
      { file: 'charts/x/values.yaml', line: 4, message: 'templated value' },
      { file: 'bin.dat', line: 0, message: 'binary file' },
    ],
  );

let golden: { name: string; report: Report }[] = [];
beforeAll(async () => {
  const r = await cli(['demo', 'test/cases', '--format', 'json']);
  expect(r.stderr).toBe('');
  // JSON report v1 carries every Report field, so it reads back as one.
  golden = (JSON.parse(r.stdout) as { cases: { name: string; report: Report }[] }).cases;
}, 120_000);

const allReports = (): [string, Report][] => [['hand-built', handBuilt()], ...golden.map((c) => [c.name, c.report] as [string, Report])];

it('reads the golden cases (more than a handful, some with findings)', () => {
  expect(golden.length).toBeGreaterThan(50);
  expect(golden.filter((c) => c.report.findings.length > 0).length).toBeGreaterThan(20);
});

it('PROJECT_URL is package.json repository', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { repository: { url: string } };
  expect(`git+${PROJECT_URL}.git`).toBe(pkg.repository.url);
});

describe('json: docs/report.schema.json', () => {
  const closed = reportValidator(true);
  it('every report validates, with no field the schema does not name', () => {
    for (const [name, report] of allReports()) expect([name, check(closed, JSON.parse(renderJson(report)))]).toEqual([name, []]);
  });
  it('the schema rejects a renamed field, a wrong level and a missing key (a pass means something)', () => {
    const open = reportValidator();
    const doc = JSON.parse(renderJson(handBuilt()));
    doc.findings[0].lvl = doc.findings[0].level;
    delete doc.findings[0].level;
    doc.findings[1].level = 'fatal';
    delete doc.problems;
    const errs = check(open, doc);
    expect(errs).toEqual(
      expect.arrayContaining([
        expect.stringContaining("must have required property 'level'"),
        expect.stringContaining('/findings/1/level must be equal to one of the allowed values'),
        expect.stringContaining("must have required property 'problems'"),
      ]),
    );
    // Open for additions, as v1 promises: an unknown field passes the published (open) schema.
    const added = JSON.parse(renderJson(handBuilt()));
    added.findings[0].newField = 1;
    expect(check(open, added)).toEqual([]);
    expect(check(reportValidator(true), added)).not.toEqual([]);
  });
});

describe('sarif: the official SARIF 2.1.0 schema', () => {
  it('every report validates', () => {
    for (const [name, report] of allReports())
      expect([name, check(sarifValidator(), JSON.parse(renderSarif(report, { toolVersion: '1.0.0' })))]).toEqual([name, []]);
  });
  it('all golden findings in one log (what `demo --format sarif` writes) is valid', () => {
    const all = buildReport(
      golden.flatMap((c) => c.report.findings),
      golden.flatMap((c) => c.report.problems),
      'error',
    );
    expect(all.findings.length).toBeGreaterThan(20);
    expect(check(sarifValidator(), JSON.parse(renderSarif(all, { toolVersion: '1.0.0' })))).toEqual([]);
  });
});

describe('github: workflow commands as @actions/core writes them', () => {
  let written: string[] = [];
  // @actions/core's function per annotation level, named one by one (not looked up on the namespace by a computed key).
  const CORE_ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice };
  afterEach(() => {
    jest.restoreAllMocks();
  });
  const viaCore = (report: Report): string[] => {
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    for (const a of planAnnotations(report)) CORE_ANNOTATE[a.level](a.message, a.properties);
    jest.restoreAllMocks();
    return written.join('').split('\n').filter(Boolean);
  };
  it('every annotation line equals @actions/core output', () => {
    for (const [name, report] of allReports()) {
      const ours = renderWorkflowCommands(report).trimEnd().split('\n');
      expect([name, ours.slice(0, -1)]).toEqual([name, viaCore(report)]);
      expect(ours.at(-1)).toMatch(/^service-cidr-guard: (blocked|passed) \(/);
    }
  });
  it('escapes %, CR, LF in data and also : and , in properties', () => {
    const line = workflowCommand({ level: 'warning', message: '100%\r\nnext', properties: { title: 'a:b,c', file: 'x,y.yaml', startLine: 3 } });
    expect(line).toBe('::warning title=a%3Ab%2Cc,file=x%2Cy.yaml,line=3::100%25%0D%0Anext');
  });
});

// reviewdog/reviewdog proto/rdf/reviewdog.proto: DiagnosticResult { diagnostics, source, severity },
// Diagnostic { message, location, severity, source, code, suggestions, original_output, related_locations },
// Location { path, range }, Range { start, end }, Position { line, column } (1-based), Severity enum
// UNKNOWN_SEVERITY | ERROR | WARNING | INFO, Source { name, url }, Code { value, url }. JSON names are
// the proto's lowerCamelCase field names.
const position = {
  type: 'object',
  additionalProperties: false,
  properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } },
};
const RDJSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    source: { $ref: '#/definitions/source' },
    severity: { $ref: '#/definitions/severity' },
    diagnostics: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['message', 'location'],
        properties: {
          message: { type: 'string', minLength: 1 },
          location: {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: {
              path: { type: 'string', minLength: 1 },
              range: { type: 'object', additionalProperties: false, required: ['start'], properties: { start: position, end: position } },
            },
          },
          severity: { $ref: '#/definitions/severity' },
          source: { $ref: '#/definitions/source' },
          code: {
            type: 'object',
            additionalProperties: false,
            required: ['value'],
            properties: { value: { type: 'string' }, url: { type: 'string', pattern: '^https://' } },
          },
          suggestions: { type: 'array' },
          originalOutput: { type: 'string' },
          relatedLocations: { type: 'array' },
        },
      },
    },
  },
  definitions: {
    severity: { enum: ['UNKNOWN_SEVERITY', 'ERROR', 'WARNING', 'INFO'] },
    source: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string' }, url: { type: 'string' } } },
  },
};

describe('rdjson: reviewdog DiagnosticResult', () => {
  const validate = new Ajv({ allErrors: true }).compile(RDJSON_SCHEMA);
  it('every report validates; suppressed findings are left out, problems kept', () => {
    for (const [name, report] of allReports()) {
      const doc = buildRdjson(report) as { diagnostics: { code: { value: string } }[] };
      expect([name, check(validate, doc)]).toEqual([name, []]);
      expect(doc.diagnostics).toHaveLength(report.findings.filter((f) => !f.suppressed).length + report.problems.length);
    }
    const doc = buildRdjson(handBuilt()) as { diagnostics: { severity: string; code: { value: string; url?: string } }[] };
    expect(doc.diagnostics.map((d) => d.severity)).toEqual(['ERROR', 'WARNING', 'INFO', 'WARNING', 'WARNING']);
    expect(doc.diagnostics[0].code.url).toBe(`${PROJECT_URL}/blob/main/docs/rules.md#family-reduction`);
  });
});

// docs.gitlab.com "Code Quality" > "Code Quality report format": a JSON array of objects with description
// (string), check_name (string), fingerprint (string, unique), severity (info | minor | major | critical |
// blocker), location.path (string) and location.lines.begin (integer) or location.positions.begin.line.
const GITLAB_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1 },
          lines: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } },
          },
        },
      },
    },
  },
};

describe('gitlab: Code Quality report', () => {
  const validate = new Ajv({ allErrors: true }).compile(GITLAB_SCHEMA);
  it('every report validates, with unique fingerprints', () => {
    for (const [name, report] of allReports()) {
      const issues = JSON.parse(renderCodeQuality(report)) as { fingerprint: string }[];
      expect([name, check(validate, issues)]).toEqual([name, []]);
      expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    }
  });
  it('a fingerprint survives a line shift (GitLab compares base and head reports by it)', () => {
    const a = buildCodeQuality(makeReport([makeFinding({ line: 4 })]))[0];
    const b = buildCodeQuality(makeReport([makeFinding({ line: 40, endLine: 40 })]))[0];
    const c = buildCodeQuality(makeReport([makeFinding({ after: ['10.97.0.0/16'] })]))[0];
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(c.fingerprint);
    expect(a.severity).toBe('blocker');
  });
});

describe('junit: JUnit XML', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' });
  const ALLOWED_CASE_KEYS = new Set(['name', 'classname', 'file', 'time', 'failure', 'error', 'skipped', 'system-out']);
  it('every report is well-formed XML whose counts add up', () => {
    for (const failOn of ['error', 'notice'] as const) {
      for (const [name, report0] of allReports()) {
        const report = buildReport(report0.findings, report0.problems, failOn);
        const xml = renderJunit(report, { failOn });
        expect([name, XMLValidator.validate(xml)]).toEqual([name, true]);
        const doc = parser.parse(xml) as { testsuites: { testsuite: Record<string, unknown> & { testcase: Record<string, unknown>[] } } };
        const suite = doc.testsuites.testsuite;
        const cases = suite.testcase;
        for (const c of cases) for (const k of Object.keys(c)) expect(ALLOWED_CASE_KEYS.has(k)).toBe(true);
        expect(Number(suite.tests)).toBe(cases.length);
        expect(Number(suite.failures)).toBe(cases.filter((c) => 'failure' in c).length);
        expect(Number(suite.errors)).toBe(cases.filter((c) => 'error' in c).length);
        expect(Number(suite.skipped)).toBe(cases.filter((c) => 'skipped' in c).length);
        expect(Number(suite.failures) > 0).toBe(report.blocked);
      }
    }
  });
  it('escapes markup and characters XML cannot carry', () => {
    const xml = renderJunit(makeReport([makeFinding({ message: 'a <b> & "c" \u0001' })]), { failOn: 'error' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('a &lt;b&gt; &amp; &quot;c&quot; \uFFFD');
  });
});

describe('the CLI offers every format', () => {
  it.each(['github', 'rdjson', 'junit', 'gitlab'])('--format %s', async (format) => {
    const r = await cli(['diff', 'examples/family-reduction/before.yaml', 'examples/family-reduction/after.yaml', '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('family-reduction');
  });
});
