// Set relations between parsed ranges and addresses, on bigint network numbers. Only ranges of one family
// relate: Go's IPNet.Contains never matches across families once IPv4-mapped values are ruled out.

import type { IpFamily } from '../model.js';
import type { Cidr } from './index.js';
import { formatIpAddress, type IpAddress } from './address.js';
import { formatCidr, maskOf, parseCidr } from './parse.js';

/** outer contains inner (equal ranges contain each other). */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.prefix <= inner.prefix && (inner.network & maskOf(outer.bits, outer.prefix)) === outer.network;
}

/** Two CIDRs overlap exactly when one contains the other (prefix-aligned blocks never partially overlap). */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

/** Family of a parsed CIDR, or of a CIDR text read sloppily (null when it does not parse). */
export function familyOf(cidr: Cidr | string): IpFamily | null {
  if (typeof cidr !== 'string') return cidr.family;
  const parsed = parseCidr(cidr, 'sloppy');
  return parsed.ok ? parsed.cidr.family : null;
}

/** Number of addresses in the range (2^host bits), exact. */
export function rangeSize(cidr: Cidr): bigint {
  return 1n << BigInt(cidr.bits - cidr.prefix);
}

/** network + n, or null when that is outside the range (k8s.io/utils/net GetIndexedIP refuses it too). */
export function indexedAddress(cidr: Cidr, n: number | bigint): string | null {
  const offset = BigInt(n);
  if (offset < 0n || offset >= rangeSize(cidr)) return null;
  return formatIpAddress({ family: cidr.family, value: cidr.network + offset });
}

/**
 * network + n as Go prints it: kubernetes.default gets n = 1 (pkg/controlplane/apiserver/options ServiceIPRange,
 * GetIndexedIP(&range, 1)); kubeadm's cluster DNS gets n = 10 (cmd/kubeadm/app/constants GetDNSIP).
 * Always a string for messages; outside the range it says so instead of naming an address.
 */
export function nthAddress(cidr: Cidr, n: number | bigint): string {
  return indexedAddress(cidr, n) ?? `(none: ${cidr.canonical} has no address #${String(n)})`;
}

export function cidrContainsAddress(cidr: Cidr, address: IpAddress): boolean {
  return cidr.family === address.family && (address.value & maskOf(cidr.bits, cidr.prefix)) === cidr.network;
}

/**
 * How the primary moved, for messages: 'expanded' when the new range contains the old one, 'shrunk' when the
 * old contains the new, else 'moved'. Callers compare different ranges; equal ranges would read 'expanded'.
 */
export function describeRelation(oldCidr: Cidr, newCidr: Cidr): 'expanded' | 'shrunk' | 'moved' {
  if (contains(newCidr, oldCidr)) return 'expanded';
  if (contains(oldCidr, newCidr)) return 'shrunk';
  return 'moved';
}

/**
 * The smallest list of CIDRs covering `outer` without `inner` (empty when inner covers outer; [outer] when
 * they are disjoint): the addresses an expansion adds, as blocks that can be ServiceCIDR objects without
 * overlapping the existing range.
 */
export function subtractRange(outer: Cidr, inner: Cidr): Cidr[] {
  if (!overlaps(outer, inner)) return [outer];
  if (contains(inner, outer)) return [];
  // inner lies strictly inside outer: split outer in halves and keep what inner does not reach.
  const prefix = outer.prefix + 1;
  const half = 1n << BigInt(outer.bits - prefix);
  return [outer.network, outer.network + half].flatMap((network) => {
    const canonical = formatCidr(network, prefix, outer.bits);
    return subtractRange({ family: outer.family, canonical, raw: canonical, prefix, bits: outer.bits, network }, inner);
  });
}
