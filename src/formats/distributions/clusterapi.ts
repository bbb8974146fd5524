// Cluster API (kubernetes-sigs/cluster-api):
//   Cluster (cluster.x-k8s.io/v1beta1|v1beta2, and the older generations: CLUSTER_API_VERSION)
//   spec.clusterNetwork.services.cidrBlocks / pods.cidrBlocks,
//   also on ClusterClass topology clusters (the field is the same).
//   KubeadmControlPlane (controlplane.cluster.x-k8s.io) spec.kubeadmConfigSpec.clusterConfiguration,
//   KubeadmControlPlaneTemplate spec.template.spec.kubeadmConfigSpec.clusterConfiguration,
//   KubeadmConfig spec.clusterConfiguration (KubeadmConfigTemplate: see KUBEADM_CONFIG_PATHS):
//   networking.serviceSubnet / podSubnet, apiServer.extraArgs / controllerManager.extraArgs
//   (map in v1beta1, list of {name, value} in v1beta2).
// Effective value (bootstrap/kubeadm/internal/controllers/kubeadmconfig_controller.go: "If there are no
// Network settings defined in ClusterConfiguration, use ClusterNetwork settings"): serviceSubnet when set,
// else the Cluster's cidrBlocks joined with ',' (ClusterNetwork.Services.String()), else kubeadm's default
// 10.96.0.0/12 — that default only applies where a kubeadm control plane is in the file: a Cluster alone
// sets nothing and its control-plane provider decides, so no default is invented for it.
// apiServer.extraArgs service-cluster-ip-range overrides both (kube-apiserver reads the flag).
// Immutable: the KubeadmControlPlane webhook allows changes to clusterConfiguration.apiServer but not to
// clusterConfiguration.networking ("cannot be modified": controlplane/kubeadm/internal/webhooks/
// kubeadm_control_plane.go allowedPaths).

import type { Document, ParsedNode } from 'yaml';
import type { Extraction } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { documentKind, getPath, lineSpan, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import {
  emitRange,
  extraArgNode,
  guardExtraction,
  keySpan,
  settingMaker,
  minorVersion,
  readRange,
  templateProblem,
  unreadableProblem,
} from '../toolkit/read-values.js';
import { KUBEADM_DEFAULT_SERVICE_SUBNET } from '../toolkit/upstream-defaults.js';

const FORMAT = 'clusterapi';
export const KCP_NETWORKING_IMMUTABLE =
  'Cluster API: the KubeadmControlPlane webhook rejects changes to spec.kubeadmConfigSpec.clusterConfiguration.networking ("cannot be modified")';

const KUBEADM_CONFIG_PATHS: Record<string, string[]> = {
  KubeadmControlPlane: ['spec', 'kubeadmConfigSpec'],
  KubeadmControlPlaneTemplate: ['spec', 'template', 'spec', 'kubeadmConfigSpec'],
  KubeadmConfig: ['spec'],
  // KubeadmConfigTemplate is not read: it feeds MachineDeployments (worker joins), and for a join "CABPK
  // simply ignore[s]" a ClusterConfiguration (kubeadmconfig_controller.go), so its networking never
  // reaches an apiserver.
};

interface ClusterDoc {
  doc: Document.Parsed;
  name: string;
  controlPlaneName: string | null;
}

interface KubeadmDoc {
  doc: Document.Parsed;
  kind: string;
  name: string;
  configPath: string[];
  version?: string;
}

/**
 * The Cluster kinds that carry spec.clusterNetwork.services.cidrBlocks, the same field in every generation:
 * cluster.k8s.io/v1alpha1 (kubernetes-sigs/cluster-api pkg/apis/cluster/v1alpha1/cluster_types.go,
 * ClusterSpec.ClusterNetwork ClusterNetworkingConfig{Services NetworkRanges{CIDRBlocks}}), cluster.x-k8s.io
 * v1alpha2..v1alpha4 (api/v1alpha3/cluster_types.go ClusterNetwork.Services *NetworkRanges) and v1beta1/v1beta2.
 */
const CLUSTER_API_VERSION = /^cluster\.k8s\.io\/v1alpha1$|^cluster\.x-k8s\.io\/v1(?:alpha[234]|beta[12])$/;

export const clusterApiFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractClusterApi(source)),
};

export function extractClusterApi(source: Source): Extraction {
  const yaml = source.yaml;
  if (!yaml || yaml.documents.length === 0) return EMPTY_EXTRACTION;
  const clusters: ClusterDoc[] = [];
  const kubeadms: KubeadmDoc[] = [];
  yaml.documents.forEach((doc, i) => {
    const { kind, apiVersion } = documentKind(doc);
    if (!kind || !apiVersion) return;
    const name = scalarText(getPath(doc, doc.contents, ['metadata', 'name'])) ?? `${kind}#${i}`;
    if (kind === 'Cluster' && CLUSTER_API_VERSION.test(apiVersion)) {
      clusters.push({ doc, name, controlPlaneName: scalarText(getPath(doc, doc.contents, ['spec', 'controlPlaneRef', 'name'])) });
    } else if (KUBEADM_CONFIG_PATHS[kind] && /^(controlplane|bootstrap)\.cluster\.x-k8s\.io\//.test(apiVersion)) {
      const version = minorVersion(scalarText(getPath(doc, doc.contents, ['spec', 'version'])));
      kubeadms.push({ doc, kind, name, configPath: KUBEADM_CONFIG_PATHS[kind], version });
    }
  });
  if (clusters.length === 0 && kubeadms.length === 0) return EMPTY_EXTRACTION;
  const out: Extraction = { settings: [], problems: [] };
  const used = new Set<KubeadmDoc>();
  for (const cluster of clusters) {
    // The control plane of this cluster: the KubeadmControlPlane its controlPlaneRef names, or the only
    // one in the file (templates name objects with ${VARS} that do not resolve here).
    const kcps = kubeadms.filter((k) => k.kind === 'KubeadmControlPlane' && !used.has(k));
    const kcp = kcps.find((k) => k.name === cluster.controlPlaneName) ?? (clusters.length === 1 && kcps.length === 1 ? kcps[0] : undefined);
    if (kcp) used.add(kcp);
    readCluster(source, cluster, kcp, out);
  }
  for (const k of kubeadms) if (!used.has(k)) readKubeadmOnly(source, k, out);
  return out;
}

function clusterConfiguration(k: KubeadmDoc): { entry: ReturnType<typeof mapEntry>; parent: ParsedNode | null } {
  const parent = getPath(k.doc, k.doc.contents, k.configPath);
  return { entry: mapEntry(k.doc, parent, 'clusterConfiguration'), parent };
}

function readCluster(source: Source, cluster: ClusterDoc, kcp: KubeadmDoc | undefined, out: Extraction): void {
  const { doc } = cluster;
  const id = `clusterapi/${cluster.name}`;
  const make = settingMaker({
    format: FORMAT,
    group: id,
    kubernetesVersion: kcp?.version ?? minorVersion(scalarText(getPath(doc, doc.contents, ['spec', 'topology', 'version']))),
  });
  const specEntry = mapEntry(doc, doc.contents, 'spec');
  const netEntry = mapEntry(doc, specEntry?.value, 'clusterNetwork');
  const servicesEntry = mapEntry(doc, netEntry?.value, 'services');
  const blocks = mapEntry(doc, servicesEntry?.value, 'cidrBlocks');
  const clusterRead = readRange(source, doc, blocks?.value ?? null);
  const subject = `${id}/service-range`;
  const profile = kcp ? ('kubeadm' as const) : ('apiserver' as const);

  // What the kubeadm control plane says itself, when there is one.
  const cc = kcp ? clusterConfiguration(kcp) : null;
  const ccPrefix = kcp ? kubeadmConfigPrefix(kcp) : '';
  const decided = kcp ? emitKubeadmServiceRange(source, kcp, cc?.entry?.value ?? null, make, subject, ccPrefix, out) !== 'absent' : false;
  if (clusterRead.kind === 'value') {
    // When the control plane decided, the Cluster's own value still feeds CNI and providers that read
    // clusterNetwork: it is reported next to the apiserver value so a disagreement shows as component-mismatch.
    out.settings.push(
      make({
        subject: decided ? `${id}/cluster-network` : subject,
        role: 'service-range',
        component: 'platform',
        setting: 'spec.clusterNetwork.services.cidrBlocks',
        value: clusterRead.text,
        origin: 'explicit',
        span: clusterRead.span,
        profile,
      }),
    );
  } else if (decided) {
    // The control plane's value stands; a Cluster value that is not a literal adds nothing.
  } else if (clusterRead.kind === 'template') {
    out.problems.push(templateProblem(FORMAT, 'spec.clusterNetwork.services.cidrBlocks', clusterRead.span, clusterRead.expression));
  } else if (clusterRead.kind === 'unreadable') {
    out.problems.push(unreadableProblem(FORMAT, 'spec.clusterNetwork.services.cidrBlocks', clusterRead.span, clusterRead.reason));
  } else if (kcp) {
    // Nothing set anywhere and kubeadm bootstraps the control plane: kubeadm's default applies.
    const anchor = servicesEntry ?? netEntry ?? specEntry;
    out.settings.push(
      make({
        subject,
        role: 'service-range',
        component: 'kube-apiserver',
        setting: 'spec.clusterNetwork.services.cidrBlocks',
        value: KUBEADM_DEFAULT_SERVICE_SUBNET,
        origin: 'default',
        span: anchor ? keySpan(source, anchor.key) : lineSpan(1),
        profile: 'kubeadm',
        defaultNote: 'kubeadm default (10.96.0.0/12): neither the Cluster nor the KubeadmControlPlane sets a Service range',
      }),
    );
  }

  // Pods: controller-manager --cluster-cidr > networking.podSubnet > Cluster pods.cidrBlocks.
  const kcmArg = kcp && cc ? extraArgNode(kcp.doc, getPath(kcp.doc, cc.entry?.value, ['controllerManager', 'extraArgs']), 'cluster-cidr') : null;
  const podSubnet = kcp && cc ? (mapEntry(kcp.doc, getPath(kcp.doc, cc.entry?.value, ['networking']), 'podSubnet')?.value ?? null) : null;
  const podDraft = { subject: `${id}/pod-range`, role: 'pod-range' as const, component: 'platform' as const };
  if (kcp && kcmArg)
    emitRange(out, source, kcp.doc, kcmArg, make, { ...podDraft, setting: `${ccPrefix}.controllerManager.extraArgs.cluster-cidr` }, FORMAT);
  else if (kcp && podSubnet) emitRange(out, source, kcp.doc, podSubnet, make, { ...podDraft, setting: `${ccPrefix}.networking.podSubnet` }, FORMAT);
  else
    emitRange(
      out,
      source,
      doc,
      mapEntry(doc, getPath(doc, netEntry?.value, ['pods']), 'cidrBlocks')?.value ?? null,
      make,
      { ...podDraft, setting: 'spec.clusterNetwork.pods.cidrBlocks' },
      FORMAT,
    );

  if (kcp && cc) readControllerManager(source, kcp, cc.entry?.value ?? null, id, make, ccPrefix, out);
}

function readControllerManager(
  source: Source,
  k: KubeadmDoc,
  ccNode: ParsedNode | null,
  id: string,
  make: ReturnType<typeof settingMaker>,
  ccPrefix: string,
  out: Extraction,
): void {
  emitRange(
    out,
    source,
    k.doc,
    extraArgNode(k.doc, getPath(k.doc, ccNode, ['controllerManager', 'extraArgs']), 'service-cluster-ip-range'),
    make,
    {
      subject: `${id}/kube-controller-manager`,
      role: 'service-range',
      component: 'kube-controller-manager',
      setting: `${ccPrefix}.controllerManager.extraArgs.service-cluster-ip-range`,
    },
    FORMAT,
  );
}

/** How settings of a kubeadm config object are named: `<kind> [<path>.]clusterConfiguration`. */
function kubeadmConfigPrefix(k: KubeadmDoc): string {
  return `${k.kind} ${k.configPath.slice(1).join('.')}${k.configPath.length > 1 ? '.' : ''}clusterConfiguration`;
}

/**
 * The Service range a kubeadm ClusterConfiguration gives the apiserver: its `apiServer.extraArgs` flag when
 * present, else `networking.serviceSubnet` (fixed once a KubeadmControlPlane exists).
 */
function emitKubeadmServiceRange(
  source: Source,
  k: KubeadmDoc,
  ccNode: ParsedNode | null,
  make: ReturnType<typeof settingMaker>,
  subject: string,
  ccPrefix: string,
  out: Extraction,
): 'set' | 'hidden' | 'absent' {
  const apiArg = extraArgNode(k.doc, getPath(k.doc, ccNode, ['apiServer', 'extraArgs']), 'service-cluster-ip-range');
  const draft = { subject, role: 'service-range', component: 'kube-apiserver' } as const;
  const got = apiArg
    ? emitRange(out, source, k.doc, apiArg, make, { ...draft, setting: `${ccPrefix}.apiServer.extraArgs.service-cluster-ip-range` }, FORMAT)
    : 'absent';
  if (got !== 'absent') return got;
  return emitRange(
    out,
    source,
    k.doc,
    mapEntry(k.doc, getPath(k.doc, ccNode, ['networking']), 'serviceSubnet')?.value ?? null,
    make,
    {
      ...draft,
      setting: `${ccPrefix}.networking.serviceSubnet`,
      profile: 'kubeadm',
      immutable: k.kind === 'KubeadmControlPlane' ? KCP_NETWORKING_IMMUTABLE : undefined,
    },
    FORMAT,
  );
}

/** A kubeadm config object without its Cluster in the file: only what it sets itself, never a default. */
function readKubeadmOnly(source: Source, k: KubeadmDoc, out: Extraction): void {
  const cc = clusterConfiguration(k);
  if (!cc.entry) return;
  const id = `clusterapi/${k.kind}/${k.name}`;
  const make = settingMaker({ format: FORMAT, group: id, kubernetesVersion: k.version });
  const ccPrefix = kubeadmConfigPrefix(k);
  const node = cc.entry.value;
  emitKubeadmServiceRange(source, k, node, make, `${id}/service-range`, ccPrefix, out);
  emitRange(
    out,
    source,
    k.doc,
    mapEntry(k.doc, getPath(k.doc, node, ['networking']), 'podSubnet')?.value ?? null,
    make,
    { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: `${ccPrefix}.networking.podSubnet` },
    FORMAT,
  );
  readControllerManager(source, k, node, id, make, ccPrefix, out);
}
