// eksctl `ClusterConfig` (eksctl.io/v1alpha5): `kubernetesNetworkConfig.serviceIPv4CIDR` and `ipFamily`.
//
// Upstream: eksctl-io/eksctl pkg/apis/eksctl.io/v1alpha5/types.go (KubernetesNetworkConfig{IPFamily,
// ServiceIPv4CIDR}); the EKS CreateCluster API (kubernetesNetworkConfig.serviceIpv4Cidr): "If you don't
// specify a block, Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR
// blocks" and the value "can't be changed after the cluster is created"; in CloudFormation the property is
// "Update requires: Replacement". EKS also requires a private range between /12 and /24 (terraform-provider-aws
// validates IsCIDRNetwork(12, 24) + RFC 1918), which is stricter than the apiserver profile used here.
//
// Decision on absence: EKS picks one of two ranges from the VPC's addresses at creation, which the file
// does not determine, so an absent serviceIPv4CIDR yields no Setting at all (no default is knowable). The
// value of an existing cluster is then fixed; the engine sees a Setting appear or disappear and the
// `immutable` wording tells it the platform will not apply a change. With ipFamily IPv6 EKS assigns the
// IPv6 service range itself (no field to read).

import type { Document, ParsedNode } from 'yaml';
import { isMap } from 'yaml';
import type { Extraction, Problem, Setting } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { documentKind, getPath, mapEntry, scalarText, type Source } from '../toolkit/yaml-source.js';
import { guardExtraction, makeSetting, mergeExtractions, minorVersion, readScalar, templateProblem, type SettingContext } from '../toolkit/read-values.js';

const FORMAT = 'eksctl';
export const EKSCTL_IMMUTABLE = 'EKS does not allow changing the service IPv4 CIDR of an existing cluster';

export const eksctlFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractEksctl(source)),
};

export function extractEksctl(source: Source): Extraction {
  const yaml = source.yaml;
  if (!yaml) return EMPTY_EXTRACTION;
  return mergeExtractions(yaml.documents.map((doc, i) => extractDocument(source, doc, i)));
}

function extractDocument(source: Source, doc: Document.Parsed, index: number): Extraction {
  const { kind, apiVersion } = documentKind(doc);
  if (kind !== 'ClusterConfig' || !apiVersion?.startsWith('eksctl.io/')) return EMPTY_EXTRACTION;
  const root = doc.contents as ParsedNode | null;
  if (!isMap(root)) return EMPTY_EXTRACTION;
  const name = scalarText(getPath(doc, root, ['metadata', 'name']));
  const region = scalarText(getPath(doc, root, ['metadata', 'region']));
  const group = `eksctl/${name ?? `#${index}`}${region ? `@${region}` : ''}`;
  const ctx: SettingContext = {
    format: FORMAT,
    group,
    profile: 'apiserver',
    immutable: EKSCTL_IMMUTABLE,
    kubernetesVersion: minorVersion(scalarText(getPath(doc, root, ['metadata', 'version']))),
  };
  const subject = `${group}/kubernetesNetworkConfig`;
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  const cidr = mapEntry(doc, getPath(doc, root, ['kubernetesNetworkConfig']), 'serviceIPv4CIDR');
  if (cidr) {
    const read = readScalar(source, cidr.value);
    const setting = 'kubernetesNetworkConfig.serviceIPv4CIDR';
    if (read.kind === 'template') problems.push(templateProblem(FORMAT, setting, read.span, read.expression));
    else if (read.kind === 'value') {
      settings.push(makeSetting(ctx, { subject, role: 'service-range', component: 'platform', setting, value: read.text, origin: 'explicit', span: read.span }));
    }
  }
  // With the VPC CNI pods take VPC addresses, so the VPC CIDR is the pod range the Service range must
  // not overlap (EKS: the service CIDR "must not overlap with ... your VPC").
  const vpcCidr = readScalar(source, getPath(doc, root, ['vpc', 'cidr']));
  if (vpcCidr.kind === 'value') {
    settings.push(makeSetting(ctx, { subject, role: 'pod-range', component: 'platform', setting: 'vpc.cidr', value: vpcCidr.text, origin: 'explicit', span: vpcCidr.span }));
  }
  return { settings, problems };
}
