// `--format junit`: JUnit XML, the test-report format CI systems without a code-scanning view display
// (GitLab artifacts:reports:junit, Jenkins junit, Azure Pipelines, CircleCI). Elements and attributes are
// the ones GitLab documents as read (docs.gitlab.com "Unit test reports": testsuites > testsuite > testcase
// with name, classname, file, time, and a failure / error / skipped child) and the Jenkins/Ant JUnit
// schema defines (testsuite: name, tests, failures, errors, skipped). One test case per finding: a finding
// that blocks (at or above --fail-on) is a <failure>, a suppressed one <skipped>, any other a passed case
// with its message in <system-out>; a file that could not be fully read is an <error>. With nothing to
// report, one passed case says so (an empty suite reads as "no tests ran").

import type { FailOn, Report } from '../model.js';
import { isBlocking } from '../verdict.js';

export interface JunitContext {
  failOn: FailOn;
}

/** XML 1.0 text/attribute escaping; characters XML 1.0 cannot carry at all are replaced by U+FFFD. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const attrs = (a: Record<string, string | number>): string =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

export function renderJunit(report: Report, context: JunitContext): string {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const f of report.findings) {
    const head = attrs({ name: `${f.rule} ${f.file}:${f.line}:${f.column}`, classname: f.file, file: f.file, time: 0 });
    const body = `${f.message}\nbefore: ${f.before?.join(',') ?? 'none'}  after: ${f.after?.join(',') ?? 'none'}${f.remediation ? `\nremediation: ${f.remediation}` : ''}`;
    if (f.suppressed) {
      skipped++;
      cases.push(
        `    <testcase${head}>\n      <skipped${attrs({ message: `suppressed${f.suppressedBy ? `: ${f.suppressedBy}` : ''}` })}/>\n    </testcase>`,
      );
    } else if (isBlocking(f, context.failOn)) {
      failures++;
      cases.push(
        `    <testcase${head}>\n      <failure${attrs({ message: f.message, type: f.level })}>${xmlEscape(body)}</failure>\n    </testcase>`,
      );
    } else {
      cases.push(`    <testcase${head}>\n      <system-out>${xmlEscape(`${f.level}: ${body}`)}</system-out>\n    </testcase>`);
    }
  }
  for (const p of report.problems) {
    errors++;
    const head = attrs({ name: `file not fully read ${p.file}:${p.line}`, classname: p.file, file: p.file, time: 0 });
    cases.push(`    <testcase${head}>\n      <error${attrs({ message: p.message, type: 'file-not-fully-read' })}/>\n    </testcase>`);
  }
  if (cases.length === 0) cases.push(`    <testcase${attrs({ name: 'no Service range change found', classname: 'service-cidr-guard', time: 0 })}/>`);
  const counts = { tests: cases.length, failures, errors, skipped };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'service-cidr-guard', ...counts, time: 0 })}>`,
    `  <testsuite${attrs({ name: 'service-cidr-guard', ...counts, time: 0 })}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
