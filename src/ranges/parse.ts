// CIDR entries and comma-separated CIDR lists, parsed like the programs that read them:
// - sloppy: k8s.io/utils/net ParseCIDRSloppy, used by kube-apiserver (cmd/kube-apiserver/app/options/completion.go
//   getServiceIPAndRanges) and kubeadm (netutils.ParseCIDRs in cmd/kubeadm/app/apis/kubeadm/validation/validation.go);
// - strict: Go net.ParseCIDR since Go 1.17, used by kind (kubernetes-sigs/kind pkg/internal/apis/config/validate.go
//   validateSubnets).
// Lists are split on "," WITHOUT trimming (strings.Split upstream): "a, b", "a," and "a,,b" are invalid.

import type { Cidr, RangeListParse } from './index.js';
import { formatIpv4, formatIpv6, isIpv4Mapped, parseIpv4Text, parseIpv6Text, type ParseMode } from './address.js';

export type CidrParse = { ok: true; cidr: Cidr } | { ok: false; reason: string };

const IPV4_BITS = 32;
const IPV6_BITS = 128;

/** Go's dtoi as used by ParseCIDR for the prefix length: decimal digits only, leading zeros allowed ("/012"). */
function parsePrefixLength(text: string): number | null {
  if (!/^[0-9]+$/.test(text)) return null;
  const digits = text.replace(/^0+(?=.)/, '');
  if (digits.length > 3) return null;
  return Number(digits);
}

export function maskOf(bits: number, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

/** Go net.IPNet.String() of a network: canonical text, host bits already cleared. */
export function formatCidr(network: bigint, prefix: number, bits: number): string {
  return `${bits === IPV4_BITS ? formatIpv4(network) : formatIpv6(network)}/${prefix}`;
}

/** One CIDR entry exactly as written (no trimming). */
export function parseCidr(raw: string, mode: ParseMode): CidrParse {
  const slash = raw.indexOf('/');
  if (slash < 0) return { ok: false, reason: 'no "/" prefix length' };
  const addrText = raw.slice(0, slash);
  const prefixText = raw.slice(slash + 1);
  // ParseCIDRSloppy / ParseCIDR try IPv4 first; the address family of the TEXT decides the prefix limit.
  let bits = IPV4_BITS;
  let address = parseIpv4Text(addrText, mode);
  if (address === null) {
    bits = IPV6_BITS;
    address = parseIpv6Text(addrText, mode);
  }
  if (address === null) {
    const leadingZeros =
      mode === 'strict' && parseIpv4Text(addrText, 'sloppy') !== null ? 'IPv4 octets with leading zeros are rejected' : 'not an IP address';
    return { ok: false, reason: leadingZeros };
  }
  const prefix = parsePrefixLength(prefixText);
  if (prefix === null || prefix > bits) return { ok: false, reason: `invalid prefix length "${prefixText}"` };
  const network = address & maskOf(bits, prefix);
  if (bits === IPV6_BITS && isIpv4Mapped(network)) {
    // Go reads "::ffff:10.0.0.0/104" as the IPv4 network 10.0.0.0 with a 128-bit mask (IPNet.String() prints
    // "10.0.0.0/104", utilnet.IsIPv4CIDR says IPv4), so the apiserver would treat it as an IPv4 range of
    // 2^24 addresses; the ServiceCIDR API then refuses it: "must not have an IPv4-mapped IPv6 address"
    // (k8s.io/apimachinery/pkg/util/validation/ip.go parseCIDR, used by ValidateServiceCIDR). Never valid.
    return { ok: false, reason: 'an IPv4-mapped IPv6 network (::ffff:0:0/96) is not a valid Service range' };
  }
  return {
    ok: true,
    cidr: {
      family: bits === IPV4_BITS ? 'ipv4' : 'ipv6',
      canonical: formatCidr(network, prefix, bits),
      raw,
      prefix,
      bits,
      network,
    },
  };
}

/**
 * Message for an entry that does not parse, in the words of the program that would refuse it:
 * sloppy = kube-apiserver getServiceIPAndRanges (cmd/kube-apiserver/app/options/completion.go),
 * strict = kind validateSubnets (pkg/internal/apis/config/validate.go) around Go's ParseError text.
 */
export function describeParseError(raw: string, index: number, mode: ParseMode, reason: string): string {
  if (mode === 'strict') {
    return `failed to parse cidr value:"${raw}" with error: invalid CIDR address: ${raw} (${reason})`;
  }
  const upstream = index === 0 ? 'service-cluster-ip-range[0] is not a valid cidr' : `service-cluster-ip-range[${index}] is not an ip net`;
  return `${upstream} ("${raw}": ${reason})`;
}

/** Splits on "," without trimming and parses every entry; the first entry that fails decides the error. */
export function parseRangeList(value: string, mode: ParseMode): RangeListParse {
  const entries = value.split(',');
  const cidrs: Cidr[] = [];
  for (const [index, raw] of entries.entries()) {
    const parsed = parseCidr(raw, mode);
    if (!parsed.ok) return { ok: false, error: describeParseError(raw, index, mode, parsed.reason), index };
    cidrs.push(parsed.cidr);
  }
  return { ok: true, cidrs };
}

/** Canonical list (Go IPNet.String() per entry), or null when the value does not parse in that mode. */
export function canonicalizeRangeList(value: string, mode: ParseMode): string[] | null {
  const parsed = parseRangeList(value, mode);
  return parsed.ok ? parsed.cidrs.map((c) => c.canonical) : null;
}
