// Control-plane workloads: any Pod / Deployment / DaemonSet / StatefulSet (also the pre-1.16 extensions/v1beta1
// and apps/v1beta* Deployments of self-hosted control planes) whose container runs kube-apiserver or
// kube-controller-manager — static pod manifests (/etc/kubernetes/manifests), bootkube/vcluster style
// Deployments, and the same manifests embedded in block scalars (kops nodeup config, cloud-config write_files).
// Recognised by the program in command/args, never by file name. Other programs that take a
// --service-cluster-ip-range flag (kube-router, kube-ovn, …) consume the range and are not read.

import { isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import type { Extraction, Problem, Setting, Span } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import type { Arg } from './2a-tokenise-shell.js';
import { findInvocations, type Invocation } from './2b-find-invocations.js';
import { controlPlaneGroup, settingsFromInvocation } from './4-invocation-settings.js';
import { documentKind, embeddedText, getPath, mapEntry, scalarText, seqItems, Source } from '../toolkit/yaml-source.js';
import { scalarArg } from './2-yaml-args.js';
import { mapSpan } from '../toolkit/read-values.js';
import { substituteKubernetes, type Lookup, type VariableState } from './variables.js';

export const MANIFEST_FORMAT_ID = 'manifest';

/** Kinds whose pod template can run a control-plane container. */
const POD_KINDS = new Set(['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']);
/** Embedded manifests inside embedded manifests are not followed further (kops nodeup → static pod is one level). */
export const MAX_EMBED_DEPTH = 2;
/** Container images whose entrypoint is the control-plane program itself (used when only `args` is given). */
const IMAGE_PROGRAM = /^(kube-apiserver|kube-controller-manager)(-(amd64|arm64|arm|ppc64le|s390x))?$/;
const VERSIONED_IMAGE = /^(kube-apiserver|kube-controller-manager|hyperkube)(-(amd64|arm64|arm|ppc64le|s390x))?$/;
/** Cheap pre-check before parsing a block scalar as YAML. */
const MENTIONS_PROGRAM = /kube-apiserver|kube-controller-manager|hyperkube/;

export const workloadsFormat: FormatExtractor = {
  id: MANIFEST_FORMAT_ID,
  extract(source: Source): Extraction {
    try {
      return extractWorkloads(source, 0);
    } catch (e) {
      // Extractors never throw (toolkit/extractor.ts): an unexpected shape becomes a problem at line 1.
      return {
        settings: [],
        problems: [
          { line: 1, message: `control-plane manifest could not be read: ${e instanceof Error ? e.message : String(e)}`, format: MANIFEST_FORMAT_ID },
        ],
      };
    }
  },
};

/**
 * The Kubernetes minor version of a control-plane image tag: `registry.k8s.io/kube-apiserver:v1.33.1` -> '1.33',
 * `hyperkube:v1.5.1_coreos.0` -> '1.5'. Other images (a shell image running `sh -c`) say nothing.
 */
export function versionFromImage(image: string | null): string | undefined {
  if (!image) return undefined;
  const at = image.indexOf('@');
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  if (colon < 0 || ref.indexOf('/', colon) >= 0) return undefined;
  const repo = ref.slice(0, colon).replace(/^.*\//, '');
  if (!VERSIONED_IMAGE.test(repo)) return undefined;
  const m = /^v?(\d+)\.(\d+)(?:[.\-_+]|$)/.exec(ref.slice(colon + 1));
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

function imageRepoName(image: string | null): string | null {
  if (!image) return null;
  const noDigest = image.split('@')[0];
  const colon = noDigest.lastIndexOf(':');
  const ref = colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
  return ref.replace(/^.*\//, '');
}

function extractWorkloads(source: Source, depth: number): Extraction {
  const yaml = source.yaml;
  if (!yaml || yaml.documents.length === 0) return EMPTY_EXTRACTION;
  const starts = source.lineStarts();
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const addUnique = (r: Extraction) => {
    for (const s of r.settings) {
      let subject = s.subject;
      for (let n = 2; seen.has(`${s.role}|${subject}`); n++) subject = `${s.subject}#${n}`;
      seen.add(`${s.role}|${subject}`);
      settings.push(subject === s.subject ? s : { ...s, subject });
    }
    problems.push(...r.problems);
  };

  for (const doc of yaml.documents) {
    // A document with syntax errors (a Helm/Jinja template) has an unreliable structure: a `{% if %}` line cuts
    // a command list short, and reading the rest would invent the 10.0.0.0/24 default. Such files are read as
    // text by text-carriers-format.ts, and the engine reports the YAML error where the file names a range.
    if (doc.errors.length > 0) continue;
    const { kind } = documentKind(doc);
    if (kind && POD_KINDS.has(kind)) addUnique(readWorkload(source, doc, kind, starts));
    if (depth < MAX_EMBED_DEPTH) {
      for (const node of blockScalars(doc.contents)) addUnique(readEmbedded(source, node, depth));
    }
  }
  return { settings, problems };
}

function readWorkload(source: Source, doc: Document.Parsed, kind: string, starts: readonly number[]): Extraction {
  const root = doc.contents;
  const name = scalarText(getPath(doc, root, ['metadata', 'name'])) ?? '';
  const namespace = scalarText(getPath(doc, root, ['metadata', 'namespace'])) ?? 'default';
  const podSpec = kind === 'Pod' ? getPath(doc, root, ['spec']) : getPath(doc, root, ['spec', 'template', 'spec']);
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  for (const container of seqItems(doc, mapEntry(doc, podSpec, 'containers')?.value)) {
    const containerName = scalarText(getPath(doc, container, ['name'])) ?? '';
    const image = scalarText(getPath(doc, container, ['image']));
    const command = mapEntry(doc, container, 'command');
    const args = mapEntry(doc, container, 'args');
    const argv: Arg[] = [];
    const env = containerEnvironment(source, doc, container, starts);
    if (command) argv.push(...itemsAsArgs(source, doc, command.value, starts, 'command'));
    else if (args && IMAGE_PROGRAM.test(imageRepoName(image) ?? '')) {
      // No command: the image's entrypoint runs; for images named after the program, that is the program.
      const at = args.key.range?.[0] ?? 0;
      argv.push({ text: imageRepoName(image) ?? '', offsets: [at, at + 'args'.length], tag: 'args' });
    }
    if (args) argv.push(...itemsAsArgs(source, doc, args.value, starts, 'args'));
    const keySpan = (tag: string | undefined): Span => {
      const entry = tag === 'args' ? args : (command ?? args);
      return entry?.key.range ? source.span(entry.key.range[0], entry.key.range[1]) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    };
    const defined = definedEnvNames(doc, container);
    const done = new Set<string>();
    // The kubelet expands `$(VAR)` in command/args from the container's env (ExpandContainerCommandAndArgs);
    // an `sh -c` script then sees the same env as shell variables.
    const expanded = argv.flatMap((a): Arg[] => {
      const r = substituteKubernetes(a, env.kubernetes);
      return r.kind === 'words' ? r.words : [{ ...a, unresolved: r.unresolved }];
    });
    for (const inv of findInvocations(expanded, 0, env.shell)) {
      // One setting per (container, component): a second invocation of the same program is not the running one.
      if (done.has(inv.component)) continue;
      done.add(inv.component);
      const r = settingsFromInvocation(inv, {
        source,
        format: MANIFEST_FORMAT_ID,
        subjectPrefix: `manifest/${kind}/${namespace}/${name}/${containerName}`,
        group: controlPlaneGroup(source.path),
        kubernetesVersion: versionFromImage(image),
        defaultSpan: keySpan(programTag(inv)),
        absentMeansDefault: true,
        literalReference: (name) => defined !== null && !defined.has(name) && !SERVICE_LINK_NAME.test(name),
      });
      settings.push(...r.settings);
      problems.push(...r.problems);
    }
  }
  return { settings, problems };
}

function programTag(inv: Invocation): string | undefined {
  return inv.program.tag;
}

function itemsAsArgs(source: Source, doc: Document.Parsed, node: unknown, starts: readonly number[], tag: string): Arg[] {
  const out: Arg[] = [];
  for (const item of seqItems(doc, node)) {
    const arg = scalarArg(source, item, starts, tag);
    if (arg) out.push(arg);
  }
  return out;
}

/**
 * A container's environment as the kubelet builds it (kubernetes/kubernetes pkg/kubelet/kubelet_pods.go
 * makeEnvironmentVariables): `envFrom` first, then `env` in order, each value expanded with
 * third_party/forked/golang/expansion Expand against the variables defined before it (a reference to a later or
 * unknown name stays as written), a later duplicate replacing an earlier one. `valueFrom` (and any name `envFrom`
 * or a Service link may define) is unknown here. `kubernetes` answers `$(VAR)` in command/args, `shell` the
 * variables an `sh -c` script sees.
 */
function containerEnvironment(
  source: Source,
  doc: Document.Parsed,
  container: unknown,
  starts: readonly number[],
): { kubernetes: Lookup; shell: Lookup } {
  const fromEnvFrom = mapEntry(doc, container, 'envFrom');
  const env = new Map<string, VariableState>();
  const unknownName = (name: string): VariableState | null => {
    if (fromEnvFrom?.key.range) return { kind: 'unknown', reason: 'envFrom may define it', definitionOffsets: [fromEnvFrom.key.range[0]] };
    if (SERVICE_LINK_NAME.test(name))
      return { kind: 'unknown', reason: 'the kubelet may define it from a Service (service links)', definitionOffsets: [] };
    return null;
  };
  const lookup: Lookup = (name) => env.get(name) ?? unknownName(name) ?? { kind: 'unset' };
  for (const item of seqItems(doc, mapEntry(doc, container, 'env')?.value)) {
    const name = scalarText(getPath(doc, item, ['name']));
    if (name === null) continue;
    const valueNode = getPath(doc, item, ['value']);
    const valueFrom = mapEntry(doc, item, 'valueFrom');
    const arg = valueNode ? scalarArg(source, valueNode, starts) : null;
    if (arg) {
      const r = substituteKubernetes(arg, lookup);
      const value = r.kind === 'words' ? r.words[0] : null;
      env.set(
        name,
        value
          ? { kind: 'value', value, definitionOffset: arg.offsets[0] }
          : {
              kind: 'unknown',
              reason: `its value uses ${r.kind === 'unresolved' ? r.unresolved[0].name : 'a variable'}, which cannot be resolved here`,
              definitionOffsets: [arg.offsets[0]],
            },
      );
    } else if (valueFrom?.key.range) {
      // Every line of the valueFrom block (which ConfigMap, which key) decides the value.
      const end = (valueFrom.value as { range?: [number, number, number] } | null)?.range?.[1] ?? valueFrom.key.range[1];
      const lines = starts.filter((o) => o > valueFrom.key.range![0] && o < end);
      env.set(name, {
        kind: 'unknown',
        reason: 'it comes from valueFrom, read when the Pod starts',
        definitionOffsets: [valueFrom.key.range[0], ...lines],
      });
    } else {
      env.set(name, {
        kind: 'value',
        value: { text: '', offsets: [item && isMap(item) && item.range ? item.range[0] : 0] },
        definitionOffset: item && isMap(item) && item.range ? item.range[0] : 0,
      });
    }
  }
  return { kubernetes: lookup, shell: lookup };
}

/**
 * Service links: the kubelet adds `<SVC>_SERVICE_HOST`, `<SVC>_SERVICE_PORT…`, `<SVC>_PORT…` variables of the
 * namespace's Services (pkg/kubelet/envvars/envvars.go FromServices), unknown to a reader of the file.
 */
const SERVICE_LINK_NAME = /^(KUBERNETES_|[A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT|PORT)(_|$))/;

/**
 * Every env name a container defines (literal or `valueFrom`), or null when `envFrom` may define any name.
 * A `$(NAME)` reference to a name outside this set is left literal by the kubelet (expansion.go: "if the
 * variable is not defined, the reference is left as is"), so the program gets the text `$(NAME)`.
 */
function definedEnvNames(doc: Document.Parsed, container: unknown): Set<string> | null {
  if (mapEntry(doc, container, 'envFrom')) return null;
  const names = new Set<string>();
  for (const item of seqItems(doc, mapEntry(doc, container, 'env')?.value)) {
    const name = scalarText(getPath(doc, item, ['name']));
    if (name !== null) names.add(name);
  }
  return names;
}

/**
 * Kubernetes' `$(VAR)` expansion of one string against literal values (variables.ts substituteKubernetes, which
 * follows kubernetes/kubernetes third_party/forked/golang/expansion/expand.go: `$$` escapes, an unknown name stays).
 */
export function expandEnvReferences(value: string, env: ReadonlyMap<string, string>): string {
  const known = (text: string): Arg => ({ text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i) });
  const r = substituteKubernetes(known(value), (name) => {
    const v = env.get(name);
    return v === undefined ? { kind: 'unset' } : { kind: 'value', value: known(v), definitionOffset: 0 };
  });
  return r.kind === 'words' ? r.words[0].text : value;
}

/** Multi-line string scalars anywhere in the document (candidates for embedded manifests). */
function* blockScalars(node: unknown): Generator<Scalar> {
  if (isMap(node)) {
    for (const pair of node.items) yield* blockScalars(pair.value);
  } else if (isSeq(node)) {
    for (const item of node.items) yield* blockScalars(item);
  } else if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\n')) {
    yield node as Scalar;
  }
}

function readEmbedded(source: Source, node: Scalar, depth: number): Extraction {
  const text = node.value as string;
  if (!MENTIONS_PROGRAM.test(text) || !/^\s*kind\s*:/m.test(text)) return EMPTY_EXTRACTION;
  const emb = embeddedText(source, node);
  if (!emb) return EMPTY_EXTRACTION;
  const inner = new Source(source.path, text);
  const r = extractWorkloads(inner, depth + 1);
  return {
    settings: r.settings.map((s) => ({ ...s, span: mapSpan(s.span, emb.toOuter) })),
    problems: r.problems.map((p) => {
      const o = emb.toOuter(p.line, p.column ?? 1);
      return { ...p, line: o.line, column: o.column };
    }),
  };
}
