// Line/column arithmetic over a text, shared by every reader so that all positions agree: a line ends at '\n'
// (a CRLF's '\r' stays the last character of its line), as in the yaml LineCounter, git and GitHub.

/** 0-based offsets where each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 0-based index of the line holding `offset` (binary search over `starts`). */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column of `offset`. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  const i = lineIndexAt(starts, offset);
  return { line: i + 1, column: offset - starts[i] + 1 };
}
