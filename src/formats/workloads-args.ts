// YAML scalars (container `command`/`args` items, embedded texts) as Args whose characters keep their offsets in
// the file, so a value's span is exact even inside quotes or block scalars.

import { isScalar, type Scalar } from 'yaml';
import { findTemplateExpression, type Arg } from './flags.js';
import type { Span } from '../model.js';
import { embeddedText, scalarText, type Source } from './source.js';

/** 0-based offsets of each line start ('\n'-based, as the yaml LineCounter counts). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * The scalar's value with the file offset of every character. Exact for plain, single-line quoted and block
 * literal scalars; for folded or escaped text the mapping points at the scalar's line (good enough for a span).
 */
export function scalarArg(source: Source, node: unknown, starts: number[], tag?: string): Arg | null {
  if (!isScalar(node)) return null;
  const text = scalarText(node);
  if (text === null || !node.range) return null;
  const scalar = node as Scalar;
  const emb = typeof scalar.value === 'string' ? embeddedText(source, scalar) : null;
  const offsets: number[] = [];
  if (!emb) {
    // Numbers, booleans: the source text is the value.
    for (let i = 0; i <= text.length; i++) offsets.push(Math.min(node.range[0] + i, node.range[1]));
  } else {
    let line = 1;
    let col = 1;
    for (let i = 0; i <= text.length; i++) {
      const o = emb.toOuter(line, col);
      const lineStart = starts[o.line - 1] ?? starts[starts.length - 1];
      offsets.push(Math.min(lineStart + o.column - 1, source.text.length));
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
  }
  const arg: Arg = { text, offsets };
  if (tag !== undefined) arg.tag = tag;
  // An item that is nothing but a template (`- {{ $f | quote }}`, `- $(EXTRA)`) may expand to any flag.
  const template = findTemplateExpression(text);
  if (template !== null && template.trim() === text.trim() && !text.trim().startsWith('-')) arg.opaque = true;
  return arg;
}

// Positions computed from the text itself. Source.position() relies on the YAML LineCounter, which only counts
// the lines the YAML lexer reached: on a systemd unit or a broken template it stops early (everything after
// looks like line 2), so the text carriers and manifests compute positions from the text instead.
const LINE_STARTS = new WeakMap<Source, number[]>();

function startsOf(source: Source): number[] {
  let starts = LINE_STARTS.get(source);
  if (!starts) {
    starts = lineStarts(source.text);
    LINE_STARTS.set(source, starts);
  }
  return starts;
}

/** 1-based line and column of an offset of the source text. */
export function textPosition(source: Source, offset: number): { line: number; column: number } {
  const starts = startsOf(source);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Span of [start, end) offsets of the source text. */
export function textSpan(source: Source, start: number, end: number): Span {
  const a = textPosition(source, start);
  const b = textPosition(source, Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
