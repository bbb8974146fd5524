// kubespray inventory variables (group_vars/k8s_cluster/k8s-cluster.yml and friends, role defaults, or the
// same variables embedded in a ConfigMap as kubean does).
//
// Upstream kubernetes-sigs/kubespray:
// - roles/kubespray_defaults/defaults/main/main.yml: kube_service_addresses 10.233.0.0/18,
//   kube_service_addresses_ipv6 fd85:ee78:d8a6:8607::1000/116, kube_pods_subnet 10.233.64.0/18,
//   kube_pods_subnet_ipv6 fd85:ee78:d8a6:8607::1:0000/112, ipv4_stack: true,
//   ipv6_stack: "{{ enable_dual_stack_networks | default(false) }}" (enable_dual_stack_networks deprecated).
// - roles/kubespray_defaults/vars/main/main.yml: kube_service_subnets = v4,v6 when both stacks, v4 alone,
//   or v6 alone: IPv4 is always the primary. It feeds kubeadm's networking.serviceSubnet
//   (roles/kubernetes/control-plane/templates/kubeadm-config.v1beta4.yaml.j2), hence the kubeadm profile.
// - before ipv4_stack/ipv6_stack: `{{ kube_service_addresses }}{{ ',' + kube_service_addresses_ipv6 if
//   enable_dual_stack_networks else '' }}` (kubeadm-config.v1beta2.yaml.j2): the same order.
//
// Recognition: Ansible variables are layered across many files, so a default is only sound in a file that
// is recognisably kubespray's cluster network vars: it sets one of KUBESPRAY_NETWORK_KEYS. A file that only
// sets `kube_service_addresses` (the kubernetes-retired/contrib ansible naming, which fed the same
// --service-cluster-ip-range) is read for that explicit value, without defaults.
// INI inventories (`[all:vars]`, `[k8s_cluster:vars]`) are the same variables: kubespray-ini.ts.

import type { Document, ParsedNode } from 'yaml';
import { isMap, isScalar } from 'yaml';
import type { Extraction, Problem, Setting, Span } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { documentKind, getPath, lineSpan, mapEntry, scalarText, Source } from '../toolkit/yaml-source.js';
import { iniVarsAsYaml, isIniInventory } from './kubespray-ini.js';
import {
  extractEmbedded,
  findTemplate,
  guardExtraction,
  makeSetting,
  mapSpan,
  mergeExtractions,
  minorVersion,
  readScalar,
  templateProblem,
  type SettingContext,
} from '../toolkit/read-values.js';

const FORMAT = 'kubespray';
export const KUBESPRAY_DEFAULTS = {
  kube_service_addresses: '10.233.0.0/18',
  kube_service_addresses_ipv6: 'fd85:ee78:d8a6:8607::1000/116',
  kube_pods_subnet: '10.233.64.0/18',
  kube_pods_subnet_ipv6: 'fd85:ee78:d8a6:8607::1:0000/112',
} as const;

/** Variables only kubespray's cluster network vars set (the signal that its defaults apply). */
export const KUBESPRAY_NETWORK_KEYS = [
  'kube_service_addresses_ipv6',
  'kube_pods_subnet',
  'kube_pods_subnet_ipv6',
  'kube_network_node_prefix',
  'kube_network_node_prefix_ipv6',
  'ipv4_stack',
  'ipv6_stack',
  'enable_dual_stack_networks',
  'kube_network_plugin',
] as const;

export const kubesprayFormat: FormatExtractor = {
  id: FORMAT,
  extract: (source) => guardExtraction(FORMAT, () => extractKubespray(source)),
};

export function extractKubespray(source: Source): Extraction {
  if (isIniInventory(source.text)) return extractIni(source);
  const yaml = source.yaml;
  if (!yaml) return EMPTY_EXTRACTION;
  return mergeExtractions(
    yaml.documents.map((doc) => {
      const root = doc.contents as ParsedNode | null;
      if (!isMap(root)) return EMPTY_EXTRACTION;
      const { kind } = documentKind(doc);
      if (kind === 'ConfigMap') return extractConfigMap(source, doc, root);
      if (kind !== null) return EMPTY_EXTRACTION;
      return extractVars(source, doc, root, 'kubespray/vars');
    }),
  );
}

/** An INI inventory: its control plane's vars, read as the same variables (see kubespray-ini.ts). */
function extractIni(source: Source): Extraction {
  const { yaml, toIni } = iniVarsAsYaml(source.text);
  const inner = new Source(source.path, yaml);
  const doc = inner.yaml?.documents[0];
  const root = doc?.contents as ParsedNode | null;
  if (!doc || !isMap(root)) return EMPTY_EXTRACTION;
  const vars = extractVars(inner, doc, root, 'kubespray/vars');
  return {
    settings: vars.settings.map((s) => ({ ...s, span: mapSpan(s.span, toIni) })),
    problems: vars.problems.map((p) => (p.column === undefined ? p : { ...p, column: toIni(p.line, p.column).column })),
  };
}

/** kubean: the group vars are a block scalar under `data` of a ConfigMap. */
function extractConfigMap(source: Source, doc: Document.Parsed, root: ParsedNode): Extraction {
  const data = getPath(doc, root, ['data']);
  if (!isMap(data)) return EMPTY_EXTRACTION;
  const name = scalarText(getPath(doc, root, ['metadata', 'name'])) ?? 'configmap';
  const parts: Extraction[] = [];
  for (const pair of data.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as ParsedNode | null;
    if (!isScalar(value) || typeof value.value !== 'string' || !/kube_service_addresses|ipv[46]_stack/.test(value.value)) continue;
    parts.push(
      extractEmbedded(source, value, (inner) => {
        const innerDoc = inner.yaml?.documents[0];
        const innerRoot = innerDoc?.contents as ParsedNode | null;
        if (!innerDoc || !isMap(innerRoot)) return EMPTY_EXTRACTION;
        return extractVars(inner, innerDoc, innerRoot, `kubespray/${name}/${key}`);
      }),
    );
  }
  return mergeExtractions(parts);
}

type Bool = { value: boolean; span: Span | null; explicit: boolean } | { template: string; span: Span; name: string };

function extractVars(source: Source, doc: Document.Parsed, root: ParsedNode, group: string): Extraction {
  const has = (k: string): boolean => mapEntry(doc, root, k) !== null;
  const recognised = KUBESPRAY_NETWORK_KEYS.some(has);
  if (!recognised && !has('kube_service_addresses')) return EMPTY_EXTRACTION;

  const ctx: SettingContext = {
    format: FORMAT,
    group,
    profile: 'kubeadm',
    kubernetesVersion: minorVersion(scalarText(getPath(doc, root, ['kube_version']))),
  };
  const settings: Setting[] = [];
  const problems: Problem[] = [];

  const dual = readBool(source, doc, root, 'enable_dual_stack_networks', false);
  const v4 = readBool(source, doc, root, 'ipv4_stack', true);
  const v6 = has('ipv6_stack') ? readBool(source, doc, root, 'ipv6_stack', false) : dual;
  for (const b of [v4, v6]) {
    if ('template' in b) {
      // A stack switch we cannot evaluate hides which families the range has.
      problems.push(templateProblem(FORMAT, b.name, b.span, b.template));
      return { settings, problems };
    }
  }
  const v4on = (v4 as { value: boolean }).value;
  const v6on = (v6 as { value: boolean }).value;

  const families = (names: [string, string], label: string, role: 'service-range' | 'pod-range'): void => {
    const parts: { name: string; text: string; span: Span; explicit: boolean }[] = [];
    const wanted: string[] = [];
    if (v4on) wanted.push(names[0]);
    if (v6on) wanted.push(names[1]);
    for (const name of wanted) {
      const entry = mapEntry(doc, root, name);
      if (entry) {
        const read = readScalar(source, entry.value);
        if (read.kind === 'template') {
          if (role === 'service-range') problems.push(templateProblem(FORMAT, name, read.span, read.expression));
          return;
        }
        if (read.kind === 'value') {
          parts.push({ name, text: read.text, span: read.span, explicit: true });
          continue;
        }
      }
      if (!recognised) return; // contrib-style file: no kubespray defaults
      parts.push({ name, text: KUBESPRAY_DEFAULTS[name as keyof typeof KUBESPRAY_DEFAULTS], span: lineSpan(1), explicit: false });
    }
    if (parts.length === 0) {
      if (role === 'service-range')
        problems.push({ line: 1, message: 'kubespray: ipv4_stack and ipv6_stack are both false: no Service range', format: FORMAT, setting: label });
      return;
    }
    // One span per Setting: point where a change most likely is. With two families the second one is
    // what dual-stack edits touch (its address, else its switch); with one, the address, else a switch.
    const explicit = parts.find((p) => p.explicit);
    const second = parts.length === 2 ? parts[1] : undefined;
    const toggle = [v6, v4].find((b) => 'explicit' in b && b.explicit && b.span) as { span: Span } | undefined;
    const span =
      (second?.explicit ? second.span : undefined) ??
      (second && 'explicit' in v6 && v6.explicit && v6.span ? v6.span : undefined) ??
      explicit?.span ??
      toggle?.span ??
      lineSpan(1);
    settings.push(
      makeSetting(ctx, {
        subject: `${group}/${label}`,
        role,
        component: role === 'service-range' ? 'kube-apiserver' : 'kube-controller-manager',
        setting: parts.map((p) => p.name).join(','),
        value: parts.map((p) => p.text).join(','),
        origin: explicit ? 'explicit' : 'default',
        span,
        defaultNote: parts.some((p) => !p.explicit)
          ? `kubespray default for ${parts
              .filter((p) => !p.explicit)
              .map((p) => p.name)
              .join(', ')} (kubernetes-sigs/kubespray roles/kubespray_defaults/defaults/main/main.yml), IPv4 first when both stacks are on`
          : undefined,
      }),
    );
  };
  families(['kube_service_addresses', 'kube_service_addresses_ipv6'], 'kube_service_subnets', 'service-range');
  families(['kube_pods_subnet', 'kube_pods_subnet_ipv6'], 'kube_service_subnets', 'pod-range');

  const dns = readScalar(source, getPath(doc, root, ['skydns_server']));
  if (dns.kind === 'value') {
    settings.push(
      makeSetting(ctx, {
        subject: `${group}/kube_service_subnets`,
        role: 'dns-address',
        component: 'platform',
        setting: 'skydns_server',
        value: dns.text,
        origin: 'explicit',
        span: dns.span,
      }),
    );
  }
  return { settings: settings.map(dropUndefinedNote), problems };
}

function dropUndefinedNote(s: Setting): Setting {
  if (s.defaultNote === undefined) delete s.defaultNote;
  return s;
}

/**
 * An Ansible boolean: YAML true/false, the strings Ansible's `bool` filter accepts, or the tiny Jinja
 * forms kubespray itself uses: `{{ var }}`, `{{ var | bool }}`, `{{ var | default(x) }}`, resolved
 * against the same file (or the default literal when the variable is not in the file).
 */
function readBool(source: Source, doc: Document.Parsed, root: ParsedNode, name: string, fallback: boolean, depth = 0): Bool {
  const entry = mapEntry(doc, root, name);
  if (!entry) return { value: fallback, span: null, explicit: false };
  const span = source.spanOf(entry.value);
  const node = entry.value;
  if (isScalar(node) && typeof node.value === 'boolean') return { value: node.value, span, explicit: true };
  const text = (scalarText(node) ?? '').trim();
  const literal = parseAnsibleBool(text);
  if (literal !== null) return { value: literal, span, explicit: true };
  const m = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*((?:\|\s*(?:bool|default\(\s*(?:true|false|True|False)\s*\))\s*)*)\}\}$/.exec(text);
  if (m && depth < 4) {
    const filters = m[2];
    const d = /default\(\s*(true|false|True|False)\s*\)/.exec(filters);
    const inner = readBool(source, doc, root, m[1], d ? d[1].toLowerCase() === 'true' : fallback, depth + 1);
    if ('template' in inner) return inner;
    return { value: inner.value, span, explicit: true };
  }
  return { template: findTemplate(text) ?? text, span, name };
}

function parseAnsibleBool(text: string): boolean | null {
  const t = text.toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(t)) return true;
  if (['false', 'no', 'off', '0'].includes(t)) return false;
  return null;
}
