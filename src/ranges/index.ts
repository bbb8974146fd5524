// Public surface of the ranges module: CIDR lists parsed, canonicalised and validated the way
// kube-apiserver, kubeadm and kind do. (Interface fixed here; implementation in the sibling files.)

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

export type ParseMode = 'sloppy' | 'strict';

export type RangeListParse =
  | { ok: true; cidrs: Cidr[] }
  | { ok: false; error: string; /** index of the offending entry */ index: number };

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

export declare function parseRangeList(value: string, mode: ParseMode): RangeListParse;
export declare function validateRangeList(value: string, ctx: ValidationContext): RangeValidation;
export declare function contains(outer: Cidr, inner: Cidr): boolean;
export declare function overlaps(a: Cidr, b: Cidr): boolean;
