// Relations between ranges and addresses, and the helpers messages use (kubernetes.default = network+1,
// cluster DNS = network+10: pkg/controlplane/apiserver/options ServiceIPRange, cmd/kubeadm/app/constants GetDNSIP).

import { describe, expect, it } from '@jest/globals';
import {
  cidrContainsAddress,
  compareMinor,
  contains,
  describeRelation,
  familyOf,
  indexedAddress,
  nthAddress,
  overlaps,
  parseCidr,
  parseIpAddress,
  parseMinorVersion,
  rangeSize,
  type Cidr,
} from '../../src/ranges/index.js';

function cidr(text: string): Cidr {
  const r = parseCidr(text, 'sloppy');
  if (!r.ok) throw new Error(`test input ${text} does not parse: ${r.reason}`);
  return r.cidr;
}

describe('contains / overlaps / describeRelation', () => {
  it.each([
    // [old, new, new contains old, old contains new, overlap, relation]
    ['10.96.0.0/16', '10.96.0.0/12', true, false, true, 'expanded'],
    ['10.96.0.0/12', '10.96.0.0/16', false, true, true, 'shrunk'],
    ['10.96.0.0/12', '10.100.0.0/16', false, true, true, 'shrunk'],
    ['10.96.0.0/16', '10.100.0.0/16', false, false, false, 'moved'],
    ['10.96.0.0/12', '10.112.0.0/12', false, false, false, 'moved'],
    ['fd00:10:96::/112', 'fd00:10:96::/108', true, false, true, 'expanded'],
    ['fd00:10:96::/108', 'fd00:10:97::/108', false, false, false, 'moved'],
    // Different families never relate.
    ['10.96.0.0/12', 'fd00::/108', false, false, false, 'moved'],
    ['0.0.0.0/0', '::/0', false, false, false, 'moved'],
    ['0.0.0.0/0', '10.96.0.0/12', false, true, true, 'shrunk'],
  ] as const)('%s -> %s', (oldText, newText, newHasOld, oldHasNew, overlap, relation) => {
    const a = cidr(oldText);
    const b = cidr(newText);
    expect([contains(b, a), contains(a, b), overlaps(a, b), overlaps(b, a), describeRelation(a, b)]).toEqual([
      newHasOld,
      oldHasNew,
      overlap,
      overlap,
      relation,
    ]);
  });

  it('a range contains itself', () => {
    expect(contains(cidr('10.96.0.0/12'), cidr('10.96.0.5/12'))).toBe(true);
  });
});

describe('sizes and indexed addresses', () => {
  it.each([
    ['10.96.0.0/12', 1n << 20n, '10.96.0.1', '10.96.0.10'],
    ['10.96.0.0/29', 8n, '10.96.0.1', null],
    ['172.30.0.0/16', 65536n, '172.30.0.1', '172.30.0.10'],
    ['fd00:10:96::/108', 1n << 20n, 'fd00:10:96::1', 'fd00:10:96::a'],
    ['::/0', 1n << 128n, '::1', '::a'],
    ['10.96.0.7/32', 1n, null, null],
  ] as const)('%s: %s addresses, #1 %s, #10 %s', (text, size, first, dns) => {
    const c = cidr(text);
    expect(rangeSize(c)).toBe(size);
    expect(indexedAddress(c, 1)).toBe(first);
    expect(indexedAddress(c, 10)).toBe(dns);
    expect(nthAddress(c, 10)).toBe(dns ?? `(none: ${c.canonical} has no address #10)`);
  });

  it('the last address of a range is the broadcast, one more is outside', () => {
    const c = cidr('10.96.0.0/24');
    expect(indexedAddress(c, 255)).toBe('10.96.0.255');
    expect(indexedAddress(c, 256)).toBeNull();
    expect(indexedAddress(c, -1)).toBeNull();
  });
});

describe('addresses in ranges', () => {
  it.each([
    ['10.96.0.0/12', '10.96.0.10', true],
    ['10.96.0.0/12', '10.111.255.255', true],
    ['10.96.0.0/12', '10.112.0.0', false],
    ['10.96.0.0/12', '010.096.000.010', true],
    ['fd00:10:96::/108', 'FD00:10:96::A', true],
    ['fd00:10:96::/108', 'fd00:10:97::a', false],
    ['10.96.0.0/12', 'fd00:10:96::a', false],
    // An IPv4-mapped address is IPv4 to Go.
    ['10.96.0.0/12', '::ffff:10.96.0.10', true],
  ] as const)('%s contains %s: %s', (range, address, inside) => {
    const ip = parseIpAddress(address, 'sloppy');
    expect(ip).not.toBeNull();
    expect(ip !== null && cidrContainsAddress(cidr(range), ip)).toBe(inside);
  });
});

describe('familyOf', () => {
  it.each([
    ['10.96.0.0/12', 'ipv4'],
    ['010.96.0.0/12', 'ipv4'],
    ['fd00::/108', 'ipv6'],
    ['::ffff:10.0.0.0/104', null],
    ['nonsense', null],
  ] as const)('%s -> %s', (text, family) => {
    expect(familyOf(text)).toBe(family);
  });
  it('reads the family of a parsed CIDR', () => {
    expect(familyOf(cidr('fd00::/108'))).toBe('ipv6');
  });
});

describe('versions', () => {
  it.each([
    ['1.33', { major: 1, minor: 33 }],
    ['v1.33.2', { major: 1, minor: 33 }],
    ['1.33.0', { major: 1, minor: 33 }],
    ['v1.34.0-rc.1', { major: 1, minor: 34 }],
    ['v1.35.0+k3s1', { major: 1, minor: 35 }],
    [' 1.29 ', { major: 1, minor: 29 }],
    ['latest', null],
    ['1', null],
    ['1.x', null],
    ['', null],
  ] as const)('parseMinorVersion(%j) -> %j', (text, version) => {
    expect(parseMinorVersion(text)).toEqual(version);
  });
  it('parseMinorVersion(undefined) is null', () => {
    expect(parseMinorVersion(undefined)).toBeNull();
  });
  it.each([
    ['1.33', '1.34', -1],
    ['1.34', '1.33', 1],
    ['v1.33.9', '1.33', 0],
    ['1.9', '1.10', -1],
    ['2.0', '1.99', 1],
  ] as const)('compareMinor(%s, %s) has sign %i', (a, b, sign) => {
    const va = parseMinorVersion(a);
    const vb = parseMinorVersion(b);
    if (!va || !vb) throw new Error('test versions must parse');
    expect(Math.sign(compareMinor(va, vb))).toBe(sign);
  });
});
