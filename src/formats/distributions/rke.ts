// RKE1 `cluster.yml` (also nested under `rancher_kubernetes_engine_config` in a Rancher v2 cluster file).
//
// Upstream rancher/rke:
// - cluster/defaults.go: DefaultServiceClusterIPRange = "10.43.0.0/16" for both
//   services.kube-api.service_cluster_ip_range and services.kube-controller.service_cluster_ip_range
//   (each defaulted on its own), DefaultClusterCIDR = "10.42.0.0/16", DefaultClusterDNSService = "10.43.0.10".
// - cluster/plan.go: "Override args if they exist, add additional args": `extra_args` of a service replace
//   the flag built from the typed field, so `extra_args.service-cluster-ip-range` wins.
// - RKE does not check that kube-api and kube-controller agree: the two are separate settings in one
//   group so the engine reports `component-mismatch`.
// RKE applies a changed flag on `rke up` like any apiserver restart: no platform immutability.

import type { Document, ParsedNode, Scalar } from 'yaml';
import { isMap } from 'yaml';
import type { Component, Extraction, Problem, Setting, SettingRole } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { getPath, lineSpan, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import { guardExtraction, keySpan, makeSetting, mergeExtractions, minorVersion, readScalar, templateProblem, type SettingContext } from '../toolkit/read-values.js';

const FORMAT = 'rke';
export const RKE_DEFAULT_SERVICE_RANGE = '10.43.0.0/16';
export const RKE_DEFAULT_CLUSTER_CIDR = '10.42.0.0/16';
export const RKE_DEFAULT_DNS = '10.43.0.10';
/** Keys of `services` that only RKE1 uses (with its hyphenated names). */
const RKE_SERVICE_KEYS = ['kube-api', 'kube-controller', 'kubelet', 'kubeproxy', 'scheduler', 'etcd'];

export const rkeFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractRke(source)),
};

export function extractRke(source: Source): Extraction {
  const yaml = source.yaml;
  if (!yaml) return EMPTY_EXTRACTION;
  return mergeExtractions(yaml.documents.map((doc, i) => extractDocument(source, doc, i)));
}

interface Field {
  service: 'kube-api' | 'kube-controller' | 'kubelet';
  field: string;
  flag: string;
  role: SettingRole;
  component: Component;
  defaultValue: string;
}

const FIELDS: readonly Field[] = [
  { service: 'kube-api', field: 'service_cluster_ip_range', flag: 'service-cluster-ip-range', role: 'service-range', component: 'kube-apiserver', defaultValue: RKE_DEFAULT_SERVICE_RANGE },
  { service: 'kube-controller', field: 'service_cluster_ip_range', flag: 'service-cluster-ip-range', role: 'service-range', component: 'kube-controller-manager', defaultValue: RKE_DEFAULT_SERVICE_RANGE },
  { service: 'kube-controller', field: 'cluster_cidr', flag: 'cluster-cidr', role: 'pod-range', component: 'kube-controller-manager', defaultValue: RKE_DEFAULT_CLUSTER_CIDR },
  { service: 'kubelet', field: 'cluster_dns_server', flag: 'cluster-dns', role: 'dns-address', component: 'platform', defaultValue: RKE_DEFAULT_DNS },
];

function extractDocument(source: Source, doc: Document.Parsed, index: number): Extraction {
  let root = doc.contents as ParsedNode | null;
  let prefix = '';
  const nested = getPath(doc, root, ['rancher_kubernetes_engine_config']);
  if (isMap(nested)) {
    root = nested;
    prefix = 'rancher_kubernetes_engine_config.';
  }
  if (!isMap(root) || documentKindOf(doc, root) !== null) return EMPTY_EXTRACTION;
  const services = mapEntry(doc, root, 'services');
  if (!services || !isMap(services.value)) return EMPTY_EXTRACTION;
  const servicesMap = services.value;
  if (!RKE_SERVICE_KEYS.some((k) => k.includes('-') && mapEntry(doc, servicesMap, k) !== null)) return EMPTY_EXTRACTION;

  const clusterName = scalarText(getPath(doc, root, ['cluster_name'])) ?? `#${index}`;
  const group = `rke/${clusterName}`;
  const ctx: SettingContext = {
    format: FORMAT,
    group,
    profile: 'apiserver',
    kubernetesVersion:
      minorVersion(scalarText(getPath(doc, root, ['kubernetes_version']))) ??
      minorVersion(scalarText(getPath(doc, root, ['system_images', 'kubernetes']))),
  };
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  for (const f of FIELDS) {
    const serviceEntry = mapEntry(doc, servicesMap, f.service);
    const subject = `${group}/${f.service}`;
    const extra = serviceEntry ? mapEntry(doc, getPath(doc, serviceEntry.value, ['extra_args']), f.flag) : null;
    const typed = serviceEntry ? mapEntry(doc, serviceEntry.value, f.field) : null;
    const chosen = extra ?? typed;
    const name = extra
      ? `${prefix}services.${f.service}.extra_args.${f.flag}`
      : `${prefix}services.${f.service}.${f.field}`;
    if (chosen) {
      const read = readScalar(source, chosen.value);
      if (read.kind === 'template') {
        if (f.role === 'service-range') problems.push(templateProblem(FORMAT, name, read.span, read.expression));
        continue;
      }
      if (read.kind === 'value') {
        settings.push(makeSetting(ctx, { subject, role: f.role, component: f.component, setting: name, value: read.text, origin: 'explicit', span: read.span }));
        continue;
      }
      // An empty value is defaulted by RKE (setDefaultIfEmpty), like an absent one.
    }
    const span = spanForDefault(source, serviceEntry?.key, services.key);
    settings.push(
      makeSetting(ctx, {
        subject,
        role: f.role,
        component: f.component,
        setting: `${prefix}services.${f.service}.${f.field}`,
        value: f.defaultValue,
        origin: 'default',
        span,
        defaultNote: `RKE default when services.${f.service}.${f.field} is absent or empty (rancher/rke cluster/defaults.go)`,
      }),
    );
  }
  return { settings, problems };
}

function spanForDefault(source: Source, serviceKey: Scalar | undefined, servicesKey: Scalar): ReturnType<typeof lineSpan> {
  return keySpan(source, serviceKey ?? servicesKey);
}

/** RKE cluster.yml has no kind; a document with a kind is some other object that happens to have `services`. */
function documentKindOf(doc: Document.Parsed, root: ParsedNode): string | null {
  return scalarText(getPath(doc, root, ['kind']));
}
