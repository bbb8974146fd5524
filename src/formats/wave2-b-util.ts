// Helpers shared by the second-wave group B formats (openshift, eksctl, rke, kubespray, terraform):
// reading a range value from a YAML node with its exact span, spotting template syntax in the raw text
// of a value, building Settings and template Problems, and mapping an embedded document (YAML inside a
// block scalar) back to the outer file. Pure functions; nothing here throws on odd input.

import type { Document, ParsedNode } from 'yaml';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Extraction, Problem, Setting, Span } from '../model.js';
import { deref, embeddedText, lineSpan, mapEntry, scalarText, Source } from './source.js';
import type { Scalar } from 'yaml';
import { findTemplateExpression as findTemplate } from './templates.js';

/** Shared with the other formats (src/formats/templates.ts). */
export { findTemplate };

/** How a value node reads: a literal, a templated expression, or nothing usable. */
export type ValueRead =
  | { kind: 'value'; text: string; span: Span }
  | { kind: 'template'; expression: string; span: Span }
  | { kind: 'empty'; span: Span };

/** Raw source text of a node (what the author wrote, quotes included). */
export function rawText(source: Source, node: ParsedNode | null | undefined): string {
  if (!node || !node.range) return '';
  return source.text.slice(node.range[0], node.range[1]);
}

/**
 * Reads one scalar. The raw text is checked for template syntax first: an unquoted `{{ x }}` parses as a
 * YAML flow map, so only the raw text tells that it was a template.
 */
export function readScalar(source: Source, node: ParsedNode | null): ValueRead {
  const span = source.spanOf(node);
  const template = findTemplate(rawText(source, node));
  if (template) return { kind: 'template', expression: template, span };
  const text = scalarText(node);
  if (text === null || text.trim() === '') return { kind: 'empty', span };
  return { kind: 'value', text, span };
}

/**
 * Reads a YAML sequence of CIDRs (strings, or maps whose `itemKey` holds the CIDR) as one comma-joined
 * value in order, the way installers pass a list to `--service-cluster-ip-range`. A scalar is read as is
 * (already comma-joined). The span covers the first to the last item.
 */
export function readRangeList(source: Source, doc: Document.Parsed, node: ParsedNode | null, itemKey?: string): ValueRead {
  const target = deref(doc, node);
  if (!isSeq(target)) return readScalar(source, target);
  const values: string[] = [];
  let first: Span | null = null;
  let last: Span | null = null;
  for (const raw of target.items) {
    const item = deref(doc, raw);
    const valueNode = itemKey && isMap(item) ? (mapEntry(doc, item, itemKey)?.value ?? null) : item;
    const read = readScalar(source, valueNode);
    if (read.kind === 'template') return read;
    if (read.kind === 'empty') continue;
    values.push(read.text);
    first ??= read.span;
    last = read.span;
  }
  const span = source.spanOf(target);
  if (!first || !last) return { kind: 'empty', span };
  return {
    kind: 'value',
    text: values.join(','),
    span: { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn },
  };
}

/** Span of a map key (the parent key a default points at), or line 1. */
export function keySpan(source: Source, key: Scalar | null | undefined): Span {
  if (!key || !key.range) return lineSpan(1);
  return source.spanOf(key as unknown as ParsedNode);
}

/** The fields every Setting of one cluster config shares. */
export interface SettingContext {
  format: string;
  group: string;
  profile: Setting['profile'];
  immutable?: string;
  kubernetesVersion?: string;
}

export function makeSetting(
  ctx: SettingContext,
  fields: Pick<Setting, 'subject' | 'role' | 'component' | 'setting' | 'value' | 'origin' | 'span'> &
    Partial<Pick<Setting, 'defaultNote' | 'ipFamily' | 'createOnly'>>,
): Setting {
  const s: Setting = { format: ctx.format, group: ctx.group, profile: ctx.profile, ...fields };
  if (ctx.immutable !== undefined && fields.role === 'service-range') s.immutable = ctx.immutable;
  if (ctx.kubernetesVersion !== undefined) s.kubernetesVersion = ctx.kubernetesVersion;
  return s;
}

/** A templated range value: never a default in its place, always a problem that names the expression. */
export function templateProblem(format: string, setting: string, expression: string, span: Span): Problem {
  return {
    line: span.line,
    column: span.column,
    message: `${setting} is templated (${expression}): the Service range cannot be read until the template is rendered`,
    hidesRange: true,
    setting,
    format,
  };
}

/** 'v1.28.3', '1.21', 'v1.24.10-rancher4-1', 'rancher/hyperkube:v1.11.1-rancher1' -> '1.28' etc. */
export function minorVersion(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const m = /(?:^|[^\d.])v?(1)\.(\d{1,2})(?:\.\d+)?(?![\d])/.exec(text) ?? /^v?(1)\.(\d{1,2})/.exec(text);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/**
 * A text fallback for files the YAML reader could not see through (template directives on their own
 * lines break the YAML tree): the first line that names one of `keys` as a map key, and the first
 * template expression on that line or on the more-indented lines that follow it (its value).
 */
export function findKeyInText(source: Source, keys: readonly string[]): { line: number; expression: string | null } | null {
  const lines = source.lines();
  const keyRe = new RegExp(`^(\\s*)(?:-\\s+)?["']?(?:${keys.map(escapeRe).join('|')})["']?\\s*:`);
  for (let i = 0; i < lines.length; i++) {
    const m = keyRe.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    let expression = findTemplate(lines[i].slice(m[0].length));
    for (let j = i + 1; !expression && j < lines.length; j++) {
      const t = lines[j];
      if (t.trim() === '') continue;
      const ind = t.length - t.trimStart().length;
      // A sequence under the key may sit at the key's own indentation ("- item").
      if (ind < indent || (ind === indent && !t.trimStart().startsWith('-') && !t.trimStart().startsWith('{'))) break;
      expression = findTemplate(t);
    }
    return { line: i + 1, expression };
  }
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Extracts from YAML embedded in a block scalar (a Secret's `install-config.yaml`, a ConfigMap's
 * `group_vars.yml`) and maps every position back to the outer file.
 */
export function extractEmbedded(
  outer: Source,
  node: ParsedNode | null,
  extract: (inner: Source) => Extraction,
): Extraction {
  if (!isScalar(node) || typeof node.value !== 'string') return { settings: [], problems: [] };
  const embedded = embeddedText(outer, node as Scalar);
  if (!embedded) return { settings: [], problems: [] };
  const inner = extract(new Source(outer.path, embedded.text));
  const mapSpan = (s: Span): Span => {
    const a = embedded.toOuter(s.line, s.column);
    const b = embedded.toOuter(s.endLine, s.endColumn);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  return {
    settings: inner.settings.map((s) => ({ ...s, span: mapSpan(s.span) })),
    problems: inner.problems.map((p) => {
      const a = embedded.toOuter(p.line, p.column ?? 1);
      return { ...p, line: a.line, column: p.column === undefined ? undefined : a.column };
    }),
  };
}

/** Merges extractions (one per document) into one. */
export function mergeExtractions(parts: readonly Extraction[]): Extraction {
  return { settings: parts.flatMap((p) => p.settings), problems: parts.flatMap((p) => p.problems) };
}

/** Runs an extractor body and turns any exception into a problem at line 1 (extractors never throw). */
export function guardExtraction(format: string, body: () => Extraction): Extraction {
  try {
    return body();
  } catch (e) {
    return { settings: [], problems: [{ line: 1, message: `${format}: could not be read: ${e instanceof Error ? e.message : String(e)}`, format }] };
  }
}
