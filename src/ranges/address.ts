// IP addresses read and printed the way Go does, because the apiserver's view of a value is Go's view:
// - sloppy = k8s.io/utils/net ParseIPSloppy / ParseCIDRSloppy (a frozen copy of Go 1.16 net.parseIPv4 /
//   parseIPv6): IPv4 octets may carry leading zeros and are read as DECIMAL ("010" = 10), an IPv6 group may
//   have more than four hex digits as long as its value fits 16 bits ("00001" = 1);
// - strict = Go >= 1.17 net.ParseIP / netip.ParseAddr: leading zeros in IPv4 octets rejected (CVE-2021-29923),
//   at most four hex digits per IPv6 group.
// Neither accepts zones ("fe80::1%eth0") inside a CIDR, whitespace, or brackets.
// ip-address (under ip-cidr) differs on exactly these points (it rejects "010.096.0.0", accepts zones and
// keeps upper case in toString), so parsing and printing are written here against the Go sources.

import type { IpFamily } from '../model.js';

export type ParseMode = 'sloppy' | 'strict';

/** An address as Go sees it: an IPv4-mapped IPv6 address ("::ffff:1.2.3.4") is an IPv4 address (net.IP.To4). */
export interface IpAddress {
  family: IpFamily;
  value: bigint;
}

const IPV4_MAX = 0xffn;
const IPV6_GROUP_MAX = 0xffff;
/** ::ffff:0:0/96, the IPv4-mapped prefix (RFC 4291 §2.5.5.2); Go's net.IP.To4 accepts it as IPv4. */
const V4_IN_V6_PREFIX = 0xffffn << 32n;
const V4_MASK = 0xffffffffn;

/** Go net.parseIPv4 (sloppy) or netip.ParseAddr's IPv4 branch (strict). Returns the 32-bit value. */
export function parseIpv4Text(text: string, mode: ParseMode): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^[0-9]+$/.test(part)) return null;
    if (mode === 'strict') {
      // Go 1.17+: "Reject non-zero components with leading zeroes" (also "00").
      if (part.length > 3 || (part.length > 1 && part[0] === '0')) return null;
    }
    // Sloppy dtoi reads any number of leading zeros as decimal digits.
    const digits = part.replace(/^0+(?=.)/, '');
    if (digits.length > 3) return null;
    const octet = BigInt(digits);
    if (octet > IPV4_MAX) return null;
    value = (value << 8n) | octet;
  }
  return value;
}

/** Go net.parseIPv6 (Go 1.16 copy in k8s.io/utils/net, sloppy) or netip.ParseAddr IPv6 (strict). 128-bit value. */
export function parseIpv6Text(text: string, mode: ParseMode): bigint | null {
  const groups: number[] = [];
  let ellipsis = -1;
  let i = 0;
  const n = text.length;
  if (text.startsWith('::')) {
    ellipsis = 0;
    i = 2;
    if (i === n) return 0n;
  }
  while (groups.length < 8) {
    let j = i;
    while (j < n && /[0-9a-fA-F]/.test(text[j]!)) j++;
    if (j === i) return null;
    if (j < n && text[j] === '.') {
      // Trailing dotted IPv4: only in the last two groups' place.
      if (ellipsis < 0 && groups.length !== 6) return null;
      if (groups.length + 2 > 8) return null;
      const v4 = parseIpv4Text(text.slice(i), mode);
      if (v4 === null) return null;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      i = n;
      break;
    }
    const hex = text.slice(i, j);
    if (mode === 'strict' && hex.length > 4) return null;
    const stripped = hex.replace(/^0+(?=.)/, '');
    if (stripped.length > 4) return null;
    const group = parseInt(stripped, 16);
    if (group > IPV6_GROUP_MAX) return null;
    groups.push(group);
    i = j;
    if (i === n) break;
    if (text[i] !== ':' || i + 1 === n) return null;
    i++;
    if (text[i] === ':') {
      if (ellipsis >= 0) return null;
      ellipsis = groups.length;
      i++;
      if (i === n) break;
    }
  }
  if (i !== n) return null;
  if (groups.length < 8) {
    if (ellipsis < 0) return null;
    groups.splice(ellipsis, 0, ...new Array<number>(8 - groups.length).fill(0));
  } else if (ellipsis >= 0) {
    // Go: "Ellipsis must represent at least one 0 group."
    return null;
  }
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** True when a 128-bit value lies in ::ffff:0:0/96, which Go treats as an IPv4 address. */
export function isIpv4Mapped(value: bigint): boolean {
  return value >> 32n === V4_IN_V6_PREFIX >> 32n;
}

/**
 * Reads an IP address like k8s.io/utils/net ParseIPSloppy (sloppy) or Go net.ParseIP (strict):
 * IPv4 first, then IPv6; an IPv4-mapped IPv6 address is reported as IPv4, as net.IP.To4 does.
 */
export function parseIpAddress(text: string, mode: ParseMode): IpAddress | null {
  const v4 = parseIpv4Text(text, mode);
  if (v4 !== null) return { family: 'ipv4', value: v4 };
  const v6 = parseIpv6Text(text, mode);
  if (v6 === null) return null;
  if (isIpv4Mapped(v6)) return { family: 'ipv4', value: v6 & V4_MASK };
  return { family: 'ipv6', value: v6 };
}

export function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/**
 * Go net.IP.String() for a 16-byte address (netip.Addr.String for IPv6): lower-case hex without leading
 * zeros; the longest run of two or more zero groups becomes "::" (the first such run on a tie); a single
 * zero group stays "0". An IPv4-mapped address prints as dotted IPv4, because Go checks To4 first.
 */
export function formatIpv6(value: bigint): string {
  if (isIpv4Mapped(value)) return formatIpv4(value & V4_MASK);
  const groups: number[] = [];
  for (let k = 7; k >= 0; k--) groups.push(Number((value >> BigInt(k * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let k = 0; k < 8; ) {
    if (groups[k] !== 0) {
      k++;
      continue;
    }
    let end = k;
    while (end < 8 && groups[end] === 0) end++;
    if (end - k >= 2 && end - k > bestLen) {
      bestStart = k;
      bestLen = end - k;
    }
    k = end;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** Prints an address of either family as Go's net.IP.String() does. */
export function formatIpAddress(address: IpAddress): string {
  return address.family === 'ipv4' ? formatIpv4(address.value) : formatIpv6(address.value);
}
