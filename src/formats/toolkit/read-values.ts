// The reading toolkit every YAML format uses: one name per concept.
//
// - rawText / findTemplate: what the author wrote, and the template expression in it (an unquoted `{{ x }}`
//   parses as a YAML flow map, so only the raw text tells that it was a template);
// - RangeRead, readScalar, readRange: a range value (scalar, list — block or flow —, list of maps keyed by
//   `itemKey`, templated, empty, unreadable) with its exact span;
// - extraArgEntry: a component's `extraArgs` (map or `{name, value}` list), the one reader behind extraArgNode,
//   readArgs and readExtraArg;
// - lookup (mapEntry), getPath, readField/readValue/readArgs/readExtraArg: kubeadm-shaped string fields (kubeadm,
//   kind's patches, Cluster API), where a list or a map is unreadable rather than a list of ranges;
// - makeSetting/settingMaker, explicitSettingOf, emitRange, templateProblem, unreadableProblem, fieldProblem: Settings and Problems;
// - walkMaps, mapKeys, extractEmbedded, mapSpan, mergeExtractions: embedded documents (k0s inside k0sctl, YAML in a
//   block scalar, Ansible vars);
// - minorVersion, parseKubernetesMinor, parseImageMinor: where the Kubernetes version comes from;
// - guardExtraction: no exception escapes an extractor.
// Pure functions; nothing here throws on odd input.

import { isMap, isScalar, isSeq, type Document, type Node, type ParsedNode, type Scalar } from 'yaml';
import type { Extraction, Problem, Setting, Span } from '../../model.js';
import { deref, embeddedText, lineSpan, mapEntry, scalarText, Source } from './yaml-source.js';
import { findTemplateExpression as findTemplate } from './templates.js';

/** Shared with the other formats (src/formats/toolkit/templates.ts). */
export { findTemplate };

/** Depth of nested maps searched for an embedded config (Ansible vars, k0sctl, cloud-config...). */
export const MAX_WALK_DEPTH = 12;

// ---------------------------------------------------------------------------------------------------------
// Range values

/** The node's text exactly as written in the source (quotes included). */
export function rawText(source: Source, node: Node | null | undefined): string {
  if (!node?.range) return '';
  return source.text.slice(node.range[0], node.range[1]);
}

/** How a value node reads: a literal, a templated expression, nothing, or something that is not a value. */
export type RangeRead =
  | { kind: 'value'; text: string; span: Span }
  | { kind: 'template'; expression: string; span: Span }
  | { kind: 'empty'; span: Span }
  | { kind: 'unreadable'; reason: string; span: Span };

/**
 * Reads one scalar. The raw text is checked for template syntax first. An absent, null or blank value is
 * empty; a map or a list that holds no template is unreadable.
 */
export function readScalar(source: Source, node: ParsedNode | null): RangeRead {
  const span = source.spanOf(node);
  const template = findTemplate(rawText(source, node));
  if (template) return { kind: 'template', expression: template, span };
  if (node && !isScalar(node)) return { kind: 'unreadable', reason: 'the value is neither a string nor a list', span };
  const text = scalarText(node);
  if (text === null || text.trim() === '') return { kind: 'empty', span };
  return { kind: 'value', text, span };
}

/**
 * Reads a Service/pod range value: a scalar (possibly already comma-separated) or a list (block or flow) of
 * scalars — or of maps whose `itemKey` holds the range (OpenShift `clusterNetwork[].cidr`). List items are
 * joined with ',' in order, exactly as the platforms join them for `--service-cluster-ip-range`; the span
 * covers the first to the last item. A templated item makes the whole list templated; an item that is not
 * a plain value makes it unreadable; empty items are skipped.
 */
export function readRange(source: Source, doc: Document.Parsed, node: ParsedNode | null, itemKey?: string): RangeRead {
  const target = deref(doc, node);
  if (!isSeq(target)) return readScalar(source, target);
  // A template anywhere in the list hides the whole list: the problem points at the list, as written.
  const template = findTemplate(rawText(source, target));
  if (template) return { kind: 'template', expression: template, span: source.spanOf(target) };
  const values: string[] = [];
  let first: Span | null = null;
  let last: Span | null = null;
  for (const raw of target.items) {
    const item = deref(doc, raw);
    const valueNode = itemKey && isMap(item) ? (mapEntry(doc, item, itemKey)?.value ?? null) : item;
    const read = readScalar(source, valueNode);
    if (read.kind === 'template') return read;
    if (read.kind === 'unreadable') return { kind: 'unreadable', reason: 'a list item is not a plain value', span: read.span };
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

/** Span of a map key (where a default or an absent field points), or line 1. */
export function keySpan(source: Source, key: Scalar | null | undefined): Span {
  if (!key?.range) return lineSpan(1);
  return source.span(key.range[0], key.range[1]);
}

// ---------------------------------------------------------------------------------------------------------
// Settings and problems

/** The fields every Setting of one cluster config shares (`profile`: of every setting that does not name its own). */
export type SettingContext = Pick<Setting, 'format' | 'group'> & Partial<Pick<Setting, 'profile' | 'kubernetesVersion' | 'immutable'>>;

/** The fields of one Setting; `immutable` here overrides the context's wording for this setting only. */
export type SettingFields = Pick<Setting, 'subject' | 'role' | 'component' | 'setting' | 'value' | 'origin' | 'span'> &
  Partial<Pick<Setting, 'profile' | 'defaultNote' | 'immutable' | 'ipFamily' | 'createOnly'>>;

/** One Setting of a cluster config. */
export function makeSetting(ctx: SettingContext, f: SettingFields): Setting {
  const out: Setting = {
    format: ctx.format,
    subject: f.subject,
    group: ctx.group,
    role: f.role,
    component: f.component,
    setting: f.setting,
    value: f.value,
    origin: f.origin,
    span: f.span,
    profile: f.profile ?? ctx.profile ?? 'apiserver',
  };
  const immutable = f.immutable ?? (f.role === 'service-range' ? ctx.immutable : undefined);
  if (immutable) out.immutable = immutable;
  if (ctx.kubernetesVersion) out.kubernetesVersion = ctx.kubernetesVersion;
  if (f.defaultNote) out.defaultNote = f.defaultNote;
  if (f.ipFamily !== undefined) out.ipFamily = f.ipFamily;
  if (f.createOnly !== undefined) out.createOnly = f.createOnly;
  return out;
}

/** `makeSetting` with the context bound. */
export function settingMaker(ctx: SettingContext): (f: SettingFields) => Setting {
  return (f) => makeSetting(ctx, f);
}

/** The problem that stands for a range hidden behind a template (becomes `unreadable-config` when it hides the Service range). */
export function templateProblem(format: string, setting: string, span: Span, expression: string, hidesRange = true): Problem {
  return {
    line: span.line,
    column: span.column,
    message: hidesRange
      ? `${setting} is templated (${expression}): the Service range cannot be read until the template is rendered`
      : `${setting} is templated (${expression}): the range cannot be checked for overlap until the template is rendered`,
    hidesRange,
    setting,
    format,
  };
}

/** The problem for a value that exists but cannot be read as a range (not a string or list). */
export function unreadableProblem(format: string, setting: string, span: Span, reason: string, hidesRange = true): Problem {
  return { line: span.line, column: span.column, message: `${setting} cannot be read: ${reason}`, hidesRange, setting, format };
}

/**
 * Reads one range field into `out`: a Setting when the value is literal, a problem when it is templated or
 * not a string/list (hiding the range when the role is the Service range). Returns what happened so the
 * caller can decide about defaults (a templated value must never be replaced by a default).
 */
export function emitRange(
  out: Extraction,
  source: Source,
  doc: Document.Parsed,
  node: ParsedNode | null,
  make: (f: SettingFields) => Setting,
  draft: Omit<SettingFields, 'value' | 'origin' | 'span'>,
  format: string,
): 'set' | 'hidden' | 'absent' {
  const read = readRange(source, doc, node);
  const hides = draft.role === 'service-range';
  switch (read.kind) {
    case 'value':
      out.settings.push(make({ ...draft, value: read.text, origin: 'explicit', span: read.span }));
      return 'set';
    case 'template':
      out.problems.push(templateProblem(format, draft.setting, read.span, read.expression, hides));
      return 'hidden';
    case 'unreadable':
      out.problems.push(unreadableProblem(format, draft.setting, read.span, read.reason, hides));
      return 'hidden';
    case 'empty':
      return 'absent';
  }
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

/** Merges extractions (one per document) into one. */
export function mergeExtractions(parts: readonly Extraction[]): Extraction {
  return { settings: parts.flatMap((p) => p.settings), problems: parts.flatMap((p) => p.problems) };
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

// ---------------------------------------------------------------------------------------------------------
// Files YAML cannot read (template directives on their own lines)

/**
 * Every line that names one of `keys` becomes a problem at that line, hiding the range (templated or not,
 * the gate cannot see the effective value).
 */
export function scanKeyLines(source: Source, format: string, keys: readonly string[]): Problem[] {
  const re = new RegExp(`^(\\s*)(${keys.map(escapeRe).join('|')})\\s*:\\s*(.*)$`);
  const problems: Problem[] = [];
  source.lines().forEach((text, i) => {
    const m = re.exec(text);
    if (!m) return;
    const value = m[3].replace(/\s+#.*$/, '');
    const column = m[1].length + 1;
    const expr = findTemplate(value);
    problems.push(
      expr
        ? templateProblem(format, m[2], lineSpan(i + 1, column), expr)
        : {
            line: i + 1,
            column,
            message: `${m[2]} is in a file that cannot be parsed as YAML: the Service range cannot be read`,
            hidesRange: true,
            setting: m[2],
            format,
          },
    );
  });
  return problems;
}

/**
 * The first line that names one of `keys` as a map key, and the first template expression on that line or
 * on the more-indented lines that follow it (its value).
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

// ---------------------------------------------------------------------------------------------------------
// Embedded documents

/**
 * Visits every map in a document tree (aliases resolved, depth-bounded) with the key path that led to it.
 * The path is made of map keys and `[i]` for list items, stable under reordering of sibling documents.
 */
export function walkMaps(doc: Document.Parsed, root: unknown, visit: (map: ParsedNode, path: string[]) => void): void {
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
      for (const [i, item] of n.items.entries()) walk(item, [...path, `[${i}]`], depth + 1);
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

/** A span of an embedded text mapped to the outer file (each end on its own). */
export function mapSpan(span: Span, toOuter: (line: number, column: number) => { line: number; column: number }): Span {
  const a = toOuter(span.line, span.column);
  const b = toOuter(span.endLine, span.endColumn);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/**
 * Extracts from YAML embedded in a block scalar (a Secret's `install-config.yaml`, a ConfigMap's
 * `group_vars.yml`) and maps every position back to the outer file.
 */
export function extractEmbedded(outer: Source, node: ParsedNode | null, extract: (inner: Source) => Extraction): Extraction {
  if (!isScalar(node) || typeof node.value !== 'string') return { settings: [], problems: [] };
  const embedded = embeddedText(outer, node as Scalar);
  if (!embedded) return { settings: [], problems: [] };
  const inner = extract(new Source(outer.path, embedded.text));
  return {
    settings: inner.settings.map((s) => ({ ...s, span: mapSpan(s.span, embedded.toOuter) })),
    problems: inner.problems.map((p) => {
      const a = embedded.toOuter(p.line, p.column ?? 1);
      return { ...p, line: a.line, column: p.column === undefined ? undefined : a.column };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Command-line style arguments inside YAML (k3s `*-arg` lists, `extraArgs`)

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
 * The one reader of `extraArgs`, in either shape: a map (`flag: value`, kubeadm v1beta3 and older, Talos, k0s;
 * a duplicate key: the last wins, as in go-yaml's decoding) or a list of `{name, value}` (kubeadm v1beta4,
 * Cluster API v1beta2), where duplicates are allowed and all are passed on the command line, so the
 * component's flag parsing keeps the last (kubernetes/kubernetes cmd/kubeadm/app/util/arguments.go
 * ArgumentsToCommand; cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go Arg). Both shapes are accepted whatever the
 * apiVersion says: the user's intent is unambiguous either way.
 *
 * Returns the entry of the flag's last occurrence: `key` is the map key, or for a list item the `value` key
 * (its `name` value when the item has no `value` key, then `value` is null); null when the flag is absent.
 */
export function extraArgEntry(doc: Document.Parsed, extraArgs: unknown, flag: string): { key: Node; value: ParsedNode | null } | null {
  const n = deref(doc, extraArgs);
  if (isMap(n)) return mapEntry(doc, n, flag);
  if (!isSeq(n)) return null;
  let found: { key: Node; value: ParsedNode | null } | null = null;
  for (const item of n.items) {
    const name = mapEntry(doc, item, 'name');
    if (!name || scalarText(name.value) !== flag) continue;
    const value = mapEntry(doc, item, 'value');
    found = value ?? { key: name.value ?? name.key, value: null };
  }
  return found;
}

/** The value node of `flag` in `extraArgs` (see extraArgEntry), or null when absent or without a value. */
export function extraArgNode(doc: Document.Parsed, extraArgs: ParsedNode | null, flag: string): ParsedNode | null {
  return extraArgEntry(doc, extraArgs, flag)?.value ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Kubernetes versions

/**
 * Loose minor version of a distribution's version field or image: 'v1.33.1', '1.28.3+k0s.0',
 * 'v1.24.10-rancher4-1', 'registry/kube-apiserver:v1.30.0', 'rancher/hyperkube:v1.11.1-rancher1' -> '1.33' etc.;
 * undefined when no version is visible.
 */
export function minorVersion(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const m = /(?:^|[^\d.])v?(1)\.(\d{1,2})(?:\.\d+)?(?![\d])/.exec(text) ?? /^v?(1)\.(\d{1,2})/.exec(text);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/**
 * Kubernetes minor version ('1.33') from a kubeadm `kubernetesVersion` (`v1.33.2`, `1.33.0-rc.1`,
 * `stable-1.33`, `latest-1.34`, `ci/latest-1.34`) or an image tag (`v1.34.0`). Labels without a minor
 * (`stable`, `latest`) and templates give undefined: the engine then assumes the newest rules and says so.
 * kubeadm resolves the labels in cmd/kubeadm/app/util/version.go KubernetesReleaseVersion.
 */
export function parseKubernetesMinor(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^(?:[a-z]+\/)?(?:stable-|latest-|v)?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/.exec(text.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

/** Minor version from an image reference such as `kindest/node:v1.34.0@sha256:…`. */
export function parseImageMinor(image: string | null | undefined): string | undefined {
  if (!image) return undefined;
  const withoutDigest = image.split('@')[0];
  const colon = withoutDigest.lastIndexOf(':');
  if (colon < 0 || colon < withoutDigest.lastIndexOf('/')) return undefined;
  const tag = withoutDigest.slice(colon + 1);
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?/.exec(tag);
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// kubeadm-shaped string fields (kubeadm, kind's kubeadmConfigPatches, Cluster API): a value is read as
// text, never interpreted as a CIDR here — validation belongs to the engine and src/ranges.

/**
 * One YAML document as a reader sees it: the parsed document, where its nodes stand in the *outer* file
 * (embedded patches map their positions back), and the raw text of a node.
 */
export interface DocContext {
  doc: Document.Parsed;
  spanOf(node: Node | null | undefined): Span;
  rawOf(node: Node): string;
}

/**
 * A RangeRead that names the setting it read. `empty`: present with a null or empty value (kubeadm
 * defaulting treats that as absent; a merge patch treats null as "delete the field"); `unreadable`: a map
 * or a list where kubeadm expects a string.
 */
export type FieldRead = RangeRead & { setting: string };

/**
 * Map lookup that follows YAML merge keys (`<<: *base`) the way kubeadm and kind decode them: through
 * sigs.k8s.io/yaml (go-yaml v2), in document order — see mapEntry in yaml-source.ts for the exact rules and sources.
 */
export function lookup(doc: Document.Parsed, node: unknown, key: string): { key: Scalar; value: ParsedNode | null } | null {
  return mapEntry(doc, node, key);
}

/** Reads the value of `key` in `parent` (a map node), or undefined when the key is absent. */
export function readField(ctx: DocContext, parent: unknown, key: string, setting: string): FieldRead | undefined {
  const entry = lookup(ctx.doc, parent, key);
  if (!entry) return undefined;
  return readValue(ctx, entry.value, entry.key, setting);
}

/** Reads a string value node; `keyNode` gives the position when the value is empty. */
export function readValue(ctx: DocContext, node: ParsedNode | null, keyNode: Node | null, setting: string): FieldRead {
  const at = node ?? keyNode;
  const span = ctx.spanOf(at);
  if (node === null || (isScalar(node) && (node.value === null || node.value === undefined))) {
    return { kind: 'empty', span: ctx.spanOf(keyNode ?? node), setting };
  }
  const text = scalarText(node);
  if (text !== null) {
    const expression = findTemplate(text);
    if (expression) return { kind: 'template', expression, span, setting };
    if (text.trim() === '') return { kind: 'empty', span, setting };
    return { kind: 'value', text, span, setting };
  }
  const raw = ctx.rawOf(node);
  const expression = findTemplate(raw);
  if (expression) return { kind: 'template', expression, span, setting };
  return {
    kind: 'unreadable',
    reason: `${setting} is a ${isSeq(node) ? 'list' : isMap(node) ? 'map' : 'non-string value'}, not a string`,
    span,
    setting,
  };
}

/** The last value of flag `name` in a component's `extraArgs` (either shape, see extraArgEntry). */
export function readExtraArg(ctx: DocContext, component: unknown, name: string, settingPrefix: string): FieldRead | undefined {
  const args = lookup(ctx.doc, component, 'extraArgs');
  if (!args || args.value === null) return undefined;
  return readArgs(ctx, args.value, name, `${settingPrefix}.extraArgs.${name}`);
}

/** `readExtraArg` on the `extraArgs` node itself (map or list form). */
export function readArgs(ctx: DocContext, node: ParsedNode | null, name: string, setting: string): FieldRead | undefined {
  if (node === null) return undefined;
  if (isMap(node) || isSeq(node)) {
    const entry = extraArgEntry(ctx.doc, node, name);
    return entry ? readValue(ctx, entry.value, entry.key, setting) : undefined;
  }
  // extraArgs itself is a template (`{{ toYaml .Values.args }}`): unknown only if it could name the flag.
  const text = ctx.rawOf(node);
  const expression = findTemplate(text);
  if (expression && text.includes(name)) return { kind: 'template', expression, span: ctx.spanOf(node), setting };
  return undefined;
}

/**
 * The explicit Setting of a field read as a literal (kubeadm, kind): what every setting of the config shares
 * (`common`), then the field's subject, role, component and profile, its setting name, value and span.
 */
export function explicitSettingOf(
  common: Pick<Setting, 'format' | 'group'> & Partial<Pick<Setting, 'kubernetesVersion' | 'createOnly'>>,
): (read: Extract<FieldRead, { kind: 'value' }>, rest: Pick<Setting, 'subject' | 'role' | 'component' | 'profile'>) => Setting {
  return (read, rest) => ({ ...common, ...rest, setting: read.setting, value: read.text, origin: 'explicit', span: read.span });
}

/** The Problem that stands in for a field the gate cannot read (SPEC §3 unreadable-config). */
export function fieldProblem(read: FieldRead, format: string, hidesRange: boolean, consequence: string): Problem {
  const what =
    read.kind === 'template'
      ? `${read.setting} is templated (${read.expression})`
      : read.kind === 'unreadable'
        ? read.reason
        : `${read.setting} cannot be read`;
  return { line: read.span.line, column: read.span.column, message: `${what}: ${consequence}`, hidesRange, setting: read.setting, format };
}
