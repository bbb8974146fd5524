// Property-based tests (fast-check). Runs are bounded in the normal suite; `npm run fuzz` sets FUZZ_RUNS
// (20,000) for the cheap properties and a tenth of it for the engine-wide mutation property.
//
// The ranges are checked against an independent model of the address space written here from the
// definitions (a CIDR is the interval [network, network + 2^(bits - prefix)); Go prints IPv6 per RFC 5952
// §4.2, net/netip Addr.String), not against the code under test.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { classifyChange } from '../../src/classify.js';
import { analyzeChanges, analyzeFile } from '../../src/engine.js';
import type { RuleId } from '../../src/model.js';
import {
  canonicalizeRangeList,
  contains,
  formatCidr,
  formatIpAddress,
  overlaps,
  parseCidr,
  parseIpAddress,
  parseRangeList,
  type Cidr,
} from '../../src/ranges/index.js';

const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
/** Runs for a property: the default, or FUZZ_RUNS (scaled for the expensive ones). */
const runs = (normal: number, fuzzShare = 1): number => (FUZZ_RUNS ? Math.max(normal, Math.round(FUZZ_RUNS * fuzzShare)) : normal);
const TIMEOUT = FUZZ_RUNS ? 60 * 60 * 1000 : 120_000;

// ---- the independent model ----

type Family = 'ipv4' | 'ipv6';
interface ModelCidr {
  family: Family;
  address: bigint;
  prefix: number;
}
const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };

function modelNetwork(c: ModelCidr): bigint {
  const host = BigInt(BITS[c.family] - c.prefix);
  return (c.address >> host) << host; // clear the host bits by shifting them out
}
function modelInterval(c: ModelCidr): [bigint, bigint] {
  const start = modelNetwork(c);
  return [start, start + (1n << BigInt(BITS[c.family] - c.prefix))];
}
function modelV4(value: bigint): string {
  const octets: number[] = [];
  for (let i = 0; i < 4; i++) octets.unshift(Number((value / 256n ** BigInt(i)) % 256n));
  return octets.join('.');
}
/** RFC 5952 §4.2: lower case, no leading zeros, the longest run (>= 2) of zero groups as "::", first on a tie. */
function modelV6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value / 65536n ** BigInt(7 - i)) % 65536n));
  let best: [number, number] = [-1, 0];
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i >= 2 && j - i > best[1]) best = [i, j - i];
  }
  const hex = groups.map((g) => g.toString(16));
  if (best[0] < 0) return hex.join(':');
  return `${hex.slice(0, best[0]).join(':')}::${hex.slice(best[0] + best[1]).join(':')}`;
}
function modelCanonical(c: ModelCidr): string {
  const net = modelNetwork(c);
  return `${c.family === 'ipv4' ? modelV4(net) : modelV6(net)}/${c.prefix}`;
}
/** Go treats ::ffff:a.b.c.d as IPv4; the product refuses such a network (src/ranges/parse.ts). */
function isMapped(c: ModelCidr): boolean {
  return c.family === 'ipv6' && modelNetwork(c) / 2n ** 32n === 0xffffn;
}

// ---- generators: a range and the many ways to spell it ----

const v4Cidr = fc.record({ family: fc.constant<Family>('ipv4'), address: fc.bigInt(0n, 2n ** 32n - 1n), prefix: fc.integer({ min: 0, max: 32 }) });
const v6Address = fc.oneof(
  fc.bigInt(0n, 2n ** 128n - 1n),
  // Zero runs are where printing goes wrong: build addresses from mostly-zero groups.
  fc
    .array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 })
    .map((gs) => gs.reduce((acc, g) => acc * 65536n + BigInt(g), 0n)),
);
const v6Cidr = fc.record({ family: fc.constant<Family>('ipv6'), address: v6Address, prefix: fc.integer({ min: 0, max: 128 }) });
const anyCidr = fc.oneof(v4Cidr, v6Cidr);

/** A spelling of the address that Go's sloppy parser reads as the same value. */
function spell(c: ModelCidr, style: { zeros: number[]; upper: boolean; expand: boolean; prefixZeros: number }): string {
  const prefix = '0'.repeat(style.prefixZeros) + String(c.prefix);
  if (c.family === 'ipv4') {
    const octets = modelV4(c.address)
      .split('.')
      .map((o, i) => '0'.repeat(style.zeros[i] ?? 0) + o);
    return `${octets.join('.')}/${prefix}`;
  }
  let text: string;
  if (style.expand) {
    const groups = Array.from({ length: 8 }, (_, i) => Number((c.address / 65536n ** BigInt(7 - i)) % 65536n));
    // At most four hex digits per group: Go's sloppy parser accepts more, the strict one does not.
    text = groups.map((g, i) => g.toString(16).padStart(Math.min(4, g.toString(16).length + (style.zeros[i] ?? 0)), '0')).join(':');
  } else {
    text = modelV6(c.address);
  }
  return `${style.upper ? text.toUpperCase() : text}/${prefix}`;
}
const style = fc.record({
  zeros: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
  upper: fc.boolean(),
  expand: fc.boolean(),
  prefixZeros: fc.integer({ min: 0, max: 1 }),
});

function toCidr(c: ModelCidr): Cidr {
  const parsed = parseCidr(modelCanonical(c), 'strict');
  if (!parsed.ok) throw new Error(`model canonical ${modelCanonical(c)} does not parse: ${parsed.reason}`);
  return parsed.cidr;
}

describe('range canonicalisation against the integer model', () => {
  it('every sloppy spelling canonicalises to the model network, or is refused exactly when IPv4-mapped', () => {
    fc.assert(
      fc.property(anyCidr, style, (c, st) => {
        const raw = spell(c, st);
        const canonical = canonicalizeRangeList(raw, 'sloppy');
        if (isMapped(c)) expect(canonical).toBeNull();
        else expect(canonical).toEqual([modelCanonical(c)]);
      }),
      { numRuns: runs(500) },
    );
  });

  it('canonicalisation is idempotent and the canonical text parses strictly to itself', () => {
    fc.assert(
      fc.property(anyCidr, style, (c, st) => {
        fc.pre(!isMapped(c));
        const once = canonicalizeRangeList(spell(c, st), 'sloppy');
        expect(once).not.toBeNull();
        expect(canonicalizeRangeList(once!.join(','), 'sloppy')).toEqual(once);
        expect(canonicalizeRangeList(once!.join(','), 'strict')).toEqual(once);
      }),
      { numRuns: runs(500) },
    );
  });

  it('strict parsing refuses exactly the IPv4 spellings with leading zeros', () => {
    fc.assert(
      fc.property(v4Cidr, style, (c, st) => {
        const raw = spell(c, { ...st, prefixZeros: 0 });
        const hasLeadingZero = raw
          .split('/')[0]
          .split('.')
          .some((o) => o.length > 1 && o.startsWith('0'));
        expect(canonicalizeRangeList(raw, 'strict') === null).toBe(hasLeadingZero);
      }),
      { numRuns: runs(300) },
    );
  });

  it('two-entry lists canonicalise entry by entry; a space after the comma is always refused', () => {
    fc.assert(
      fc.property(anyCidr, anyCidr, style, (a, b, st) => {
        fc.pre(!isMapped(a) && !isMapped(b));
        expect(canonicalizeRangeList(`${spell(a, st)},${spell(b, st)}`, 'sloppy')).toEqual([modelCanonical(a), modelCanonical(b)]);
        expect(parseRangeList(`${spell(a, st)}, ${spell(b, st)}`, 'sloppy').ok).toBe(false);
        expect(parseRangeList(`${spell(a, st)},`, 'sloppy').ok).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });

  it('contains and overlaps agree with interval arithmetic', () => {
    // Small prefixes and shared high bits make containment common enough to test both outcomes.
    const near = (family: Family) =>
      fc.record({
        family: fc.constant(family),
        address: family === 'ipv4' ? fc.bigInt(0x0a000000n, 0x0a00ffffn) : fc.bigInt(0xfd00n << 112n, (0xfd00n << 112n) + 0xffffn),
        prefix: fc.integer({ min: BITS[family] - 20, max: BITS[family] }),
      });
    const pair = fc.oneof(fc.tuple(near('ipv4'), near('ipv4')), fc.tuple(near('ipv6'), near('ipv6')), fc.tuple(near('ipv4'), near('ipv6')));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const [as, ae] = modelInterval(a);
        const [bs, be] = modelInterval(b);
        const sameFamily = a.family === b.family;
        expect(contains(toCidr(a), toCidr(b))).toBe(sameFamily && as <= bs && be <= ae);
        expect(overlaps(toCidr(a), toCidr(b))).toBe(sameFamily && as < be && bs < ae);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('parse/print round-trips', () => {
  it('an address prints as the model prints it and parses back to the same value', () => {
    fc.assert(
      fc.property(anyCidr, (c) => {
        const parsed = parseIpAddress(c.family === 'ipv4' ? modelV4(c.address) : modelV6(c.address), 'strict');
        expect(parsed).not.toBeNull();
        if (isMapped({ ...c, prefix: 128 })) return; // Go reads ::ffff:a.b.c.d as IPv4 (To4): a different value
        expect(parsed).toEqual({ family: c.family, value: c.address });
        expect(formatIpAddress(parsed!)).toBe(c.family === 'ipv4' ? modelV4(c.address) : modelV6(c.address));
      }),
      { numRuns: runs(500) },
    );
  });

  it('formatCidr of a parsed network parses back to the same network and prefix', () => {
    fc.assert(
      fc.property(anyCidr, (c) => {
        fc.pre(!isMapped(c));
        const cidr = toCidr(c);
        const again = parseCidr(formatCidr(cidr.network, cidr.prefix, cidr.bits), 'strict');
        expect(again.ok && [again.cidr.network, again.cidr.prefix, again.cidr.family]).toEqual([modelNetwork(c), c.prefix, c.family]);
      }),
      { numRuns: runs(500) },
    );
  });
});

// ---- classification ----

const MIRROR: Partial<Record<RuleId, RuleId>> = { 'dual-stack-upgrade': 'family-reduction', 'family-reduction': 'dual-stack-upgrade' };
const RELATION_MIRROR = { expanded: 'shrunk', shrunk: 'expanded', moved: 'moved' } as const;

// A small pool so that equal primaries and secondaries are frequent.
const POOL4 = ['10.96.0.0/12', '10.96.0.0/16', '10.100.0.0/16', '10.96.0.0/24', '172.20.0.0/16'];
const POOL6 = ['fd00:10:96::/112', 'fd00:10:96::/108', 'fd00:20::/112', 'fd00:10:96::/120'];
const validList = fc
  .tuple(fc.boolean(), fc.constantFrom(...POOL4), fc.constantFrom(...POOL6), fc.integer({ min: 1, max: 2 }))
  .map(([v4First, a, b, n]) => (v4First ? [a, b] : [b, a]).slice(0, n).join(','));
const parsed = (list: string): Cidr[] => {
  const r = parseRangeList(list, 'strict');
  if (!r.ok) throw new Error(r.error);
  return r.cidrs;
};

describe('classification consistency', () => {
  it('swapping old and new maps each rule to its mirror (and expanded <-> shrunk)', () => {
    fc.assert(
      fc.property(validList, validList, (a, b) => {
        const forward = classifyChange(parsed(a), parsed(b));
        const backward = classifyChange(parsed(b), parsed(a));
        if (forward === null) {
          expect(backward).toBeNull();
          return;
        }
        expect(backward?.rule).toBe(MIRROR[forward.rule] ?? forward.rule);
        if (forward.relation) expect(backward?.relation).toBe(RELATION_MIRROR[forward.relation]);
      }),
      { numRuns: runs(300) },
    );
  });

  it('identical inputs give no finding, through classifyChange and through the whole engine', () => {
    fc.assert(
      fc.property(validList, (a) => {
        expect(classifyChange(parsed(a), parsed(a))).toBeNull();
        const text = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: ${a}\n`;
        // A change elsewhere in the file (a comment) leaves the effective value alone: nothing to report.
        expect(analyzeFile({ path: 'k.yaml', before: text, after: `# reviewed\n${text}` }).findings).toEqual([]);
      }),
      { numRuns: runs(300, 0.1) },
    );
  });
});

// ---- the blocking finding survives harmless noise ----

const v4Service = fc
  .record({ a: fc.integer({ min: 1, max: 223 }), b: fc.integer({ min: 0, max: 255 }), prefix: fc.integer({ min: 12, max: 28 }) })
  .map(({ a, b, prefix }) => modelCanonical({ family: 'ipv4', address: BigInt(a) * 2n ** 24n + BigInt(b) * 2n ** 16n, prefix }));
const v6Service = fc
  .record({ g: fc.integer({ min: 0, max: 0xffff }), prefix: fc.integer({ min: 108, max: 124 }) })
  .map(({ g, prefix }) => modelCanonical({ family: 'ipv6', address: (0xfd00n << 112n) + (BigInt(g) << 64n), prefix }));
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
const noise = fc.record({
  comments: fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.stringMatching(/^[A-Za-z0-9 .,:-]{0,30}$/)), { maxLength: 4 }),
  extraKeys: fc.array(fc.tuple(word, word), { maxLength: 3 }),
  otherDocs: fc.array(fc.constantFrom('InitConfiguration', 'JoinConfiguration', 'KubeletConfiguration', 'KubeProxyConfiguration'), { maxLength: 3 }),
  clusterFirst: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  version: fc.constantFrom('v1beta3', 'v1beta4'),
});
type Noise = typeof noise extends fc.Arbitrary<infer T> ? T : never;

/** A kubeadm file with the ClusterConfiguration somewhere among other documents; returns text and the value's line. */
function kubeadmFile(value: string, n: Noise): { text: string; line: number } {
  const cluster = [
    `apiVersion: kubeadm.k8s.io/${n.version}`,
    'kind: ClusterConfiguration',
    ...n.extraKeys.map(([k, v]) => `x${k}: ${v}`),
    'networking:',
    '  dnsDomain: cluster.local',
    `  serviceSubnet: "${value}"`,
  ];
  const others = n.otherDocs.map((kind) =>
    kind.startsWith('Kube')
      ? [`apiVersion: ${kind === 'KubeletConfiguration' ? 'kubelet' : 'kubeproxy'}.config.k8s.io/v1alpha1`, `kind: ${kind}`]
      : [`apiVersion: kubeadm.k8s.io/${n.version}`, `kind: ${kind}`],
  );
  const docs = n.clusterFirst ? [cluster, ...others] : [...others, cluster];
  let lines = docs.flatMap((d, i) => (i === 0 ? d : ['---', ...d]));
  for (const [at, text] of n.comments) {
    const i = Math.min(at, lines.length);
    // A comment line at the indentation of the line it precedes, so it never changes the structure.
    const indent = (lines[i] ?? '').match(/^ */)![0];
    lines = [...lines.slice(0, i), `${indent}# ${text}`, ...lines.slice(i)];
  }
  const line = lines.findIndex((l) => l.includes('serviceSubnet:')) + 1;
  const body = lines.join(n.crlf ? '\r\n' : '\n') + (n.crlf ? '\r\n' : '\n');
  return { text: (n.bom ? '\ufeff' : '') + body, line };
}

describe('a dual-stack kubeadm config reduced to its primary', () => {
  it(
    'always yields exactly one error family-reduction at the serviceSubnet line, whatever the noise',
    () => {
      fc.assert(
        fc.property(fc.boolean(), v4Service, v6Service, noise, noise, (v4First, v4, v6, oldNoise, newNoise) => {
          const [primary, secondary] = v4First ? [v4, v6] : [v6, v4];
          const before = kubeadmFile(`${primary},${secondary}`, oldNoise);
          const after = kubeadmFile(primary, newNoise);
          const report = analyzeChanges([{ path: 'kubeadm.yaml', before: before.text, after: after.text }]);
          const reductions = report.findings.filter((f) => f.rule === 'family-reduction');
          expect(reductions.map((f) => [f.level, f.line])).toEqual([['error', after.line]]);
          expect(reductions[0].before).toEqual([primary, secondary]);
          expect(reductions[0].after).toEqual([primary]);
          expect(report.blocked).toBe(true);
        }),
        { numRuns: runs(300, 0.1) },
      );
    },
    TIMEOUT,
  );
});
