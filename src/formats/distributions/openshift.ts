// OpenShift installer inputs: install-config.yaml (YAML or JSON), AgentClusterInstall (assisted installer /
// hive), a hive Secret (or an OpenShift Template wrapping it) whose `install-config.yaml` key embeds the
// config, and the assisted-service REST cluster object (JSON).
//
// Upstream:
// - openshift/installer pkg/types/defaults/installconfig.go: `defaultServiceNetwork = 172.30.0.0/16`,
//   applied when `networking.serviceNetwork` is empty; pods default `10.128.0.0/14`.
// - openshift/installer pkg/types/conversion/installconfig.go: deprecated `networking.serviceCIDR`
//   becomes `serviceNetwork: [serviceCIDR]` when serviceNetwork is empty.
// - The service network is only read at install time: changing it in install-config.yaml does not change
//   an installed cluster (OpenShift docs "Installation configuration parameters": networking parameters
//   "cannot be changed after installation").

import type { Document, ParsedNode, Scalar } from 'yaml';
import { isMap } from 'yaml';
import type { Extraction, Problem, Setting } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { getPath, lineSpan, mapEntry, scalarText, seqItems, type Source } from '../toolkit/yaml-source.js';
import {
  extractEmbedded,
  findKeyInText,
  guardExtraction,
  keySpan,
  makeSetting,
  mergeExtractions,
  readRange,
  readScalar,
  templateProblem,
  type SettingContext,
  type RangeRead,
} from '../toolkit/read-values.js';

export const OPENSHIFT_DEFAULT_SERVICE_NETWORK = '172.30.0.0/16';
export const OPENSHIFT_DEFAULT_CLUSTER_NETWORK = '10.128.0.0/14';
const FORMAT = 'openshift';
const IMMUTABLE =
  'OpenShift reads networking.serviceNetwork only at install time: the service network of an installed cluster cannot be changed by editing the install configuration';

export const openshiftFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractOpenshift(source)),
};

export function extractOpenshift(source: Source): Extraction {
  const yaml = source.yaml;
  if (!yaml) return EMPTY_EXTRACTION;
  const parts: Extraction[] = [];
  yaml.documents.forEach((doc, index) => {
    const root = doc.contents as ParsedNode | null;
    parts.push(...extractNode(source, doc, root, `#${index}`, yaml.problems.length > 0));
  });
  return mergeExtractions(parts);
}

function extractNode(source: Source, doc: Document.Parsed, node: ParsedNode | null, where: string, yamlBroken: boolean): Extraction[] {
  if (!isMap(node)) return [];
  const kind = scalarText(getPath(doc, node, ['kind']));
  const apiVersion = scalarText(getPath(doc, node, ['apiVersion'])) ?? '';
  if (kind === 'AgentClusterInstall' && apiVersion.startsWith('extensions.hive.openshift.io/')) {
    return [extractAgentClusterInstall(source, doc, node, where, yamlBroken)];
  }
  if (kind === 'Secret') return [extractSecret(source, node, doc)];
  if (kind === 'Template' || kind === 'List') {
    const items = getPath(doc, node, [kind === 'Template' ? 'objects' : 'items']);
    return seqItems(doc, items).flatMap((item, i) => extractNode(source, doc, item, `${where}/${i}`, yamlBroken));
  }
  if (isInstallConfig(doc, node, kind)) return [extractInstallConfig(source, doc, node, where, yamlBroken)];
  if (isAssistedCluster(doc, node)) return [extractAssistedCluster(source, doc, node, where)];
  return [];
}

/**
 * install-config.yaml has `apiVersion: v1` and no `kind`; it is recognised by keys only the installer
 * reads (openshift/installer pkg/types/installconfig.go InstallConfig).
 */
function isInstallConfig(doc: Document.Parsed, node: ParsedNode, kind: string | null): boolean {
  if (kind !== null) return false;
  const has = (k: string): boolean => mapEntry(doc, node, k) !== null;
  const networking = getPath(doc, node, ['networking']);
  const networkingKeys = ['serviceNetwork', 'clusterNetwork', 'machineNetwork', 'networkType', 'serviceCIDR', 'machineCIDR'];
  const hasNetworking = isMap(networking) && networkingKeys.some((k) => mapEntry(doc, networking, k) !== null);
  const installerKeys = ['baseDomain', 'pullSecret', 'controlPlane', 'compute'];
  return installerKeys.some(has) && (hasNetworking || has('platform') || has('metadata'));
}

function extractInstallConfig(source: Source, doc: Document.Parsed, node: ParsedNode, where: string, yamlBroken: boolean): Extraction {
  const name = scalarText(getPath(doc, node, ['metadata', 'name']));
  const ctx: SettingContext = { format: FORMAT, group: `openshift/install-config/${name ?? where}`, profile: 'apiserver', immutable: IMMUTABLE };
  const networking = mapEntry(doc, node, 'networking');
  return readNetworking(source, doc, ctx, networking, 'networking', yamlBroken);
}

function extractAgentClusterInstall(source: Source, doc: Document.Parsed, node: ParsedNode, where: string, yamlBroken: boolean): Extraction {
  const name = scalarText(getPath(doc, node, ['metadata', 'name']));
  const ctx: SettingContext = { format: FORMAT, group: `openshift/AgentClusterInstall/${name ?? where}`, profile: 'apiserver', immutable: IMMUTABLE };
  const spec = mapEntry(doc, node, 'spec');
  const networking = spec ? mapEntry(doc, spec.value, 'networking') : null;
  const base = readNetworking(source, doc, ctx, networking, 'spec.networking', yamlBroken, spec?.key);
  return applyInstallConfigOverrides(source, doc, node, ctx, base);
}

/**
 * assisted-service merges the JSON in the `agent-install.openshift.io/install-config-overrides`
 * annotation over the generated install-config (openshift/assisted-service internal/installcfg), so a
 * `networking.serviceNetwork` there wins over `spec.networking.serviceNetwork`.
 */
function applyInstallConfigOverrides(source: Source, doc: Document.Parsed, node: ParsedNode, ctx: SettingContext, base: Extraction): Extraction {
  const annotation = getPath(doc, node, ['metadata', 'annotations', 'agent-install.openshift.io/install-config-overrides']);
  const text = scalarText(annotation);
  if (!text?.includes('serviceNetwork')) return base;
  const span = source.spanOf(annotation);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The installer would fail on it too; either way the effective serviceNetwork is unknown.
    const problem: Problem = {
      line: span.line,
      column: span.column,
      message: 'the install-config-overrides annotation names serviceNetwork but is not valid JSON: the effective service network cannot be read',
      hidesRange: true,
      setting: 'install-config-overrides',
      format: FORMAT,
    };
    return { settings: base.settings.filter((s) => s.role !== 'service-range'), problems: [...base.problems, problem] };
  }
  const list = (parsed as { networking?: { serviceNetwork?: unknown } })?.networking?.serviceNetwork;
  if (!Array.isArray(list) || list.length === 0) return base;
  const value = list.map((v) => String(v)).join(',');
  const settings = base.settings.filter((s) => s.role !== 'service-range');
  const subject = `${ctx.group}/service-network`;
  settings.push(
    makeSetting(ctx, {
      subject,
      role: 'service-range',
      component: 'platform',
      setting: 'install-config-overrides networking.serviceNetwork',
      value,
      origin: 'explicit',
      span,
    }),
  );
  return { settings, problems: base.problems.filter((p) => p.setting !== 'spec.networking.serviceNetwork') };
}

function readNetworking(
  source: Source,
  doc: Document.Parsed,
  ctx: SettingContext,
  networking: { key: Scalar; value: ParsedNode | null } | null,
  prefix: string,
  yamlBroken: boolean,
  parentKey?: Scalar,
): Extraction {
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  const subject = `${ctx.group}/service-network`;
  const serviceKey = `${prefix}.serviceNetwork`;
  const netNode = networking?.value ?? null;
  const serviceEntry = mapEntry(doc, netNode, 'serviceNetwork');
  const deprecatedEntry = mapEntry(doc, netNode, 'serviceCIDR');
  let read: RangeRead | null = serviceEntry ? readRange(source, doc, serviceEntry.value) : null;
  let setting = serviceKey;
  if ((!read || read.kind === 'empty' || read.kind === 'unreadable') && deprecatedEntry) {
    read = readScalar(source, deprecatedEntry.value);
    setting = `${prefix}.serviceCIDR`;
  }
  if (read?.kind === 'template') {
    problems.push(templateProblem(FORMAT, setting, read.span, read.expression));
  } else if (read?.kind === 'value') {
    settings.push(
      makeSetting(ctx, { subject, role: 'service-range', component: 'platform', setting, value: read.text, origin: 'explicit', span: read.span }),
    );
  } else {
    // No literal value in the tree. When the YAML is broken (template directives) and the text still
    // names the key, the value is hidden: a default here would be a guess.
    const seen = yamlBroken ? findKeyInText(source, ['serviceNetwork', 'serviceCIDR']) : null;
    if (seen) {
      problems.push({
        line: seen.line,
        message: `${serviceKey} cannot be read${seen.expression ? `: it is templated (${seen.expression})` : ': the file is not valid YAML'}`,
        hidesRange: true,
        setting: serviceKey,
        format: FORMAT,
      });
    } else {
      const span = networking ? keySpan(source, networking.key) : parentKey ? keySpan(source, parentKey) : lineSpan(1);
      settings.push(
        makeSetting(ctx, {
          subject,
          role: 'service-range',
          component: 'platform',
          setting: serviceKey,
          value: OPENSHIFT_DEFAULT_SERVICE_NETWORK,
          origin: 'default',
          span,
          defaultNote: `OpenShift installer default when ${serviceKey} is absent (openshift/installer pkg/types/defaults/installconfig.go)`,
        }),
      );
    }
  }
  const clusterEntry = mapEntry(doc, netNode, 'clusterNetwork');
  if (clusterEntry) {
    settings.push(...podNetworks(source, doc, clusterEntry.value, ctx, subject, `${prefix}.clusterNetwork[].cidr`));
  } else if (!yamlBroken) {
    const span = networking ? keySpan(source, networking.key) : lineSpan(1);
    settings.push(
      makeSetting(ctx, {
        subject,
        role: 'pod-range',
        component: 'platform',
        setting: `${prefix}.clusterNetwork[].cidr`,
        value: OPENSHIFT_DEFAULT_CLUSTER_NETWORK,
        origin: 'default',
        span,
        defaultNote: `OpenShift installer default when ${prefix}.clusterNetwork is absent`,
      }),
    );
  }
  return { settings, problems };
}

/** hive: a Secret whose `install-config.yaml` key carries the whole config as a block scalar. */
function extractSecret(source: Source, node: ParsedNode, doc: Document.Parsed): Extraction {
  const entry = getPath(doc, node, ['stringData', 'install-config.yaml']);
  if (!entry) return EMPTY_EXTRACTION;
  return extractEmbedded(source, entry, (inner) => extractOpenshift(inner));
}

/**
 * assisted-service REST `Cluster` object (openshift/assisted-service swagger.yaml): `service_networks[].cidr`
 * (dual-stack aware) with the legacy single `service_network_cidr`. It is an API object, not an input with
 * defaults: absence gives no setting.
 */
function isAssistedCluster(doc: Document.Parsed, node: ParsedNode): boolean {
  const has = (k: string): boolean => mapEntry(doc, node, k) !== null;
  return (has('openshift_version') || has('ocp_release_image')) && (has('service_networks') || has('service_network_cidr'));
}

function extractAssistedCluster(source: Source, doc: Document.Parsed, node: ParsedNode, where: string): Extraction {
  const name = scalarText(getPath(doc, node, ['id'])) ?? scalarText(getPath(doc, node, ['name'])) ?? where;
  const ctx: SettingContext = {
    format: FORMAT,
    group: `openshift/assisted-cluster/${name}`,
    profile: 'apiserver',
    immutable: IMMUTABLE,
  };
  const subject = `${ctx.group}/service-network`;
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  let read = readRange(source, doc, getPath(doc, node, ['service_networks']), 'cidr');
  let setting = 'service_networks[].cidr';
  if (read.kind === 'empty' || read.kind === 'unreadable') {
    read = readScalar(source, getPath(doc, node, ['service_network_cidr']));
    setting = 'service_network_cidr';
  }
  if (read.kind === 'value') {
    settings.push(
      makeSetting(ctx, { subject, role: 'service-range', component: 'platform', setting, value: read.text, origin: 'explicit', span: read.span }),
    );
  } else if (read.kind === 'template') {
    problems.push(templateProblem(FORMAT, setting, read.span, read.expression));
  }
  settings.push(...podNetworks(source, doc, getPath(doc, node, ['cluster_networks']), ctx, subject, 'cluster_networks[].cidr'));
  return { settings, problems };
}

/** The pod networks (a list of `{cidr, hostPrefix}`) as the pod-range Setting, when every cidr is a literal. */
function podNetworks(
  source: Source,
  doc: Document.Parsed,
  node: ParsedNode | null,
  ctx: SettingContext,
  subject: string,
  setting: string,
): Setting[] {
  const pods = readRange(source, doc, node, 'cidr');
  if (pods.kind !== 'value') return [];
  return [makeSetting(ctx, { subject, role: 'pod-range', component: 'platform', setting, value: pods.text, origin: 'explicit', span: pods.span })];
}
