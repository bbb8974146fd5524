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

import type { ChangedFile, Setting } from '../model.js';
import type { NeighbourLookup } from '../formats/flags/variable-files.js';
import type { FileContext } from './file-context.js';
import { extractSide, type SideExtraction } from './side.js';
import { reportChanges } from './change-checks.js';
import { reportValues } from './value-checks.js';
import { diffLines } from './touched-lines.js';

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
  for (const reader of file.variableReaders ?? []) {
    const text = reader.after ?? reader.before;
    if (text === undefined || reader.unreadable) continue;
    const side = (s: 'before' | 'after'): SideExtraction =>
      extractSide(reader.path, text, undefined, undefined, undefined, neighboursOf(file, s, { path: file.path, text: file[s] }));
    const [before, after] = [side('before'), side('after')];
    // Fail closed: a value this file fed that the reader can no longer read.
    const hiddenBefore = new Set(before.problems.filter((p) => p.hidesRange).map((p) => p.message));
    const hidden = after.problems.find((p) => p.hidesRange && !hiddenBefore.has(p.message) && p.fromFiles?.includes(file.path));
    if (hidden) {
      const line = firstChangedLine(file.before ?? '', file.after ?? '');
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
          message: `${reader.path} line ${hidden.line} reads this file, and after this change: ${hidden.message}. The gate cannot be sure which Service range applies: have someone other than the author review it and approve the change.`,
        },
      );
      continue;
    }
    const changedLine = firstChangedLine(file.before ?? '', file.after ?? '');
    const fed = new Set([...before.settings, ...after.settings].filter((x) => feeds(x, file)).map(keyOf));
    if (fed.size === 0) continue;
    const b = fedFrom(before, file, fed, changedLine);
    const a = fedFrom(after, file, fed, changedLine);
    reportValues(ctx, b, a);
    reportChanges(ctx, b, a);
  }
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

function firstChangedLine(before: string, after: string): number {
  const changes = diffLines(before, after);
  for (let line = 1; line <= changes.afterLines; line++) if (changes.afterTouched(line)) return line;
  return 1;
}
