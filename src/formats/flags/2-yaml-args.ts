// YAML scalars (container `command`/`args` items, embedded texts) as Args whose characters keep their offsets in
// the file, so a value's span is exact even inside quotes or block scalars.

import { isScalar, type Scalar } from 'yaml';
import type { Arg } from './2a-tokenise-shell.js';
import { findTemplateExpression } from '../toolkit/templates.js';
import { embeddedText, scalarText, type Source } from '../toolkit/yaml-source.js';

/**
 * The scalar's value with the file offset of every character. Exact for plain, single-line quoted and block
 * literal scalars; for folded or escaped text the mapping points at the scalar's line (good enough for a span).
 */
export function scalarArg(source: Source, node: unknown, starts: readonly number[], tag?: string): Arg | null {
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
