// The one place that clips text to a GitHub size limit, always with a visible note (never silently).

export type Measure = 'utf8-bytes' | 'chars';

function sizeOf(text: string, measure: Measure): number {
  return measure === 'chars' ? text.length : Buffer.byteLength(text, 'utf8');
}

/**
 * Returns `text` when it fits in `limit`; otherwise the longest prefix ending at a line break that, with
 * `note` appended, fits. The cut never splits a line (a half table row or a half HTML entity).
 */
export function clipText(text: string, limit: number, measure: Measure, note: string): string {
  if (sizeOf(text, measure) <= limit) return text;
  const tail = `\n\n${note}\n`;
  const budget = limit - sizeOf(tail, measure);
  if (budget <= 0) return note.slice(0, limit);
  // Binary search the number of characters whose measure fits the budget, then back off to a line break.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sizeOf(text.slice(0, mid), measure) <= budget) lo = mid;
    else hi = mid - 1;
  }
  let cut = text.lastIndexOf('\n', lo);
  if (cut <= 0) cut = lo;
  return text.slice(0, cut) + tail;
}
