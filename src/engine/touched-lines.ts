// Which lines a change touches, from the two texts alone (the engine is pure: no patch, no git). A line diff:
// the common head and tail are matched first (linear, and all of a typical big-file change), then the middle
// is diffed with Myers' O(ND) algorithm (E. W. Myers, "An O(ND) Difference Algorithm and Its Variations",
// Algorithmica 1986; the same algorithm as git's default diff) up to MAX_DIFF_EDIT_DISTANCE edits. Past that
// cap the whole middle counts as touched: the answer errs towards "touched", which fails closed.

/** Edits (inserted plus deleted lines) Myers may look for; its time is O((N+M)·D) and its memory O(D·√D). */
export const MAX_DIFF_EDIT_DISTANCE = 2000;

/** The lines one change touches on each side, with a map from old lines to where they stand in the new text. */
export interface LineChanges {
  /** True when `line` (1-based) of the new text was inserted or changed. */
  afterTouched(line: number): boolean;
  /** True when `line` (1-based) of the old text was deleted or changed. */
  beforeTouched(line: number): boolean;
  /** The new text's line where an old line stands (kept), or where it stood (deleted: the next kept line). */
  afterLineOf(beforeLine: number): number;
  /** Lines of each text. */
  readonly beforeLines: number;
  readonly afterLines: number;
  /** True when the middle was too different for the cap and was marked touched as a whole. */
  readonly capped: boolean;
  /**
   * The work done, for tests and the bench (read-only, no effect on the answer): `editDistance` is the D of the
   * shortest edit script (inserted plus deleted lines; null when capped), `steps` the line comparisons and
   * frontier moves made: O((N+M)·D) — at most 2·(N+M)·(D+1) with the shared head and tail.
   */
  readonly editDistance: number | null;
  readonly steps: number;
}

/** Lines as positions count them: split at '\n' only (a CR stays part of its line, so a CRLF change is a change). */
export function splitLines(text: string): string[] {
  return text.split('\n');
}

/** Line diff of two texts (see the file comment). Linear for shared head/tail, O((N+M)·D) in the middle. */
export function diffLines(before: string, after: string, maxEdits = MAX_DIFF_EDIT_DISTANCE): LineChanges {
  const a = splitLines(before);
  const b = splitLines(after);
  const aTouched = new Uint8Array(a.length + 2);
  const bTouched = new Uint8Array(b.length + 2);
  // afterOf[i] (0-based old line) = 0-based new line it maps to.
  const afterOf = new Int32Array(a.length + 1);
  let head = 0;
  let steps = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    afterOf[head] = head;
    head++;
  }
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    afterOf[a.length - 1 - tail] = b.length - 1 - tail;
    tail++;
  }
  const aEnd = a.length - tail;
  const bEnd = b.length - tail;
  steps += head + tail;
  let capped = false;
  let editDistance: number | null = 0;
  if (head < aEnd || head < bEnd) {
    const work = { d: -1, steps: 0 };
    const script = myers(a, head, aEnd, b, head, bEnd, maxEdits, work);
    steps += work.steps;
    editDistance = script === null ? null : work.d;
    if (script === null) {
      capped = true;
      for (let i = head; i < aEnd; i++) {
        aTouched[i + 1] = 1;
        afterOf[i] = Math.min(head, b.length - 1);
      }
      for (let j = head; j < bEnd; j++) bTouched[j + 1] = 1;
    } else {
      // Walk the matched pairs in order; everything between two matches is touched.
      let i = head;
      let j = head;
      const mark = (toI: number, toJ: number): void => {
        for (; i < toI; i++) {
          aTouched[i + 1] = 1;
          afterOf[i] = Math.min(toJ, b.length - 1);
        }
        for (; j < toJ; j++) bTouched[j + 1] = 1;
      };
      for (const [mi, mj] of script) {
        mark(mi, mj);
        afterOf[mi] = mj;
        i = mi + 1;
        j = mj + 1;
      }
      mark(aEnd, bEnd);
    }
  }
  return {
    afterTouched: (line) => bTouched[line] === 1,
    beforeTouched: (line) => aTouched[line] === 1,
    afterLineOf: (line) => (line >= 1 && line <= a.length ? afterOf[line - 1] + 1 : Math.max(1, b.length)),
    beforeLines: a.length,
    afterLines: b.length,
    capped,
    editDistance,
    steps,
  };
}

/** Every line of the new text counts as touched (an added file, or no old text to compare with). */
export function allTouched(afterLineCount: number): LineChanges {
  return {
    afterTouched: () => true,
    beforeTouched: () => true,
    afterLineOf: () => 1,
    beforeLines: 0,
    afterLines: afterLineCount,
    capped: false,
    editDistance: null,
    steps: 0,
  };
}

/**
 * Matched line pairs (0-based) of a[aStart,aEnd) and b[bStart,bEnd) on a shortest edit script, or null when
 * more than maxEdits edits are needed. Lines are compared through integer ids (one Map lookup per line).
 */
function myers(
  a: string[],
  aStart: number,
  aEnd: number,
  b: string[],
  bStart: number,
  bEnd: number,
  maxEdits: number,
  work: { d: number; steps: number },
): [number, number][] | null {
  const ids = new Map<string, number>();
  const idOf = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) {
      id = ids.size;
      ids.set(s, id);
    }
    return id;
  };
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  const x = new Int32Array(n);
  const y = new Int32Array(m);
  for (let i = 0; i < n; i++) x[i] = idOf(a[aStart + i]);
  const oldIds = ids.size;
  let shared = false;
  for (let j = 0; j < m; j++) {
    y[j] = idOf(b[bStart + j]);
    if (y[j] < oldIds) shared = true;
  }
  work.steps += m;
  // No line of the new middle occurs in the old one (a CRLF conversion, a rewritten file): the only edit script
  // deletes every old line and inserts every new one, D = n + m. Myers would find the same after D rounds of
  // O(D) frontier moves (and, past the cap, the same null): answered here in linear time.
  if (!shared) {
    if (n + m > maxEdits) return null;
    work.d = n + m;
    return [];
  }
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  let roundSteps = 0;
  /** Round d of the greedy search: the furthest point on each diagonal k with d edits; true when it reaches the end. */
  const round = (d: number): boolean => {
    for (let k = -d; k <= d; k += 2) {
      roundSteps++;
      let px = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let py = px - k;
      while (px < n && py < m && x[px] === y[py]) {
        px++;
        py++;
        roundSteps++;
      }
      v[offset + k] = px;
      if (px >= n && py >= m) return true;
    }
    return false;
  };
  // The backtrack needs the frontier before each round (v[-d-1 .. d+1] before round d). Keeping all of them is
  // O(D²) memory: 16 MB of small arrays at the cap, ~9 MB on one file of the kops range (issue 11 item 5: peak
  // memory). Only every `span`-th frontier is kept; the backtrack recomputes the rounds of one span at a time from
  // its checkpoint, walking down. The same rounds give the same frontiers, so the edit script is the same; memory
  // is O(D·√D) and the search runs about twice. Before round d, v is zero outside [-d+1, d-1] (round r writes
  // k in [-r, r]), so a zeroed v with the checkpoint in place is v as it was.
  const span = Math.max(1, Math.ceil(Math.sqrt(max)));
  const checkpoints: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    if (d % span === 0) checkpoints.push(v.slice(offset - d - 1, offset + d + 2));
    if (round(d)) {
      found = d;
      break;
    }
  }
  work.steps += roundSteps;
  work.d = found;
  if (found < 0) return null;
  let block: Int32Array[] = [];
  let blockStart = -1;
  const frontier = (d: number): Int32Array => {
    const start = d - (d % span);
    if (start !== blockStart) {
      blockStart = start;
      v.fill(0);
      v.set(checkpoints[start / span], offset - start - 1);
      block = [];
      for (let r = start; r < start + span && r <= found; r++) {
        block.push(v.slice(offset - r - 1, offset + r + 2));
        if (r < found) round(r);
      }
    }
    return block[d - blockStart];
  };
  // Backtrack through the frontiers, from the end.
  const pairs: [number, number][] = [];
  let px = n;
  let py = m;
  for (let d = found; d > 0; d--) {
    const prev = frontier(d); // frontier after step d-1, indexed from -d-1
    const at = (k: number): number => prev[k + d + 1];
    const k = px - py;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = startX - k;
    while (px > startX && py > startY) {
      px--;
      py--;
      pairs.push([aStart + px, bStart + py]);
    }
    px = prevX;
    py = prevY;
  }
  while (px > 0 && py > 0) {
    px--;
    py--;
    pairs.push([aStart + px, bStart + py]);
  }
  return pairs.reverse();
}
