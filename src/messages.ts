// Finding texts: what changed (quoting both values), what the cluster will do, and the one safe next step.
// The static parts come from rules.ts; this file adds the facts of one finding.

import { familyName, type ChangeClass } from './classify.js';
import type { Setting } from './model.js';
import { RULES } from './rules.js';
import { nthAddress, subtractRange, type Cidr } from './ranges/index.js';

export interface Text {
  message: string;
  remediation: string;
}

const list = (cidrs: Cidr[]): string => (cidrs.length ? cidrs.map((c) => c.canonical).join(',') : '(none)');

/** Where the value came from, e.g. "networking.serviceSubnet" or "the kubeadm default (networking.serviceSubnet is absent)". */
export function describeSource(s: Setting): string {
  if (s.origin === 'default') return `the default ${s.value}${s.defaultNote ? ` (${s.defaultNote})` : ''}`;
  return s.reachedThrough?.description ?? `${s.setting}`;
}

/** The ServiceCIDR manifest that adds `cidrs` to the cluster without touching the flag. */
export function serviceCidrManifest(cidrs: string[], name = 'extra-service-range'): string {
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: ServiceCIDR',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  cidrs:',
    ...cidrs.map((c) => `  - ${c}`),
  ].join('\n');
}

export function changeText(change: ChangeClass, oldSetting: Setting, newSetting: Setting): Text {
  if (newSetting.component === 'kube-controller-manager') return controllerManagerText(change, newSetting);
  if (newSetting.createOnly) return createOnlyText(change, newSetting);
  const meta = RULES[change.rule];
  const from = list(change.old);
  const to = list(change.new);
  // "networking.serviceSubnet drops …" or, for a removed field, "Removing X makes the default … apply, which drops …"
  const where =
    newSetting.origin === 'default' && oldSetting.origin === 'explicit'
      ? `Removing ${oldSetting.setting} makes ${describeSource(newSetting)} apply, which`
      : `${describeSource(newSetting)}`;
  const [oldPrimary, oldSecondary] = change.old;
  const [newPrimary, newSecondary] = change.new;
  let what: string;
  let remediation = meta.remediation;
  switch (change.rule) {
    case 'dual-stack-upgrade':
      what = `${where} adds the ${familyName(newSecondary.family)} range ${newSecondary.canonical} to ${oldPrimary.canonical} (${from} → ${to}): single-stack to dual-stack with the primary kept, which the apiserver applies to the ServiceCIDR "kubernetes" by itself.`;
      break;
    case 'family-reduction':
      what = `${where} drops the ${familyName(oldSecondary.family)} range ${oldSecondary.canonical} (${from} → ${to}). The apiserver will not apply this: the ServiceCIDR "kubernetes" stays dual-stack, a KubernetesDefaultServiceCIDRInconsistent event is raised, and ${familyName(oldSecondary.family)} Services keep their IPs.`;
      break;
    case 'primary-family-change':
      if (swapped(change)) {
        what = `${where} swaps the order of the two ranges, which makes ${newPrimary.canonical} (${familyName(newPrimary.family)}) the primary instead of ${oldPrimary.canonical} (${familyName(oldPrimary.family)}) (${from} → ${to}). The apiserver will not apply this: the ServiceCIDR "kubernetes" keeps ${oldPrimary.canonical} as primary, and creating Services fails while the flag and the object disagree.`;
        remediation = `put ${oldPrimary.canonical} back first: ${from}`;
        break;
      }
      remediation = `keep ${oldPrimary.canonical} as the primary (first) range: ${from}. ${meta.remediation}`;
      what = `${where} changes the primary IP family from ${familyName(oldPrimary.family)} (${oldPrimary.canonical}) to ${familyName(newPrimary.family)} (${newPrimary.canonical}) (${from} → ${to}). The apiserver will not apply this: the ServiceCIDR "kubernetes" keeps ${oldPrimary.canonical} as primary, and creating Services fails while the flag and the object disagree.`;
      break;
    case 'primary-range-change': {
      const dropped = oldSecondary && !newSecondary ? ` and drops the ${familyName(oldSecondary.family)} range ${oldSecondary.canonical}` : '';
      what = `${where} ${RELATION_VERB[change.relation ?? 'moved']} the primary range from ${oldPrimary.canonical} to ${newPrimary.canonical}${dropped} (${from} → ${to}). The apiserver will not apply this: new Services keep getting IPs from ${oldPrimary.canonical}, kubernetes.default stays at ${nthAddress(oldPrimary, 1)} and the cluster DNS at ${nthAddress(oldPrimary, 10)}.`;
      remediation = primaryRangeRemediation(change, oldPrimary, newPrimary, oldSetting.setting);
      break;
    }
    case 'secondary-range-change':
      what = `${where} changes the secondary range from ${oldSecondary.canonical} to ${newSecondary.canonical} (${from} → ${to}). The apiserver will not apply this: the secondary range of the ServiceCIDR "kubernetes" is immutable and ${oldSecondary.canonical} stays in use.`;
      remediation = secondaryRangeRemediation(oldSecondary, newSecondary);
      break;
    default:
      what = `${where}: ${from} → ${to}.`;
  }
  return { message: what, remediation };
}

const RELATION_VERB = { expanded: 'expands', shrunk: 'shrinks', moved: 'moves' } as const;

function swapped(change: ChangeClass): boolean {
  const [a, b] = change.old;
  const [c, d] = change.new;
  return !!(a && b && c && d && a.canonical === d.canonical && b.canonical === c.canonical);
}

function primaryRangeRemediation(change: ChangeClass, oldPrimary: Cidr, newPrimary: Cidr, setting: string): string {
  const keep = `keep ${oldPrimary.canonical} as the primary range in ${setting}`;
  if (change.relation === 'shrunk') {
    return `${keep}: a Service range cannot be shrunk in place (Services may already hold IPs outside ${newPrimary.canonical}). To stop allocating from part of it, plan a migration to a new cluster.`;
  }
  // Only the addresses the change meant to add, as blocks that do not overlap the existing range.
  const extra = subtractRange(newPrimary, oldPrimary).map((c) => c.canonical);
  const manifests = extra.map((c, i) => serviceCidrManifest([c], extra.length > 1 ? `extra-service-range-${i + 1}` : 'extra-service-range'));
  const objects =
    extra.length > 1
      ? `${extra.length} additional ServiceCIDR objects (an object holds at most one CIDR per family)`
      : 'an additional ServiceCIDR object';
  return `${keep}, and add the new addresses (${extra.join(', ')}) as ${objects} (Kubernetes 1.33+):\n${manifests.join('\n---\n')}`;
}

/**
 * Only the addresses the new secondary adds, as objects that do not overlap the one it keeps (the proposed manifests
 * pass the gate's own ServiceCIDR checks: test/servicecidr-remediation.test.ts).
 */
function secondaryRangeRemediation(oldSecondary: Cidr, newSecondary: Cidr): string {
  const keep = `keep ${oldSecondary.canonical} as the secondary range`;
  const extra = subtractRange(newSecondary, oldSecondary).map((c) => c.canonical);
  if (!extra.length) return `${keep}: a Service range cannot be shrunk in place`;
  const manifests = extra.map((c, i) => serviceCidrManifest([c], extra.length > 1 ? `extra-service-range-${i + 1}` : 'extra-service-range'));
  const objects =
    extra.length > 1
      ? `${extra.length} additional ServiceCIDR objects (an object holds at most one CIDR per family)`
      : 'an additional ServiceCIDR object';
  return `${keep}; to add the ${familyName(newSecondary.family)} addresses ${extra.join(', ')}, create ${objects}:\n${manifests.join('\n---\n')}`;
}

/**
 * kube-controller-manager's copy of the range never allocates ClusterIPs: it only keeps node pod CIDRs out of
 * the Service range (node IPAM), so the apiserver consequences do not apply (SPEC §3 context rules).
 */
function controllerManagerText(change: ChangeClass, s: Setting): Text {
  return {
    message: `${describeSource(s)} changes kube-controller-manager's Service range ${list(change.old)} → ${list(change.new)} (${RULES[change.rule].title.toLowerCase()}). kube-controller-manager only uses it to keep node pod CIDRs out of the Service range (node IPAM) and never allocates ClusterIPs, so this change alone is a notice.`,
    remediation: 'keep it equal to the kube-apiserver value of the same cluster, and change both together only in the ways the apiserver supports',
  };
}

/**
 * Create-only formats (kind) never reach a running apiserver: the change only decides what new clusters get
 * (SPEC §3 context rules), so the apiserver consequences are not told.
 */
function createOnlyText(change: ChangeClass, s: Setting): Text {
  const from = list(change.old);
  const to = list(change.new);
  return {
    message: `${describeSource(s)} changes the Service range ${from} → ${to} (${RULES[change.rule].title.toLowerCase()}). This format creates clusters and cannot change one in place: the change applies to newly created clusters only.`,
    remediation: `nothing to do for running clusters: a cluster created from this config earlier keeps ${from}; clusters created from it from now on get ${to}`,
  };
}
