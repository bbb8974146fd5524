// A YAML format described as data, and the one reader that runs every declaration.
//
// A declaration says: which documents are the format's (signature), where the config sits in them (roots),
// how a cluster's identity is built (group), where the Kubernetes version comes from, whether the platform
// fixes the Service range at creation, and its fields — each with its role, the component that reads it,
// an override that wins over it, and the default that applies when it is absent or empty. The reader below
// turns that into Settings and Problems with the reading toolkit; a format whose reading is truly its own
// (kind's patches, kops' field generations, Terraform's HCL, k3s' CLI-style keys) stays code in
// src/formats/distributions/.
//
// Rules every declared format shares (the same as the hand-written readers they replace):
// - a literal value is a Setting at the value's exact span;
// - a templated value is a Problem that hides the range when the field is the Service range, and nothing
//   otherwise; never a default in its place;
// - an absent, empty or unreadable value gets the field's default (at the key of its closest present parent),
//   or nothing when the platform's default is not knowable from the file.

import type { Document, ParsedNode } from 'yaml';
import { isMap } from 'yaml';
import type { Component, Extraction, Problem, Setting, SettingRole, ValidationProfile } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { getPath, lineSpan, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import {
  extraArgNode,
  guardExtraction,
  keySpan,
  makeSetting,
  mergeExtractions,
  minorVersion,
  readRange,
  readScalar,
  templateProblem,
  unreadableProblem,
  type SettingContext,
} from '../toolkit/read-values.js';

type Path = readonly string[];

export interface FieldDeclaration {
  /** Subject of the setting inside the group (`<group>/<subject>`). */
  subject: string;
  role: SettingRole;
  component: Component;
  /** Path of the typed field from the config root; the setting is named by it. */
  path: Path;
  /**
   * Read the flag from a component's `extraArgs` (map or `{name, value}` list) at `path` instead of a typed
   * field; the setting is named `<path>.<flag>`.
   */
  extraArg?: string;
  /** A list of ranges (joined with ',') rather than one scalar. */
  list?: boolean;
  /** A field that wins over `path` when its key is present (e.g. an `extra_args` flag). */
  override?: Path;
  /**
   * The platform's value when the field is absent or empty; none when it is not knowable from the file.
   * It points at the key of `anchor` when given, else at the key of the field's closest present parent.
   */
  default?: { value: string; note: string; anchor?: Path };
}

/**
 * The `--service-cluster-ip-range` flag in the `extraArgs` of kube-apiserver and of kube-controller-manager
 * (subjects `kube-apiserver` and `kube-controller-manager`): the two component fields of Talos, k0s and the like.
 */
export function serviceRangeExtraArgs(apiServerArgs: Path, controllerManagerArgs: Path): FieldDeclaration[] {
  return [
    { subject: 'kube-apiserver', role: 'service-range', component: 'kube-apiserver', path: apiServerArgs, extraArg: 'service-cluster-ip-range' },
    {
      subject: 'kube-controller-manager',
      role: 'service-range',
      component: 'kube-controller-manager',
      path: controllerManagerArgs,
      extraArg: 'service-cluster-ip-range',
    },
  ];
}

/** The fields of a format and what all its settings share. */
export interface FieldsDeclaration {
  id: string;
  /** Paths tried in order for the Kubernetes version (loose: `v1.33.1`, `rancher/hyperkube:v1.11.1`). */
  kubernetesVersion?: readonly Path[];
  profile?: ValidationProfile;
  /** The platform fixes the Service range at creation: how it says so. */
  immutable?: string;
  /**
   * Report every value the gate cannot read: a templated or unreadable pod range or flag is a problem too (not
   * hiding the Service range), and an unreadable value is a problem rather than absent. Without it only a
   * templated Service range is reported and anything else that is not a literal counts as absent.
   */
  reportEveryHiddenValue?: boolean;
  fields: readonly FieldDeclaration[];
}

/** A whole YAML format: which documents are its own, where its config sits, and a cluster's identity. */
export interface YamlFormatDeclaration extends FieldsDeclaration {
  /** Which documents are this format's. */
  signature: {
    /** `kind` at the document root; null: the config root must have no `kind` at all. */
    kind: string | null;
    apiVersionPrefix?: string;
    /** The map at `path` (from the config root) must hold at least one of `keys`. */
    anyKeyUnder?: { path: Path; keys: readonly string[] };
    /**
     * The map at `path` must hold every one of `keys`: for kind-less vars files, where one key name alone is
     * not a signature (issue 11), the keys the project's own schema requires are.
     */
    allKeysUnder?: { path: Path; keys: readonly string[] };
  };
  /** Where the config sits: the first root whose node is a map, with the prefix its setting names take. */
  roots?: readonly { path: Path; settingPrefix: string }[];
  /** Identity of one cluster: `<id>/<name, or #document index><suffixes>`. */
  group: { name: Path; suffixes?: readonly { path: Path; prefix: string }[] };
}

/** The FormatExtractor that runs one declaration. */
export function declaredFormat(decl: YamlFormatDeclaration): FormatExtractor {
  return {
    id: decl.id,
    extract: (source) =>
      guardExtraction(decl.id, () => {
        const yaml = source.yaml;
        if (!yaml) return EMPTY_EXTRACTION;
        return mergeExtractions(yaml.documents.map((doc, i) => readDocument(decl, source, doc, i)));
      }),
  };
}

function readDocument(decl: YamlFormatDeclaration, source: Source, doc: Document.Parsed, index: number): Extraction {
  const top = doc.contents as ParsedNode | null;
  let root: ParsedNode | null = top;
  let prefix = '';
  for (const r of decl.roots ?? [{ path: [], settingPrefix: '' }]) {
    const node = r.path.length ? getPath(doc, top, r.path) : top;
    if (isMap(node)) {
      root = node;
      prefix = r.settingPrefix;
      break;
    }
  }
  if (!isMap(root) || !matches(decl, doc, root)) return EMPTY_EXTRACTION;

  const text = (path: Path) => scalarText(getPath(doc, root, path));
  let group = `${decl.id}/${text(decl.group.name) ?? `#${index}`}`;
  for (const s of decl.group.suffixes ?? []) {
    const part = text(s.path);
    if (part) group += `${s.prefix}${part}`;
  }
  return readDeclaredFields(decl, source, doc, { root, group, settingPrefix: prefix });
}

/**
 * Reads the fields of one declaration from one config root. Formats whose document recognition or identity
 * is their own (Talos' patches and numbered documents) call this with the group they built.
 */
export function readDeclaredFields(
  decl: FieldsDeclaration,
  source: Source,
  doc: Document.Parsed,
  opts: { root: ParsedNode; group: string; settingPrefix?: string; withDefaults?: boolean; kubernetesVersion?: string },
): Extraction {
  const { root, group } = opts;
  const prefix = opts.settingPrefix ?? '';
  const withDefaults = opts.withDefaults ?? true;
  const text = (path: Path) => scalarText(getPath(doc, root, path));
  let kubernetesVersion = opts.kubernetesVersion;
  for (const p of decl.kubernetesVersion ?? []) kubernetesVersion ??= minorVersion(text(p));
  const ctx: SettingContext = { format: decl.id, group, profile: decl.profile ?? 'apiserver', immutable: decl.immutable, kubernetesVersion };
  const strict = decl.reportEveryHiddenValue === true;

  const settings: Setting[] = [];
  const problems: Problem[] = [];
  for (const f of decl.fields) {
    const subject = `${group}/${f.subject}`;
    let node: ParsedNode | null;
    let setting: string;
    let present: boolean;
    if (f.extraArg !== undefined) {
      node = extraArgNode(doc, getPath(doc, root, f.path), f.extraArg);
      setting = prefix + [...f.path, f.extraArg].join('.');
      present = node !== null;
    } else {
      const override = f.override ? entryAt(doc, root, f.override) : null;
      const chosen = override ?? entryAt(doc, root, f.path);
      node = chosen?.value ?? null;
      setting = prefix + (override ? f.override! : f.path).join('.');
      present = chosen !== null;
    }
    if (present) {
      const hides = f.role === 'service-range';
      const read = f.list || strict ? readRange(source, doc, node) : readScalar(source, node);
      if (read.kind === 'template') {
        if (hides || strict) problems.push(templateProblem(decl.id, setting, read.span, read.expression, hides));
        continue;
      }
      if (read.kind === 'unreadable' && strict) {
        problems.push(unreadableProblem(decl.id, setting, read.span, read.reason, hides));
        continue;
      }
      if (read.kind === 'value') {
        settings.push(
          makeSetting(ctx, { subject, role: f.role, component: f.component, setting, value: read.text, origin: 'explicit', span: read.span }),
        );
        continue;
      }
    }
    if (!f.default || !withDefaults) continue;
    const anchor = f.default.anchor ? entryAt(doc, root, f.default.anchor) : null;
    settings.push(
      makeSetting(ctx, {
        subject,
        role: f.role,
        component: f.component,
        setting: prefix + f.path.join('.'),
        value: f.default.value,
        origin: 'default',
        span: f.default.anchor ? (anchor ? keySpan(source, anchor.key) : lineSpan(1)) : closestParentSpan(source, doc, root, f.path),
        defaultNote: f.default.note,
      }),
    );
  }
  return { settings, problems };
}

function matches(decl: YamlFormatDeclaration, doc: Document.Parsed, root: ParsedNode): boolean {
  const sig = decl.signature;
  if (sig.kind === null) {
    if (scalarText(getPath(doc, root, ['kind'])) !== null) return false;
  } else {
    if (scalarText(getPath(doc, doc.contents, ['kind'])) !== sig.kind) return false;
    const apiVersion = scalarText(getPath(doc, doc.contents, ['apiVersion']));
    if (sig.apiVersionPrefix !== undefined && !apiVersion?.startsWith(sig.apiVersionPrefix)) return false;
  }
  if (sig.anyKeyUnder) {
    const under = getPath(doc, root, sig.anyKeyUnder.path);
    if (!isMap(under) || !sig.anyKeyUnder.keys.some((k) => mapEntry(doc, under, k) !== null)) return false;
  }
  if (sig.allKeysUnder) {
    const under = getPath(doc, root, sig.allKeysUnder.path);
    if (!isMap(under) || !sig.allKeysUnder.keys.every((k) => mapEntry(doc, under, k) !== null)) return false;
  }
  return true;
}

/** The entry (key and value) at a path, or null when any key on the way is absent. */
function entryAt(doc: Document.Parsed, root: ParsedNode, path: Path): ReturnType<typeof mapEntry> {
  return mapEntry(doc, getPath(doc, root, path.slice(0, -1)), path[path.length - 1]);
}

/** Where a default points: the key of the field's closest present parent, or line 1. */
function closestParentSpan(source: Source, doc: Document.Parsed, root: ParsedNode, path: Path) {
  for (let n = path.length - 1; n >= 1; n--) {
    const entry = entryAt(doc, root, path.slice(0, n));
    if (entry) return keySpan(source, entry.key);
  }
  return lineSpan(1);
}
