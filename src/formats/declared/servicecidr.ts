// networking.k8s.io ServiceCIDR objects (v1 since Kubernetes 1.33, v1beta1 1.31-1.32): `spec.cidrs`, one per IP
// family, from which the apiserver allocates ClusterIPs next to the default ServiceCIDR "kubernetes" it builds from
// --service-cluster-ip-range. This is the object the remediation of a primary-range-change proposes to add, so the
// gate reads it like any other Service range (issue 13, item 5).
//
// Its field is declared (SERVICECIDR); what is its own is the document recognition: plain documents, multi-document
// files, and the items of a `List` / `ServiceCIDRList` (what `kubectl get servicecidr -o yaml` prints). Templated
// (Helm) values are reported by the generic reader; kustomize output is out of scope.
//
// Each object is its own group (`servicecidr/<metadata.name>`): its checks (immutability, deletion, overlap with the
// default range) are not a cluster config's checks and live in src/engine/servicecidr-checks.ts.

import type { Document, ParsedNode } from 'yaml';
import { isMap } from 'yaml';
import type { Extraction, Setting } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { documentKind, getPath, lineSpan, mapEntry, scalarText, seqItems, type Source } from '../toolkit/yaml-source.js';
import { guardExtraction, keySpan, makeSetting, mergeExtractions } from '../toolkit/read-values.js';
import { readDeclaredFields, type FieldsDeclaration } from './yaml-declaration.js';

export const SERVICECIDR_FORMAT_ID = 'servicecidr';
/** The object the apiserver creates and reconciles from its own flags (defaultservicecidr.DefaultServiceCIDRName). */
export const DEFAULT_SERVICECIDR_NAME = 'kubernetes';

/** The API versions that serve ServiceCIDR (k8s.io/api networking/v1 and v1beta1). */
const API_VERSIONS = new Set(['networking.k8s.io/v1', 'networking.k8s.io/v1beta1']);
const LIST_KINDS = new Set(['List', 'ServiceCIDRList']);

export const SERVICECIDR: FieldsDeclaration = {
  id: SERVICECIDR_FORMAT_ID,
  profile: 'servicecidr',
  // A templated or unreadable entry hides the range: say so, never read it as absent.
  reportEveryHiddenValue: true,
  fields: [{ subject: 'spec.cidrs', role: 'service-range', component: 'kube-apiserver', path: ['spec', 'cidrs'], list: true }],
};

export const serviceCidrFormat: FormatExtractor = {
  id: SERVICECIDR_FORMAT_ID,
  extract: (source) =>
    guardExtraction(SERVICECIDR_FORMAT_ID, () => {
      const yaml = source.yaml;
      if (!yaml) return EMPTY_EXTRACTION;
      return mergeExtractions(yaml.documents.map((doc, i) => readDocument(source, doc, i)));
    }),
};

function readDocument(source: Source, doc: Document.Parsed, index: number): Extraction {
  const { kind, apiVersion } = documentKind(doc);
  const top = doc.contents as ParsedNode | null;
  if (kind === 'ServiceCIDR' && apiVersion !== null && API_VERSIONS.has(apiVersion) && isMap(top)) {
    return readObject(source, doc, top, `#${index}`);
  }
  if (kind === null || !LIST_KINDS.has(kind)) return EMPTY_EXTRACTION;
  // A List's items carry their own kind and apiVersion; a ServiceCIDRList's items may leave them out.
  const parts: Extraction[] = [];
  seqItems(doc, getPath(doc, top, ['items'])).forEach((item, i) => {
    if (!isMap(item)) return;
    const itemKind = scalarText(getPath(doc, item, ['kind']));
    const itemVersion = scalarText(getPath(doc, item, ['apiVersion'])) ?? (kind === 'ServiceCIDRList' ? apiVersion : null);
    if ((itemKind ?? (kind === 'ServiceCIDRList' ? 'ServiceCIDR' : null)) !== 'ServiceCIDR') return;
    if (itemVersion === null || !API_VERSIONS.has(itemVersion)) return;
    parts.push(readObject(source, doc, item, `#${index}.items[${i}]`));
  });
  return mergeExtractions(parts);
}

function readObject(source: Source, doc: Document.Parsed, root: ParsedNode, position: string): Extraction {
  // metadata.name is the identity the apiserver uses; generateName objects are new on every apply.
  const name = scalarText(getPath(doc, root, ['metadata', 'name']));
  const group = `${SERVICECIDR_FORMAT_ID}/${name ?? position}`;
  const got = readDeclaredFields(SERVICECIDR, source, doc, { root, group });
  if (got.settings.length > 0 || got.problems.length > 0) return got;
  // No entry at all: ValidateServiceCIDR refuses it ("at least one CIDR required"); an empty value says so.
  const anchor = mapEntry(doc, root, 'spec') ?? mapEntry(doc, root, 'kind');
  const missing: Setting = makeSetting(
    { format: SERVICECIDR_FORMAT_ID, group, profile: 'servicecidr' },
    {
      subject: `${group}/spec.cidrs`,
      role: 'service-range',
      component: 'kube-apiserver',
      setting: 'spec.cidrs',
      value: '',
      origin: 'explicit',
      span: anchor ? keySpan(source, anchor.key) : lineSpan(1),
    },
  );
  return { settings: [missing], problems: [] };
}

/** The metadata.name a ServiceCIDR setting's group carries, or null for an unnamed object. */
export function serviceCidrName(s: Pick<Setting, 'group'>): string | null {
  const name = s.group.slice(SERVICECIDR_FORMAT_ID.length + 1);
  return name.startsWith('#') ? null : name;
}
