// Would kube-apiserver, kubeadm or kind accept this Service range (SPEC §4)? Each check follows the upstream
// code path in its order and returns the upstream wording, so an operator can grep for it.

import type { IpFamily } from '../model.js';
import type { Cidr, RangeValidation, ValidationContext } from './index.js';
import { formatIpAddress, parseIpAddress, type ParseMode } from './address.js';
import { describeParseError, parseCidr, parseRangeList } from './parse.js';
import { isAtMost } from './version.js';
import { validateServiceCidrList } from './servicecidr.js';

/** kube-apiserver validateMaxCIDRRange maxCIDRBits and kubeadm constants.MaximumBitsForServiceSubnet. */
const MAX_SERVICE_HOST_BITS = 20;
/** pkg/controlplane/apiserver/options ServiceIPRange: "must be at least 8 IP addresses". */
const APISERVER_MIN_ADDRESSES = 8n;
/** cmd/kubeadm/app/constants MinimumAddressesInServiceSubnet. */
const KUBEADM_MIN_ADDRESSES = 10n;
/** pkg/registry/core/service/ipallocator NewIPAllocator: shortest IPv6 prefix the ServiceCIDR allocator takes. */
const SHORTEST_IPV6_PREFIX = 64;
/**
 * Last minor with the 20-bit cap on by default. kube-apiserver validateClusterIPFlags skips the cap only when
 * both MultiCIDRServiceAllocator and DisableAllocatorDualWrite are on; pkg/features versioned_kube_features.go:
 * MultiCIDRServiceAllocator GA (on) since 1.33, DisableAllocatorDualWrite beta default OFF in 1.33, GA default ON
 * in 1.34. So 1.33 still caps (SPEC agrees); 1.34+ does not.
 */
const LAST_CAPPED_VERSION = { major: 1, minor: 33 };
/** kubeadm field path of the value (field.Invalid prints it before the message). */
const KUBEADM_FIELD = 'networking.serviceSubnet';

/**
 * k8s.io/utils/net RangeSize, quirks included: 0 for IPv4 /0-/1 and IPv6 /0-/1 (so those fail the minimum-size
 * checks), capped at MaxInt64 from 63 host bits on.
 */
export function upstreamRangeSize(cidr: Cidr): bigint {
  const hostBits = cidr.bits - cidr.prefix;
  if ((cidr.bits === 32 && hostBits >= 31) || (cidr.bits === 128 && hostBits >= 127)) return 0n;
  if (hostBits >= 63) return (1n << 63n) - 1n;
  return 1n << BigInt(hostBits);
}

function tooLarge(cidr: Cidr, what: string): string | null {
  if (cidr.bits - cidr.prefix <= MAX_SERVICE_HOST_BITS) return null;
  return `specified ${what} is too large; for ${cidr.bits}-bit addresses, the mask must be >= ${cidr.bits - MAX_SERVICE_HOST_BITS}`;
}

function kubeadmInvalid(value: string, detail: string): string {
  // k8s.io/apimachinery field.Error.Error(): `<field>: Invalid value: "<value>": <detail>`.
  return `${KUBEADM_FIELD}: Invalid value: ${JSON.stringify(value)}: ${detail}`;
}

/** Go's IsDualStackCIDRs: at least one of each family. */
function isDualStack(cidrs: Cidr[]): boolean {
  return cidrs.some((c) => c.family === 'ipv4') && cidrs.some((c) => c.family === 'ipv6');
}

/**
 * kube-apiserver validatePublicIPServiceClusterIPRangeIPFamilies (cmd/kube-apiserver/app/options/validation.go):
 * the kubernetes.default Service is single-stack on the primary family and its endpoints are the advertise address.
 */
function checkAdvertiseFamily(primary: Cidr, advertise: string | undefined): string[] {
  if (advertise === undefined) return [];
  const address = parseIpAddress(advertise, 'sloppy');
  // An unparseable --advertise-address fails flag parsing first; that is not a Service range problem.
  if (address === null || address.family === primary.family) return [];
  return [`service IP family "${primary.canonical}" must match public address family "${formatIpAddress(address)}"`];
}

/** Parses entries [0] and [1] the way getServiceIPAndRanges does, stopping at its first error. */
function completeApiserver(entries: string[]): { cidrs: Cidr[]; error?: string } {
  // cmd/kube-apiserver/app/options/completion.go getServiceIPAndRanges.
  const primary = parseCidr(entries[0]!, 'sloppy');
  if (!primary.ok) return { cidrs: [], error: describeParseError(entries[0]!, 0, 'sloppy', primary.reason) };
  if (upstreamRangeSize(primary.cidr) < APISERVER_MIN_ADDRESSES) {
    // pkg/controlplane/apiserver/options/options.go ServiceIPRange, wrapped by getServiceIPAndRanges. Only the
    // primary is checked upstream: a /30 secondary passes.
    return {
      cidrs: [primary.cidr],
      error: `error determining service IP ranges for primary service cidr: the service cluster IP range must be at least ${APISERVER_MIN_ADDRESSES} IP addresses`,
    };
  }
  if (entries.length < 2) return { cidrs: [primary.cidr] };
  const secondary = parseCidr(entries[1]!, 'sloppy');
  if (!secondary.ok) {
    return { cidrs: [primary.cidr], error: describeParseError(entries[1]!, 1, 'sloppy', secondary.reason) };
  }
  return { cidrs: [primary.cidr, secondary.cidr] };
}

function validateApiserver(entries: string[], ctx: ValidationContext): string[] {
  const { cidrs, error } = completeApiserver(entries);
  // Complete() failing stops the apiserver before Validate() runs.
  if (error !== undefined) return [error];
  const errors: string[] = [];
  const [primary, secondary] = cidrs as [Cidr, Cidr | undefined];
  // cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags.
  if (entries.length > 2) errors.push('--service-cluster-ip-range must not contain more than two entries');
  const capped = isAtMost(ctx.kubernetesVersion, LAST_CAPPED_VERSION);
  if (capped) {
    const large = tooLarge(primary, '--service-cluster-ip-range');
    if (large) errors.push(large);
  }
  if (secondary) {
    if (secondary.family === primary.family) {
      errors.push('--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family');
    }
    if (capped) {
      const large = tooLarge(secondary, '--service-cluster-ip-range[1]');
      if (large) errors.push(large);
    }
  }
  errors.push(...checkAdvertiseFamily(primary, ctx.advertiseAddress));
  if (!capped) {
    // Without the cap, the ServiceCIDR allocator still refuses very large IPv6 ranges when it is built for the
    // default ServiceCIDR (pkg/registry/core/service/ipallocator/ipallocator.go NewIPAllocator).
    for (const c of cidrs) {
      if (c.family === 'ipv6' && c.prefix < SHORTEST_IPV6_PREFIX) {
        errors.push(`shortest allowed prefix length for service CIDR is ${SHORTEST_IPV6_PREFIX}, got ${c.prefix}`);
      }
    }
  }
  return errors;
}

/**
 * kubeadm ValidateNetworking -> ValidateIPNetFromString(serviceSubnet, MinimumAddressesInServiceSubnet) and
 * ValidateServiceSubnetSize (cmd/kubeadm/app/apis/kubeadm/validation/validation.go). netutils.ParseCIDRs uses
 * ParseCIDRSloppy, so kubeadm reads leading zeros like the apiserver.
 */
function validateKubeadmChecks(value: string, cidrs: Cidr[]): string[] {
  const errors: string[] = [];
  if (cidrs.length > 2 || (cidrs.length === 2 && !isDualStack(cidrs))) {
    errors.push(kubeadmInvalid(value, 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking'));
  }
  for (const c of cidrs) {
    const size = upstreamRangeSize(c);
    if (size < KUBEADM_MIN_ADDRESSES) {
      errors.push(kubeadmInvalid(c.canonical, `subnet with ${size} address(es) is too small, the minimum is ${KUBEADM_MIN_ADDRESSES}`));
    }
  }
  for (const c of cidrs) {
    const large = tooLarge(c, 'service subnet');
    if (large) errors.push(kubeadmInvalid(c.canonical, large));
  }
  return errors;
}

function validateKubeadm(value: string, ctx: ValidationContext): { cidrs: Cidr[]; errors: string[] } {
  const parsed = parseRangeList(value, 'sloppy');
  if (!parsed.ok) {
    const reason = parsed.error.includes('IPv4-mapped') ? `couldn't parse subnet (${parsed.error})` : "couldn't parse subnet";
    return { cidrs: [], errors: [kubeadmInvalid(value, reason)] };
  }
  const errors = validateKubeadmChecks(value, parsed.cidrs);
  // kubeadm hands the value to kube-apiserver, which checks the advertise address family at start-up.
  errors.push(...checkAdvertiseFamily(parsed.cidrs[0]!, ctx.advertiseAddress));
  return { cidrs: parsed.cidrs, errors };
}

/**
 * kind validateSubnets (kubernetes-sigs/kind pkg/internal/apis/config/validate.go), reported by Cluster.Validate as
 * "invalid service subnet <err>". kind then writes the value into the kubeadm ClusterConfiguration it generates
 * (networking.serviceSubnet), so kubeadm's own checks follow when kind's pass.
 */
function validateKind(value: string, ctx: ValidationContext): { cidrs: Cidr[]; errors: string[] } {
  const prefix = 'invalid service subnet ';
  const parsed = parseRangeList(value, 'strict');
  if (!parsed.ok) return { cidrs: [], errors: [prefix + parsed.error] };
  const cidrs = parsed.cidrs;
  // kind defaults networking.ipFamily to ipv4 (pkg/internal/apis/config/default.go).
  const family: IpFamily | 'dual' = ctx.ipFamily ?? 'ipv4';
  const dual = family === 'dual';
  let error: string | null = null;
  if (dual && cidrs.length > 2) {
    error = 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking';
  } else if (dual && cidrs.length === 2 && !isDualStack(cidrs)) {
    error = 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking';
  } else if (!dual && cidrs.length > 1) {
    error = 'only one CIDR allowed for single-stack networking';
  } else if (family === 'ipv4' && cidrs[0]!.family !== 'ipv4') {
    error = 'expected IPv4 CIDR for IPv4 family';
  } else if (family === 'ipv6' && cidrs[0]!.family !== 'ipv6') {
    error = 'expected IPv6 CIDR for IPv6 family';
  }
  if (error !== null) return { cidrs, errors: [prefix + error] };
  return { cidrs, errors: validateKubeadmChecks(value, cidrs) };
}

function modeOf(ctx: ValidationContext): ParseMode {
  return ctx.profile === 'kind' ? 'strict' : 'sloppy';
}

/** Validates an effective Service range value for the program that reads it (ctx.profile). */
export function validateRangeList(value: string, ctx: ValidationContext): RangeValidation {
  if (ctx.profile === 'servicecidr') return validateServiceCidrList(value);
  const parsed = parseRangeList(value, modeOf(ctx));
  let errors: string[];
  if (ctx.profile === 'apiserver') errors = validateApiserver(value.split(','), ctx);
  else if (ctx.profile === 'kubeadm') errors = validateKubeadm(value, ctx).errors;
  else errors = validateKind(value, ctx).errors;
  const cidrs = parsed.ok ? parsed.cidrs : [];
  return {
    canonical: parsed.ok ? cidrs.map((c) => c.canonical) : null,
    cidrs,
    errors,
    nonCanonical: cidrs.filter((c) => c.raw !== c.canonical).map((c) => ({ raw: c.raw, canonical: c.canonical })),
  };
}
