// kind's kubeadm patches: `kubeadmConfigPatches` (merge patches, inline kubeadm YAML) and
// `kubeadmConfigPatchesJSON6902` (RFC 6902 ops), applied by kind to the kubeadm config it generates from
// its own networking fields. Positions inside the embedded YAML are mapped back to the kind file.
// Upstream: kubernetes-sigs/kind pkg/internal/patch (kubeyaml.go, resource.go, kubeadm_merge.go) and
// pkg/cluster/internal/create/actions/config/config.go getKubeadmConfig (cluster patches first, then the
// node's own patches; merge patches before JSON 6902 patches).

import { isMap, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';
import type { Problem, Span } from '../../model.js';
import { CLUSTER_CIDR_FLAG, SERVICE_RANGE_FLAG, readClusterFields, type ClusterFields } from './kubeadm-cluster-configuration.js';
import { lookup, readArgs, readField, readValue, type DocContext, type FieldRead } from '../toolkit/read-values.js';
import { documentKind, embeddedText, getPath, scalarText, Source } from '../toolkit/yaml-source.js';

/** The kubeadm fields a patch can change, as kind would leave them for `kubeadm init`. */
export type TrackedKey = 'serviceSubnet' | 'podSubnet' | 'apiServerRange' | 'controllerManagerRange' | 'controllerManagerClusterCidr';

/**
 * A tracked field's state after the patches so far: `undefined` = untouched by any patch (kind's own
 * field decides); a read of kind 'empty' = the patch deleted the field (JSON merge patch null,
 * JSON 6902 remove), so kubeadm's own default applies.
 */
export type PatchState = Partial<Record<TrackedKey, FieldRead>>;

const SERVICE_RANGE_KEYS = /serviceSubnet|service-cluster-ip-range/;

/** Where a patch string stands in the kind file, and its name in messages. */
export interface PatchRef {
  node: ParsedNode;
  label: string;
}

/**
 * The embedded patch text as a DocContext per YAML document, positions mapped to the outer file.
 * Returns null when the node is not a string (a templated or malformed entry).
 */
function embeddedDocuments(outer: Source, node: ParsedNode): { inner: Source; contexts: DocContext[]; map: (s: Span) => Span } | null {
  if (!isScalar(node)) return null;
  const embedded = embeddedText(outer, node);
  if (!embedded) return null;
  const inner = new Source(outer.path, embedded.text);
  const map = (s: Span): Span => {
    const a = embedded.toOuter(s.line, s.column);
    const b = embedded.toOuter(s.endLine, s.endColumn);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const contexts = (inner.yaml?.documents ?? []).map((doc) => ({
    doc,
    spanOf: (n: Node | null | undefined) => map(inner.spanOf(n)),
    rawOf: (n: Node) => (n.range ? inner.text.slice(n.range[0], n.range[1]) : ''),
  }));
  return { inner, contexts, map };
}

/** A YAML error inside a patch that names a Service range key hides the range (kind would fail too). */
function damagedPatch(inner: Source, map: (s: Span) => Span, label: string, format: string, state: PatchState): Problem | null {
  const err = inner.yaml?.problems[0];
  if (!err || !SERVICE_RANGE_KEYS.test(inner.text)) return null;
  const span = map({ line: err.line, column: err.column ?? 1, endLine: err.line, endColumn: err.column ?? 1 });
  const setting = `${label}: networking.serviceSubnet`;
  state.serviceSubnet = { kind: 'unreadable', reason: `${label} is not valid YAML`, span, setting };
  return {
    line: span.line,
    column: span.column,
    message: `${label} is not valid YAML (${err.message}): the Service range it sets cannot be read`,
    hidesRange: true,
    setting,
    format,
  };
}

/**
 * kubeadm API versions kind generates for a Kubernetes minor version (kubernetes-sigs/kind
 * pkg/cluster/internal/kubeadm/config.go Config: v1beta1 before 1.15, v1beta2 before 1.23, v1beta3 after;
 * newer kind releases move to v1beta4 from 1.36, so both are accepted there). null = version unknown.
 */
export function kindKubeadmVersions(minor: string | undefined): readonly string[] | null {
  if (!minor) return null;
  const [major, min] = minor.split('.').map(Number);
  if (major !== 1) return null;
  if (min < 15) return ['v1beta1'];
  if (min < 23) return ['v1beta2'];
  if (min < 36) return ['v1beta3'];
  return ['v1beta3', 'v1beta4'];
}

type Match = 'match' | 'other' | 'version-mismatch';

/**
 * kind's patch matching (pkg/internal/patch/resource.go matches): kind must be ClusterConfiguration; an
 * apiVersion, when set, must be of kubeadm's group and, when it names a version, of the generated version.
 * A patch pinned to another version is silently ignored by kind: we ignore it too, and say so.
 */
function matchClusterConfiguration(kind: string | null, apiVersion: string | null, versions: readonly string[] | null): Match {
  if (kind !== 'ClusterConfiguration') return 'other';
  if (apiVersion === null || apiVersion === '') return 'match';
  const slash = apiVersion.lastIndexOf('/');
  const group = slash >= 0 ? apiVersion.slice(0, slash) : '';
  const version = slash >= 0 ? apiVersion.slice(slash + 1) : apiVersion;
  if (group !== 'kubeadm.k8s.io') return 'other';
  if (version === '' || versions === null || versions.includes(version)) return 'match';
  return 'version-mismatch';
}

function ignoredPatchProblem(span: Span, label: string, apiVersion: string, versions: readonly string[], format: string): Problem {
  return {
    line: span.line,
    column: span.column,
    message: `${label} targets ${apiVersion}, but kind generates kubeadm.k8s.io/${versions.join(' or ')} for this node image, so kind ignores the patch (omit the version in apiVersion to match any)`,
    format,
  };
}

const relabel = (read: FieldRead | undefined, label: string): FieldRead | undefined =>
  read ? { ...read, setting: `${label}: ${read.setting}` } : undefined;

/** Applies one `kubeadmConfigPatches` entry (one or more YAML documents) to the state. */
export function applyMergePatch(
  outer: Source,
  ref: PatchRef,
  versions: readonly string[] | null,
  state: PatchState,
  problems: Problem[],
  format: string,
): void {
  const parsed = embeddedDocuments(outer, ref.node);
  if (!parsed) return;
  const damaged = damagedPatch(parsed.inner, parsed.map, ref.label, format, state);
  if (damaged) {
    problems.push(damaged);
    return;
  }
  for (const ctx of parsed.contexts) {
    const { kind, apiVersion } = documentKind(ctx.doc);
    const match = matchClusterConfiguration(kind, apiVersion, versions);
    if (match === 'version-mismatch' && versions) {
      problems.push(
        ignoredPatchProblem(ctx.spanOf(lookup(ctx.doc, ctx.doc.contents, 'apiVersion')?.value), ref.label, apiVersion ?? '', versions, format),
      );
    }
    if (match !== 'match') continue;
    const fields: ClusterFields = readClusterFields(ctx, ctx.doc.contents);
    for (const key of ['serviceSubnet', 'podSubnet', 'apiServerRange', 'controllerManagerRange', 'controllerManagerClusterCidr'] as const) {
      const read = relabel(fields[key], ref.label);
      if (read) state[key] = read;
    }
  }
}

interface Tracked {
  key: TrackedKey;
  /** Path of the field for plain fields; path of the `extraArgs` node for flags. */
  path: readonly string[];
  flag?: string;
}

const TRACKED: readonly Tracked[] = [
  { key: 'serviceSubnet', path: ['networking', 'serviceSubnet'] },
  { key: 'podSubnet', path: ['networking', 'podSubnet'] },
  { key: 'apiServerRange', path: ['apiServer', 'extraArgs'], flag: SERVICE_RANGE_FLAG },
  { key: 'controllerManagerRange', path: ['controllerManager', 'extraArgs'], flag: SERVICE_RANGE_FLAG },
  { key: 'controllerManagerClusterCidr', path: ['controllerManager', 'extraArgs'], flag: CLUSTER_CIDR_FLAG },
];

/** RFC 6901 pointer to segments ('' is the whole document). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const isPrefix = (a: readonly string[], b: readonly string[]): boolean => a.length <= b.length && a.every((x, i) => x === b[i]);

/** Applies one `kubeadmConfigPatchesJSON6902` entry (`{group, version, kind, patch}`) to the state. */
export function applyJson6902Patch(
  outer: Source,
  ctxOuter: DocContext,
  entry: ParsedNode,
  label: string,
  versions: readonly string[] | null,
  state: PatchState,
  problems: Problem[],
  format: string,
): void {
  const { doc } = ctxOuter;
  const kind = scalarText(lookup(doc, entry, 'kind')?.value ?? null);
  const group = scalarText(lookup(doc, entry, 'group')?.value ?? null) ?? '';
  const version = scalarText(lookup(doc, entry, 'version')?.value ?? null) ?? '';
  // matchinfo.go groupVersionToAPIVersion: group "" gives apiVersion = version.
  const apiVersion = group === '' ? version : `${group}/${version}`;
  const match = matchClusterConfiguration(kind, apiVersion, versions);
  if (match === 'version-mismatch' && versions) {
    problems.push(ignoredPatchProblem(ctxOuter.spanOf(lookup(doc, entry, 'version')?.value), label, apiVersion, versions, format));
  }
  if (match !== 'match') return;
  const patchNode = lookup(doc, entry, 'patch')?.value ?? null;
  if (!patchNode) return;
  const parsed = embeddedDocuments(outer, patchNode);
  if (!parsed) return;
  const damaged = damagedPatch(parsed.inner, parsed.map, label, format, state);
  if (damaged) {
    problems.push(damaged);
    return;
  }
  const ctx = parsed.contexts[0];
  if (!ctx || !isSeq(ctx.doc.contents)) return;
  ctx.doc.contents.items.forEach((raw, i) => {
    applyOperation(ctx, getPath(ctx.doc, raw, []), `${label}[${i}]`, state);
  });
}

function applyOperation(ctx: DocContext, op: ParsedNode | null, label: string, state: PatchState): void {
  if (!isMap(op)) return;
  const name = scalarText(lookup(ctx.doc, op, 'op')?.value ?? null);
  const pathEntry = lookup(ctx.doc, op, 'path');
  const pointer = scalarText(pathEntry?.value ?? null);
  if (!name || pointer === null || !pathEntry) return;
  const path = parsePointer(pointer);
  const value = lookup(ctx.doc, op, 'value');
  const fromText = scalarText(lookup(ctx.doc, op, 'from')?.value ?? null);
  const opSpan = ctx.spanOf(pathEntry.value);
  const setting = `${label} ${name} ${pointer}`;

  for (const t of TRACKED) {
    const full = t.flag ? [...t.path, t.flag] : t.path;
    const touches = (p: readonly string[]) => isPrefix(p, full) || isPrefix(full, p) || (t.flag !== undefined && isPrefix(t.path, p));
    if (name === 'test') continue;
    if (name === 'move' || name === 'copy') {
      const from = fromText !== null ? parsePointer(fromText) : null;
      if (touches(path) || (name === 'move' && from && touches(from))) {
        state[t.key] = {
          kind: 'unreadable',
          reason: `${setting} (a JSON 6902 '${name}') changes ${full.join('.')} in a way the gate does not follow`,
          span: opSpan,
          setting,
        };
      }
      continue;
    }
    if (name === 'remove') {
      if (isPrefix(path, full)) state[t.key] = { kind: 'empty', span: opSpan, setting };
      continue;
    }
    if (name !== 'add' && name !== 'replace') continue;
    if (isPrefix(path, t.path) && (!t.flag || path.length <= t.path.length)) {
      // The op writes the field's container (or the field itself): read the field from the new value.
      const v = value?.value ?? null;
      const rest = t.path.slice(path.length);
      let read: FieldRead | undefined;
      if (t.flag) {
        const argsNode = rest.length ? getPath(ctx.doc, v, rest) : v;
        read = readArgs(ctx, argsNode, t.flag, setting);
      } else if (rest.length === 0) {
        read = readValue(ctx, v, value?.key ?? null, setting);
      } else {
        read = readField(ctx, getPath(ctx.doc, v, rest.slice(0, -1)), rest[rest.length - 1], setting);
      }
      // Replacing a container that no longer holds the field removes it.
      state[t.key] = read ?? { kind: 'empty', span: opSpan, setting };
      continue;
    }
    if (t.flag && isPrefix(t.path, path) && path.length === t.path.length + 1) {
      const seg = path[path.length - 1];
      const v = value?.value ?? null;
      if (seg === t.flag) {
        // Map form: /apiServer/extraArgs/service-cluster-ip-range
        state[t.key] = readValue(ctx, v, value?.key ?? null, setting);
      } else if (seg === '-' || /^\d+$/.test(seg)) {
        // List form (v1beta4): an {name, value} item appended or inserted.
        if (isMap(v) && scalarText(lookup(ctx.doc, v, 'name')?.value ?? null) === t.flag) {
          const item = lookup(ctx.doc, v, 'value');
          state[t.key] = item ? readValue(ctx, item.value, item.key, setting) : { kind: 'empty', span: opSpan, setting };
        }
      }
      continue;
    }
    if (!t.flag && isPrefix(full, path) && path.length > full.length) {
      state[t.key] = { kind: 'unreadable', reason: `${setting} writes inside ${full.join('.')}, which must be a string`, span: opSpan, setting };
    }
  }
}
