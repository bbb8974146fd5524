// Table of SPEC §3 rows: old -> new canonical effective lists -> rule the apiserver's behaviour maps to.
import { describe, expect, it } from '@jest/globals';
import { classifyChange } from '../src/classify.js';
import { parseRangeList, type Cidr } from '../src/ranges/index.js';

function list(value: string): Cidr[] {
  const r = parseRangeList(value, 'sloppy');
  if (!r.ok) throw new Error(`test value ${value} does not parse: ${r.error}`);
  return r.cidrs;
}

describe('classifyChange', () => {
  it.each([
    // single -> dual keeping the primary: the one change the apiserver applies (kubernetes#131263)
    ['10.96.0.0/12', '10.96.0.0/12,fd00:10:96::/108', 'dual-stack-upgrade'],
    ['fd00:10:96::/108', 'fd00:10:96::/108,10.96.0.0/12', 'dual-stack-upgrade'],
    // dual -> single keeping the primary
    ['10.96.0.0/12,fd00:10:96::/108', '10.96.0.0/12', 'family-reduction'],
    ['fd00:10:96::/108,10.96.0.0/12', 'fd00:10:96::/108', 'family-reduction'],
    // primary family changes
    ['10.96.0.0/12', 'fd00:10:96::/108', 'primary-family-change'],
    ['fd00:10:96::/108', '10.96.0.0/12', 'primary-family-change'],
    ['10.96.0.0/12,fd00:10:96::/108', 'fd00:10:96::/108,10.96.0.0/12', 'primary-family-change'],
    ['10.96.0.0/12', 'fd00:10:96::/108,10.96.0.0/12', 'primary-family-change'],
    ['10.96.0.0/12,fd00:10:96::/108', 'fd00:10:96::/108', 'primary-family-change'],
    // primary range changes within the family
    ['10.96.0.0/16', '10.96.0.0/12', 'primary-range-change'],
    ['10.96.0.0/12', '10.96.0.0/16', 'primary-range-change'],
    ['10.96.0.0/12', '10.112.0.0/12', 'primary-range-change'],
    ['10.96.0.0/12,fd00::/108', '10.100.0.0/16', 'primary-range-change'],
    // secondary changes
    ['10.96.0.0/12,fd00:10:96::/108', '10.96.0.0/12,fd00:99::/108', 'secondary-range-change'],
  ])('%s -> %s is %s', (from, to, rule) => {
    expect(classifyChange(list(from), list(to))?.rule).toBe(rule);
  });

  it.each([
    ['10.96.0.0/12', '10.96.0.0/12'],
    ['10.96.0.1/12', '10.96.0.0/12'], // host bits: same range once masked
    ['010.096.000.000/12', '10.96.0.0/12'], // leading zeros read as decimal (ParseCIDRSloppy)
    ['FD00:10:96:0:0:0:0:0/108', 'fd00:10:96::/108'],
  ])('%s -> %s is the same range: no change', (from, to) => {
    expect(classifyChange(list(from), list(to))).toBeNull();
  });

  it.each([
    ['10.96.0.0/16', '10.96.0.0/12', 'expanded'],
    ['10.96.0.0/12', '10.96.0.0/16', 'shrunk'],
    ['10.96.0.0/12', '10.112.0.0/12', 'moved'],
    ['10.96.0.0/16', '10.97.0.0/16', 'moved'],
  ])('primary %s -> %s is %s', (from, to, relation) => {
    expect(classifyChange(list(from), list(to))?.relation).toBe(relation);
  });

  it('swapping old and new maps each rule to its mirror', () => {
    const mirror: Record<string, string> = {
      'dual-stack-upgrade': 'family-reduction',
      'family-reduction': 'dual-stack-upgrade',
      'primary-family-change': 'primary-family-change',
      'primary-range-change': 'primary-range-change',
      'secondary-range-change': 'secondary-range-change',
    };
    const values = ['10.96.0.0/12', '10.96.0.0/16', '10.96.0.0/12,fd00::/108', 'fd00::/108', 'fd00::/108,10.96.0.0/12', '10.96.0.0/12,fd01::/108'];
    let compared = 0;
    for (const a of values) {
      for (const b of values) {
        const ab = classifyChange(list(a), list(b));
        const ba = classifyChange(list(b), list(a));
        if (a === b) {
          expect(ab).toBeNull();
          continue;
        }
        expect(ab).not.toBeNull();
        expect(ba?.rule).toBe(mirror[ab!.rule]);
        compared++;
      }
    }
    expect(compared).toBe(30);
  });
});
