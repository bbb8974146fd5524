// k0s ClusterConfig (k0s.k0sproject.io/v1beta1, k0sproject/k0s pkg/apis/k0s/v1beta1/network.go):
//   spec.network.serviceCIDR (default "10.96.0.0/12", DefaultNetwork()), spec.network.podCIDR
//   (default "10.244.0.0/16"), spec.network.dualStack.{enabled, IPv6serviceCIDR, IPv6podCIDR}
//   (k0s passes "serviceCIDR,IPv6serviceCIDR" to kube-apiserver when dual-stack is enabled:
//   Network.BuildServiceCIDR), spec.api.extraArgs / spec.controllerManager.extraArgs (merged over the
//   flags k0s computes, so a flag there wins: pkg/component/controller/apiserver.go).
// Also found embedded: k0sctl / cfctl `Cluster` `spec.k0s.config`, k0smotron control planes
// (`spec.k0sConfig`), and any map that carries the ClusterConfig apiVersion/kind.

import { isMap, type Document, type ParsedNode } from 'yaml';
import type { Extraction } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { documentKind, getPath, lineSpan, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import { emitRange, guardExtraction, keySpan, settingMaker, minorVersion, preferApiserverOverride, walkMaps } from '../toolkit/read-values.js';
import { readDeclaredFields, serviceRangeExtraArgs, type FieldsDeclaration } from '../declared/yaml-declaration.js';

const FORMAT = 'k0s';
export const K0S_DEFAULT_SERVICE_CIDR = '10.96.0.0/12';
const K0S_API_GROUP = 'k0s.k0sproject.io/';

export const k0sFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractK0s(source)),
};

/**
 * The component flags, merged over the flags k0s computes (a flag there wins; it takes the group's
 * service-range subject through preferApiserverOverride). The Service and pod ranges stay code below: k0s
 * joins `serviceCIDR` with `dualStack.IPv6serviceCIDR` into one value, which a declaration does not say.
 */
const K0S_FLAGS: FieldsDeclaration = {
  id: FORMAT,
  reportEveryHiddenValue: true,
  fields: [...serviceRangeExtraArgs(['spec', 'api', 'extraArgs'], ['spec', 'controllerManager', 'extraArgs'])],
};

interface Found {
  config: ParsedNode;
  path: string[];
  version?: string;
}

export function extractK0s(source: Source): Extraction {
  const yaml = source.yaml;
  if (!yaml || yaml.documents.length === 0) return EMPTY_EXTRACTION;
  const out: Extraction = { settings: [], problems: [] };
  const ids = new Map<string, number>();
  for (const doc of yaml.documents) {
    for (const found of findConfigs(doc)) {
      const name = scalarText(getPath(doc, found.config, ['metadata', 'name']));
      const where = found.path.length ? found.path.join('.') : (documentKind(doc).kind ?? 'ClusterConfig');
      const base = name ? `k0s/${name}` : `k0s/${where}`;
      const n = ids.get(base) ?? 0;
      ids.set(base, n + 1);
      readClusterConfig(source, doc, found, out, n === 0 ? base : `${base}#${n}`);
    }
  }
  return out;
}

/** Every k0s ClusterConfig in one document, top-level or embedded, with the Kubernetes version when visible. */
function findConfigs(doc: Document.Parsed): Found[] {
  const found: Found[] = [];
  walkMaps(doc, doc.contents, (map, path) => {
    const apiVersion = scalarText(mapEntry(doc, map, 'apiVersion')?.value);
    const kind = scalarText(mapEntry(doc, map, 'kind')?.value);
    const isConfig = kind === 'ClusterConfig' && apiVersion !== null && apiVersion.startsWith(K0S_API_GROUP);
    // k0sctl `spec.k0s.config` and k0smotron `spec.k0sConfig` may omit apiVersion/kind: their place says what they are.
    const last = path[path.length - 1];
    const embeddedByPlace =
      !isConfig && ((last === 'config' && path[path.length - 2] === 'k0s') || last === 'k0sConfig') && isMap(getPath(doc, map, ['spec']));
    if (!isConfig && !embeddedByPlace) return;
    let version: string | undefined;
    if (path.length >= 2 && path[path.length - 2] === 'k0s') {
      // k0sctl: spec.k0s.version, e.g. '1.28.3+k0s.0'
      const parent = getPath(doc, doc.contents, path.slice(0, -1));
      version = minorVersion(scalarText(mapEntry(doc, parent, 'version')?.value));
    } else if (last === 'k0sConfig') {
      const parent = getPath(doc, doc.contents, path.slice(0, -1));
      version = minorVersion(scalarText(mapEntry(doc, parent, 'version')?.value));
    }
    found.push({ config: map, path, version });
  });
  return found;
}

function readClusterConfig(source: Source, doc: Document.Parsed, found: Found, out: Extraction, id: string): void {
  const make = settingMaker({ format: FORMAT, group: id, kubernetesVersion: found.version });
  const prefix = found.path.length ? `${found.path.join('.')}.` : '';
  const specEntry = mapEntry(doc, found.config, 'spec');
  const networkEntry = mapEntry(doc, specEntry?.value, 'network');
  const network = networkEntry?.value ?? null;
  const dualStack = scalarText(getPath(doc, network, ['dualStack', 'enabled'])) === 'true';

  const v4 = mapEntry(doc, network, 'serviceCIDR');
  // IPv6serviceCIDR / IPv6podCIDR live in spec.network.dualStack (k0s DualStack struct).
  const dual = getPath(doc, network, ['dualStack']);
  const v6 = dualStack ? mapEntry(doc, dual, 'IPv6serviceCIDR') : null;
  const subject = `${id}/service-range`;
  const setting = `${prefix}spec.network.serviceCIDR`;
  // Dual-stack: one effective value "v4,v6" as k0s hands it to kube-apiserver; read both parts first.
  const read = (entry: ReturnType<typeof mapEntry>, name: string): { value: string; span: ReturnType<Source['spanOf']> } | 'hidden' | null => {
    if (!entry) return null;
    const tmp: Extraction = { settings: [], problems: [] };
    const got = emitRange(tmp, source, doc, entry.value, make, { subject, role: 'service-range', component: 'platform', setting: name }, FORMAT);
    out.problems.push(...tmp.problems);
    if (got === 'hidden') return 'hidden';
    return got === 'set' ? { value: tmp.settings[0].value, span: tmp.settings[0].span } : null;
  };
  const first = read(v4, setting);
  const second = read(v6, `${prefix}spec.network.dualStack.IPv6serviceCIDR`);
  if (first !== 'hidden' && second !== 'hidden') {
    const isDefault = first === null;
    const values = [first?.value ?? K0S_DEFAULT_SERVICE_CIDR, ...(second ? [second.value] : [])];
    const parentSpan = networkEntry ? keySpan(source, networkEntry.key) : specEntry ? keySpan(source, specEntry.key) : lineSpan(1);
    const startSpan = first?.span ?? second?.span ?? parentSpan;
    const endSpan = second?.span ?? startSpan;
    out.settings.push(
      make({
        subject,
        role: 'service-range',
        component: 'platform',
        setting: second ? `${setting} + dualStack.IPv6serviceCIDR` : setting,
        value: values.join(','),
        origin: isDefault && !second ? 'default' : 'explicit',
        span: { line: startSpan.line, column: startSpan.column, endLine: endSpan.endLine, endColumn: endSpan.endColumn },
        ...(isDefault ? { defaultNote: 'k0s default when spec.network.serviceCIDR is absent (k0s DefaultNetwork)' } : {}),
      }),
    );
  }

  const podParts: string[] = [];
  let podSpan = lineSpan(1);
  for (const key of dualStack ? ['podCIDR', 'dualStack.IPv6podCIDR'] : ['podCIDR']) {
    const e = key.startsWith('dualStack.') ? mapEntry(doc, dual, 'IPv6podCIDR') : mapEntry(doc, network, key);
    if (!e) continue;
    const tmp: Extraction = { settings: [], problems: [] };
    const got = emitRange(
      tmp,
      source,
      doc,
      e.value,
      make,
      { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: `${prefix}spec.network.${key}` },
      FORMAT,
    );
    if (got === 'set') {
      if (podParts.length === 0) podSpan = tmp.settings[0].span;
      podParts.push(tmp.settings[0].value);
    }
    out.problems.push(...tmp.problems);
  }
  if (podParts.length) {
    out.settings.push(
      make({
        subject: `${id}/pod-range`,
        role: 'pod-range',
        component: 'platform',
        setting: `${prefix}spec.network.podCIDR`,
        value: podParts.join(','),
        origin: 'explicit',
        span: podSpan,
      }),
    );
  }

  const flags = readDeclaredFields(K0S_FLAGS, source, doc, {
    root: found.config,
    group: id,
    settingPrefix: prefix,
    kubernetesVersion: found.version,
  });
  out.settings.push(...flags.settings);
  out.problems.push(...flags.problems);
  preferApiserverOverride(out, id);
}
