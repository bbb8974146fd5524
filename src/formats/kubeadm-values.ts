// Reading one kubeadm-shaped value with its position: the small vocabulary shared by the kubeadm extractor
// and kind's kubeadmConfigPatches (which are kubeadm YAML embedded in a kind config). A value is read as
// text, never interpreted as a CIDR here: validation belongs to the engine and src/ranges.

import { isMap, isScalar, isSeq, type Document, type Node, type ParsedNode, type Scalar } from 'yaml';
import type { Problem, Span } from '../model.js';
import { deref, mapEntry, scalarText } from './source.js';
import { findTemplateExpression as findTemplate } from './templates.js';

/** Shared with the other formats (src/formats/templates.ts). */
export { findTemplate };

/**
 * One YAML document as a reader sees it: the parsed document, where its nodes stand in the *outer* file
 * (embedded patches map their positions back), and the raw text of a node (for templates that YAML
 * parsed as something other than a string, e.g. `{{ .Values.cidr }}` read as a flow map).
 */
export interface DocContext {
  doc: Document.Parsed;
  spanOf(node: Node | null | undefined): Span;
  rawOf(node: Node): string;
}

/**
 * What a configuration key holds:
 * - value: a literal string (numbers as written);
 * - empty: the key is present with a null or empty value (kubeadm defaulting treats that as absent; a
 *   merge patch treats null as "delete the field");
 * - template: the value is (or contains) a template expression, so the rendered value is unknown;
 * - unreadable: the value is not a string (a map or a list) and not a template either.
 */
export type FieldRead =
  | { state: 'value'; text: string; span: Span; setting: string }
  | { state: 'empty'; span: Span; setting: string }
  | { state: 'template'; expression: string; span: Span; setting: string }
  | { state: 'unreadable'; reason: string; span: Span; setting: string };

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

/**
 * Map lookup that follows YAML merge keys (`<<: *base`) the way kubeadm and kind decode them: through
 * sigs.k8s.io/yaml (go-yaml v2), in document order — see mapEntry in source.ts for the exact rules and sources.
 */
export function lookup(doc: Document.Parsed, node: unknown, key: string): { key: Scalar; value: ParsedNode | null } | null {
  return mapEntry(doc, node, key);
}

/** Walks a key path with `lookup`; returns the value node (null when a key is absent or has no value). */
export function lookupPath(doc: Document.Parsed, node: unknown, path: readonly string[]): ParsedNode | null {
  let cur: ParsedNode | null = deref(doc, node);
  for (const key of path) {
    const entry = lookup(doc, cur, key);
    if (!entry) return null;
    cur = entry.value;
  }
  return cur;
}

/** Reads the value of `key` in `parent` (a map node), or undefined when the key is absent. */
export function readField(ctx: DocContext, parent: unknown, key: string, setting: string): FieldRead | undefined {
  const entry = lookup(ctx.doc, parent, key);
  if (!entry) return undefined;
  return readValue(ctx, entry.value, entry.key, setting);
}

/** Reads a value node; `keyNode` gives the position when the value is empty. */
export function readValue(ctx: DocContext, node: ParsedNode | null, keyNode: Node | null, setting: string): FieldRead {
  const at = node ?? keyNode;
  const span = ctx.spanOf(at);
  if (node === null || (isScalar(node) && (node.value === null || node.value === undefined))) {
    return { state: 'empty', span: ctx.spanOf(keyNode ?? node), setting };
  }
  const text = scalarText(node);
  if (text !== null) {
    const expression = findTemplate(text);
    if (expression) return { state: 'template', expression, span, setting };
    if (text.trim() === '') return { state: 'empty', span, setting };
    return { state: 'value', text, span, setting };
  }
  const raw = ctx.rawOf(node);
  const expression = findTemplate(raw);
  if (expression) return { state: 'template', expression, span, setting };
  return { state: 'unreadable', reason: `${setting} is a ${isSeq(node) ? 'list' : isMap(node) ? 'map' : 'non-string value'}, not a string`, span, setting };
}

/**
 * The last value of flag `name` in a component's `extraArgs`, in either form:
 * v1beta3 and older a map (`name: value`; a duplicate key: the last wins, as in go-yaml's decoding),
 * v1beta4 a list of `{name, value}` where duplicates are allowed and all are passed on the command line,
 * so the component's flag parsing keeps the last (kubernetes/kubernetes
 * cmd/kubeadm/app/util/arguments.go ArgumentsToCommand; cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go Arg).
 * Both forms are accepted whatever the apiVersion says: the user's intent is unambiguous either way.
 */
export function readExtraArg(
  ctx: DocContext,
  component: unknown,
  name: string,
  settingPrefix: string,
): FieldRead | undefined {
  const args = lookup(ctx.doc, component, 'extraArgs');
  if (!args || args.value === null) return undefined;
  return readArgs(ctx, args.value, name, `${settingPrefix}.extraArgs.${name}`);
}

/** `readExtraArg` on the `extraArgs` node itself (map or list form). */
export function readArgs(ctx: DocContext, node: ParsedNode | null, name: string, setting: string): FieldRead | undefined {
  if (node === null) return undefined;
  if (isMap(node)) return readField(ctx, node, name, setting);
  if (isSeq(node)) {
    let found: FieldRead | undefined;
    for (const raw of node.items) {
      const item = deref(ctx.doc, raw);
      const n = lookup(ctx.doc, item, 'name');
      if (!n || scalarText(n.value) !== name) continue;
      const v = lookup(ctx.doc, item, 'value');
      found = v ? readValue(ctx, v.value, v.key, setting) : { state: 'empty', span: ctx.spanOf(n.value), setting };
    }
    return found;
  }
  // extraArgs itself is a template (`{{ toYaml .Values.args }}`): unknown only if it could name the flag.
  const rawText = ctx.rawOf(node);
  const expression = findTemplate(rawText);
  if (expression && rawText.includes(name)) return { state: 'template', expression, span: ctx.spanOf(node), setting };
  return undefined;
}

/** The Problem that stands in for a value the gate cannot read (SPEC §3 unreadable-config). */
export function unreadableProblem(read: FieldRead, format: string, hidesRange: boolean, consequence: string): Problem {
  const what =
    read.state === 'template'
      ? `${read.setting} is templated (${read.expression})`
      : read.state === 'unreadable'
        ? read.reason
        : `${read.setting} cannot be read`;
  return {
    line: read.span.line,
    column: read.span.column,
    message: `${what}: ${consequence}`,
    hidesRange,
    setting: read.setting,
    format,
  };
}
