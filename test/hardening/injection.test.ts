// Pull-request content crafted as workflow commands, Markdown and HTML flows through analyzeFile into
// findings (paths, values quoted in messages, source excerpts); every renderer must keep it inert:
// - JSON (src/report/json.ts): valid JSON that round-trips every string exactly;
// - SARIF (src/report/sarif.ts): valid JSON, strings kept exactly;
// - Markdown (src/report/markdown.ts): no link, image, HTML, mention, code span or table break from PR text;
// - text (src/report/text.ts): no line the Actions runner would execute as a workflow command. The runner
//   (actions/runner src/Runner.Worker/ActionCommandManager.cs TryProcessCommand) tries
//   ActionCommand.TryParseV2 — "::" at the start of the line after TrimStart() — and then the legacy
//   ActionCommand.TryParse, which finds "##[" ANYWHERE in the line for any registered command
//   (src/Runner.Common/ActionCommand.cs). The same text output is what `service-cidr-guard` prints in a
//   workflow step.

import { describe, expect, it } from '@jest/globals';
import { analyzeChanges } from '../../src/engine.js';
import type { ChangedFile, Report } from '../../src/model.js';
import { renderJson, toJsonReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';

const PAYLOADS = [
  '::error::pwned',
  '::add-mask::secret',
  '::stop-commands::token',
  '%0A::error::encoded',
  '\n::error::newline',
  '\r\n::warning::crlf',
  '\n  ::notice::indented',
  '##[error]legacy',
  '##[add-mask]legacy',
  'a|b|c',
  '`code` ```fence',
  '<details><summary>x</summary>',
  '<img src=x onerror=alert(1)>',
  '@mention @org/team',
  '![img](x)',
  '[link](x)',
  '**bold** _em_ ~~s~~ # heading',
];

const kubeadm = (value: string) => `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: ${value}\n`;
const script = (value: string) => `#!/bin/sh\nexec kube-apiserver --service-cluster-ip-range=${value}\n`;

/** How a payload reaches a finding: the file path, a value quoted in the message, a templated value. */
const VEHICLES: [string, (payload: string) => ChangedFile][] = [
  [
    'path of a file with an invalid value',
    (p) => ({ path: `clusters/${p}/kubeadm.yaml`, before: kubeadm('10.96.0.0/12'), after: kubeadm('10.96.0.0/33') }),
  ],
  [
    'YAML value (double-quoted, escapes decoded)',
    (p) => ({ path: 'kubeadm.yaml', before: kubeadm('10.96.0.0/12'), after: kubeadm(JSON.stringify(`10.96.0.0/12,${p}`)) }),
  ],
  [
    'YAML value (single line as written)',
    (p) => ({ path: 'kubeadm.yaml', before: kubeadm('10.96.0.0/12'), after: kubeadm(`"10.96.0.0/12,${p.replace(/[\r\n]/g, '')}"`) }),
  ],
  [
    'flag value in a shell script',
    (p) => ({ path: 'apiserver.sh', before: script('10.0.0.0/24'), after: script(`10.0.0.0/24,${p.replace(/[\s]/g, '')}`) }),
  ],
  [
    'templated value',
    (p) => ({ path: 'kubeadm.yaml', before: kubeadm('10.96.0.0/12'), after: kubeadm(`"{{ .Values.${p.replace(/[\r\n"\\]/g, '')} }}"`) }),
  ],
];

const CASES = VEHICLES.flatMap(([vehicle, make]) => PAYLOADS.map((p) => [vehicle, JSON.stringify(p), make(p)] as const));

function reportFor(file: ChangedFile): Report {
  const report = analyzeChanges([file]);
  // Not vacuous: the crafted input must produce something for the renderers to carry.
  expect(report.findings.length + report.problems.length).toBeGreaterThan(0);
  return report;
}

/** Registered runner commands (actions/runner command extensions) that TryParse accepts after "##[". */
const LEGACY_COMMAND =
  /##\[(?:error|warning|notice|debug|add-mask|stop-commands|set-output|set-env|add-path|save-state|add-matcher|remove-matcher|echo|group|endgroup|internal-set-repo-path)[\] ]/i;

describe('injection through findings', () => {
  it.each(CASES)('%s %s: JSON stays valid and round-trips every string exactly', (_v, _p, file) => {
    const report = reportFor(file);
    const parsed = JSON.parse(renderJson(report)) as ReturnType<typeof toJsonReport>;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(toJsonReport(report))));
    const findings = parsed.findings as { file: string; message: string; remediation: string }[];
    report.findings.forEach((f, i) => {
      expect(findings[i].file).toBe(f.file);
      expect(findings[i].message).toBe(f.message);
      expect(findings[i].remediation).toBe(f.remediation);
    });
    if (file.path.startsWith('clusters/')) expect(findings.map((f) => f.file)).toContain(file.path);
  });

  it.each(CASES)('%s %s: SARIF stays valid JSON with the strings kept', (_v, _p, file) => {
    const report = reportFor(file);
    const sarif = JSON.parse(renderSarif(report, { toolVersion: '0.0.0' })) as {
      runs: { results: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(report.findings.length);
    report.findings.forEach((f, i) => {
      expect(results[i].message.text.startsWith(f.message)).toBe(true);
      // A relative URI reference: percent-encoded, so neither a newline nor "::" survives raw.
      expect(results[i].locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/[\s<>`|]/);
    });
  });

  it.each(CASES)('%s %s: Markdown keeps PR text inert', (_v, _p, file) => {
    const report = reportFor(file);
    const md = renderMarkdown(report);
    const active = report.findings.filter((f) => !f.suppressed).length;
    expect(md).not.toContain('](x)'); // neither ![img](x) nor [link](x) stays a link or image
    expect(md).not.toMatch(/@mention|@org\/team/); // mentions broken by a zero-width space
    expect(md).not.toMatch(/<img|<summary>x/i);
    expect(md.split('<details>').length - 1).toBe(active); // only the renderer's own blocks
    for (const line of md.split('\n')) {
      if (line.startsWith('| ')) expect(line.match(/(?<!\\)\|/g)).toHaveLength(6); // 5 cells, no break-out
    }
    // Backticks: only the renderer's own code spans (rule ids) and remediation fences are live.
    const live = md
      .split('\n')
      .filter((l) => !/^`{3,}$/.test(l))
      .join('\n')
      .replace(/`[a-z-]+`/g, '');
    expect(live).not.toMatch(/(?<!\\)`/);
  });

  it.each(CASES)('%s %s: text output has no line the Actions runner would run as a command', (_v, _p, file) => {
    const report = reportFor(file);
    const texts = new Map([[file.path, file.after ?? file.before ?? '']]);
    const out = renderText(report, { readText: (f) => texts.get(f) });
    for (const line of out.split('\n')) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toMatch(LEGACY_COMMAND);
      expect(line).not.toContain('\r');
    }
  });
});
