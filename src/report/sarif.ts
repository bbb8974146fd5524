// SARIF 2.1.0 log (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) for GitHub
// code scanning and other SARIF viewers. One run; rules come from src/rules.ts (the same metadata the
// other reporters use); problems become tool execution notifications, which is where SARIF puts
// "the tool could not process this" (SARIF §3.20.21), so they never look like findings.

import type { Log, Notification, Location, ReportingDescriptor, Result, Run } from 'sarif';
import { stringifyForLogs } from './json.js';
import type { FileProblem, Finding, Level, Report, RuleId } from '../model.js';
import { RULE_IDS, RULES } from '../rules.js';
import { PROJECT_URL, ruleDocUrl } from './links.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
export const TOOL_NAME = 'service-cidr-guard';
/** Where the tool is documented: the project (package.json `repository`). */
export const DEFAULT_INFORMATION_URI = PROJECT_URL;

export interface SarifContext {
  toolVersion: string;
  informationUri?: string;
}

/** SARIF `level` values (§3.27.10): notice is SARIF's "note". */
const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export function renderSarif(report: Report, context: SarifContext): string {
  return `${stringifyForLogs(buildSarif(report, context))}\n`;
}

export function buildSarif(report: Report, context: SarifContext): Log {
  const ruleIndex = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));
  const run: Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        informationUri: context.informationUri ?? DEFAULT_INFORMATION_URI,
        version: context.toolVersion,
        semanticVersion: context.toolVersion,
        rules: RULE_IDS.map(describeRule),
      },
    },
    results: report.findings.map((f) => toResult(f, ruleIndex.get(f.rule) ?? -1)),
  };
  if (report.problems.length > 0) {
    run.invocations = [
      // The scan itself completed; problems are files it could not fully read (reported, never silent).
      { executionSuccessful: true, toolExecutionNotifications: report.problems.map(toNotification) },
    ];
  }
  return { $schema: SARIF_SCHEMA_URI, version: SARIF_VERSION, runs: [run] };
}

function describeRule(id: RuleId): ReportingDescriptor {
  const r = RULES[id];
  const help = `${r.apiserver}\n\nRemediation: ${r.remediation}`;
  const sources = r.sources.length > 0 ? `\n\nSources: ${r.sources.join('; ')}` : '';
  const rule: ReportingDescriptor = {
    id,
    name: pascalCase(id),
    shortDescription: { text: r.title },
    fullDescription: { text: `Fires when ${r.trigger}.` },
    help: {
      text: `${help}${sources}`,
      markdown: `**What the apiserver does:** ${r.apiserver}\n\n**Remediation:** ${r.remediation}${sources}`,
    },
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultLevel] },
    properties: { tags: ['kubernetes', 'service-cidr'] },
    // The rule's own section of docs/rules.md (its upstream sources are listed there and in `help`).
    helpUri: ruleDocUrl(id),
  };
  return rule;
}

function toResult(f: Finding, index: number): Result {
  const result: Result = {
    ruleId: f.rule,
    ruleIndex: index,
    level: SARIF_LEVEL[f.level],
    message: { text: `${f.message} (before: ${list(f.before)}; after: ${list(f.after)})` },
    locations: [location(f.file, f)],
    properties: { format: f.format, component: f.component, setting: f.setting, before: f.before, after: f.after },
  };
  if (f.suppressed) {
    result.suppressions = [
      {
        // SARIF §3.35.2: "inSource" for a comment in the file, "external" for anything else: the PR
        // label, whose wording comes from approveByLabel in src/verdict.ts.
        kind: f.suppressedBy?.startsWith('pull request label') ? 'external' : 'inSource',
        status: 'accepted',
        justification: f.suppressedBy ?? 'suppressed',
      },
    ];
  }
  return result;
}

function toNotification(p: FileProblem): Notification {
  const line = Math.max(1, p.line);
  return {
    level: 'warning',
    message: { text: p.message },
    locations: [location(p.file, { line, column: 1, endLine: line, endColumn: 1 })],
  };
}

function location(file: string, span: { line: number; column: number; endLine: number; endColumn: number }): Location {
  // SARIF regions are 1-based; endColumn is exclusive like ours (§3.30.8). Clamp so a malformed span
  // can never produce an invalid region (end before start).
  const startLine = Math.max(1, span.line);
  const startColumn = Math.max(1, span.column);
  const endLine = Math.max(startLine, span.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, span.endColumn) : Math.max(1, span.endColumn);
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
      region: { startLine, startColumn, endLine, endColumn },
    },
  };
}

/**
 * A repository-relative path as a relative URI reference (SARIF §3.4.3): each segment percent-encoded.
 * git paths always use '/'; a backslash is part of a POSIX file name, so it is encoded, not converted.
 */
export function toUri(file: string): string {
  return file
    .replace(/^\.\//, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function list(values: string[] | null): string {
  return values === null ? 'none' : values.join(',');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
}
