// Talos Linux machine configuration (siderolabs/talos pkg/machinery/config/types/v1alpha1):
//   version: v1alpha1 / machine: / cluster: network: serviceSubnets (list), podSubnets (list),
//   cluster.apiServer.extraArgs, cluster.apiServer.image (Kubernetes version);
// config patches that carry only `cluster.network...`; and the standalone `KubeNetworkConfig` document
// (apiVersion v1alpha1, top-level serviceSubnets / podSubnets).
// Defaults (siderolabs/talos pkg/machinery/constants: DefaultIPv4ServiceNet "10.96.0.0/12",
// DefaultIPv4PodNet "10.244.0.0/16"; SPEC §2): serviceSubnets 10.96.0.0/12 when absent from a full config.

import type { Document, ParsedNode } from 'yaml';
import type { Extraction } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { documentKind, getPath, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import { extraArgNode, guardExtraction, preferApiserverOverride, scanKeyLines } from '../toolkit/read-values.js';
import { readDeclaredFields, serviceRangeExtraArgs, type FieldsDeclaration } from './yaml-declaration.js';

const FORMAT = 'talos';
export const TALOS_DEFAULT_SERVICE_SUBNET = '10.96.0.0/12';

export const talosFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractTalos(source)),
};

export function extractTalos(source: Source): Extraction {
  const yaml = source.yaml;
  if (!yaml || yaml.documents.length === 0) return EMPTY_EXTRACTION;
  const out: Extraction = { settings: [], problems: [] };
  const seen = new Map<string, number>();
  for (const doc of yaml.documents) {
    const { kind, apiVersion } = documentKind(doc);
    if (kind === 'KubeNetworkConfig' && apiVersion === 'v1alpha1') {
      readKubeNetworkConfig(source, doc, out, occurrence(seen, 'KubeNetworkConfig'));
      continue;
    }
    const version = scalarText(getPath(doc, doc.contents, ['version']));
    const cluster = mapEntry(doc, doc.contents, 'cluster');
    const isFullConfig = version === 'v1alpha1' && (cluster !== null || mapEntry(doc, doc.contents, 'machine') !== null);
    // A patch (no `version`) counts only when it names a network range or the apiserver flag itself.
    const network = getPath(doc, cluster?.value, ['network']);
    const isPatch =
      !isFullConfig &&
      kind === null &&
      (mapEntry(doc, network, 'serviceSubnets') !== null ||
        mapEntry(doc, network, 'podSubnets') !== null ||
        extraArgNode(doc, getPath(doc, cluster?.value, ['apiServer', 'extraArgs']), 'service-cluster-ip-range') !== null);
    if (!isFullConfig && !isPatch) continue;
    const name = scalarText(getPath(doc, cluster?.value, ['clusterName']));
    readMachineConfig(source, doc, out, {
      id: name ? `talos/${name}` : `talos/${isPatch ? 'patch' : 'config'}#${occurrence(seen, name ?? (isPatch ? 'patch' : 'config'))}`,
      withDefaults: isFullConfig,
    });
  }
  // Jinja blocks around a Talos patch can break YAML before `cluster:` is reached: never pass silently.
  if (out.settings.length === 0 && out.problems.length === 0 && yaml.problems.length > 0 && /^\s*cluster\s*:/m.test(source.text)) {
    out.problems.push(...scanKeyLines(source, FORMAT, ['serviceSubnets']));
  }
  return out;
}

function occurrence(seen: Map<string, number>, key: string): number {
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return n;
}

const SERVICE_DEFAULT_NOTE = (field: string) => `Talos default when ${field} is absent (siderolabs/talos constants.DefaultIPv4ServiceNet)`;

/**
 * A machine config (`version: v1alpha1` with `cluster:`) or a patch of one. Pod subnets: only explicit values
 * are compared for overlap; the Talos default pod range (10.244.0.0/16) never overlaps the default service
 * range, so defaulting it adds nothing. Talos renders the kube-apiserver static pod from serviceSubnets; an
 * extraArgs flag reaches the apiserver command line too, so it is reported as the apiserver's own value
 * (component-mismatch if different, and it takes the group's service-range subject: preferApiserverOverride).
 */
export const TALOS_MACHINE_CONFIG: FieldsDeclaration = {
  id: FORMAT,
  kubernetesVersion: [['cluster', 'apiServer', 'image']],
  reportEveryHiddenValue: true,
  fields: [
    {
      subject: 'service-range',
      role: 'service-range',
      component: 'platform',
      path: ['cluster', 'network', 'serviceSubnets'],
      default: { value: TALOS_DEFAULT_SERVICE_SUBNET, note: SERVICE_DEFAULT_NOTE('cluster.network.serviceSubnets') },
    },
    { subject: 'pod-range', role: 'pod-range', component: 'platform', path: ['cluster', 'network', 'podSubnets'] },
    ...serviceRangeExtraArgs(['cluster', 'apiServer', 'extraArgs'], ['cluster', 'controllerManager', 'extraArgs']),
  ],
};

/** The standalone `KubeNetworkConfig` document: top-level serviceSubnets / podSubnets. */
export const TALOS_KUBE_NETWORK_CONFIG: FieldsDeclaration = {
  id: FORMAT,
  reportEveryHiddenValue: true,
  fields: [
    {
      subject: 'service-range',
      role: 'service-range',
      component: 'platform',
      path: ['serviceSubnets'],
      default: { value: TALOS_DEFAULT_SERVICE_SUBNET, note: SERVICE_DEFAULT_NOTE('serviceSubnets'), anchor: ['kind'] },
    },
    { subject: 'pod-range', role: 'pod-range', component: 'platform', path: ['podSubnets'] },
  ],
};

function readMachineConfig(source: Source, doc: Document.Parsed, out: Extraction, ctx: { id: string; withDefaults: boolean }): void {
  const got = readDeclaredFields(TALOS_MACHINE_CONFIG, source, doc, {
    root: doc.contents as ParsedNode,
    group: ctx.id,
    withDefaults: ctx.withDefaults,
  });
  out.settings.push(...got.settings);
  out.problems.push(...got.problems);
  preferApiserverOverride(out, ctx.id);
}

function readKubeNetworkConfig(source: Source, doc: Document.Parsed, out: Extraction, index: number): void {
  const got = readDeclaredFields(TALOS_KUBE_NETWORK_CONFIG, source, doc, {
    root: doc.contents as ParsedNode,
    group: `talos/KubeNetworkConfig#${index}`,
  });
  out.settings.push(...got.settings);
  out.problems.push(...got.problems);
}
