// `--format github`: the findings as GitHub Actions workflow commands (`::error file=…,line=…::message`), so
// a CLI run in any workflow step annotates the changed lines like the action does. The plan (most severe
// first, at most 10 per level, an overflow notice) is the action's own (github/annotations.ts); the
// escaping is @actions/core's (lib/command.js escapeData / escapeProperty, the format the runner parses:
// docs.github.com "Workflow commands for GitHub Actions"). test/report/formats.test.ts checks every line
// against @actions/core's own output for the same annotation.

import type { Report } from '../model.js';
import { countByLevel } from '../verdict.js';
import { planAnnotations, type Annotation } from './github/annotation-plan.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation as the runner reads it; property names as @actions/core's toCommandProperties writes them. */
export function workflowCommand(a: Annotation): string {
  const p = a.properties;
  const props: [string, string | number | undefined][] = [
    ['title', p.title],
    ['file', p.file],
    ['line', p.startLine],
    ['endLine', p.endLine],
    ['col', p.startColumn],
    ['endColumn', p.endColumn],
  ];
  const given = props.filter(([, v]) => v !== undefined && v !== '' && v !== 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${a.level}${given.length > 0 ? ` ${given.join(',')}` : ''}::${escapeData(a.message)}`;
}

export function renderWorkflowCommands(report: Report): string {
  const lines = planAnnotations(report).map(workflowCommand);
  const counts = countByLevel(report);
  // A plain last line (not a command): what a reader of the raw log sees.
  lines.push(
    `service-cidr-guard: ${report.blocked ? 'blocked' : 'passed'} (${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s), ${report.problems.length} file problem(s))`,
  );
  return `${lines.join('\n')}\n`;
}
