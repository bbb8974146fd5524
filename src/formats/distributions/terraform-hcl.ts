// A focused HCL (Terraform) reader: blocks, attributes, quoted strings, lists, comments (`#`, `//`,
// `/* */`), heredocs skipped, with 1-based positions. It reads the structure the Terraform extractor
// needs and keeps every other expression as raw text; it never evaluates anything. No maintained pure-JS
// HCL parser with positions is in the allowed dependency set (hashicorp/hcl is Go).
//
// Grammar followed: hashicorp/hcl hclsyntax/spec.md (Body = (Attribute | Block | OneLineBlock)*;
// Attribute = Identifier "=" Expression Newline; Block = Identifier (StringLit|Identifier)* "{" Newline
// Body "}" Newline). Errors are collected and reading continues at the next line.

import type { Span } from '../../model.js';
import { lineStartsOf, positionAt } from '../toolkit/positions.js';

/** A string literal without interpolation, a templated string, a list, or any other expression. */
export type HclExpr =
  | { kind: 'string'; value: string; raw: string; span: Span }
  | { kind: 'template'; raw: string; expression: string; span: Span }
  | { kind: 'list'; items: HclExpr[]; raw: string; span: Span }
  | { kind: 'other'; raw: string; span: Span };

export interface HclAttribute {
  name: string;
  nameSpan: Span;
  expr: HclExpr;
}

export interface HclBlock {
  type: string;
  labels: string[];
  /** Span of the block type keyword. */
  span: Span;
  body: HclBody;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclError {
  line: number;
  column: number;
  message: string;
}

/** Blocks nested deeper than this are not read (defends the recursive reader against hostile input). */
export const MAX_HCL_DEPTH = 64;

export function parseHcl(text: string): { body: HclBody; errors: HclError[] } {
  const r = new Reader(text);
  const body = r.body(0, false);
  return { body, errors: r.errors };
}

/** Last attribute of that name in a body (Terraform rejects duplicates; the last is the safest guess). */
export function hclAttribute(body: HclBody, name: string): HclAttribute | null {
  let found: HclAttribute | null = null;
  for (const a of body.attributes) if (a.name === name) found = a;
  return found;
}

export function hclBlocks(body: HclBody, type: string): HclBlock[] {
  return body.blocks.filter((b) => b.type === type);
}

class Reader {
  pos = 0;
  errors: HclError[] = [];
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  position(offset: number): { line: number; column: number } {
    return positionAt(this.lineStarts, offset);
  }

  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  private error(message: string, at = this.pos): void {
    const p = this.position(at);
    this.errors.push({ line: p.line, column: p.column, message });
  }

  /** Skips spaces, tabs, comments; newlines too when `newlines`. */
  skip(newlines: boolean): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.pos++;
      else if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
        while (this.pos < t.length && t[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const end = t.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? t.length : end + 2;
      } else break;
    }
  }

  private identifier(): string | null {
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  private skipLine(): void {
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.text.length : end + 1;
  }

  body(depth: number, inBlock: boolean): HclBody {
    const body: HclBody = { attributes: [], blocks: [] };
    const t = this.text;
    while (true) {
      this.skip(true);
      if (this.pos >= t.length) {
        if (inBlock) this.error('unclosed block: missing "}"');
        return body;
      }
      if (t[this.pos] === '}') {
        if (inBlock) {
          this.pos++;
          return body;
        }
        this.error('unexpected "}"');
        this.pos++;
        continue;
      }
      const start = this.pos;
      const name = this.identifier();
      if (!name) {
        this.error(`unexpected character ${JSON.stringify(t[this.pos])}`);
        this.skipLine();
        continue;
      }
      const nameEnd = this.pos;
      this.skip(false);
      if (t[this.pos] === '=' && t[this.pos + 1] !== '=') {
        this.pos++;
        this.skip(false);
        const expr = this.expression();
        body.attributes.push({ name, nameSpan: this.span(start, nameEnd), expr });
        continue;
      }
      const labels: string[] = [];
      while (this.pos < t.length && t[this.pos] !== '{') {
        if (t[this.pos] === '"') {
          const s = this.quoted();
          labels.push(s.value);
        } else {
          const label = this.identifier();
          if (label === null) break;
          labels.push(label);
        }
        this.skip(false);
      }
      if (t[this.pos] !== '{') {
        this.error(`expected "=" or "{" after ${name}`);
        this.skipLine();
        continue;
      }
      this.pos++;
      if (depth >= MAX_HCL_DEPTH) {
        this.error(`blocks nested deeper than ${MAX_HCL_DEPTH} are not read`);
        this.skipBalanced('{', '}');
        continue;
      }
      const inner = this.body(depth + 1, true);
      body.blocks.push({ type: name, labels, span: this.span(start, nameEnd), body: inner });
    }
  }

  /** Skips to the matching close bracket; the opening one is already consumed. */
  private skipBalanced(open: string, close: string): void {
    let depth = 1;
    while (this.pos < this.text.length && depth > 0) {
      const c = this.text[this.pos];
      if (c === '"') {
        this.quoted();
        continue;
      }
      if (c === open) depth++;
      else if (c === close) depth--;
      this.pos++;
    }
  }

  /** A quoted string starting at `"`: its value (escapes resolved) and whether it holds `${`/`%{`. */
  private quoted(): { value: string; template: string | null } {
    const t = this.text;
    this.pos++; // opening quote
    let value = '';
    let template: string | null = null;
    while (this.pos < t.length && t[this.pos] !== '"' && t[this.pos] !== '\n') {
      const c = t[this.pos];
      if (c === '\\') {
        const n = t[this.pos + 1];
        value += n === 'n' ? '\n' : n === 't' ? '\t' : (n ?? '');
        this.pos += 2;
        continue;
      }
      if ((c === '$' || c === '%') && t[this.pos + 1] === '{') {
        if (t[this.pos - 1] === c && value.endsWith(c)) {
          // `$${` / `%%{` escape a literal `${` / `%{`.
          value = `${value.slice(0, -1) + c}{`;
          this.pos += 2;
          continue;
        }
        const start = this.pos;
        this.pos += 2;
        let depth = 1;
        while (this.pos < t.length && depth > 0) {
          const d = t[this.pos];
          if (d === '{') depth++;
          else if (d === '}') depth--;
          else if (d === '"') {
            this.quoted();
            continue;
          }
          this.pos++;
        }
        const expr = t.slice(start, this.pos);
        template ??= expr;
        value += expr;
        continue;
      }
      value += c;
      this.pos++;
    }
    if (t[this.pos] === '"') this.pos++;
    else this.error('unterminated string');
    return { value, template };
  }

  /** Reads an expression up to the end of the attribute (newline or `}` at bracket depth 0). */
  expression(): HclExpr {
    const t = this.text;
    const start = this.pos;
    if (t[this.pos] === '"') {
      const q = this.quoted();
      const end = this.pos;
      this.skip(false);
      if (this.atExpressionEnd()) {
        const span = this.span(start, end);
        const raw = t.slice(start, end);
        return q.template ? { kind: 'template', raw, expression: q.template, span } : { kind: 'string', value: q.value, raw, span };
      }
      this.pos = start;
    }
    if (t[this.pos] === '[') {
      const list = this.list();
      if (list) {
        this.skip(false);
        if (this.atExpressionEnd()) return list;
      }
      this.pos = start;
    }
    this.skipExpression();
    let end = this.pos;
    while (end > start && /\s/.test(t[end - 1])) end--;
    return { kind: 'other', raw: t.slice(start, end), span: this.span(start, end) };
  }

  private atExpressionEnd(): boolean {
    const c = this.text[this.pos];
    return (
      this.pos >= this.text.length ||
      c === '\n' ||
      c === '}' ||
      c === ',' ||
      c === '#' ||
      (c === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*'))
    );
  }

  /** `[` item (`,` item)* `]` of plain items; null when an item is not a simple expression. */
  private list(): HclExpr | null {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    const items: HclExpr[] = [];
    while (true) {
      this.skip(true);
      if (t[this.pos] === ']') {
        this.pos++;
        break;
      }
      if (this.pos >= t.length) return null;
      const item = this.listItem();
      items.push(item);
      this.skip(true);
      if (t[this.pos] === ',') this.pos++;
      else if (t[this.pos] !== ']') return null;
    }
    return { kind: 'list', items, raw: t.slice(start, this.pos), span: this.span(start, this.pos) };
  }

  private listItem(): HclExpr {
    const t = this.text;
    const start = this.pos;
    if (t[this.pos] === '"') {
      const q = this.quoted();
      const span = this.span(start, this.pos);
      const raw = t.slice(start, this.pos);
      return q.template ? { kind: 'template', raw, expression: q.template, span } : { kind: 'string', value: q.value, raw, span };
    }
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (depth === 0 && (c === ',' || c === ']' || c === '\n')) break;
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      else if (c === '"') {
        this.quoted();
        continue;
      }
      this.pos++;
    }
    let end = this.pos;
    while (end > start && /\s/.test(t[end - 1])) end--;
    return { kind: 'other', raw: t.slice(start, end), span: this.span(start, end) };
  }

  /** Skips any expression: brackets, strings, heredocs; stops at newline / `}` at depth 0. */
  private skipExpression(): void {
    const t = this.text;
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (depth === 0 && (c === '\n' || c === '}')) return;
      if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
        if (depth === 0) return;
        this.skip(false);
        continue;
      }
      if (c === '/' && t[this.pos + 1] === '*') {
        this.skip(false);
        continue;
      }
      if (c === '"') {
        this.quoted();
        continue;
      }
      if (c === '<' && t[this.pos + 1] === '<') {
        const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(t.slice(this.pos, this.pos + 300));
        if (m) {
          this.skipHeredoc(m[1], this.pos + m[0].length);
          continue;
        }
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      this.pos++;
    }
  }

  /** Heredoc content is skipped up to the line holding only the marker (hclsyntax spec: TemplateExpr heredoc). */
  private skipHeredoc(marker: string, contentStart: number): void {
    const t = this.text;
    let lineStart = contentStart;
    while (lineStart < t.length) {
      let lineEnd = t.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = t.length;
      if (t.slice(lineStart, lineEnd).trim() === marker) {
        this.pos = lineStart + t.slice(lineStart, lineEnd).indexOf(marker) + marker.length;
        return;
      }
      lineStart = lineEnd + 1;
    }
    this.error(`unterminated heredoc <<${marker}`, contentStart);
    this.pos = t.length;
  }
}
