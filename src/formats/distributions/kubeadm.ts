// kubeadm configuration files (kubeadm.k8s.io/v1beta1..v1beta4), recognised by apiVersion, multi-document.
// Each ClusterConfiguration becomes one cluster config (group) with the effective kube-apiserver range,
// the explicit kube-controller-manager range, the pod range and the advertise address, resolved the way
// kubeadm builds the static Pod commands (kubernetes/kubernetes cmd/kubeadm/app/phases/controlplane/manifests.go).
//
// Also the `kube-system/kubeadm-config` ConfigMap that `kubeadm init` uploads and `kubeadm upgrade` / `join`
// read back (cmd/kubeadm/app/constants/constants.go KubeadmConfigConfigMap = "kubeadm-config",
// ClusterConfigurationConfigMapKey = "ClusterConfiguration"; cmd/kubeadm/app/util/config/cluster.go decodes
// the key's string as a typed ClusterConfiguration, apiVersion and kind included). The string is read as an
// embedded document with exact positions, and is the same cluster as a kubeadm config file: a single
// ClusterConfiguration is `ClusterConfiguration/#0` wherever it stands, so a config moved into the ConfigMap
// (or out of it) pairs with itself.

import type { Document, ParsedNode, Scalar } from 'yaml';
import { isScalar } from 'yaml';
import type { Extraction, Problem, Setting, Span } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { readClusterFields, type ClusterFields } from './kubeadm-cluster-configuration.js';
import { explicitSettingOf, lookup, mapSpan, readField, fieldProblem, type DocContext, type FieldRead } from '../toolkit/read-values.js';
import { documentKind, embeddedText, getPath, lineSpan, scalarText, Source } from '../toolkit/yaml-source.js';
import { APISERVER_DEFAULT_SERVICE_RANGE, KUBEADM_DEFAULT_SERVICE_SUBNET } from '../toolkit/upstream-defaults.js';

const FORMAT = 'kubeadm';
/** The API versions that carry ClusterConfiguration/InitConfiguration (v1beta1 since kubeadm 1.13). */
const KUBEADM_API_VERSION = /^kubeadm\.k8s\.io\/v1beta[1-9]$/;
/** kubeadm's default cluster name (cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go DefaultClusterName). */
const DEFAULT_CLUSTER_NAME = 'kubernetes';

const HIDDEN_RANGE = 'the effective Service range is unknown, and the kubeadm default is not assumed';

export const kubeadmFormat: FormatExtractor = { id: FORMAT, extract: extractKubeadm };

/** One ClusterConfiguration (or the defaults an InitConfiguration-only file gets) and its InitConfigurations. */
interface ClusterPlan {
  id: string;
  fields: ClusterFields;
  /** Where a defaulted range points: `networking:` if present, else the document's `kind:` line. */
  defaultSpan: Span;
  /** The document had YAML errors: an absent field may be a field the parser lost. */
  damaged: { line: number; column: number } | null;
  /** Positions of every YAML error of the document: a value spanning one is not trusted. */
  errors: { line: number; column: number }[];
  inits: InitDoc[];
}

interface InitDoc {
  ctx: DocContext;
  root: unknown;
}

export function extractKubeadm(source: Source): Extraction {
  // Cheap prefilter: every kubeadm document names its API group.
  if (!source.text.includes('kubeadm.k8s.io/')) return EMPTY_EXTRACTION;
  try {
    return extractUnguarded(source);
  } catch (e) {
    return {
      settings: [],
      problems: [
        {
          line: 1,
          message: `the kubeadm config could not be read (${e instanceof Error ? e.message : String(e)})`,
          hidesRange: true,
          format: FORMAT,
        },
      ],
    };
  }
}

/** Positions and raw text of nodes of a document of this file. */
export function outerContext(source: Source, doc: Document.Parsed): DocContext {
  return {
    doc,
    spanOf: (node) => source.spanOf(node),
    rawOf: (node) => (node.range ? source.text.slice(node.range[0], node.range[1]) : ''),
  };
}

function extractUnguarded(source: Source): Extraction {
  const view = source.yaml;
  if (!view) return EMPTY_EXTRACTION;
  const problems: Problem[] = [];
  // `file`: a shell script's heredocs are files of their own (toolkit/heredocs.ts): kubeadm reads one of them.
  const clusters: { ctx: DocContext; root: unknown; kindSpan: Span; errors: ClusterPlan['errors']; embedded?: boolean; file?: number }[] = [];
  const inits: (InitDoc & { kindSpan: Span })[] = [];

  for (const doc of view.documents) {
    const ctx = outerContext(source, doc);
    const { kind, apiVersion } = documentKind(doc);
    const errors = doc.errors.map((e) => source.position(e.pos[0]));
    const firstError = errors[0] ?? null;
    const isKubeadm = apiVersion !== null && KUBEADM_API_VERSION.test(apiVersion.trim());
    if (kind === 'ConfigMap') {
      clusters.push(...kubeadmConfigMap(source, doc));
      continue;
    }
    if (!isKubeadm || (kind !== 'ClusterConfiguration' && kind !== 'InitConfiguration')) {
      // A document broken so badly that apiVersion/kind are lost, but whose text is a kubeadm
      // ClusterConfiguration: its range must not silently disappear (SPEC §3 unreadable-config). A kind
      // config embedding kubeadm patches is the kind reader's to report.
      const raw = doc.range ? source.text.slice(doc.range[0], doc.range[2]) : '';
      if (firstError && /kubeadm\.k8s\.io\//.test(raw) && /ClusterConfiguration/.test(raw) && !raw.includes('kind.x-k8s.io/')) {
        problems.push({
          line: firstError.line,
          column: firstError.column,
          message: `a kubeadm ClusterConfiguration document has YAML errors: ${HIDDEN_RANGE}`,
          hidesRange: true,
          setting: 'networking.serviceSubnet',
          format: FORMAT,
        });
      }
      continue;
    }
    const kindEntry = lookup(doc, doc.contents, 'kind');
    const kindSpan = kindEntry ? source.spanOf(kindEntry.key) : lineSpan(1);
    const file = view.fileOf(doc);
    const fileClusters = clusters.filter((c) => !c.embedded && c.file === file);
    if (kind === 'ClusterConfiguration' && fileClusters.length > 0 && !/\{\{|\{%/.test(source.text)) {
      // kubeadm reads a config file with SplitConfigDocuments (cmd/kubeadm/app/util/marshal.go; SplitYAMLDocuments
      // before 1.27): "invalid configuration: kind %q is specified twice in YAML file" — init, join and upgrade
      // stop. Which of the two was meant cannot be told, so the file blocks here, at the second one.
      problems.push({
        line: kindSpan.line,
        column: kindSpan.column,
        message: `kubeadm refuses this file: invalid configuration: kind "ClusterConfiguration" is specified twice in YAML file (the first is at line ${fileClusters[0].kindSpan.line}); keep one ClusterConfiguration per file`,
        hidesRange: true,
        blocking: true,
        setting: 'networking.serviceSubnet',
        format: FORMAT,
      });
    }
    if (kind === 'ClusterConfiguration') clusters.push({ ctx, root: doc.contents, kindSpan, errors, file });
    else if (kind === 'InitConfiguration') inits.push({ ctx, root: doc.contents, kindSpan });
  }

  const plans: ClusterPlan[] = clusters.map((c) => {
    const fields = readClusterFields(c.ctx, c.root);
    const damaged = c.errors[0] ?? null;
    return {
      id: '',
      fields: distrustDamaged(fields, c.errors),
      defaultSpan: fields.networkingKey ?? c.kindSpan,
      damaged,
      errors: c.errors,
      inits: [],
    };
  });
  // `kubeadm init --config` with only an InitConfiguration runs with a defaulted ClusterConfiguration
  // (cmd/kubeadm/app/util/config/initconfiguration.go documentMapToInitConfiguration).
  if (plans.length === 0 && inits.length > 0) {
    plans.push({ id: '', fields: {}, defaultSpan: inits[0].kindSpan, damaged: null, errors: [], inits: [] });
  }
  nameClusters(plans);
  // kubeadm reads one InitConfiguration with one ClusterConfiguration per file; with several pairs
  // (rare, e.g. templates for several clusters) pair them by order.
  for (const [i, init] of inits.entries()) plans[Math.min(i, plans.length - 1)]?.inits.push(init);

  const settings: Setting[] = [];
  for (const plan of plans) emitCluster(plan, settings, problems);
  return { settings, problems };
}

/**
 * The ClusterConfiguration of a `kube-system/kubeadm-config` ConfigMap (a namespace-less manifest is applied
 * with `-n`), read as an embedded document whose positions map back to this file.
 */
function kubeadmConfigMap(
  source: Source,
  doc: Document.Parsed,
): { ctx: DocContext; root: unknown; kindSpan: Span; errors: ClusterPlan['errors']; embedded: true }[] {
  const meta = (key: string) => scalarText(getPath(doc, doc.contents, ['metadata', key]));
  if (meta('name') !== 'kubeadm-config' || (meta('namespace') ?? 'kube-system') !== 'kube-system') return [];
  const node = getPath(doc, doc.contents, ['data', 'ClusterConfiguration']);
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const embedded = embeddedText(source, node as Scalar);
  if (!embedded) return [];
  const inner = new Source(source.path, embedded.text);
  const out: ReturnType<typeof kubeadmConfigMap> = [];
  for (const innerDoc of inner.yaml?.documents ?? []) {
    const { kind, apiVersion } = documentKind(innerDoc);
    if (kind !== 'ClusterConfiguration' || apiVersion === null || !KUBEADM_API_VERSION.test(apiVersion.trim())) continue;
    const ctx: DocContext = {
      doc: innerDoc,
      spanOf: (n) => mapSpan(inner.spanOf(n), embedded.toOuter),
      rawOf: (n) => (n.range ? inner.text.slice(n.range[0], n.range[1]) : ''),
    };
    const kindEntry = lookup(innerDoc, innerDoc.contents, 'kind');
    out.push({
      ctx,
      root: innerDoc.contents as ParsedNode | null,
      kindSpan: kindEntry ? ctx.spanOf(kindEntry.key) : source.spanOf(node),
      errors: innerDoc.errors.map((e) => {
        const at = inner.position(e.pos[0]);
        return embedded.toOuter(at.line, at.column);
      }),
      embedded: true,
    });
  }
  return out;
}

/**
 * In a document with YAML errors, a value whose text runs over an error (an unclosed quote swallowing the
 * next lines, say) is what the tolerant parser guessed, not what kubeadm would read: make it unreadable.
 */
function distrustDamaged(fields: ClusterFields, errors: { line: number; column: number }[]): ClusterFields {
  if (!errors.length) return fields;
  const within = (s: Span, p: { line: number; column: number }) =>
    (p.line > s.line || (p.line === s.line && p.column >= s.column)) && (p.line < s.endLine || (p.line === s.endLine && p.column <= s.endColumn));
  const check = (read: FieldRead | undefined): FieldRead | undefined =>
    read?.kind === 'value' && errors.some((e) => within(read.span, e))
      ? { kind: 'unreadable', reason: `${read.setting} is part of malformed YAML`, span: read.span, setting: read.setting }
      : read;
  return {
    ...fields,
    serviceSubnet: check(fields.serviceSubnet),
    podSubnet: check(fields.podSubnet),
    apiServerRange: check(fields.apiServerRange),
    apiServerAdvertise: check(fields.apiServerAdvertise),
    controllerManagerRange: check(fields.controllerManagerRange),
    controllerManagerClusterCidr: check(fields.controllerManagerClusterCidr),
  };
}

/**
 * Subjects pair old and new without line numbers: a single ClusterConfiguration is '#0' (renaming the
 * cluster or moving documents keeps the pairing); several are told apart by clusterName (kubeadm's
 * default 'kubernetes' when absent), with an ordinal only among equal names.
 */
function nameClusters(plans: ClusterPlan[]): void {
  if (plans.length === 1) {
    plans[0].id = 'ClusterConfiguration/#0';
    return;
  }
  const seen = new Map<string, number>();
  for (const plan of plans) {
    const name = plan.fields.clusterName ?? DEFAULT_CLUSTER_NAME;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    plan.id = `ClusterConfiguration/${name}${n > 0 ? `#${n}` : ''}`;
  }
}

function emitCluster(plan: ClusterPlan, settings: Setting[], problems: Problem[]): void {
  const { fields } = plan;
  const group = `${FORMAT}/${plan.id}`;
  const apiserver = `${group}/kube-apiserver`;
  const controllerManager = `${group}/kube-controller-manager`;
  const common = {
    format: FORMAT,
    group,
    ...(fields.kubernetesMinor ? { kubernetesVersion: fields.kubernetesMinor } : {}),
  };
  const explicit = explicitSettingOf(common);

  // kube-apiserver: kubeadm passes networking.serviceSubnet as --service-cluster-ip-range, and
  // apiServer.extraArgs replace default arguments of the same name (manifests.go getAPIServerCommand).
  const api = fields.apiServerRange;
  const subnet = fields.serviceSubnet && fields.serviceSubnet.kind !== 'empty' ? fields.serviceSubnet : undefined;
  const deciding = api ?? subnet;
  const apiRest = { subject: apiserver, role: 'service-range', component: 'kube-apiserver' } as const;
  if (deciding?.kind === 'value') {
    settings.push(explicit(deciding, { ...apiRest, profile: deciding === api ? 'apiserver' : 'kubeadm' }));
  } else if (deciding?.kind === 'empty') {
    // An empty extraArgs value still replaces serviceSubnet; kube-apiserver then uses its own default.
    settings.push({
      ...common,
      ...apiRest,
      profile: 'apiserver',
      setting: deciding.setting,
      value: APISERVER_DEFAULT_SERVICE_RANGE,
      origin: 'default',
      span: deciding.span,
      defaultNote: `kube-apiserver's own default: ${deciding.setting} is empty`,
    });
  } else if (deciding) {
    problems.push(fieldProblem(deciding, FORMAT, true, HIDDEN_RANGE));
  } else if (plan.damaged) {
    problems.push({
      line: plan.damaged.line,
      column: plan.damaged.column,
      message: `this ClusterConfiguration has YAML errors and networking.serviceSubnet was not found in what could be read: ${HIDDEN_RANGE}`,
      hidesRange: true,
      setting: 'networking.serviceSubnet',
      format: FORMAT,
    });
  } else {
    settings.push({
      ...common,
      ...apiRest,
      profile: 'kubeadm',
      setting: 'networking.serviceSubnet',
      value: KUBEADM_DEFAULT_SERVICE_SUBNET,
      origin: 'default',
      // An empty serviceSubnet is defaulted like an absent one; point at it when it is there.
      span: fields.serviceSubnet?.span ?? plan.defaultSpan,
      defaultNote: 'kubeadm default when networking.serviceSubnet is absent',
    });
  }

  // kube-controller-manager: kubeadm itself passes serviceSubnet (not an apiServer.extraArgs override)
  // when podSubnet is set (manifests.go getControllerManagerCommand); only an explicit extraArgs value is
  // reported here, so that a disagreement with the apiserver surfaces as component-mismatch.
  const cm = fields.controllerManagerRange;
  if (cm?.kind === 'value') {
    settings.push(explicit(cm, { subject: controllerManager, role: 'service-range', component: 'kube-controller-manager', profile: 'apiserver' }));
  } else if (cm && cm.kind !== 'empty') {
    problems.push(fieldProblem(cm, FORMAT, true, 'the kube-controller-manager Service range is unknown'));
  } else if (!cm && api && fields.podSubnet?.kind === 'value' && (!subnet || subnet.kind === 'value')) {
    // The one case where kubeadm's own value for the controller-manager differs from the apiserver's: an
    // apiServer.extraArgs override. kubeadm still hands kube-controller-manager networking.serviceSubnet
    // (defaulted to 10.96.0.0/12) once podSubnet is set, so the override silently disagrees with it.
    settings.push({
      ...common,
      subject: controllerManager,
      role: 'service-range',
      component: 'kube-controller-manager',
      profile: 'kubeadm',
      setting: 'networking.serviceSubnet',
      value: subnet?.kind === 'value' ? subnet.text : KUBEADM_DEFAULT_SERVICE_SUBNET,
      origin: subnet?.kind === 'value' ? 'explicit' : 'default',
      span: subnet?.span ?? plan.defaultSpan,
      defaultNote: 'passed to kube-controller-manager by kubeadm (getControllerManagerCommand), not the apiServer.extraArgs override',
    });
  }

  // Pod range: --cluster-cidr is networking.podSubnet unless controllerManager.extraArgs sets it.
  const pod = fields.controllerManagerClusterCidr ?? fields.podSubnet;
  if (pod?.kind === 'value') {
    settings.push(explicit(pod, { subject: controllerManager, role: 'pod-range', component: 'kube-controller-manager', profile: 'apiserver' }));
  } else if (pod && pod.kind !== 'empty') {
    problems.push(fieldProblem(pod, FORMAT, false, 'the overlap check against the Service range is skipped'));
  }

  // Advertise address: --advertise-address is InitConfiguration.localAPIEndpoint.advertiseAddress unless
  // apiServer.extraArgs sets it (getAPIServerCommand default arguments).
  let advertise = fields.apiServerAdvertise;
  if (!advertise) {
    for (const init of plan.inits) {
      const endpoint = lookup(init.ctx.doc, init.root, 'localAPIEndpoint')?.value;
      advertise = readField(init.ctx, endpoint, 'advertiseAddress', 'localAPIEndpoint.advertiseAddress') ?? advertise;
    }
  }
  if (advertise?.kind === 'value') {
    settings.push(explicit(advertise, { ...apiRest, role: 'advertise-address', profile: 'apiserver' }));
  }
}
