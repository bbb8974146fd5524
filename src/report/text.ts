// Plain-text report for a terminal or a CI log, in the compiler style editors and terminals link:
//   path:line:col: level rule: message
// followed by the source line with a caret under the value and the remediation. Pure: Report in,
// string out; the CLI decides whether to colour (stdout is a TTY and NO_COLOR is unset).

import type { FileProblem, Finding, Level, Report } from '../model.js';
import { describeSkipped } from '../file-kind.js';
import { countByLevel } from '../verdict.js';

export interface TextContext {
  /** Text of a reported file (the new side; the old side for a deleted file), for the source excerpt. */
  readText?: (file: string) => string | undefined;
  /** ANSI colours (https://no-color.org: the caller leaves them off when NO_COLOR is set). */
  color?: boolean;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m' };
const LEVEL_COLOR: Record<Level, string> = { error: ANSI.red, warning: ANSI.yellow, notice: ANSI.cyan };

export function renderText(report: Report, context: TextContext = {}): string {
  const paint = (codes: string, s: string): string => (context.color ? `${codes}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  const sourceCache = new Map<string, string[] | undefined>();
  const sourceLines = (file: string): string[] | undefined => {
    if (!sourceCache.has(file)) sourceCache.set(file, context.readText?.(file)?.split(/\r\n|\n|\r/));
    return sourceCache.get(file);
  };

  for (const f of report.findings) {
    lines.push(...renderFinding(f, sourceLines(f.file), paint));
  }
  for (const p of report.problems) lines.push(renderProblem(p, paint));
  if (lines.length > 0) lines.push('');
  if (describeSkipped(report.skipped)) lines.push(describeSkipped(report.skipped)!);
  lines.push(renderSummary(report, paint));
  return defuseWorkflowCommands(`${lines.join('\n')}\n`);
}

function renderFinding(f: Finding, source: string[] | undefined, paint: (c: string, s: string) => string): string[] {
  const where = `${displayPath(f.file)}:${f.line}:${f.column}`;
  const level = paint(ANSI.bold + LEVEL_COLOR[f.level], f.level);
  const suppressed = f.suppressed ? ` (suppressed${f.suppressedBy ? `: ${clean(f.suppressedBy)}` : ''})` : '';
  const out = [`${paint(ANSI.bold, where)}: ${level} ${f.rule}${suppressed}: ${indentLines(f.message, '    ')}`];
  const excerpt = renderExcerpt(f, source, paint);
  if (excerpt) out.push(...excerpt);
  out.push(`  ${paint(ANSI.dim, 'before:')} ${formatList(f.before)}  ${paint(ANSI.dim, 'after:')} ${formatList(f.after)}`);
  if (f.remediation) out.push(`  ${paint(ANSI.dim, 'remediation:')} ${indentLines(f.remediation, '    ')}`);
  return out;
}

/** The source line and a caret line under the value's columns (to the line end when the span wraps). */
function renderExcerpt(f: Finding, source: string[] | undefined, paint: (c: string, s: string) => string): string[] | null {
  const text = source?.[f.line - 1];
  if (text === undefined) return null;
  const line = clean(text);
  const gutter = String(f.line);
  const pad = ' '.repeat(gutter.length);
  const start = Math.min(Math.max(f.column, 1), line.length + 1);
  const end = f.endLine === f.line ? Math.max(f.endColumn, start + 1) : line.length + 1;
  // Keep tabs in the caret prefix so the caret lines up under tab-indented text in any tab width.
  const prefix = line.slice(0, start - 1).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, Math.min(end, line.length + 1) - start));
  return [`  ${paint(ANSI.dim, `${gutter} |`)} ${line}`, `  ${paint(ANSI.dim, `${pad} |`)} ${prefix}${paint(LEVEL_COLOR[f.level], carets)}`];
}

function renderProblem(p: FileProblem, paint: (c: string, s: string) => string): string {
  return `${paint(ANSI.bold, `${displayPath(p.file)}:${p.line}`)}: ${paint(ANSI.bold + ANSI.yellow, 'problem')}: ${clean(p.message)}`;
}

function renderSummary(report: Report, paint: (c: string, s: string) => string): string {
  const c = countByLevel(report);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.notice, 'notice')];
  if (c.suppressed > 0) parts.push(`${c.suppressed} suppressed`);
  parts.push(plural(report.problems.length, 'problem'));
  const verdict = report.blocked ? paint(ANSI.bold + ANSI.red, 'blocked') : paint(ANSI.bold, 'passed');
  return `service-cidr-guard: ${parts.join(', ')}: ${verdict}`;
}

/**
 * A line that starts with `::` is a workflow command when this output lands in a GitHub Actions log
 * (actions/toolkit docs/commands.md); a PR can name a file `::error::…`, so such paths get a `./` prefix.
 */
function displayPath(file: string): string {
  const c = clean(file);
  return c.startsWith(':') ? `./${c}` : c;
}

export function formatList(list: string[] | null): string {
  return list === null ? '(none)' : list.map(clean).join(',');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Multi-line text (a remediation that carries a ServiceCIDR manifest) keeps its lines, indented so
 * no continuation line can pass for a finding or a workflow command.
 */
function indentLines(s: string, indent: string): string {
  return s
    .split(/\r\n|\n/)
    .map(clean)
    .join(`\n${indent}`);
}

/**
 * File names, values and messages come from the pull request: control characters (ESC sequences,
 * carriage returns) could rewrite the terminal or fake log lines, so they are shown as U+FFFD.
 */
export function clean(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this function's purpose.
  return s.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, '\ufffd');
}

/**
 * The text report is printed to CI logs, and the Actions runner executes workflow commands found in a log:
 * `::cmd::` at the start of a line (after spaces) and the legacy `##[cmd]` anywhere in a line (actions/runner
 * ActionCommandManager.TryProcessCommand). Values, messages and paths come from the PR, so no line of this
 * report may carry either: a zero-width space is put between the two characters, invisible to a reader.
 */
export function defuseWorkflowCommands(text: string): string {
  return text.replace(/^([ \t]*):(?=:)/gm, '$1:\u200b').replace(/#(?=#\[)/g, '#\u200b');
}
