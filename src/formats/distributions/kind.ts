// kind cluster configs (`kind: Cluster`, kind.x-k8s.io/v1alpha4, also v1alpha3). kind generates a kubeadm
// config from networking.ipFamily/serviceSubnet/podSubnet, then applies kubeadmConfigPatches and
// kubeadmConfigPatchesJSON6902 (cluster-level, then the bootstrap control-plane node's own), so a patch
// that sets networking.serviceSubnet or apiServer.extraArgs wins over kind's field. kind clusters cannot
// be changed in place: every setting is create-only (SPEC §3 context rules).

import { isSeq, type ParsedNode } from 'yaml';
import type { Extraction, IpFamily, Problem, Setting, Span } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { applyJson6902Patch, applyMergePatch, kindKubeadmVersions, type PatchState } from './kind-patches.js';
import { explicitSettingOf, lookup, parseImageMinor, readField, fieldProblem, type DocContext } from '../toolkit/read-values.js';
import { outerContext } from './kubeadm.js';
import { deref, documentKind, lineSpan, scalarText, seqItems, type Source } from '../toolkit/yaml-source.js';
import { KUBEADM_DEFAULT_SERVICE_SUBNET } from '../toolkit/upstream-defaults.js';

const FORMAT = 'kind';
const KIND_API_VERSION = /^kind\.x-k8s\.io\/v1alpha[34]$/;

type KindFamily = IpFamily | 'dual';

/** kind's defaults by networking.ipFamily: kubernetes-sigs/kind pkg/internal/apis/config/default.go SetDefaultsCluster. */
export const KIND_DEFAULT_SERVICE_SUBNET: Record<KindFamily, string> = {
  ipv4: '10.96.0.0/16',
  ipv6: 'fd00:10:96::/112',
  dual: '10.96.0.0/16,fd00:10:96::/112',
};
/** Same source; applied only when disableDefaultCNI is false. */
export const KIND_DEFAULT_POD_SUBNET: Record<KindFamily, string> = {
  ipv4: '10.244.0.0/16',
  ipv6: 'fd00:10:244::/56',
  dual: '10.244.0.0/16,fd00:10:244::/56',
};

const HIDDEN_RANGE = 'the effective Service range of the kind cluster is unknown';

export const kindFormat: FormatExtractor = { id: FORMAT, extract: extractKind };

export function extractKind(source: Source): Extraction {
  if (!source.text.includes('kind.x-k8s.io/')) return EMPTY_EXTRACTION;
  try {
    const view = source.yaml;
    if (!view) return EMPTY_EXTRACTION;
    const settings: Setting[] = [];
    const problems: Problem[] = [];
    let ordinal = 0;
    for (const doc of view.documents) {
      const { kind, apiVersion } = documentKind(doc);
      if (kind !== 'Cluster' || apiVersion === null || !KIND_API_VERSION.test(apiVersion.trim())) continue;
      extractCluster(source, outerContext(source, doc), ordinal++, settings, problems);
    }
    return { settings, problems };
  } catch (e) {
    return {
      settings: [],
      problems: [
        { line: 1, message: `the kind config could not be read (${e instanceof Error ? e.message : String(e)})`, hidesRange: true, format: FORMAT },
      ],
    };
  }
}

function extractCluster(source: Source, ctx: DocContext, ordinal: number, settings: Setting[], problems: Problem[]): void {
  const { doc } = ctx;
  const root = doc.contents;
  // kind reads one Cluster per file; the ordinal only separates the rare multi-document file.
  const group = `${FORMAT}/Cluster#${ordinal}`;
  const apiserver = `${group}/kube-apiserver`;
  const controllerManager = `${group}/kube-controller-manager`;
  const networking = lookup(doc, root, 'networking');
  const kindKey = lookup(doc, root, 'kind');
  const defaultSpan: Span = networking ? ctx.spanOf(networking.key) : kindKey ? ctx.spanOf(kindKey.key) : lineSpan(1);

  // ipFamily: "" defaults to ipv4 (default.go); other values are rejected by kind's validate.go.
  const familyRead = readField(ctx, networking?.value, 'ipFamily', 'networking.ipFamily');
  let family: KindFamily | null = 'ipv4';
  if (familyRead?.kind === 'value') {
    const f = familyRead.text.trim();
    family = f === 'ipv4' || f === 'ipv6' || f === 'dual' ? f : null;
    if (!family) {
      problems.push({
        line: familyRead.span.line,
        column: familyRead.span.column,
        message: `networking.ipFamily "${familyRead.text}" is not one of ipv4, ipv6, dual: kind refuses to create this cluster`,
        setting: 'networking.ipFamily',
        format: FORMAT,
      });
    }
  } else if (familyRead && familyRead.kind !== 'empty') {
    family = null;
  }

  const state: PatchState = {};
  const kindService = readField(ctx, networking?.value, 'serviceSubnet', 'networking.serviceSubnet');
  const kindPod = readField(ctx, networking?.value, 'podSubnet', 'networking.podSubnet');
  const disableDefaultCNI = scalarText(lookup(doc, networking?.value, 'disableDefaultCNI')?.value ?? null) === 'true';

  const nodes = seqItems(doc, lookup(doc, root, 'nodes')?.value ?? null);
  const roleOf = (n: ParsedNode) => scalarText(lookup(doc, n, 'role')?.value ?? null) ?? 'control-plane';
  const initIndex = nodes.findIndex((n) => roleOf(n) === 'control-plane');

  // Version: the control-plane node's image tag (kindest/node:v1.34.0), else any node's.
  const imageOf = (n: ParsedNode | undefined) => (n ? scalarText(lookup(doc, n, 'image')?.value ?? null) : null);
  const version = parseImageMinor(imageOf(nodes[initIndex])) ?? nodes.map((n) => parseImageMinor(imageOf(n))).find((v) => v !== undefined);
  const versions = kindKubeadmVersions(version);

  // Cluster-level patches, then the bootstrap control-plane node's (config.go getKubeadmConfig).
  applyPatchLists(source, ctx, root, '', versions, state, problems);
  if (initIndex >= 0) applyPatchLists(source, ctx, nodes[initIndex], `nodes[${initIndex}].`, versions, state, problems);

  const common = { format: FORMAT, group, createOnly: true, ...(version ? { kubernetesVersion: version } : {}) };
  const explicit = explicitSettingOf(common);
  const apiRest = { subject: apiserver, role: 'service-range', component: 'kube-apiserver' } as const;

  // Service range: apiServer.extraArgs (from a patch) > a patch's networking.serviceSubnet > kind's field > kind default.
  const api = state.apiServerRange?.kind === 'empty' ? undefined : state.apiServerRange;
  const patched = state.serviceSubnet;
  if (api) {
    if (api.kind === 'value') settings.push(explicit(api, { ...apiRest, profile: 'apiserver' }));
    else problems.push(fieldProblem(api, FORMAT, true, HIDDEN_RANGE));
  } else if (patched) {
    if (patched.kind === 'value') settings.push(explicit(patched, { ...apiRest, profile: 'kubeadm' }));
    else if (patched.kind === 'empty') {
      settings.push({
        ...common,
        ...apiRest,
        profile: 'kubeadm',
        setting: patched.setting,
        value: KUBEADM_DEFAULT_SERVICE_SUBNET,
        origin: 'default',
        span: patched.span,
        defaultNote: `kubeadm default: ${patched.setting} removes kind's networking.serviceSubnet`,
      });
    } else problems.push(fieldProblem(patched, FORMAT, true, HIDDEN_RANGE));
  } else if (kindService && kindService.kind !== 'empty') {
    if (kindService.kind === 'value') {
      settings.push({ ...explicit(kindService, { ...apiRest, profile: 'kind' }), ...(family ? { ipFamily: family } : {}) });
    } else problems.push(fieldProblem(kindService, FORMAT, true, HIDDEN_RANGE));
  } else if (family) {
    settings.push({
      ...common,
      ...apiRest,
      profile: 'kind',
      ipFamily: family,
      setting: 'networking.serviceSubnet',
      value: KIND_DEFAULT_SERVICE_SUBNET[family],
      origin: 'default',
      span: defaultSpan,
      defaultNote: `kind default for ipFamily ${family} when networking.serviceSubnet is absent`,
    });
  } else if (familyRead) {
    problems.push(fieldProblem(familyRead, FORMAT, true, `kind's default Service range depends on it, so ${HIDDEN_RANGE}`));
  }

  // kube-controller-manager's own --service-cluster-ip-range, only when a patch sets it.
  const cm = state.controllerManagerRange;
  if (cm?.kind === 'value') {
    settings.push(explicit(cm, { subject: controllerManager, role: 'service-range', component: 'kube-controller-manager', profile: 'apiserver' }));
  } else if (cm && cm.kind !== 'empty') {
    problems.push(fieldProblem(cm, FORMAT, true, 'the kube-controller-manager Service range is unknown'));
  }

  // Pod range: controllerManager.extraArgs.cluster-cidr > a patch's podSubnet > kind's field > kind default.
  const podRest = { subject: controllerManager, role: 'pod-range', component: 'kube-controller-manager', profile: 'apiserver' } as const;
  const cidr = state.controllerManagerClusterCidr?.kind === 'empty' ? undefined : state.controllerManagerClusterCidr;
  const pod = cidr ?? state.podSubnet ?? (kindPod?.kind === 'empty' ? undefined : kindPod);
  if (pod?.kind === 'value') settings.push(explicit(pod, podRest));
  else if (pod && pod.kind !== 'empty') problems.push(fieldProblem(pod, FORMAT, false, 'the overlap check against the Service range is skipped'));
  else if (!pod && !disableDefaultCNI && family) {
    settings.push({
      ...common,
      ...podRest,
      setting: 'networking.podSubnet',
      value: KIND_DEFAULT_POD_SUBNET[family],
      origin: 'default',
      span: defaultSpan,
      defaultNote: `kind default for ipFamily ${family} when networking.podSubnet is absent`,
    });
  }
}

/** Applies `kubeadmConfigPatches` then `kubeadmConfigPatchesJSON6902` of one level (cluster or node). */
function applyPatchLists(
  source: Source,
  ctx: DocContext,
  owner: unknown,
  prefix: string,
  versions: readonly string[] | null,
  state: PatchState,
  problems: Problem[],
): void {
  const { doc } = ctx;
  const merge = deref(doc, lookup(doc, owner, 'kubeadmConfigPatches')?.value ?? null);
  if (isSeq(merge)) {
    seqItems(doc, merge).forEach((node, i) => {
      applyMergePatch(source, { node, label: `${prefix}kubeadmConfigPatches[${i}]` }, versions, state, problems, FORMAT);
    });
  }
  const json = deref(doc, lookup(doc, owner, 'kubeadmConfigPatchesJSON6902')?.value ?? null);
  if (isSeq(json)) {
    seqItems(doc, json).forEach((entry, i) => {
      applyJson6902Patch(source, ctx, entry, `${prefix}kubeadmConfigPatchesJSON6902[${i}]`, versions, state, problems, FORMAT);
    });
  }
}
