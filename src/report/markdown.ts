// Markdown report: what the action posts as the job summary and the sticky PR comment body. Pure:
// Report in, string out. Clipping to GitHub's size limits is the channels' job (one place), not ours.
//
// Everything that comes from the pull request (file names, values, messages that quote values) goes
// through escapeMarkdown: a PR author must not be able to inject links, images, HTML, @mentions or
// break the table out of the bot's comment.

import type { FailOn, Finding, Level, Report } from '../model.js';
import { RULES } from '../rules.js';
import { describeSkipped } from '../file-kind.js';
import { countByLevel } from '../verdict.js';

export interface MarkdownContext {
  /** The fail-on threshold the verdict used, shown in the headline. */
  failOn?: FailOn;
  /** Per-finding <details> blocks; the comment channel turns them off to degrade before truncating. */
  details?: boolean;
  /** The approval label's outcome, when the pull request carries it (SPEC §7: the summary records who approved). */
  approval?: ApprovalNote;
}

/** What the report says about the approval label (the shape of changes/approval.ts ApprovalOutcome). */
export type ApprovalNote =
  | { state: 'approved'; label: string; by: string; why: string }
  | { state: 'refused'; label: string; by?: string; reason: string };

const LEVEL_ICON: Record<Level, string> = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };

export function renderMarkdown(report: Report, context: MarkdownContext = {}): string {
  const active = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.filter((f) => f.suppressed);
  const out: string[] = [renderHeadline(report, context.failOn), '', renderCounts(report), ''];
  if (describeSkipped(report.skipped)) out.push(`${describeSkipped(report.skipped)}.`, '');

  if (active.length > 0) {
    out.push('| Level | Rule | Location | Before → After | Message |', '| --- | --- | --- | --- | --- |');
    for (const f of active) {
      out.push(row([`${LEVEL_ICON[f.level]} ${f.level}`, code(f.rule), location(f), change(f), escapeMarkdown(f.message)]));
    }
    out.push('');
    if (context.details !== false) {
      for (const f of active) out.push(...renderDetails(f), '');
    }
  }

  if (context.approval) out.push(...renderApproval(context.approval), '');

  // Suppressions the change itself adds are listed apart (SPEC §7), counted or not.
  const added = report.findings.filter((f) => f.suppressionAdded);
  const older = suppressed.filter((f) => !f.suppressionAdded);
  if (older.length > 0) {
    out.push('### Suppressed findings', '');
    out.push('| Level | Rule | Location | Before → After | Suppressed by |', '| --- | --- | --- | --- | --- |');
    for (const f of older) {
      out.push(row([f.level, code(f.rule), location(f), change(f), escapeMarkdown(f.suppressedBy ?? 'suppressed')]));
    }
    out.push('');
  }
  if (added.length > 0) {
    out.push('### Suppressions added by this change', '');
    out.push('| Level | Rule | Location | Counted | Suppressed by |', '| --- | --- | --- | --- | --- |');
    for (const f of added) {
      out.push(
        row([
          f.level,
          code(f.rule),
          location(f),
          f.suppressed ? 'yes' : 'no',
          escapeMarkdown(f.suppressedBy ?? 'inline comment added by this change'),
        ]),
      );
    }
    out.push('');
  }

  if (report.problems.length > 0) {
    out.push('### Files the guard could not fully read', '');
    for (const p of report.problems) out.push(`- ${escapeMarkdown(`${p.file}:${p.line}`)}: ${escapeMarkdown(p.message)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function renderApproval(a: ApprovalNote): string[] {
  // Logins go through escapeMarkdown: the @ is defused, so naming someone never notifies them.
  if (a.state === 'approved') {
    return [
      '### Approval',
      '',
      `Approved by ${escapeMarkdown(`@${a.by}`)} (${escapeMarkdown(a.why)}) with the label ${escapeMarkdown(`'${a.label}'`)}.`,
    ];
  }
  return [
    '### Approval',
    '',
    `The label ${escapeMarkdown(`'${a.label}'`)} does not approve this change: ${escapeMarkdown(a.reason)}. Findings at or above fail-on stay blocking.`,
  ];
}

function renderHeadline(report: Report, failOn: FailOn | undefined): string {
  const threshold = failOn && failOn !== 'never' ? ` (fail-on: ${failOn})` : '';
  if (report.blocked) return `## ❌ service-cidr-guard: unsafe Service IP range change${threshold}`;
  if (report.findings.some((f) => !f.suppressed)) return `## ✅ service-cidr-guard: nothing blocks this change${threshold}`;
  return '## ✅ service-cidr-guard: no Service IP range changes that need attention';
}

function renderCounts(report: Report): string {
  const c = countByLevel(report);
  const parts = [`${c.error} error${s(c.error)}`, `${c.warning} warning${s(c.warning)}`, `${c.notice} notice${s(c.notice)}`];
  if (c.suppressed > 0) parts.push(`${c.suppressed} suppressed`);
  if (report.problems.length > 0) parts.push(`${report.problems.length} unreadable`);
  return parts.join(' · ');
}

function renderDetails(f: Finding): string[] {
  const meta = RULES[f.rule];
  return [
    // The <details>/<summary> lines are an HTML block, where Markdown escapes do not apply: they carry
    // only our own rule id and title; everything from the PR follows the blank line, as Markdown.
    '<details>',
    `<summary><code>${f.rule}</code> · ${meta.title}</summary>`,
    '',
    `**Where:** ${location(f)}`,
    '',
    `**What the apiserver will do:** ${escapeMarkdown(meta.apiserver)}`,
    '',
    ...renderRemediation(f.remediation || meta.remediation),
    `Setting ${escapeMarkdown(f.setting)} (${escapeMarkdown(f.component)}, format ${escapeMarkdown(f.format)}).`,
    '',
    '</details>',
  ];
}

/**
 * A remediation may carry a manifest after its first line (e.g. the ServiceCIDR object to add): the
 * prose is escaped, the manifest goes into a fenced block, where Markdown, HTML and mentions are inert.
 * The fence is longer than any backtick run inside, so the content cannot close it (CommonMark 4.5).
 */
function renderRemediation(text: string): string[] {
  const [first, ...rest] = text.split(/\r\n|\n/);
  const out = [`**Remediation:** ${escapeMarkdown(first)}`, ''];
  const block = rest.join('\n').replace(/\s+$/, '');
  if (block.trim() === '') return out;
  const longestRun = Math.max(0, ...(block.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [...out, fence, block, fence, ''];
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function location(f: Finding): string {
  return escapeMarkdown(`${f.file}:${f.line}`);
}

function change(f: Finding): string {
  return `${list(f.before)} → ${list(f.after)}`;
}

function list(values: string[] | null): string {
  return values === null ? '_none_' : escapeMarkdown(values.join(', '));
}

/** Our own identifiers (rule ids) in a code span; never used for PR content. */
function code(s: string): string {
  return `\`${s}\``;
}

function s(n: number): string {
  return n === 1 ? '' : 's';
}

/**
 * Makes untrusted text inert in GitHub-flavoured Markdown, in a table cell or inline:
 * - `&`, `<`, `>` as HTML entities (no raw HTML, no autolinks in angle brackets);
 * - backslash before every Markdown punctuation that starts emphasis, code, links, images,
 *   headings or strikethrough, and before `|` (table cell separator, even inside code spans in GFM);
 * - `@` followed by a zero-width space, so `@org/team` is not a mention that notifies people
 *   (GitHub links mentions in text after Markdown processing, so a backslash does not stop it);
 * - line breaks collapsed to spaces (a cell is one line; a newline could end the table).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~-]/g, '\\$&')
    .replace(/@/g, '@&#8203;');
}
