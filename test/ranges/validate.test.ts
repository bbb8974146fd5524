// validateRangeList per profile and Kubernetes version (SPEC §4). Every expected message is the upstream
// wording; the comment on each group names the function it comes from. A trailing "*" means "starts with"
// (parse errors add the reason after the upstream text).

import { describe, expect, it } from '@jest/globals';
import type { ValidationContext } from '../../src/ranges/index.js';
import { validateRangeList } from '../../src/ranges/index.js';

function expectErrors(actual: string[], expected: string[]): void {
  const shown = actual.map((a, i) => {
    const e = expected[i];
    return e?.endsWith('*') && a.startsWith(e.slice(0, -1)) ? e : a;
  });
  expect(shown).toEqual(expected);
}

type Row = [value: string, ctx: Omit<ValidationContext, 'profile'>, errors: string[]];

const TOO_LARGE_V4 = 'specified --service-cluster-ip-range is too large; for 32-bit addresses, the mask must be >= 12';
const TOO_LARGE_V6 = 'specified --service-cluster-ip-range is too large; for 128-bit addresses, the mask must be >= 108';
const TOO_SMALL = 'error determining service IP ranges for primary service cidr: the service cluster IP range must be at least 8 IP addresses';

describe('profile apiserver (kube-apiserver --service-cluster-ip-range)', () => {
  it.each<Row>([
    ['10.96.0.0/12', {}, []],
    ['10.96.0.0/12,fd00:10:96::/108', { kubernetesVersion: '1.33' }, []],
    // cmd/kube-apiserver/app/options/validation.go validateMaxCIDRRange: the 20-bit cap applies while
    // DisableAllocatorDualWrite is off by default (<= 1.33; pkg/features/versioned_kube_features.go).
    ['10.0.0.0/8', { kubernetesVersion: '1.33' }, [TOO_LARGE_V4]],
    ['10.0.0.0/8', { kubernetesVersion: 'v1.33.2' }, [TOO_LARGE_V4]],
    ['10.0.0.0/8', { kubernetesVersion: '1.33.0' }, [TOO_LARGE_V4]],
    ['10.0.0.0/8', { kubernetesVersion: '1.29' }, [TOO_LARGE_V4]],
    ['10.0.0.0/11', { kubernetesVersion: '1.33' }, [TOO_LARGE_V4]],
    ['fd00::/64', { kubernetesVersion: '1.33' }, [TOO_LARGE_V6]],
    ['fd00::/108', { kubernetesVersion: '1.33' }, []],
    // ... and to the secondary, under its own name.
    [
      '10.96.0.0/12,fd00::/64',
      { kubernetesVersion: '1.33' },
      ['specified --service-cluster-ip-range[1] is too large; for 128-bit addresses, the mask must be >= 108'],
    ],
    // 1.34+ (DisableAllocatorDualWrite GA, on) and unknown versions (newest rules): no cap ...
    ['10.0.0.0/8', { kubernetesVersion: '1.34' }, []],
    ['10.0.0.0/8', {}, []],
    ['10.0.0.0/8', { kubernetesVersion: 'latest' }, []],
    ['fd00::/64', {}, []],
    // ... but pkg/registry/core/service/ipallocator/ipallocator.go NewIPAllocator refuses IPv6 shorter than /64.
    ['fd00::/63', {}, ['shortest allowed prefix length for service CIDR is 64, got 63']],
    ['10.96.0.0/12,fd00::/48', { kubernetesVersion: '1.35' }, ['shortest allowed prefix length for service CIDR is 64, got 48']],
    // pkg/controlplane/apiserver/options/options.go ServiceIPRange via getServiceIPAndRanges: primary only.
    ['10.96.0.0/30', {}, [TOO_SMALL]],
    ['10.96.0.0/29', {}, []],
    ['fd00::/126', {}, [TOO_SMALL]],
    ['fd00::/125', {}, []],
    ['10.96.0.0/12,fd00::/126', {}, []],
    // k8s.io/utils/net RangeSize returns 0 for /0 and /1, so the size check refuses them.
    ['0.0.0.0/1', {}, [TOO_SMALL]],
    ['::/0', {}, [TOO_SMALL]],
    // validateClusterIPFlags: entry count and families.
    ['10.96.0.0/12,10.100.0.0/16', {}, ['--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family']],
    ['fd00::/108,fd01::/108', {}, ['--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family']],
    ['10.96.0.0/12,fd00::/108,10.100.0.0/16', {}, ['--service-cluster-ip-range must not contain more than two entries']],
    // Only entries [0] and [1] are parsed upstream; a bad third entry still reads "more than two".
    ['10.96.0.0/12,fd00::/108,nonsense', {}, ['--service-cluster-ip-range must not contain more than two entries']],
    // cmd/kube-apiserver/app/options/completion.go getServiceIPAndRanges: no trimming.
    ['10.96.0.0/12, fd00::/108', {}, ['service-cluster-ip-range[1] is not an ip net*']],
    ['10.96.0.0/12,', {}, ['service-cluster-ip-range[1] is not an ip net*']],
    ['10.96.0.0/33', {}, ['service-cluster-ip-range[0] is not a valid cidr*']],
    ['::ffff:10.0.0.0/104', {}, ['service-cluster-ip-range[0] is not a valid cidr*']],
    // validatePublicIPServiceClusterIPRangeIPFamilies (cmd/kube-apiserver/app/options/validation.go).
    ['10.96.0.0/12', { advertiseAddress: '192.168.1.10' }, []],
    ['10.96.0.5/12', { advertiseAddress: 'FD00::0001' }, ['service IP family "10.96.0.0/12" must match public address family "fd00::1"']],
    [
      'fd00:10:96::/108,10.96.0.0/12',
      { advertiseAddress: '10.0.0.5' },
      ['service IP family "fd00:10:96::/108" must match public address family "10.0.0.5"'],
    ],
    [
      'fd00:10:96::/108',
      { advertiseAddress: '::ffff:10.0.0.5' },
      ['service IP family "fd00:10:96::/108" must match public address family "10.0.0.5"'],
    ],
    // Several problems at once are all reported, in upstream order.
    [
      '10.0.0.0/8,172.16.0.0/12',
      { kubernetesVersion: '1.33', advertiseAddress: 'fd00::1' },
      [
        TOO_LARGE_V4,
        '--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family',
        'service IP family "10.0.0.0/8" must match public address family "fd00::1"',
      ],
    ],
  ])('%j %j', (value, ctx, errors) => {
    expectErrors(validateRangeList(value, { profile: 'apiserver', ...ctx }).errors, errors);
  });
});

const KUBEADM_DUAL = 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking';

describe('profile kubeadm (networking.serviceSubnet)', () => {
  // cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateIPNetFromString and ValidateServiceSubnetSize,
  // printed as field.Invalid: `networking.serviceSubnet: Invalid value: "<value>": <detail>`.
  it.each<Row>([
    ['10.96.0.0/12', {}, []],
    ['10.96.0.0/12,fd00:10:96::/108', {}, []],
    // The 20-bit cap holds on every version.
    [
      '10.96.0.0/8',
      { kubernetesVersion: '1.34' },
      ['networking.serviceSubnet: Invalid value: "10.0.0.0/8": specified service subnet is too large; for 32-bit addresses, the mask must be >= 12'],
    ],
    [
      'fd00::/64',
      {},
      ['networking.serviceSubnet: Invalid value: "fd00::/64": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108'],
    ],
    // Minimum 10 addresses (MinimumAddressesInServiceSubnet), on every entry.
    ['10.96.0.0/29', {}, ['networking.serviceSubnet: Invalid value: "10.96.0.0/29": subnet with 8 address(es) is too small, the minimum is 10']],
    ['10.96.0.0/28', {}, []],
    [
      '10.96.0.0/12,fd00::/125',
      {},
      ['networking.serviceSubnet: Invalid value: "fd00::/125": subnet with 8 address(es) is too small, the minimum is 10'],
    ],
    [
      '0.0.0.0/0',
      {},
      [
        'networking.serviceSubnet: Invalid value: "0.0.0.0/0": subnet with 0 address(es) is too small, the minimum is 10',
        'networking.serviceSubnet: Invalid value: "0.0.0.0/0": specified service subnet is too large; for 32-bit addresses, the mask must be >= 12',
      ],
    ],
    ['10.96.0.0/12,10.100.0.0/16', {}, [`networking.serviceSubnet: Invalid value: "10.96.0.0/12,10.100.0.0/16": ${KUBEADM_DUAL}`]],
    ['10.96.0.0/12,fd00::/108,fd01::/108', {}, [`networking.serviceSubnet: Invalid value: "10.96.0.0/12,fd00::/108,fd01::/108": ${KUBEADM_DUAL}`]],
    // netutils.ParseCIDRs (ParseCIDRSloppy): any bad entry -> one "couldn't parse subnet".
    ['10.96.0.0/12,', {}, [`networking.serviceSubnet: Invalid value: "10.96.0.0/12,": couldn't parse subnet`]],
    ['10.96.0.0/12, fd00::/108', {}, [`networking.serviceSubnet: Invalid value: "10.96.0.0/12, fd00::/108": couldn't parse subnet`]],
    ['::ffff:10.96.0.0/108', {}, [`networking.serviceSubnet: Invalid value: "::ffff:10.96.0.0/108": couldn't parse subnet*`]],
    // Sloppy: leading zeros are fine (and decimal).
    ['010.096.0.0/12', {}, []],
    // kubeadm starts kube-apiserver with localAPIEndpoint.advertiseAddress: its family check applies.
    ['10.96.0.0/12', { advertiseAddress: 'fd00::10' }, ['service IP family "10.96.0.0/12" must match public address family "fd00::10"']],
  ])('%j %j', (value, ctx, errors) => {
    expectErrors(validateRangeList(value, { profile: 'kubeadm', ...ctx }).errors, errors);
  });
});

describe('profile kind (networking.serviceSubnet + ipFamily)', () => {
  // kubernetes-sigs/kind pkg/internal/apis/config/validate.go validateSubnets, reported by Cluster.Validate as
  // "invalid service subnet <err>"; then kubeadm's checks on the generated ClusterConfiguration.
  it.each<Row>([
    ['10.96.0.0/16', {}, []],
    ['fd00:10:96::/112', { ipFamily: 'ipv6' }, []],
    ['10.96.0.0/16,fd00:10:96::/112', { ipFamily: 'dual' }, []],
    ['fd00:10:96::/112,10.96.0.0/16', { ipFamily: 'dual' }, []],
    // kind accepts a single CIDR in dual mode.
    ['10.96.0.0/16', { ipFamily: 'dual' }, []],
    // Strict Go parsing: leading zeros rejected.
    ['010.96.0.0/16', {}, ['invalid service subnet failed to parse cidr value:"010.96.0.0/16" with error: invalid CIDR address: 010.96.0.0/16*']],
    [
      '10.96.0.0/16, fd00:10:96::/112',
      { ipFamily: 'dual' },
      ['invalid service subnet failed to parse cidr value:" fd00:10:96::/112" with error: invalid CIDR address:  fd00:10:96::/112*'],
    ],
    // Family fit (ipFamily defaults to ipv4).
    ['fd00:10:96::/112', {}, ['invalid service subnet expected IPv4 CIDR for IPv4 family']],
    ['fd00:10:96::/112', { ipFamily: 'ipv4' }, ['invalid service subnet expected IPv4 CIDR for IPv4 family']],
    ['10.96.0.0/16', { ipFamily: 'ipv6' }, ['invalid service subnet expected IPv6 CIDR for IPv6 family']],
    ['10.96.0.0/16,fd00:10:96::/112', { ipFamily: 'ipv4' }, ['invalid service subnet only one CIDR allowed for single-stack networking']],
    ['10.96.0.0/16,10.100.0.0/16', { ipFamily: 'dual' }, [`invalid service subnet ${KUBEADM_DUAL}`]],
    ['10.96.0.0/16,fd00::/112,fd01::/112', { ipFamily: 'dual' }, [`invalid service subnet ${KUBEADM_DUAL}`]],
    // kubeadm's checks on what kind generates.
    [
      '10.0.0.0/8',
      {},
      ['networking.serviceSubnet: Invalid value: "10.0.0.0/8": specified service subnet is too large; for 32-bit addresses, the mask must be >= 12'],
    ],
    ['10.96.0.0/29', {}, ['networking.serviceSubnet: Invalid value: "10.96.0.0/29": subnet with 8 address(es) is too small, the minimum is 10']],
  ])('%j %j', (value, ctx, errors) => {
    expectErrors(validateRangeList(value, { profile: 'kind', ...ctx }).errors, errors);
  });
});

describe('canonical list and non-canonical entries', () => {
  it.each([
    [
      'apiserver',
      '010.096.0.1/12,FD00:10:96:0:0:0:0:0/108',
      ['10.96.0.0/12', 'fd00:10:96::/108'],
      [
        { raw: '010.096.0.1/12', canonical: '10.96.0.0/12' },
        { raw: 'FD00:10:96:0:0:0:0:0/108', canonical: 'fd00:10:96::/108' },
      ],
    ],
    ['kubeadm', '10.96.0.0/012', ['10.96.0.0/12'], [{ raw: '10.96.0.0/012', canonical: '10.96.0.0/12' }]],
    ['kind', '10.96.0.0/16', ['10.96.0.0/16'], []],
    // kind parses strictly: a leading-zero value has no canonical list there.
    ['kind', '010.96.0.0/16', null, []],
    ['apiserver', '10.96.0.0/12,', null, []],
  ] as const)('%s %j -> %j', (profile, value, canonical, nonCanonical) => {
    const v = validateRangeList(value, { profile });
    expect(v.canonical).toEqual(canonical);
    expect(v.cidrs.map((c) => c.canonical)).toEqual(canonical ?? []);
    expect(v.nonCanonical).toEqual(nonCanonical);
  });
});
