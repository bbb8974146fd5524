// The line diff behind "a line the change touches" (src/engine/touched-lines.ts): a shortest edit script,
// checked against a plain LCS on random inputs, and the cap that falls back to "all of the middle touched".

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { diffLines } from '../../src/engine/touched-lines.js';
import { touchesRegion } from '../../src/engine/range-keys.js';

function lcs(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  return dp[a.length][b.length];
}

describe('unread diff: touched lines', () => {
  it('untouched lines are a longest common subsequence, matched in order', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const d = diffLines(a.join('\n'), b.join('\n'));
        // An empty text is one empty line, as positions count lines.
        const aa = a.length === 0 ? [''] : a;
        const bb = b.length === 0 ? [''] : b;
        const keptA: number[] = [];
        for (let i = 1; i <= aa.length; i++) if (!d.beforeTouched(i)) keptA.push(i);
        const keptB: number[] = [];
        for (let j = 1; j <= bb.length; j++) if (!d.afterTouched(j)) keptB.push(j);
        expect(keptA.length).toBe(keptB.length);
        expect(keptA.length).toBe(lcs(aa, bb));
        // The reported edit distance is the shortest edit script's: every line outside the LCS, on both sides.
        expect(d.editDistance).toBe(aa.length + bb.length - 2 * keptA.length);
        expect(d.steps).toBeLessThanOrEqual(2 * (aa.length + bb.length) * (d.editDistance! + 1));
        keptA.forEach((i, k) => {
          expect(d.afterLineOf(i)).toBe(keptB[k]);
          expect(aa[i - 1]).toBe(bb[keptB[k] - 1]);
        });
      }),
      { numRuns: 300 },
    );
  });

  // The backtrack keeps a frontier every ceil(sqrt(D)) rounds and recomputes one span at a time (issue 11 item 5:
  // O(D·√D) memory instead of O(D²)): edit distances of a few hundred cross many span boundaries, in both
  // directions of the last span, so a frontier restored wrongly would break the LCS or the order of the matches.
  it('untouched lines are a longest common subsequence when the backtrack crosses many checkpoints', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', ''), { minLength: 100, maxLength: 260 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const d = diffLines(a.join('\n'), b.join('\n'));
        const keptA: number[] = [];
        for (let i = 1; i <= a.length; i++) if (!d.beforeTouched(i)) keptA.push(i);
        const keptB: number[] = [];
        for (let j = 1; j <= b.length; j++) if (!d.afterTouched(j)) keptB.push(j);
        expect(keptA.length).toBe(lcs(a, b));
        expect(keptB.length).toBe(keptA.length);
        expect(d.editDistance).toBe(a.length + b.length - 2 * keptA.length);
        keptA.forEach((i, k) => {
          expect(d.afterLineOf(i)).toBe(keptB[k]);
          expect(a[i - 1]).toBe(b[keptB[k] - 1]);
        });
      }),
      { numRuns: 60 },
    );
  });

  // Linear time, shown by the work counted (not by a clock: `npm run bench` measures the time, as a ratio to a
  // plain line-by-line comparison of the same texts): the edit distance is 2 (one line out, one in), and the
  // steps stay within the O((N+M)·D) of Myers plus the shared head and tail, not the N·M of a plain LCS.
  it('one changed line in a 200,000-line file: exactly that line, with linear work', () => {
    const a = Array.from({ length: 200_000 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[123_456] = 'changed';
    const d = diffLines(a.join('\n'), b.join('\n'));
    expect(d.editDistance).toBe(2);
    expect(d.steps).toBeGreaterThanOrEqual(200_000 - 1); // the head and tail are compared line by line
    expect(d.steps).toBeLessThanOrEqual(a.length + b.length);
    expect(d.afterTouched(123_457)).toBe(true);
    expect(d.afterTouched(123_456)).toBe(false);
    expect(d.afterTouched(123_458)).toBe(false);
    expect(d.capped).toBe(false);
  });

  it('past the edit cap the whole middle counts as touched (fails closed), head and tail stay exact', () => {
    const a = ['same', ...Array.from({ length: 50 }, (_, i) => `a${i}`), 'end'];
    const b = ['same', ...Array.from({ length: 50 }, (_, i) => `b${i}`), 'end'];
    const d = diffLines(a.join('\n'), b.join('\n'), 10);
    expect(d.capped).toBe(true);
    expect(d.editDistance).toBeNull();
    expect(d.afterTouched(1)).toBe(false);
    for (let l = 2; l <= 51; l++) expect(d.afterTouched(l)).toBe(true);
    expect(d.afterTouched(52)).toBe(false);
  });

  // A CRLF conversion shares no line: every line is an edit. Answered without Myers' D rounds (its work was
  // O((N+M)·D), 1.3 million steps for 800 lines), with the same answer: all touched, D = N + M, or capped.
  it('sides that share no line (a CRLF conversion): all touched with linear work, capped past the limit', () => {
    const lines = Array.from({ length: 800 }, (_, i) => `  key${i}: ${i}`);
    const d = diffLines(`head\n${lines.join('\n')}\ntail`, `head\n${lines.join('\r\n')}\r\ntail`);
    expect(d.capped).toBe(false);
    expect(d.editDistance).toBe(1600);
    expect(d.steps).toBeLessThanOrEqual(2 + 2 * 800);
    expect(d.afterTouched(1)).toBe(false);
    for (let l = 2; l <= 801; l++) expect(d.afterTouched(l) && d.beforeTouched(l)).toBe(true);
    expect(d.afterTouched(802)).toBe(false);
    expect(d.afterLineOf(802)).toBe(802);
    expect(d.afterLineOf(400)).toBe(802); // a deleted line stood where the next kept line stands
    const big = Array.from({ length: 3000 }, (_, i) => `line ${i}`);
    const c = diffLines(big.join('\n'), big.join('\r\n'));
    expect(c.capped).toBe(true);
    expect(c.editDistance).toBeNull();
    expect(c.steps).toBeLessThanOrEqual(2 * 3000);
    expect(c.afterTouched(1) && c.afterTouched(2999)).toBe(true);
    expect(c.afterTouched(3000)).toBe(false); // the last line has no line break to convert: the shared tail
  });

  it('a key region: its value lines below and its parents above count, its siblings do not', () => {
    const lines = ['networking:', '  podSubnet: x', '  serviceSubnets:', '    - a', '    - b', 'other: 1'];
    const only = (n: number) => (l: number) => l === n;
    expect(touchesRegion(lines, 3, only(5))).toBe(true); // a list item
    expect(touchesRegion(lines, 3, only(1))).toBe(true); // the parent
    expect(touchesRegion(lines, 3, only(2))).toBe(false); // a sibling
    expect(touchesRegion(lines, 3, only(6))).toBe(false); // the next top-level key
  });
});
