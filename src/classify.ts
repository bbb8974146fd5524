// Old and new canonical effective lists -> the change class the apiserver's default ServiceCIDR controller
// will apply to it (SPEC §3). Pure: only lists in, a rule id and the facts for the message out.
//
// Upstream: kubernetes/kubernetes pkg/controlplane/controller/defaultservicecidr/default_servicecidr_controller.go
// (syncStatus / the "only single to dual-stack upgrade keeping the primary is supported" check, restored by #131263).

import type { IpFamily, RuleId } from './model.js';
import { describeRelation, type Cidr } from './ranges/index.js';

export interface ChangeClass {
  rule: RuleId;
  /** Facts the message needs. */
  old: Cidr[];
  new: Cidr[];
  /** primary-range-change only */
  relation?: 'expanded' | 'shrunk' | 'moved';
}

/**
 * Classifies a change of the effective list. Returns null when the lists are the same range (after
 * canonicalisation). Both lists must already be valid (the caller reports invalid-range instead).
 */
export function classifyChange(oldList: Cidr[], newList: Cidr[]): ChangeClass | null {
  if (sameList(oldList, newList)) return null;
  const base = { old: oldList, new: newList };
  const [oldPrimary, oldSecondary] = oldList;
  const [newPrimary, newSecondary] = newList;
  if (!oldPrimary || !newPrimary) return null;

  if (oldPrimary.family !== newPrimary.family) return { rule: 'primary-family-change', ...base };

  if (oldPrimary.canonical !== newPrimary.canonical) {
    return { rule: 'primary-range-change', relation: describeRelation(oldPrimary, newPrimary), ...base };
  }
  // Same primary from here on.
  if (!oldSecondary && newSecondary) {
    // Two entries of one family never validate, so the new secondary is of the other family.
    return { rule: 'dual-stack-upgrade', ...base };
  }
  if (oldSecondary && !newSecondary) return { rule: 'family-reduction', ...base };
  if (oldSecondary && newSecondary && oldSecondary.canonical !== newSecondary.canonical) {
    return { rule: 'secondary-range-change', ...base };
  }
  return null;
}

export function sameList(a: Cidr[], b: Cidr[]): boolean {
  return a.length === b.length && a.every((c, i) => c.canonical === b[i].canonical);
}

/** Canonical strings of a list. */
export function canonicalOf(list: Cidr[]): string[] {
  return list.map((c) => c.canonical);
}

export function familyName(family: IpFamily): string {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}
