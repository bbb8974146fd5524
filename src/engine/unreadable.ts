// 4. Values the engine cannot see: unreadable-config at the line, for a range the file really sets, on a change
// that touches it (SPEC §3, §9 "cannot read means cannot pass"; issue 11 "no crying wolf").
//
// Two kinds of hidden value, told apart by the side that found them (src/engine/side.ts):
// - a value problem (a templated value, a value that is not a range list) stands at the value's line. It is
//   a finding when the change touches that line's region (src/engine/range-keys.ts touchesRegion) and the
//   value is not the same expression on both sides. Level: error on an existing file (the gate cannot
//   evaluate the new expression, a person must); warning in an added file (nothing existing changes, the
//   rendered value is still unknown).
// - a whole-file problem (a limit, NUL bytes, a parser failure, an extractor exception, the time budget)
//   hides every value of the file. The file's Service range keys are found by a text scan; when the change
//   touches one of them (on either side), that is an error at its line; otherwise the problem stays a
//   visible problem and nothing blocks (the "safe twin": a padded or broken file whose range the change
//   does not touch).
// A deleted file that cannot be read is a notice: its removal cannot change a running cluster's range.

import type { ChangedFile, FileProblem, Level, Setting } from '../model.js';
import type { FileContext } from './file-context.js';
import { expressionsTight, isServiceRangeVariableReference, lineValue, withoutExpressionReferences } from '../formats/toolkit/templates.js';
import { blankServiceRangeKeys, firstTouchedKeyLine, namesServiceRangeKey, touchesRegion } from './range-keys.js';
import type { SideExtraction, SideProblem } from './side.js';
import { allTouched, diffLines, splitLines, type LineChanges } from './touched-lines.js';

const WHAT_TO_DO =
  'make the file readable to the gate (see the limits in docs/rules.md), or have someone other than the author review the rendered value and approve the change';

/**
 * Reports the hidden values of one changed file. Returns the whole-file problems that did not become a
 * finding, so the caller lists them as problems (a limit reached is always visible).
 */
export function reportUnreadable(
  ctx: FileContext,
  before: SideExtraction | null,
  after: SideExtraction | null,
  /**
   * Issue 13: a hidden value that a changed file this one reads variables from made hidden (a sourced vars file, an
   * EnvironmentFile=): the change touches it although none of this file's own lines that carry it changed.
   */
  hiddenByReadFiles?: (p: SideProblem, side: 'before' | 'after') => boolean,
): SideProblem[] {
  const rawAfter = after?.problems.filter((p) => p.hidesRange) ?? [];
  const rawBefore = before?.problems.filter((p) => p.hidesRange) ?? [];
  if (rawAfter.length === 0 && rawBefore.length === 0) return [];
  if (!after) return reportDeleted(ctx, before!, rawBefore);
  const afterLines = splitLines(after.text);
  const beforeLines = before ? splitLines(before.text) : null;
  // Key scans read each line as the template renders (keyView): a variable read is no key.
  const afterKeys = keyViews(afterLines, before === null);
  const beforeKeys = beforeLines ? keyViews(beforeLines, false) : null;
  const hiddenAfter = rawAfter.map((p) => asReported(p, afterLines));
  const hiddenBefore = beforeLines ? rawBefore.map((p) => asReported(p, beforeLines)) : [];
  // Blanks inside `{{ }}` / `{% %}` are no change: the rendered text is the same.
  const changes: LineChanges = before ? diffLines(expressionsTight(before.text), expressionsTight(after.text)) : allTouched(afterLines.length);
  const level: Level = before ? 'error' : 'warning';
  const leftover: SideProblem[] = [];
  const reported = new Set<number>();
  const add = (line: number, at: Pick<Setting, 'span' | 'format' | 'setting'>, message: string, findingLevel: Level): void => {
    if (reported.has(line)) return;
    reported.add(line);
    ctx.add('unreadable-config', { ...at, component: 'kube-apiserver' }, { before: null, after: null, message, level: findingLevel });
  };

  for (const p of hiddenAfter) {
    if (p.blocking) {
      // The component refuses what the file says, or the gate cannot tell which of several invocations runs
      // (src/formats/flags/3-invocation-that-runs.ts, kubeadm's two ClusterConfigurations): the file blocks while it says so,
      // unless the old side already had the same refusal and the change left it as it was.
      if (before?.problems.some((q) => q.blocking && q.message === p.message)) continue;
      add(p.line, atProblem(p), `${p.message}. The gate cannot be sure which Service range applies: ${WHAT_TO_DO}.`, 'error');
      continue;
    }
    if (p.wholeFile) {
      const line = firstTouchedKeyLine(beforeKeys, afterKeys, changes);
      if (line === null) {
        if (!promoted.has(p)) leftover.push(p);
      } else add(line, atLine(line, p), wholeFileMessage(p, line, before === null), 'error');
      continue;
    }
    // An added file whose value only reads the Service range variables: it renders the range the gate checks where it is set.
    if (!before && isServiceRangeVariableReference(lineValue(afterLines[p.line - 1] ?? '') ?? '')) continue;
    if (hidesNoWrittenKey(p, after.text, before?.text)) continue;
    // A variable that cannot be resolved: a change to one of its assignments touches the value too (issue 13).
    const definition = p.reachedFrom?.find((l) => changes.afterTouched(l));
    const atUse = touchesRegion(afterLines, p.line, changes.afterTouched);
    const byReadFile = definition === undefined && !atUse && !!hiddenByReadFiles?.(p, 'after');
    if (definition === undefined && !atUse && !byReadFile) continue;
    const same = definition !== undefined || byReadFile ? undefined : before?.problems.find((q) => sameHiddenValue(q, p, beforeLines, afterLines));
    if (same) continue;
    // Create-only formats (kind): a change applies to new clusters only, as for an added file.
    const createOnly = [...(before?.settings ?? []), ...after.settings].some((s) => s.format === p.format && s.createOnly === true);
    const at = atUse || definition === undefined ? atProblem(p) : atLine(definition, p);
    add(
      at.span.line,
      at,
      `${p.message}. ${before && !createOnly ? 'The change touches this value and the gate cannot evaluate it: a person must check the rendered value and approve' : createOnly ? 'It applies to newly created clusters only; the gate cannot evaluate it: check the rendered value' : 'This added file sets a Service range the gate cannot evaluate: check the rendered value'}.`,
      createOnly ? 'warning' : level,
    );
  }
  if (!before || !beforeLines) return leftover;
  for (const p of hiddenBefore) {
    if (p.wholeFile) {
      if (hiddenAfter.some((q) => q.wholeFile && !leftover.includes(q))) continue; // told once, from the new side
      const line = firstTouchedKeyLine(beforeKeys, afterKeys, changes);
      if (line === null) {
        if (!promoted.has(p)) leftover.push({ ...p, message: `old side: ${p.message}` });
      } else
        add(
          line,
          atLine(line, p),
          `The old side of this file could not be read (${p.message}); this change touches the Service range setting on line ${line}, so the gate cannot compare the old range with the new one: ${WHAT_TO_DO}.`,
          'error',
        );
      continue;
    }
    if (
      !touchesRegion(beforeLines, p.line, changes.beforeTouched) &&
      !p.reachedFrom?.some((l) => changes.beforeTouched(l)) &&
      !hiddenByReadFiles?.(p, 'before')
    )
      continue;
    if (hiddenAfter.some((q) => !q.wholeFile && q.format === p.format && q.setting === p.setting)) continue; // the new side's finding tells it
    const newSetting = after.settings.find((s) => s.format === p.format && s.setting === p.setting);
    const line = newSetting?.span.line ?? changes.afterLineOf(p.line);
    add(
      line,
      newSetting ?? atLine(line, p),
      `The old value could not be read (${p.message}), so the gate cannot tell whether the new one${newSetting ? ` (${newSetting.value})` : ''} keeps the Service range: a person must compare them and approve.`,
      'error',
    );
  }
  return leftover;
}

/** Value problems that stand for more than their line (see asReported); untouched, they stay silent as before. */
const promoted = new WeakSet<SideProblem>();

/**
 * A value problem on a line that names no Service range key, in a file that names one elsewhere (a YAML error
 * that hid the document, a list item, a variable holding the arguments): what it hides is the file's range, so
 * it is judged like a whole-file problem, by the key lines the change touches. Elsewhere it stays a value problem.
 */
function asReported(p: SideProblem, written: readonly string[]): SideProblem {
  // A problem on a key line as written stays a value problem (its value is judged where it stands).
  if (p.wholeFile || namesServiceRangeKey(written[p.line - 1] ?? '')) return p;
  // A file whose only keys are variable reads (keyView) counts too: what the problem hides is judged by the key view.
  if (!written.some((l) => namesServiceRangeKey(l))) return p;
  const q: SideProblem = { ...p, wholeFile: true };
  promoted.add(q);
  return q;
}

/**
 * A line as the key scans read it. Ansible renders `{{ x }}` as the value of x, so an identifier inside `{{ }}`
 * is a variable read, not a key (templates.ts withoutExpressionReferences): a no_proxy list that embeds
 * `{{ kube_service_addresses }}` sets no Service range. A value that is nothing but such a read
 * (`value: "{{ kube_service_addresses }}"` in a CNI env) still counts: it hands the range to a program the gate
 * does not model, so a change there must be seen. In an added file, a key whose value only reads kubespray's
 * Service range variables sets no range of its own (it renders the range checked where the variable is set):
 * no key either. Same length as the line, so indentation and columns stay.
 */
function keyView(line: string, added: boolean): string {
  // In an added file a shell read (`$KUBE_SERVICE_ADDRESSES` in DAEMON_ARGS) sets nothing either; in a changed
  // file dropping it drops the flag, so it stays a key there.
  if (added && line.includes('$')) line = line.replace(/\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/g, (m) => `$${'x'.repeat(m.length - 1)}`);
  if (!line.includes('{{')) return line;
  const masked = withoutExpressionReferences(line);
  const value = lineValue(line);
  if (added && value !== null && isServiceRangeVariableReference(value)) return blankServiceRangeKeys(masked);
  if (namesServiceRangeKey(masked)) return masked;
  const read = (/:[ \t]+(.*)$/.exec(line)?.[1] ?? line.replace(/^[ \t]*-[ \t]+/, '')).trim().replace(/^["']|["']$/g, '');
  const wholeRead = read.startsWith('{{') && /^[\s,]*$/.test(read.replace(/\{\{[^\n]*?\}\}/g, ''));
  return wholeRead ? line : masked;
}

/**
 * keyView for each line, with kubeadm v1beta4's `- name: <flag>` / `value: <value>` pairs (extraArgs as a
 * list) read as one: in an added file, the name line is no key when the value line only reads the variables.
 */
function keyViews(lines: readonly string[], added: boolean): string[] {
  return lines.map((line, i) => {
    if (added && /^[ \t]*(?:-[ \t]+)?name:[ \t]*["']?[A-Za-z0-9_-]+["']?[ \t]*\r?$/.test(line) && namesServiceRangeKey(line)) {
      const value = /^[ \t]*value:[ \t]*(.*)$/.exec(lines[i + 1] ?? '');
      if (value && isServiceRangeVariableReference(value[1])) return blankServiceRangeKeys(line);
    }
    return keyView(line, added);
  });
}

/**
 * A kubeadm ClusterConfiguration with YAML errors hides only what its text writes: when neither side names a
 * Service range key and no line is a bare `{{ … }}` that could render a block of keys (`{{ x | to_yaml }}`), the
 * damage hides no serviceSubnet (an images-only config for `kubeadm config images pull`), whatever the change.
 */
function hidesNoWrittenKey(p: SideProblem, after: string, before: string | undefined): boolean {
  if (p.format !== 'kubeadm' || p.setting !== 'networking.serviceSubnet') return false;
  const texts = before === undefined ? [after] : [after, before];
  return texts.every((t) => !namesServiceRangeKey(t) && !/^[ \t]*\{\{[^\n]*\}\}[ \t]*\r?$/m.test(t));
}

/** Deleted file: a notice per file that set a range the gate could not read; the removal itself changes no running cluster. */
function reportDeleted(ctx: FileContext, before: SideExtraction, hidden: SideProblem[]): SideProblem[] {
  // One notice per deleted file: a config-removed notice already tells this deletion.
  if (ctx.findings.some((f) => f.rule === 'config-removed')) return hidden.filter((q) => q.wholeFile);
  const lines = splitLines(before.text);
  const p = hidden.find((q) => !q.wholeFile) ?? (namesServiceRangeKey(before.text) ? hidden[0] : undefined);
  if (!p) return hidden.filter((q) => q.wholeFile);
  const line = p.wholeFile ? lines.findIndex((l) => namesServiceRangeKey(l)) + 1 || 1 : p.line;
  ctx.add(
    'unreadable-config',
    { ...atLine(line, p), component: 'kube-apiserver' },
    {
      before: null,
      after: null,
      level: 'notice',
      message: `This deleted file set a Service range the gate could not read (${p.message}). A running cluster keeps its range; make sure nothing re-creates the cluster from this config.`,
    },
  );
  return hidden.filter((q) => q.wholeFile && q !== p);
}

/**
 * The same hidden value on both sides: same format, setting and reason (the reason names the template
 * expression), and the same value line once a trailing comment is set aside. Such a value did not change.
 */
function sameHiddenValue(q: SideProblem, p: SideProblem, beforeLines: readonly string[] | null, afterLines: readonly string[]): boolean {
  if (!q.hidesRange || q.wholeFile || q.format !== p.format || q.setting !== p.setting || q.message !== p.message || !beforeLines) return false;
  return valueText(beforeLines[q.line - 1] ?? '') === valueText(afterLines[p.line - 1] ?? '');
}

/** A line without its trailing comment (`  # …` outside quotes and braces) and trailing white space. */
function valueText(line: string): string {
  return line.replace(/\s+#[^"'{}]*$/, '').trimEnd();
}

function wholeFileMessage(p: SideProblem, line: number, added: boolean): string {
  const at = p.line === line ? '' : ` (line ${p.line})`;
  return `${p.message}${at}. ${added ? 'This added file sets a Service range on line' : 'This change touches the Service range setting on line'} ${line}, which the gate therefore cannot read${added ? '' : ' or compare'}: ${WHAT_TO_DO}.`;
}

function atLine(line: number, p: SideProblem): Pick<Setting, 'span' | 'format' | 'setting'> {
  return { span: { line, column: 1, endLine: line, endColumn: 1 }, format: p.format ?? 'unknown', setting: p.setting ?? '(unknown)' };
}

function atProblem(p: SideProblem): Pick<Setting, 'span' | 'format' | 'setting'> {
  const column = p.column ?? 1;
  return { span: { line: p.line, column, endLine: p.line, endColumn: column }, format: p.format ?? 'unknown', setting: p.setting ?? '(unknown)' };
}

/**
 * A file its change source could not hand over as text (`unreadableReason`: over the size limit, binary, an
 * undecodable encoding). `before`/`after` hold what could be read: the first MAX_PARTIAL_BYTES of an oversize
 * file, or the other side in full. Blocks when that names a Service range key the change touches, or when the
 * change cannot be seen in it; otherwise the reason stays a problem.
 */
export function reportUnreadableFile(ctx: FileContext, file: ChangedFile): FileProblem[] {
  const reason = file.unreadableReason ?? '';
  const problem = [{ file: file.path, line: 1, message: reason }];
  const before = file.before;
  const after = file.after;
  if (!(before !== undefined && namesServiceRangeKey(before)) && !(after !== undefined && namesServiceRangeKey(after))) return problem;
  // A change source that does not say which side it could not read leaves both in doubt: read as unreadable
  // (fail closed), never as a deletion.
  const sides = file.unreadableSides ?? ['before', 'after'];
  const afterUnreadable = sides.includes('after');
  const beforeUnreadable = sides.includes('before');
  const deleted = after === undefined && !afterUnreadable;
  const at = (line: number): Pick<Setting, 'span' | 'format' | 'setting'> => ({
    span: { line, column: 1, endLine: line, endColumn: 1 },
    format: 'unknown',
    setting: '(unknown)',
  });
  const afterLines = after !== undefined ? splitLines(after) : null;
  const beforeLines = before !== undefined ? splitLines(before) : null;
  let line: number | null;
  let why: string;
  if (deleted) {
    ctx.add(
      'unreadable-config',
      { ...at(1), component: 'kube-apiserver' },
      {
        before: null,
        after: null,
        level: 'notice',
        message: `This deleted file names a Service range setting but could not be read (${reason}). A running cluster keeps its range.`,
      },
    );
    return [];
  } else if (afterLines && beforeLines && before === after) {
    // Both readable parts are equal, yet the file changed: the change lies where the gate cannot look.
    line = firstTouchedKeyLine(null, afterLines, allTouched(afterLines.length)) ?? 1;
    why = `the change lies outside the part the gate could read, in a file that names a Service range setting (line ${line})`;
  } else {
    const changes = afterLines && beforeLines ? diffLines(before!, after!) : allTouched(afterLines?.length ?? 1);
    line = firstTouchedKeyLine(beforeLines, afterLines, changes);
    if (line === null && !(afterLines && beforeLines) && !beforeUnreadable && !afterUnreadable) return problem;
    if (line === null && afterLines && beforeLines) return problem;
    // One side has no readable part at all: every key of the other side is touched by the change.
    line ??= afterLines ? (firstTouchedKeyLine(null, afterLines, allTouched(afterLines.length)) ?? 1) : 1;
    why = `this change touches the Service range setting on line ${line}${afterLines ? '' : ' of the old file'}`;
  }
  ctx.add(
    'unreadable-config',
    { ...at(line), component: 'kube-apiserver' },
    {
      before: null,
      after: null,
      level: 'error',
      message: `This file could not be read (${reason}), and ${why}: the gate cannot see the new Service range. ${WHAT_TO_DO[0].toUpperCase()}${WHAT_TO_DO.slice(1)}.`,
    },
  );
  return [];
}
