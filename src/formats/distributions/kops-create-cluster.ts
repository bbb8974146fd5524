// `kops create cluster … --set spec.networking.serviceClusterIPRange=…` in shell scripts: the cluster spec a
// script creates, read with the same fields, subjects, defaults and group as a kops Cluster manifest (kops.ts).
//
// Upstream kubernetes/kops:
// - cmd/kops/create_cluster.go: `--set` (and its deprecated alias `--override`) is a LazyQuoteStringSliceVar:
//   every occurrence appends, and each value is split as one CSV record (encoding/csv with LazyQuotes,
//   cmd/kops/lazy_quote_string_slice.go readAsCSV), so `--set a=1,b=2` is two items and a comma inside a
//   value needs CSV quotes; `--ipv6` ("Use IPv6 for the pod network") makes cloudup.NewCluster set an IPv6
//   nonMasqueradeCIDR (`::/0`), which selects kops' IPv6 Service range default; `--name` or the first
//   argument names the cluster.
// - pkg/commands/set_cluster.go SetClusterFields: each item is split at the first `=` ("unhandled field" when
//   there is none, and the command fails), a `cluster.` prefix is dropped, and the value is set on the
//   internal API by its field path, in order: the last item for a field wins. Which path exists depends on
//   the kops version (`spec.serviceClusterIPRange`, moved to `spec.networking.serviceClusterIPRange` with the
//   v1alpha3 field generation): both are read, as kops.ts reads both places.
// - RunCreateCluster: "cluster %q already exists; use 'kops update cluster' to apply changes". The command only
//   ever creates a cluster, so a changed script applies to newly created clusters only: the settings are
//   create-only (SPEC §3), like a kind config. Editing the range of a running cluster is kops.ts' business.

import type { Extraction, Problem, Setting, SettingRole, Component, Span } from '../../model.js';
import { splitCommands, tokenizeShell, type Arg } from '../flags/2a-tokenise-shell.js';
import { programIndex, programName } from '../flags/2b-find-invocations.js';
import { findTemplate, makeSetting, minorVersion, templateProblem, type SettingContext } from '../toolkit/read-values.js';
import type { Source } from '../toolkit/yaml-source.js';

const FORMAT = 'kops';

/** `kops create cluster` flags that take no separate value (cmd/kops/create_cluster.go BoolVar/BoolVarP). */
const BOOLEAN_FLAGS = new Set([
  'yes',
  'y',
  'dry-run',
  'ipv6',
  'bastion',
  'encrypt-etcd-storage',
  'associate-public-ip',
  'disable-subnet-tags',
  'openstack-lb-octavia',
  'openstack-storage-ignore-az',
  'gce-service-account-default',
]);

/** The `--set` fields kops.ts reads from a Cluster, by role and subject (the same subjects as kops.ts). */
const FIELDS: Readonly<Record<string, { role: SettingRole | 'non-masquerade'; subject: string; component: Component; rank: number }>> = {
  'spec.serviceClusterIPRange': { role: 'service-range', subject: 'service-range', component: 'platform', rank: 0 },
  'spec.networking.serviceClusterIPRange': { role: 'service-range', subject: 'service-range', component: 'platform', rank: 0 },
  'spec.kubeAPIServer.serviceClusterIPRange': { role: 'service-range', subject: 'kube-apiserver', component: 'kube-apiserver', rank: 0 },
  'spec.podCIDR': { role: 'pod-range', subject: 'pod-range', component: 'platform', rank: 0 },
  'spec.networking.podCIDR': { role: 'pod-range', subject: 'pod-range', component: 'platform', rank: 0 },
  // kops.ts: kubeControllerManager.clusterCIDR is what the controller-manager allocates from, over podCIDR.
  'spec.kubeControllerManager.clusterCIDR': { role: 'pod-range', subject: 'pod-range', component: 'platform', rank: 1 },
  'spec.nonMasqueradeCIDR': { role: 'non-masquerade', subject: '', component: 'platform', rank: 0 },
  'spec.networking.nonMasqueradeCIDR': { role: 'non-masquerade', subject: '', component: 'platform', rank: 0 },
};

interface SetItem {
  key: string;
  value: string;
  span: Span;
}

/** Cheap test before tokenising: a script that never names `kops` and `create` runs no `kops create cluster`. */
export function mayCreateKopsCluster(text: string): boolean {
  return /\bkops\b/.test(text) && /\bcreate\b/.test(text) && /\bcluster\b/.test(text);
}

/** Every `kops create cluster` of a shell script, each one cluster (`kops/<name>`). */
export function extractKopsCreateCluster(source: Source, defaults: { ipv4: string; ipv6: string }): Extraction {
  const out: Extraction = { settings: [], problems: [] };
  let unnamed = 0;
  for (const argv of splitCommands(tokenizeShell(source.text))) {
    const i = programIndex(argv); // `sudo -E kops …`, `KOPS_STATE_STORE=… kops …`
    if (i >= argv.length || programName(argv[i].text) !== 'kops') continue;
    const create = argv.findIndex((a, k) => k > i && a.text === 'create');
    if (create < 0 || argv[create + 1]?.text !== 'cluster') continue;
    readCreate(source, argv.slice(create + 2), argv[create + 1], defaults, out, () => `Cluster#${unnamed++}`);
  }
  return out;
}

function readCreate(
  source: Source,
  args: readonly Arg[],
  clusterWord: Arg,
  defaults: { ipv4: string; ipv6: string },
  out: Extraction,
  unnamed: () => string,
): void {
  const items: SetItem[] = [];
  let name: string | undefined;
  let version: string | undefined;
  let ipv6 = false;
  /** What made the cluster IPv6 (`--ipv6`, an IPv6 nonMasqueradeCIDR): where the IPv6 default comes from. */
  let ipv6Span: Span | undefined;
  for (let k = 0; k < args.length; k++) {
    const t = args[k].text;
    if (t === '--') break;
    if (!t.startsWith('-')) {
      name ??= t; // cobra: the cluster name is the first argument
      continue;
    }
    const body = t.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const flag = eq < 0 ? body : body.slice(0, eq);
    let value: { arg: Arg; from: number } | undefined;
    if (eq >= 0) value = { arg: args[k], from: t.length - body.length + eq + 1 };
    else if (!BOOLEAN_FLAGS.has(flag) && k + 1 < args.length) value = { arg: args[++k], from: 0 };
    if (flag === 'ipv6') {
      ipv6 = eq < 0 || /^(true|1|t)$/i.test(body.slice(eq + 1));
      ipv6Span = source.span(args[k].offsets[0], args[k].offsets[t.length]);
    }
    if (!value) continue;
    const text = value.arg.text.slice(value.from);
    if (flag === 'name') name = text;
    else if (flag === 'kubernetes-version') version = minorVersion(text);
    else if (flag === 'set' || flag === 'override') items.push(...csvItems(source, value.arg, value.from, out));
  }

  const group = `${FORMAT}/${name ?? unnamed()}`;
  const ctx: SettingContext = { format: FORMAT, group, kubernetesVersion: version };
  const chosen = new Map<string, { item: SetItem; rank: number; role: SettingRole; component: Component }>();
  for (const item of items) {
    const field = FIELDS[item.key.replace(/^cluster\./, '')];
    if (!field) continue;
    if (field.role === 'non-masquerade') {
      ipv6 = item.value.includes(':');
      ipv6Span = item.span;
      continue;
    }
    const previous = chosen.get(field.subject);
    if (previous && previous.rank > field.rank) continue;
    chosen.set(field.subject, { item, rank: field.rank, role: field.role, component: field.component });
  }

  const settings: Setting[] = [];
  for (const [subject, { item, role, component }] of chosen) {
    const setting = item.key.replace(/^cluster\./, '');
    const expression = findTemplate(item.value);
    if (expression) {
      out.problems.push(templateProblem(FORMAT, setting, item.span, expression, role === 'service-range'));
      if (subject === 'service-range') return; // never a default in place of a hidden value
      continue;
    }
    settings.push(
      makeSetting(ctx, {
        subject: `${group}/${subject}`,
        role,
        component,
        setting,
        value: item.value,
        origin: 'explicit',
        span: item.span,
        createOnly: true,
      }),
    );
  }
  if (!chosen.has('service-range')) {
    settings.unshift(
      makeSetting(ctx, {
        subject: `${group}/service-range`,
        role: 'service-range',
        component: 'platform',
        setting: 'spec.networking.serviceClusterIPRange',
        value: ipv6 ? defaults.ipv6 : defaults.ipv4,
        origin: 'default',
        span: (ipv6 ? ipv6Span : undefined) ?? source.span(clusterWord.offsets[0], clusterWord.offsets[clusterWord.text.length]),
        defaultNote: `kops default when serviceClusterIPRange is not set${ipv6 ? ' and the cluster is IPv6' : ''} (kubernetes/kops upup/pkg/fi/cloudup)`,
        createOnly: true,
      }),
    );
  }
  out.settings.push(...settings);
}

/**
 * One `--set` value split as a CSV record (encoding/csv, LazyQuotes): fields at commas outside double quotes,
 * a quoted field loses its quotes. Each field is `key=value` with the value's span in the file. A field without
 * `=` that looks like a range (a dual-stack value split at its comma) makes kops fail: a problem at it.
 */
function csvItems(source: Source, arg: Arg, from: number, out: Extraction): SetItem[] {
  const text = arg.text;
  const items: SetItem[] = [];
  let start = from;
  while (start <= text.length) {
    let end = start;
    let quoted = false;
    if (text[start] === '"') {
      quoted = true;
      end = start + 1;
      while (end < text.length && !(text[end] === '"' && text[end + 1] !== '"')) end += text[end] === '"' ? 2 : 1;
      end = text.indexOf(',', end);
    } else {
      end = text.indexOf(',', start);
    }
    if (end < 0) end = text.length;
    const a = quoted ? start + 1 : start;
    const b = quoted && text[end - 1] === '"' ? end - 1 : end;
    const field = text.slice(a, b);
    const eq = field.indexOf('=');
    if (eq >= 0) {
      items.push({
        key: field.slice(0, eq),
        value: field.slice(eq + 1).replace(/""/g, '"'),
        span: source.span(arg.offsets[a + eq + 1], arg.offsets[b]),
      });
    } else if (/^[0-9a-fA-F:.]+\/\d+$/.test(field)) {
      const at = source.position(arg.offsets[a]);
      const problem: Problem = {
        line: at.line,
        column: at.column,
        message: `kops splits a --set value at commas (CSV): "${field}" is an item without "=", and kops create cluster fails (unhandled field); quote the whole item to keep a comma in a value`,
        hidesRange: true,
        blocking: true,
        setting: '--set',
        format: FORMAT,
      };
      out.problems.push(problem);
    }
    start = end + 1;
  }
  return items;
}
