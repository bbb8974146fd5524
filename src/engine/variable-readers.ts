// Issue 13: a file that other files read variables from (a vars file a script sources, a unit's EnvironmentFile=).
//
// Forward: a changed script or unit reads its sourced files at the same side (`neighboursOf`); a value from one
// stands at the line that reads it, and its origin names where it is written.
// Backward: a changed vars file whose readers are not in the change (the change source hands them over as
// ChangedFile.variableReaders, unchanged at both revisions) is reported for the values it sends them. Each reader
// is read twice, with this file's base and head text; the settings the change moves are those reached through a
// definition written in this file, and they are reported here, at that definition's line, naming the flag and
// the reader's path and line in the message ("SVC_RANGE (vars.sh line 2, which reaches kube-apiserver
// --service-cluster-ip-range on line 9 of start.sh)"). A value the reader can no longer resolve after the change
// (the variable removed, made a command substitution) blocks as unreadable-config at the first line that changed.

import type { ChangedFile, Problem, Setting } from '../model.js';
import type { NeighbourLookup } from '../formats/flags/variable-files.js';
import type { FileContext } from './file-context.js';
import { extractSide, type SideExtraction } from './side.js';
import { reportChanges } from './change-checks.js';
import { reportValues } from './value-checks.js';
import { diffLines, type LineChanges } from './touched-lines.js';

/** The files of `file.variableFiles` at one side (plus `self` when given), for the readers of scripts and units. */
export function neighboursOf(
  file: ChangedFile,
  side: 'before' | 'after',
  self?: { path: string; text: string | undefined },
): NeighbourLookup | undefined {
  if (!file.variableFiles && !self) return undefined;
  return (p) => {
    if (self && p === self.path) return self.text === undefined ? { missing: true } : { text: self.text };
    const f = file.variableFiles?.find((x) => x.path === p);
    if (!f) return undefined;
    if (f.unreadable) return { unreadable: f.unreadable };
    const text = f[side];
    return text === undefined ? { missing: true } : { text };
  };
}

/** Reports, on the changed file `file`, what its change does to the values its unchanged readers get. */
export function reportVariableReaders(ctx: FileContext, file: ChangedFile): void {
  if (!file.variableReaders?.length) return;
  // The change of this file, the same for every reader: where it starts, and which lines it touches.
  const changes = diffLines(file.before ?? '', file.after ?? '');
  const changedLine = firstChangedLine(changes);
  for (const reader of file.variableReaders) {
    const text = reader.after ?? reader.before;
    if (text === undefined || reader.unreadable) continue;
    const side = (s: 'before' | 'after'): SideExtraction =>
      extractSide(reader.path, text, undefined, undefined, undefined, neighboursOf(file, s, { path: file.path, text: file[s] }));
    const [before, after] = [side('before'), side('after')];
    // Fail closed: a value this file fed that the reader can no longer read.
    const hiddenBefore = new Set(before.problems.filter((p) => p.hidesRange).map((p) => p.message));
    const hidden = after.problems.find((p) => p.hidesRange && !hiddenBefore.has(p.message) && p.fromFiles?.includes(file.path));
    if (hidden) {
      blockHidden(ctx, reader.path, hidden, changedLine, `after this change: ${hidden.message}`);
      continue;
    }
    // A value hidden before and after alike (a file sourced after its definition cannot be read, say): the reader
    // cannot tell what it was or will be, so a change of what it is read through here fails closed too.
    const stillHidden = after.problems.filter((p) => p.hidesRange && hiddenBefore.has(p.message) && p.fromFiles?.includes(file.path));
    const rewritten = stillHidden
      .map((p) => ({ p, line: definitionLineTouched(file, changes, changedLine, p.variables ?? []) }))
      .find((x) => x.line !== null);
    if (rewritten) {
      blockHidden(
        ctx,
        reader.path,
        rewritten.p,
        rewritten.line!,
        `${rewritten.p.message}, before this change as well; this line, which it is read through, changes, so the value may change too`,
      );
      continue;
    }
    const fed = new Set([...before.settings, ...after.settings].filter((x) => feeds(x, file)).map(keyOf));
    if (fed.size === 0) continue;
    const b = fedFrom(before, file, fed, changedLine);
    const a = fedFrom(after, file, fed, changedLine);
    reportValues(ctx, b, a);
    reportChanges(ctx, b, a);
  }
}

/** The unreadable-config error for a reader's value this file hides, at `line` of this file. */
function blockHidden(ctx: FileContext, readerPath: string, hidden: Problem, line: number, what: string): void {
  ctx.add(
    'unreadable-config',
    {
      span: { line, column: 1, endLine: line, endColumn: 1 },
      format: hidden.format ?? 'flags',
      component: 'kube-apiserver',
      setting: hidden.setting ?? '(unknown)',
    },
    {
      before: null,
      after: null,
      level: 'error',
      message: `${readerPath} line ${hidden.line} reads this file, and ${what}. The gate cannot be sure which Service range applies: have someone other than the author review it and approve the change.`,
    },
  );
}

/** `NAME=…` as a shell script (export/readonly/local/declare too) or an environment file writes it. */
const ASSIGNMENT = /^[ \t]*(?:(?:export|readonly|local|declare(?:[ \t]+-[A-Za-z]+)*)[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=/;
/** A line that reads another file in (`source FILE`, `. FILE`): what it sets may be any variable. */
const SOURCING = /^[ \t]*(?:source|\.)[ \t]+\S/;

/**
 * The first line (of the head, else the base's first changed line) that this change touches and that assigns one
 * of `names` or a variable their assignments here are built from (`SVC=$BASE/12` adds BASE), or sources a file;
 * null when the change leaves all of them alone.
 */
function definitionLineTouched(file: ChangedFile, changes: LineChanges, changedLine: number, names: readonly string[]): number | null {
  const before = (file.before ?? '').split('\n');
  const after = (file.after ?? '').split('\n');
  const wanted = new Set(names);
  for (let grew = true; grew; ) {
    grew = false;
    for (const text of [...before, ...after]) {
      const m = ASSIGNMENT.exec(text);
      if (!m || !wanted.has(m[1])) continue;
      for (const r of text.slice(m[0].length).matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g))
        if (!wanted.has(r[1])) {
          wanted.add(r[1]);
          grew = true;
        }
    }
  }
  const reads = (text: string) => SOURCING.test(text) || wanted.has(ASSIGNMENT.exec(text)?.[1] ?? '');
  for (let i = 0; i < after.length; i++) if (changes.afterTouched(i + 1) && reads(after[i])) return i + 1;
  for (let i = 0; i < before.length; i++) if (changes.beforeTouched(i + 1) && reads(before[i])) return changedLine;
  return null;
}

function keyOf(s: Setting): string {
  return `${s.subject}|${s.component}|${s.role ?? ''}`;
}

function feeds(s: Setting, file: ChangedFile): boolean {
  return s.reachedThrough?.definitions.some((d) => d.origin?.file === file.path) ?? false;
}

/**
 * The settings of a reader's side that `file` feeds (on either side: `fed`), standing at the definition written in
 * `file`; one no longer fed from it (a default took over) stands at the first line the change touched.
 */
function fedFrom(side: SideExtraction, file: ChangedFile, fed: Set<string>, changedLine: number): SideExtraction {
  const settings: Setting[] = [];
  for (const s of side.settings) {
    if (!fed.has(keyOf(s))) continue;
    const through = s.reachedThrough;
    const mine = through?.definitions.filter((d) => d.origin?.file === file.path) ?? [];
    if (!through || mine.length === 0) {
      settings.push({ ...s, span: { line: changedLine, column: 1, endLine: changedLine, endColumn: 1 } });
      continue;
    }
    const definitions = through.definitions.map((d) => (d.origin?.file === file.path ? { ...d, span: d.origin.span } : d));
    settings.push({ ...s, span: mine[0].origin!.span, reachedThrough: { ...through, use: mine[0].origin!.span, definitions } });
  }
  return { settings, problems: [], text: side.text };
}

function firstChangedLine(changes: LineChanges): number {
  for (let line = 1; line <= changes.afterLines; line++) if (changes.afterTouched(line)) return line;
  return 1;
}
