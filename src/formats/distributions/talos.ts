// Talos Linux machine configuration (siderolabs/talos pkg/machinery/config/types/v1alpha1):
//   version: v1alpha1 / machine: / cluster: network: serviceSubnets (list), podSubnets (list),
//   cluster.apiServer.extraArgs, cluster.apiServer.image (Kubernetes version);
// config patches that carry only `cluster.network...`; and the standalone `KubeNetworkConfig` document
// (apiVersion v1alpha1, top-level serviceSubnets / podSubnets).
// Defaults (siderolabs/talos pkg/machinery/constants: DefaultIPv4ServiceNet "10.96.0.0/12",
// DefaultIPv4PodNet "10.244.0.0/16"; SPEC §2): serviceSubnets 10.96.0.0/12 when absent from a full config.

import type { Document } from 'yaml';
import type { Extraction } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { documentKind, getPath, lineSpan, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import { emitRange, extraArgNode, guardExtraction, keySpan, settingMaker, minorVersion, preferApiserverOverride, scanKeyLines } from '../toolkit/read-values.js';

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

function readMachineConfig(source: Source, doc: Document.Parsed, out: Extraction, ctx: { id: string; withDefaults: boolean }): void {
  const cluster = mapEntry(doc, doc.contents, 'cluster');
  const networkEntry = mapEntry(doc, cluster?.value, 'network');
  const apiServer = getPath(doc, cluster?.value, ['apiServer']);
  const make = settingMaker({
    format: FORMAT,
    group: ctx.id,
    kubernetesVersion: minorVersion(scalarText(getPath(doc, apiServer, ['image']))),
  });
  const services = mapEntry(doc, networkEntry?.value, 'serviceSubnets');
  const got = emitRange(out, source, doc, services?.value ?? null, make, {
    subject: `${ctx.id}/service-range`,
    role: 'service-range',
    component: 'platform',
    setting: 'cluster.network.serviceSubnets',
  }, FORMAT);
  if (got === 'absent' && ctx.withDefaults) {
    out.settings.push(
      make({
        subject: `${ctx.id}/service-range`,
        role: 'service-range',
        component: 'platform',
        setting: 'cluster.network.serviceSubnets',
        value: TALOS_DEFAULT_SERVICE_SUBNET,
        origin: 'default',
        // Point at the nearest parent that exists: network, cluster, or line 1.
        span: networkEntry ? keySpan(source, networkEntry.key) : cluster ? keySpan(source, cluster.key) : lineSpan(1),
        defaultNote: 'Talos default when cluster.network.serviceSubnets is absent (siderolabs/talos constants.DefaultIPv4ServiceNet)',
      }),
    );
  }
  // Pod subnets: only explicit values are compared for overlap; the Talos default pod range
  // (10.244.0.0/16) never overlaps the default service range, so defaulting it adds nothing.
  emitRange(out, source, doc, mapEntry(doc, networkEntry?.value, 'podSubnets')?.value ?? null, make, {
    subject: `${ctx.id}/pod-range`,
    role: 'pod-range',
    component: 'platform',
    setting: 'cluster.network.podSubnets',
  }, FORMAT);
  // Talos renders the kube-apiserver static pod from serviceSubnets; an extraArgs flag reaches the
  // apiserver command line too, so it is reported as the apiserver's own value (mismatch if different).
  emitRange(out, source, doc, extraArgNode(doc, getPath(doc, apiServer, ['extraArgs']), 'service-cluster-ip-range'), make, {
    subject: `${ctx.id}/kube-apiserver`,
    role: 'service-range',
    component: 'kube-apiserver',
    setting: 'cluster.apiServer.extraArgs.service-cluster-ip-range',
  }, FORMAT);
  emitRange(
    out,
    source,
    doc,
    extraArgNode(doc, getPath(doc, cluster?.value, ['controllerManager', 'extraArgs']), 'service-cluster-ip-range'),
    make,
    {
      subject: `${ctx.id}/kube-controller-manager`,
      role: 'service-range',
      component: 'kube-controller-manager',
      setting: 'cluster.controllerManager.extraArgs.service-cluster-ip-range',
    },
    FORMAT,
  );
  preferApiserverOverride(out, ctx.id);
}

function readKubeNetworkConfig(source: Source, doc: Document.Parsed, out: Extraction, index: number): void {
  const id = `talos/KubeNetworkConfig#${index}`;
  const make = settingMaker({ format: FORMAT, group: id });
  const services = mapEntry(doc, doc.contents, 'serviceSubnets');
  const got = emitRange(out, source, doc, services?.value ?? null, make, {
    subject: `${id}/service-range`,
    role: 'service-range',
    component: 'platform',
    setting: 'serviceSubnets',
  }, FORMAT);
  if (got === 'absent') {
    const kindEntry = mapEntry(doc, doc.contents, 'kind');
    out.settings.push(
      make({
        subject: `${id}/service-range`,
        role: 'service-range',
        component: 'platform',
        setting: 'serviceSubnets',
        value: TALOS_DEFAULT_SERVICE_SUBNET,
        origin: 'default',
        span: kindEntry ? keySpan(source, kindEntry.key) : lineSpan(1),
        defaultNote: 'Talos default when serviceSubnets is absent (siderolabs/talos constants.DefaultIPv4ServiceNet)',
      }),
    );
  }
  emitRange(out, source, doc, mapEntry(doc, doc.contents, 'podSubnets')?.value ?? null, make, {
    subject: `${id}/pod-range`,
    role: 'pod-range',
    component: 'platform',
    setting: 'podSubnets',
  }, FORMAT);
}
