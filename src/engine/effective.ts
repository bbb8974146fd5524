// The effective values of one side, validated once: every check (values, changes, cross checks) reads the
// same validation of a setting.

import type { EngineOptions, Setting } from '../model.js';
import { validateRangeList, type Cidr, type RangeValidation } from '../ranges/index.js';
import type { SideExtraction } from './side.js';

export const serviceRanges = (side: SideExtraction | null): Setting[] => (side ? side.settings.filter((s) => s.role === 'service-range') : []);

export function key(s: Setting): string {
  return `${s.role}|${s.subject}`;
}

export function versionOf(s: Setting, options: EngineOptions): string | undefined {
  return s.kubernetesVersion ?? options.kubernetesVersion;
}

// A setting belongs to exactly one side, so its validation can be cached on the object: the value checks,
// the change classification and the cross checks of both sides all read it.
const validations = new WeakMap<Setting, RangeValidation>();

export function validate(s: Setting, side: SideExtraction, options: EngineOptions): RangeValidation {
  let v = validations.get(s);
  if (!v) {
    v = validateUncached(s, side, options);
    validations.set(s, v);
  }
  return v;
}

function validateUncached(s: Setting, side: SideExtraction, options: EngineOptions): RangeValidation {
  const advertise = side.settings.find((x) => x.role === 'advertise-address' && x.group === s.group);
  return validateRangeList(s.value, {
    profile: s.profile,
    kubernetesVersion: versionOf(s, options),
    ipFamily: s.ipFamily,
    // The advertise address only constrains the apiserver's own range.
    advertiseAddress: s.component === 'kube-controller-manager' ? undefined : advertise?.value,
  });
}

/** The parsed list of a value that validates; null for an invalid value (reported as invalid-range only). */
export function parseValid(s: Setting, side: SideExtraction, options: EngineOptions): Cidr[] | null {
  const v = validate(s, side, options);
  if (v.canonical === null || v.errors.length) return null;
  return v.cidrs;
}
