// Parsing like Go: sloppy = k8s.io/utils/net ParseCIDRSloppy (Go 1.16 net copy, used by kube-apiserver and
// kubeadm), strict = Go >= 1.17 net.ParseCIDR (used by kind). Expected values are what those functions return
// (IPNet.String()), worked out from the Go sources, not from this implementation.

import { describe, expect, it } from '@jest/globals';
import { parseCidr, parseIpAddress, parseRangeList } from '../../src/ranges/index.js';

describe('parseCidr: sloppy vs strict', () => {
  // [entry, sloppy canonical or null, strict canonical or null]
  it.each([
    ['10.96.0.0/12', '10.96.0.0/12', '10.96.0.0/12'],
    // Leading zeros are DECIMAL in ParseCIDRSloppy (not octal); Go 1.17+ rejects them (CVE-2021-29923).
    ['010.096.0.0/12', '10.96.0.0/12', null],
    ['10.096.000.000/16', '10.96.0.0/16', null],
    ['0010.96.0.0/16', '10.96.0.0/16', null],
    ['10.96.00.0/16', '10.96.0.0/16', null],
    // "08" would be invalid octal; as decimal it is 8.
    ['10.08.0.0/16', '10.8.0.0/16', null],
    ['256.0.0.0/8', null, null],
    ['10.96.0/12', null, null],
    ['10.96.0.0.0/12', null, null],
    // Host bits are masked.
    ['10.96.0.5/12', '10.96.0.0/12', '10.96.0.0/12'],
    ['192.168.1.77/24', '192.168.1.0/24', '192.168.1.0/24'],
    // Prefix length: decimal digits only, leading zeros accepted by both parsers' dtoi.
    ['10.96.0.0/012', '10.96.0.0/12', '10.96.0.0/12'],
    ['10.96.0.0/33', null, null],
    ['10.96.0.0/', null, null],
    ['10.96.0.0', null, null],
    ['10.96.0.0/+12', null, null],
    ['10.96.0.0/-1', null, null],
    ['10.96.0.0/12/1', null, null],
    // No trimming anywhere.
    [' 10.96.0.0/12', null, null],
    ['10.96.0.0/12 ', null, null],
    ['', null, null],
    // IPv6: case folded, compressed; a group may have >4 hex digits sloppily if it fits 16 bits.
    ['FD00:10:96::/112', 'fd00:10:96::/112', 'fd00:10:96::/112'],
    ['fd00:0010:0096:0000:0000:0000:0000:0000/112', 'fd00:10:96::/112', 'fd00:10:96::/112'],
    ['fd00:00010:96::/112', 'fd00:10:96::/112', null],
    ['fd00:10000::/112', null, null],
    ['fd00::10:96::/112', null, null],
    ['fd00:10:96::/129', null, null],
    ['1:2:3:4:5:6:7:8::/64', null, null],
    ['1:2:3:4:5:6:7::/112', '1:2:3:4:5:6:7:0/112', '1:2:3:4:5:6:7:0/112'],
    ['fd00:10:96:/112', null, null],
    [':fd00::/112', null, null],
    ['fe80::1%eth0/64', null, null],
    ['[fd00::]/112', null, null],
    // An IPv4 tail in the last 32 bits is allowed; leading zeros in it follow the IPv4 rule.
    ['::10.0.0.0/112', '::a00:0/112', '::a00:0/112'],
    ['::010.0.0.0/112', '::a00:0/112', null],
    ['1:2:3:4:5:10.0.0.0/112', null, null],
    ['::/0', '::/0', '::/0'],
    ['0.0.0.0/0', '0.0.0.0/0', '0.0.0.0/0'],
  ])('%j -> sloppy %j, strict %j', (raw, sloppy, strict) => {
    const s = parseCidr(raw, 'sloppy');
    const t = parseCidr(raw, 'strict');
    expect(s.ok ? s.cidr.canonical : null).toBe(sloppy);
    expect(t.ok ? t.cidr.canonical : null).toBe(strict);
  });

  it.each([['::ffff:10.0.0.0/104'], ['::ffff:a00:0/104'], ['::FFFF:10.96.0.0/108'], ['::ffff:0.0.0.0/96']])(
    'IPv4-mapped IPv6 network %s is rejected in both modes',
    (raw) => {
      for (const mode of ['sloppy', 'strict'] as const) {
        const r = parseCidr(raw, mode);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toMatch(/IPv4-mapped/);
      }
    },
  );

  it('a prefix shorter than /96 masks the ::ffff bits away: ::ffff:0:0/80 is the IPv6 network ::/80', () => {
    const r = parseCidr('::ffff:0:0/80', 'sloppy');
    expect(r.ok && r.cidr.canonical).toBe('::/80');
  });

  it('records family, prefix, bits and the masked network number', () => {
    const r = parseCidr('10.96.0.5/12', 'sloppy');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cidr).toEqual({
      family: 'ipv4',
      canonical: '10.96.0.0/12',
      raw: '10.96.0.5/12',
      prefix: 12,
      bits: 32,
      network: (10n << 24n) | (96n << 16n),
    });
    const v6 = parseCidr('FD00::1/112', 'strict');
    expect(v6.ok && [v6.cidr.family, v6.cidr.bits, v6.cidr.network]).toEqual(['ipv6', 128, 0xfd00n << 112n]);
  });
});

describe('parseRangeList: split on "," without trimming', () => {
  it.each([
    ['10.96.0.0/12', ['10.96.0.0/12']],
    ['10.96.0.0/12,fd00:10:96::/108', ['10.96.0.0/12', 'fd00:10:96::/108']],
    ['fd00:10:96::/108,10.96.0.0/12', ['fd00:10:96::/108', '10.96.0.0/12']],
    // Three entries still parse: the count is a validation rule, not a parse rule.
    ['10.96.0.0/12,fd00::/108,10.100.0.0/16', ['10.96.0.0/12', 'fd00::/108', '10.100.0.0/16']],
  ])('%j parses to %j', (value, canonical) => {
    const r = parseRangeList(value, 'sloppy');
    expect(r.ok && r.cidrs.map((c) => c.canonical)).toEqual(canonical);
  });

  // Upstream wording: cmd/kube-apiserver/app/options/completion.go getServiceIPAndRanges.
  it.each([
    ['10.96.0.0/12, fd00::/108', 1, 'service-cluster-ip-range[1] is not an ip net'],
    ['10.96.0.0/12,', 1, 'service-cluster-ip-range[1] is not an ip net'],
    [',10.96.0.0/12', 0, 'service-cluster-ip-range[0] is not a valid cidr'],
    ['10.96.0.0/12,,fd00::/108', 1, 'service-cluster-ip-range[1] is not an ip net'],
    ['10.96.0.0/12;fd00::/108', 0, 'service-cluster-ip-range[0] is not a valid cidr'],
    ['10.96.0.0/12 fd00::/108', 0, 'service-cluster-ip-range[0] is not a valid cidr'],
    ['', 0, 'service-cluster-ip-range[0] is not a valid cidr'],
  ])('sloppy %j fails at entry %i: %s', (value, index, message) => {
    const r = parseRangeList(value, 'sloppy');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.index).toBe(index);
    expect(r.error.startsWith(message)).toBe(true);
  });

  // Upstream wording: kubernetes-sigs/kind pkg/internal/apis/config/validate.go validateSubnets around Go's
  // net.ParseError ("invalid CIDR address: <text>").
  it.each([
    ['010.96.0.0/12', 0, 'failed to parse cidr value:"010.96.0.0/12" with error: invalid CIDR address: 010.96.0.0/12'],
    ['10.96.0.0/16, fd00::/112', 1, 'failed to parse cidr value:" fd00::/112" with error: invalid CIDR address:  fd00::/112'],
  ])('strict %j fails at entry %i: %s', (value, index, message) => {
    const r = parseRangeList(value, 'strict');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.index).toBe(index);
    expect(r.error.startsWith(message)).toBe(true);
  });
});

describe('parseIpAddress (advertise addresses, DNS IPs)', () => {
  it.each([
    ['192.168.1.10', 'sloppy', 'ipv4', 0xc0a8010an],
    ['192.168.001.010', 'sloppy', 'ipv4', 0xc0a8010an],
    ['192.168.001.010', 'strict', null, null],
    ['fd00::1', 'strict', 'ipv6', (0xfd00n << 112n) | 1n],
    ['FD00::1', 'sloppy', 'ipv6', (0xfd00n << 112n) | 1n],
    // net.IP.To4 accepts the IPv4-mapped form: Go calls it IPv4 (utilnet.IsIPv4).
    ['::ffff:192.168.1.10', 'sloppy', 'ipv4', 0xc0a8010an],
    ['10.96.0.10/32', 'sloppy', null, null],
    [' 10.96.0.10', 'sloppy', null, null],
    ['fe80::1%eth0', 'sloppy', null, null],
  ] as const)('%j (%s) -> %s %s', (text, mode, family, value) => {
    const r = parseIpAddress(text, mode);
    expect(r === null ? [null, null] : [r.family, r.value]).toEqual([family, value]);
  });
});
