// Templated values that move between files of one change (issue 11: "a value that moves to another changed file
// of the same cluster is a move, not a removal"). MoveTracker (cross-file.ts) pairs the values the gate can read;
// a templated value (`{{ kube_service_addresses }}`, k0s' `{{ .ServiceCIDRIPv4 }}`) cannot be read, but its TEXT
// can: the renderer (Ansible's Jinja, k0s' Go templates) fills the same expression with the same variable in every
// file of the project it renders. An expression that leaves the Service range lines of one file and arrives,
// written the same, on the Service range lines of another file of the same change is therefore the same rendered
// value: unchanged text, so the unreadable-config findings the move alone caused are dropped.
//
// Strict on purpose (a move is proved, never assumed): a file's findings are dropped only when every Service range
// line the change touches in it holds `{{ }}` expressions and nothing else decides the value (a literal range on a
// touched key line, or a key line with no expression, keeps them), every expression that left it arrives in another
// file of the same project, and every expression that arrived in it left another file of the same project.
// Expressions compare as rendered (blanks inside `{{ }}` are no part of the output: templates.ts expressionsTight).
// Only small records are kept per file (the change is streamed: issue 11, flat cost).

import type { ChangedFile, Finding } from '../model.js';
import { expressionsTight } from '../formats/toolkit/templates.js';
import { namesServiceRangeKey } from './range-keys.js';
import { allTouched, diffLines, splitLines } from './touched-lines.js';

interface FileMoves {
  file: string;
  project: string;
  /** Expressions (as rendered) that left the file's touched Service range lines. */
  gone: Set<string>;
  /** Expressions that arrived on them. */
  arrived: Set<string>;
  /** Every touched Service range line holds only `{{ }}` expressions (no literal decides the value). */
  pure: boolean;
}

/** `{{ … }}` expressions of one line, as rendered (blanks inside removed). */
function expressionsOf(line: string): string[] {
  return [...expressionsTight(line).matchAll(/\{\{[^\n]*?\}\}/g)].map((m) => m[0]);
}

/**
 * The project a template belongs to: the path's first directory (an Ansible role tree `roles/…`, k0s' `static/…`).
 * The renderer fills one set of variables for it.
 */
function projectOf(path: string): string {
  const i = path.indexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * The expressions of a side's touched Service range lines. A key line without an expression of its own takes the
 * next line's when that is its `value:` (a `- name: X` / `value: "{{ x }}"` env pair). Null when a touched key
 * line holds none: a literal or an empty value decides there, not a template.
 */
function touchedExpressions(lines: readonly string[], touched: (line: number) => boolean): Set<string> | null {
  const out = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!touched(i + 1) || /^[ \t]*#/.test(line) || !namesServiceRangeKey(line)) continue;
    let found = expressionsOf(line);
    if (found.length === 0 && /^[ \t]*value:/.test(lines[i + 1] ?? '')) found = expressionsOf(lines[i + 1]);
    if (found.length === 0) return null;
    out.add(found.join(' '));
  }
  return out;
}

export class TemplateMoveTracker {
  private readonly files: FileMoves[] = [];

  record(file: ChangedFile): void {
    const before = file.before;
    const after = file.after;
    if (!(before?.includes('{{') || after?.includes('{{'))) return;
    if (!(before !== undefined && namesServiceRangeKey(before)) && !(after !== undefined && namesServiceRangeKey(after))) return;
    const beforeLines = before !== undefined ? splitLines(before) : [];
    const afterLines = after !== undefined ? splitLines(after) : [];
    const changes =
      before !== undefined && after !== undefined ? diffLines(expressionsTight(before), expressionsTight(after)) : allTouched(afterLines.length);
    const gone = before !== undefined ? touchedExpressions(beforeLines, (l) => after === undefined || changes.beforeTouched(l)) : new Set<string>();
    const arrived = after !== undefined ? touchedExpressions(afterLines, (l) => before === undefined || changes.afterTouched(l)) : new Set<string>();
    const pure = gone !== null && arrived !== null;
    // An expression on a touched line of both sides stayed (the line changed elsewhere): neither gone nor arrived.
    const g = new Set([...(gone ?? [])].filter((e) => !arrived?.has(e)));
    const a = new Set([...(arrived ?? [])].filter((e) => !gone?.has(e)));
    if (!pure || g.size > 0 || a.size > 0) this.files.push({ file: file.path, project: projectOf(file.path), gone: g, arrived: a, pure });
  }

  /** The findings without the unreadable-config findings a templated move explains. */
  dropMoved(findings: Finding[]): Finding[] {
    if (this.files.length < 2) return findings;
    const moved = new Set<string>();
    for (const f of this.files) {
      if (!f.pure || (f.gone.size === 0 && f.arrived.size === 0)) continue;
      const others = this.files.filter((o) => o !== f && o.project === f.project);
      const left = [...f.gone].every((e) => others.some((o) => o.arrived.has(e)));
      const came = [...f.arrived].every((e) => others.some((o) => o.gone.has(e)));
      if (left && came) moved.add(f.file);
    }
    if (moved.size === 0) return findings;
    return findings.filter((f) => !(f.rule === 'unreadable-config' && moved.has(f.file)));
  }
}
