// Public surface of the ranges module: CIDR lists parsed, canonicalised and validated the way
// kube-apiserver, kubeadm and kind do. Types live here; the implementation is in the sibling files:
// address.ts (Go IP parsing/printing), parse.ts (CIDR lists), validate.ts (SPEC §4), relations.ts, version.ts.

import type { IpFamily, ValidationProfile } from '../model.js';

export interface Cidr {
  family: IpFamily;
  /** Go net.IPNet.String() of the parsed network (host bits masked). */
  canonical: string;
  /** The entry exactly as written. */
  raw: string;
  prefix: number;
  /** 32 or 128 */
  bits: number;
  /** Network address as an integer (host bits zero). */
  network: bigint;
}

export type { ParseMode } from './address.js';

export type RangeListParse = { ok: true; cidrs: Cidr[] } | { ok: false; error: string /** index of the offending entry */; index: number };

export interface ValidationContext {
  profile: ValidationProfile;
  /** '1.33'; undefined = newest rules (1.34+) */
  kubernetesVersion?: string;
  /** kind networking.ipFamily */
  ipFamily?: IpFamily | 'dual';
  /** kube-apiserver --advertise-address / kubeadm advertiseAddress in the same config */
  advertiseAddress?: string;
}

export interface RangeValidation {
  /** Canonical list when the value parses (even if other checks fail); null when it does not parse. */
  canonical: string[] | null;
  cidrs: Cidr[];
  /** Upstream-worded errors; empty when the value is valid. */
  errors: string[];
  /** Entries whose raw text differs from the canonical form (only meaningful when errors is empty). */
  nonCanonical: { raw: string; canonical: string }[];
}

export { parseRangeList, parseCidr, canonicalizeRangeList, formatCidr, type CidrParse } from './parse.js';
export { validateRangeList, upstreamRangeSize } from './validate.js';
export {
  contains,
  overlaps,
  familyOf,
  rangeSize,
  nthAddress,
  indexedAddress,
  cidrContainsAddress,
  describeRelation,
  subtractRange,
} from './relations.js';
export { parseIpAddress, formatIpAddress, type IpAddress } from './address.js';
export { parseMinorVersion, compareMinor, isAtMost, type MinorVersion } from './version.js';
