// Would the Kubernetes API accept a ServiceCIDR object's spec.cidrs, and would the apiserver allocate from it?
// Each check follows the upstream code path in its order and returns the upstream wording.
//
// Upstream (kubernetes/kubernetes):
// - pkg/apis/networking/validation/validation.go validateServiceCIDRSpec (run by ValidateServiceCIDR on create and,
//   for the single -> dual-stack update, by ValidateServiceCIDRUpdate): at least one entry, at most two, each
//   validation.IsValidCIDR, two entries of different families;
// - staging/src/k8s.io/apimachinery/pkg/util/validation/ip.go IsValidCIDR (1.33+, KEP-4858 strict validation):
//   ParseCIDRSloppy must parse it, then netip.ParsePrefix must parse it (no leading zeros in the address or the
//   prefix length), no IPv4-mapped IPv6 address, no bits set beyond the prefix length, and the text must be the
//   canonical form (ipnet.String()). A non-canonical value is therefore refused, not normalised, on a ServiceCIDR;
// - pkg/registry/core/service/ipallocator/ipallocator.go NewIPAllocator: "shortest allowed prefix length for service
//   CIDR is 64". This is not API validation: the object is stored, but the apiserver's MetaAllocator
//   (cidrallocator.go syncAllocators) logs "error creating new IPAllocator" and never allocates from that range.

import type { Cidr, RangeValidation } from './index.js';
import { parseIpv4Text, parseIpv6Text } from './address.js';
import { parseCidr } from './parse.js';

/** ipallocator.NewIPAllocator: shorter IPv6 prefixes get no allocator. */
export const SERVICECIDR_SHORTEST_IPV6_PREFIX = 64;

const FIELD = 'spec.cidrs';

function invalid(path: string, value: string, detail: string): string {
  // k8s.io/apimachinery field.Error.Error(): `<field>: Invalid value: "<value>": <detail>`.
  return `${path}: Invalid value: ${JSON.stringify(value)}: ${detail}`;
}

/** apimachinery IsValidCIDR (strict, canonical) for one entry: the error detail, or null with the parsed CIDR. */
function isValidCidr(raw: string): { cidr: Cidr | null; detail: string | null } {
  const sloppy = parseCidr(raw, 'sloppy');
  if (!sloppy.ok) {
    // parseCidr refuses IPv4-mapped networks outright; upstream ParseCIDRSloppy accepts them and the strict step
    // names them.
    if (sloppy.reason.includes('IPv4-mapped')) return { cidr: null, detail: 'must not have an IPv4-mapped IPv6 address' };
    return { cidr: null, detail: 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)' };
  }
  const cidr = sloppy.cidr;
  const slash = raw.indexOf('/');
  const addressText = raw.slice(0, slash);
  const prefixText = raw.slice(slash + 1);
  if (!parseCidr(raw, 'strict').ok || /^0[0-9]/.test(prefixText)) {
    return { cidr, detail: 'must not have leading 0s in IP or prefix length' };
  }
  const address = cidr.family === 'ipv4' ? parseIpv4Text(addressText, 'strict') : parseIpv6Text(addressText, 'strict');
  if (address !== null && address !== cidr.network) return { cidr, detail: 'must not have bits set beyond the prefix length' };
  if (raw !== cidr.canonical) return { cidr, detail: `must be in canonical form (${JSON.stringify(cidr.canonical)})` };
  return { cidr, detail: null };
}

/**
 * Validates the entries of one ServiceCIDR's spec.cidrs (joined with ','; '' = none). `canonical` is the list as
 * the apiserver would store it when every entry parses (even if another check fails), for comparisons.
 */
export function validateServiceCidrList(value: string): RangeValidation {
  const entries = value === '' ? [] : value.split(',');
  if (entries.length === 0) {
    return { canonical: null, cidrs: [], errors: [`${FIELD}: Required value: at least one CIDR required`], nonCanonical: [] };
  }
  const read = entries.map(isValidCidr);
  const cidrs = read.map((r) => r.cidr).filter((c): c is Cidr => c !== null);
  const canonical = cidrs.length === entries.length ? cidrs.map((c) => c.canonical) : null;
  if (entries.length > 2) {
    return { canonical, cidrs, errors: [invalid(FIELD, entries.join(','), 'may only hold up to 2 values')], nonCanonical: [] };
  }
  const errors: string[] = [];
  read.forEach((r, i) => {
    if (r.detail !== null) errors.push(invalid(`${FIELD}[${i}]`, entries[i]!, r.detail));
  });
  if (cidrs.length === 2 && cidrs[0]!.family === cidrs[1]!.family) {
    errors.push(invalid(FIELD, entries.join(','), 'may specify no more than one IP for each IP family, i.e 192.168.0.0/24 and 2001:db8::/64'));
  }
  if (errors.length === 0) {
    for (const c of cidrs) {
      if (c.family === 'ipv6' && c.prefix < SERVICECIDR_SHORTEST_IPV6_PREFIX) {
        errors.push(
          `the API stores the object, but the apiserver never allocates ClusterIPs from ${c.canonical}: "shortest allowed prefix length for service CIDR is ${SERVICECIDR_SHORTEST_IPV6_PREFIX}, got ${c.prefix}"`,
        );
      }
    }
  }
  // Non-canonical text is an error here (IsValidCIDR), never a notice.
  return { canonical, cidrs, errors, nonCanonical: [] };
}

/** The one concrete fix for an invalid spec.cidrs: the canonical list when only the spelling is wrong. */
export function serviceCidrRemediation(value: string): string {
  const v = validateServiceCidrList(value);
  const spelling = /must not have leading 0s|must not have bits set|must be in canonical form/;
  if (v.canonical && v.errors.length && v.errors.every((e) => spelling.test(e))) {
    return `write ${v.canonical.join(', ')} (the form the API accepts; for "bits set beyond the prefix length", check which range was meant)`;
  }
  return `give spec.cidrs one or two CIDRs in canonical form, at most one per IP family (e.g. 10.100.0.0/16 and fd00:100::/112), IPv6 prefixes /${SERVICECIDR_SHORTEST_IPV6_PREFIX} or longer`;
}
