// kops Cluster (kops.k8s.io/v1alpha2 and v1alpha3, kubernetes/kops pkg/apis/kops):
//   v1alpha3: spec.networking.serviceClusterIPRange / nonMasqueradeCIDR / podCIDR
//   v1alpha2: spec.serviceClusterIPRange / nonMasqueradeCIDR / podCIDR (spec.networking is the CNI choice)
//   both:     spec.kubeAPIServer.serviceClusterIPRange — kops validation requires it to equal the cluster
//             value ("KubeAPIServer ServiceClusterIPRange did not match cluster ServiceClusterIPRange",
//             pkg/apis/kops/validation), so it is a separate kube-apiserver setting in the same group and
//             the engine reports component-mismatch; spec.kubeControllerManager.clusterCIDR (pods).
// Default when the range is absent (kubernetes/kops upup/pkg/fi/cloudup, "Defaulted ServiceClusterIPRange
// to %v"): "100.64.0.0/13", or "fd00:5e4f:ce::/108" when nonMasqueradeCIDR is IPv6 (e.g. "::/0").
// Also reads nodeup configuration files that kops generates for control-plane nodes
// (APIServerConfig.KubeAPIServer.serviceClusterIPRange, Networking.serviceClusterIPRange), without defaults:
// they are generated in full, an absent value there is not a choice of the default.
// And `kops create cluster --set spec.networking.serviceClusterIPRange=…` in shell scripts, with these fields,
// subjects and defaults, create-only (kops-create-cluster.ts).

import type { Document, ParsedNode } from 'yaml';
import type { Extraction } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { documentKind, getPath, isShellOrUnit, lineSpan, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import { extractKopsCreateCluster, mayCreateKopsCluster } from './kops-create-cluster.js';
import { emitRange, guardExtraction, keySpan, settingMaker, minorVersion } from '../toolkit/read-values.js';
import { readDeclaredFields, type FieldsDeclaration } from '../declared/yaml-declaration.js';

const FORMAT = 'kops';
export const KOPS_DEFAULT_SERVICE_RANGE_IPV4 = '100.64.0.0/13';
export const KOPS_DEFAULT_SERVICE_RANGE_IPV6 = 'fd00:5e4f:ce::/108';

export const kopsFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) =>
    guardExtraction(FORMAT, () => {
      const cluster = extractKops(source);
      if (!isShellOrUnit(source.path, source.text) || !mayCreateKopsCluster(source.text)) return cluster;
      const script = extractKopsCreateCluster(source, { ipv4: KOPS_DEFAULT_SERVICE_RANGE_IPV4, ipv6: KOPS_DEFAULT_SERVICE_RANGE_IPV6 });
      return { settings: [...cluster.settings, ...script.settings], problems: [...cluster.problems, ...script.problems] };
    }),
};

export function extractKops(source: Source): Extraction {
  const yaml = source.yaml;
  if (!yaml || yaml.documents.length === 0) return EMPTY_EXTRACTION;
  const out: Extraction = { settings: [], problems: [] };
  let unnamed = 0;
  for (const doc of yaml.documents) {
    const { kind, apiVersion } = documentKind(doc);
    if (kind === 'Cluster' && apiVersion !== null && /^kops(\.k8s\.io)?\/v1alpha[23]$/.test(apiVersion)) {
      const name = scalarText(getPath(doc, doc.contents, ['metadata', 'name']));
      readCluster(source, doc, out, name ? `kops/${name}` : `kops/Cluster#${unnamed++}`, apiVersion.endsWith('v1alpha3'));
    } else if (
      kind === null &&
      (mapEntry(doc, doc.contents, 'APIServerConfig') || (mapEntry(doc, doc.contents, 'Networking') && mapEntry(doc, doc.contents, 'KubeletConfig')))
    ) {
      readNodeupConfig(source, doc, out);
    }
  }
  return out;
}

function readCluster(source: Source, doc: Document.Parsed, out: Extraction, id: string, v1alpha3: boolean): void {
  const specEntry = mapEntry(doc, doc.contents, 'spec');
  const spec = specEntry?.value ?? null;
  const make = settingMaker({ format: FORMAT, group: id, kubernetesVersion: minorVersion(scalarText(getPath(doc, spec, ['kubernetesVersion']))) });
  // v1alpha3 moved the network ranges under spec.networking; read the place that belongs to the version,
  // and the other one as a fallback (hand-written files mix them; kops' conversion maps one onto the other).
  const places = v1alpha3 ? [['networking'], []] : [[], ['networking']];
  const fieldOf = (name: string) => {
    for (const p of places) {
      const parent = p.length ? getPath(doc, spec, p) : spec;
      const e = mapEntry(doc, parent, name);
      if (e) return { entry: e, setting: ['spec', ...p, name].join('.') };
    }
    return null;
  };

  const service = fieldOf('serviceClusterIPRange');
  const got = service
    ? emitRange(
        out,
        source,
        doc,
        service.entry.value,
        make,
        { subject: `${id}/service-range`, role: 'service-range', component: 'platform', setting: service.setting },
        FORMAT,
      )
    : 'absent';
  const apiServer = mapEntry(doc, getPath(doc, spec, ['kubeAPIServer']), 'serviceClusterIPRange');
  if (got === 'absent') {
    const nonMasq = scalarText(fieldOf('nonMasqueradeCIDR')?.entry.value);
    const ipv6 = nonMasq?.includes(':');
    const networking = mapEntry(doc, spec, 'networking');
    out.settings.push(
      make({
        subject: `${id}/service-range`,
        role: 'service-range',
        component: 'platform',
        setting: v1alpha3 ? 'spec.networking.serviceClusterIPRange' : 'spec.serviceClusterIPRange',
        value: ipv6 ? KOPS_DEFAULT_SERVICE_RANGE_IPV6 : KOPS_DEFAULT_SERVICE_RANGE_IPV4,
        origin: 'default',
        span: v1alpha3 && networking ? keySpan(source, networking.key) : specEntry ? keySpan(source, specEntry.key) : lineSpan(1),
        defaultNote: `kops default when serviceClusterIPRange is absent${ipv6 ? ' and nonMasqueradeCIDR is IPv6' : ''} (kubernetes/kops upup/pkg/fi/cloudup)`,
      }),
    );
  }
  if (apiServer) {
    emitRange(
      out,
      source,
      doc,
      apiServer.value,
      make,
      {
        subject: `${id}/kube-apiserver`,
        role: 'service-range',
        component: 'kube-apiserver',
        setting: 'spec.kubeAPIServer.serviceClusterIPRange',
      },
      FORMAT,
    );
  }

  // Pods: kubeControllerManager.clusterCIDR is what the controller-manager allocates from; else podCIDR.
  const kcmCidr = mapEntry(doc, getPath(doc, spec, ['kubeControllerManager']), 'clusterCIDR');
  const pod = kcmCidr ? { entry: kcmCidr, setting: 'spec.kubeControllerManager.clusterCIDR' } : fieldOf('podCIDR');
  if (pod) {
    emitRange(
      out,
      source,
      doc,
      pod.entry.value,
      make,
      { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: pod.setting },
      FORMAT,
    );
  }
}

/**
 * The nodeup config kops writes for a node (`APIServerConfig`, `Networking`, `ControlPlaneConfig`): explicit
 * values only — nodeup gets them already defaulted from the Cluster spec.
 */
const KOPS_NODEUP: FieldsDeclaration = {
  id: FORMAT,
  kubernetesVersion: [['KubernetesVersion']],
  reportEveryHiddenValue: true,
  fields: [
    {
      subject: 'kube-apiserver',
      role: 'service-range',
      component: 'kube-apiserver',
      path: ['APIServerConfig', 'KubeAPIServer', 'serviceClusterIPRange'],
    },
    { subject: 'service-range', role: 'service-range', component: 'platform', path: ['Networking', 'serviceClusterIPRange'] },
    {
      subject: 'pod-range',
      role: 'pod-range',
      component: 'kube-controller-manager',
      path: ['ControlPlaneConfig', 'KubeControllerManager', 'clusterCIDR'],
    },
  ],
};

function readNodeupConfig(source: Source, doc: Document.Parsed, out: Extraction): void {
  const name = scalarText(getPath(doc, doc.contents, ['ClusterName']));
  const got = readDeclaredFields(KOPS_NODEUP, source, doc, { root: doc.contents as ParsedNode, group: `kops/nodeup/${name ?? 'config'}` });
  out.settings.push(...got.settings);
  out.problems.push(...got.problems);
}
