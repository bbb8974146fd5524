// Helpers shared by the second-wave distribution formats of group A (clusterapi, k3s, k0s, kops, talos).
// They read CIDR values from YAML nodes with exact spans, recognise template expressions in a value,
// and keep one extractor failure from escaping as an exception.

import { isMap, isScalar, isSeq, type Document, type ParsedNode, type Scalar } from 'yaml';
import type { Extraction, Problem, Span } from '../model.js';
import { deref, lineSpan, mapEntry, scalarText, type Source } from './source.js';
import { findTemplateExpression as findTemplate } from './templates.js';

/** Shared with the other formats (src/formats/templates.ts). */
export { findTemplate };

/** Depth of nested maps searched for an embedded config (Ansible vars, k0sctl, cloud-config...). */
export const MAX_WALK_DEPTH = 12;

/** The node's text exactly as written in the source (for values YAML parsed as something else, e.g. `{{ }}` as a flow map). */
export function rawNodeText(source: Source, node: ParsedNode | null | undefined): string {
  if (!node || !node.range) return '';
  return source.text.slice(node.range[0], node.range[1]);
}

export type CidrRead =
  | { kind: 'value'; value: string; span: Span }
  | { kind: 'template'; expr: string; span: Span }
  | { kind: 'empty'; span: Span }
  | { kind: 'unreadable'; reason: string; span: Span };

/**
 * Reads a Service/pod range value: a scalar (possibly comma-separated) or a list of scalars (block or flow).
 * List items are joined with ',' exactly as the platforms join them for the apiserver flag.
 */
export function readCidrValue(source: Source, doc: Document.Parsed, node: ParsedNode | null): CidrRead {
  const span = source.spanOf(node);
  if (!node) return { kind: 'empty', span };
  const raw = rawNodeText(source, node);
  const expr = findTemplate(raw);
  if (expr !== null) return { kind: 'template', expr, span };
  if (isScalar(node)) {
    const text = scalarText(node);
    if (text === null || text === '') return { kind: 'empty', span };
    return { kind: 'value', value: text, span };
  }
  if (isSeq(node)) {
    const parts: string[] = [];
    for (const item of node.items) {
      const it = deref(doc, item);
      const t = scalarText(it);
      if (t === null) return { kind: 'unreadable', reason: 'a list item is not a plain value', span: source.spanOf(it ?? node) };
      parts.push(t);
    }
    if (parts.length === 0) return { kind: 'empty', span };
    const first = deref(doc, node.items[0]);
    const last = deref(doc, node.items[node.items.length - 1]);
    const itemSpan = first?.range && last?.range ? source.span(first.range[0], last.range[1]) : span;
    return { kind: 'value', value: parts.join(','), span: itemSpan };
  }
  return { kind: 'unreadable', reason: 'the value is neither a string nor a list', span };
}

/** The problem that stands for a Service range hidden behind a template (becomes `unreadable-config`). */
export function templateProblem(format: string, setting: string, span: Span, expr: string, hidesRange = true): Problem {
  return {
    line: span.line,
    column: span.column,
    message: hidesRange
      ? `${setting} is templated (${expr}): the Service range cannot be read until the template is rendered`
      : `${setting} is templated (${expr}): the range cannot be checked for overlap until the template is rendered`,
    hidesRange,
    setting,
    format,
  };
}

/** The problem for a value that exists but cannot be read as a range (not a string or list). */
export function unreadableProblem(format: string, setting: string, span: Span, reason: string): Problem {
  return { line: span.line, column: span.column, message: `${setting} cannot be read: ${reason}`, hidesRange: true, setting, format };
}

/** Span of a map key (where a default or an absent field points), or line 1. */
export function keySpan(source: Source, key: Scalar | null | undefined): Span {
  if (!key || !key.range) return lineSpan(1);
  return source.span(key.range[0], key.range[1]);
}

/**
 * Visits every map in a document tree (aliases resolved, depth-bounded) with the key path that led to it.
 * The path is made of map keys and `[i]` for list items, stable under reordering of sibling documents.
 */
export function walkMaps(
  doc: Document.Parsed,
  root: unknown,
  visit: (map: ParsedNode, path: string[]) => void,
): void {
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: string[], depth: number): void => {
    const n = deref(doc, node);
    if (!n || depth > MAX_WALK_DEPTH || seen.has(n)) return;
    seen.add(n);
    if (isMap(n)) {
      visit(n, path);
      for (const pair of n.items) {
        const k = isScalar(pair.key) ? String((pair.key as Scalar).value) : '?';
        walk(pair.value, [...path, k], depth + 1);
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => walk(item, [...path, `[${i}]`], depth + 1));
    }
  };
  walk(root, [], 0);
}

/** Keys of a YAML map as strings. */
export function mapKeys(doc: Document.Parsed, node: unknown): string[] {
  const n = deref(doc, node);
  if (!isMap(n)) return [];
  return n.items.filter((p) => isScalar(p.key)).map((p) => String((p.key as Scalar).value));
}

/** 'v1.33.1' / '1.28.3+k0s.0' / 'registry/kube-apiserver:v1.30.0' -> '1.33' etc.; null when no version is visible. */
export function minorVersion(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const m = /(?:^|[:v\s])v?(\d+)\.(\d+)(?:\.\d+)?/.exec(text);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/**
 * Splits one command-line style argument: `--flag=value`, `-flag=value` or `flag=value` (k3s `*-arg` lists
 * take the last form; k3s prepends the dashes itself). Returns null when the item has no `=`.
 */
export function splitFlagArg(item: string): { name: string; value: string } | null {
  const m = /^\s*-{0,2}([A-Za-z0-9][A-Za-z0-9_.-]*)=(.*)$/s.exec(item);
  return m ? { name: m[1], value: m[2].trim() } : null;
}

/** Name of a bare flag item (`--service-cidr`), or null. */
export function bareFlagName(item: string): string | null {
  const m = /^\s*--?([A-Za-z0-9][A-Za-z0-9_.-]*)\s*$/.exec(item);
  return m ? m[1] : null;
}

/**
 * Runs one extractor body; an exception becomes a problem at line 1 instead of escaping (library code
 * never lets an exception out of an extractor).
 */
export function guardExtraction(format: string, body: () => Extraction): Extraction {
  try {
    return body();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { settings: [], problems: [{ line: 1, message: `${format}: could not read the file: ${message}`, format }] };
  }
}

/** Line number of an offset, via the source. */
export function lineOf(source: Source, offset: number): number {
  return source.position(offset).line;
}

/** Builds settings of one group with the fields every setting of a format shares. */
export function makeSettingFactory(base: {
  format: string;
  group: string;
  kubernetesVersion?: string;
  immutable?: string;
}) {
  return (s: {
    subject: string;
    role: import('../model.js').SettingRole;
    component: import('../model.js').Component;
    setting: string;
    value: string;
    origin: 'explicit' | 'default';
    span: Span;
    profile?: import('../model.js').ValidationProfile;
    defaultNote?: string;
    immutable?: string;
  }): import('../model.js').Setting => {
    const out: import('../model.js').Setting = {
      format: base.format,
      subject: s.subject,
      group: base.group,
      role: s.role,
      component: s.component,
      setting: s.setting,
      value: s.value,
      origin: s.origin,
      span: s.span,
      profile: s.profile ?? 'apiserver',
    };
    const immutable = s.immutable ?? base.immutable;
    if (immutable) out.immutable = immutable;
    if (base.kubernetesVersion) out.kubernetesVersion = base.kubernetesVersion;
    if (s.defaultNote) out.defaultNote = s.defaultNote;
    return out;
  };
}

/**
 * Reads `extraArgs` in either shape: a map (`flag: value`, kubeadm v1beta3, Talos, k0s) or a list of
 * `{name, value}` (kubeadm v1beta4, Cluster API v1beta2). Duplicates: the last one wins, as the component
 * sees the flag last. Returns the value node of `flag`, or null.
 */
export function extraArgNode(doc: Document.Parsed, extraArgs: ParsedNode | null, flag: string): ParsedNode | null {
  const n = deref(doc, extraArgs);
  if (!n) return null;
  if (isMap(n)) return mapEntry(doc, n, flag)?.value ?? null;
  if (isSeq(n)) {
    let found: ParsedNode | null = null;
    for (const item of n.items) {
      const name = scalarText(mapEntry(doc, item, 'name')?.value);
      if (name === flag) found = mapEntry(doc, item, 'value')?.value ?? null;
    }
    return found;
  }
  return null;
}

export type SettingDraft = Omit<import('../model.js').Setting, 'format' | 'group' | 'value' | 'span' | 'origin' | 'profile'> & {
  profile?: import('../model.js').ValidationProfile;
};

/**
 * Reads one range field into `out`: a Setting when the value is literal, a hidesRange problem when it is
 * templated or not a string/list. Returns what happened so the caller can decide about defaults
 * (a templated value must never be replaced by a default).
 */
export function emitRange(
  out: Extraction,
  source: Source,
  doc: Document.Parsed,
  node: ParsedNode | null,
  make: ReturnType<typeof makeSettingFactory>,
  draft: { subject: string; role: import('../model.js').SettingRole; component: import('../model.js').Component; setting: string; profile?: import('../model.js').ValidationProfile; immutable?: string },
  format: string,
): 'set' | 'hidden' | 'absent' {
  const read = readCidrValue(source, doc, node);
  switch (read.kind) {
    case 'value':
      out.settings.push(make({ ...draft, value: read.value, origin: 'explicit', span: read.span }));
      return 'set';
    case 'template':
      out.problems.push(templateProblem(format, draft.setting, read.span, read.expr, draft.role === 'service-range'));
      return 'hidden';
    case 'unreadable':
      out.problems.push({ ...unreadableProblem(format, draft.setting, read.span, read.reason), hidesRange: draft.role === 'service-range' });
      return 'hidden';
    case 'empty':
      return 'absent';
  }
}

/**
 * For files YAML cannot read (Jinja blocks around the config): every line that names one of `keys` becomes
 * a problem at that line, hiding the range (templated or not, the gate cannot see the effective value).
 */
export function scanKeyLines(source: Source, format: string, keys: readonly string[]): Problem[] {
  const re = new RegExp(`^(\\s*)(${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*:\\s*(.*)$`);
  const problems: Problem[] = [];
  source.lines().forEach((text, i) => {
    const m = re.exec(text);
    if (!m) return;
    const value = m[3].replace(/\s+#.*$/, '');
    const column = m[1].length + 1;
    const expr = findTemplate(value);
    problems.push(
      expr
        ? { ...templateProblem(format, m[2], lineSpan(i + 1, column), expr) }
        : { line: i + 1, column, message: `${m[2]} is in a file that cannot be parsed as YAML: the Service range cannot be read`, hidesRange: true, setting: m[2], format },
    );
  });
  return problems;
}

/**
 * Where a component flag overrides the platform field (k3s `kube-apiserver-arg`, Talos/k0s `extraArgs`),
 * the apiserver's value is the effective range: it takes the group's `service-range` subject, so adding
 * or changing the flag is classified as the change it is; the platform field moves to its own subject
 * and the engine compares the two (component-mismatch). Mutates `out` in place.
 */
export function preferApiserverOverride(out: Extraction, id: string): void {
  const api = out.settings.find((s) => s.subject === `${id}/kube-apiserver` && s.role === 'service-range');
  if (!api) return;
  for (const s of out.settings) {
    if (s.role !== 'service-range') continue;
    if (s.subject === `${id}/service-range`) s.subject = `${id}/platform-service-range`;
  }
  api.subject = `${id}/service-range`;
}
