// ServiceCIDR spec.cidrs validation against the upstream wording (src/ranges/servicecidr.ts):
// pkg/apis/networking/validation/validation.go validateServiceCIDRSpec, apimachinery validation/ip.go IsValidCIDR
// (strict, canonical) and ipallocator.NewIPAllocator's IPv6 prefix rule.

import { describe, expect, it } from '@jest/globals';
import { validateServiceCidrList } from '../../src/ranges/servicecidr.js';

describe('validateServiceCidrList', () => {
  it.each([
    ['10.100.0.0/16', []],
    ['fd00:100::/112', []],
    ['10.100.0.0/16,fd00:100::/112', []],
    ['fd00:100::/112,10.100.0.0/16', []],
    ['fd00:100::/64', []],
    ['', ['spec.cidrs: Required value: at least one CIDR required']],
    ['10.0.0.0/16,fd00::/112,10.1.0.0/16', ['spec.cidrs: Invalid value: "10.0.0.0/16,fd00::/112,10.1.0.0/16": may only hold up to 2 values']],
    [
      '10.0.0.0/16,10.1.0.0/16',
      [
        'spec.cidrs: Invalid value: "10.0.0.0/16,10.1.0.0/16": may specify no more than one IP for each IP family, i.e 192.168.0.0/24 and 2001:db8::/64',
      ],
    ],
    ['10.0.0.0', ['spec.cidrs[0]: Invalid value: "10.0.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)']],
    ['10.0.0.0/33', ['spec.cidrs[0]: Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)']],
    ['010.0.0.0/16', ['spec.cidrs[0]: Invalid value: "010.0.0.0/16": must not have leading 0s in IP or prefix length']],
    ['10.0.0.0/08', ['spec.cidrs[0]: Invalid value: "10.0.0.0/08": must not have leading 0s in IP or prefix length']],
    ['::ffff:10.0.0.0/104', ['spec.cidrs[0]: Invalid value: "::ffff:10.0.0.0/104": must not have an IPv4-mapped IPv6 address']],
    ['10.0.0.1/16', ['spec.cidrs[0]: Invalid value: "10.0.0.1/16": must not have bits set beyond the prefix length']],
    ['FD00::/112', ['spec.cidrs[0]: Invalid value: "FD00::/112": must be in canonical form ("fd00::/112")']],
    ['fd00:0:0::/112', ['spec.cidrs[0]: Invalid value: "fd00:0:0::/112": must be in canonical form ("fd00::/112")']],
    [
      'fd00::/48',
      [
        'the API stores the object, but the apiserver never allocates ClusterIPs from fd00::/48: "shortest allowed prefix length for service CIDR is 64, got 48"',
      ],
    ],
  ])('%j', (value, errors) => {
    expect(validateServiceCidrList(value).errors).toEqual(errors);
  });

  it('keeps the canonical list of a value that parses, for comparisons', () => {
    expect(validateServiceCidrList('10.0.0.1/16,FD00::/112').canonical).toEqual(['10.0.0.0/16', 'fd00::/112']);
    expect(validateServiceCidrList('10.0.0.0/33').canonical).toBeNull();
  });
});
