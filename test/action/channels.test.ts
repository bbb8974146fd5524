// The pure parts of the GitHub reporting channels: annotation plan, comment body and clipping.
import { describe, expect, it } from '@jest/globals';
import type { Finding, Level, Report } from '../../src/model.js';
import { buildReport } from '../../src/verdict.js';
import { MAX_ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/report/github/annotations.js';
import { buildCommentBody, COMMENT_MARKER, findStickyComment, MAX_COMMENT_CHARS, wantsComment } from '../../src/report/github/comment.js';
import { chunk, toCheckAnnotations } from '../../src/report/github/check-run.js';
import { clipText } from '../../src/report/github/clip.js';
import { clipSummary, MAX_SUMMARY_BYTES } from '../../src/report/github/summary.js';

function finding(level: Level, i: number, extra: Partial<Finding> = {}): Finding {
  return {
    rule: level === 'error' ? 'family-reduction' : level === 'warning' ? 'component-mismatch' : 'dual-stack-upgrade',
    level,
    file: `c/${String(i).padStart(3, '0')}.yaml`,
    line: i + 1,
    column: 3,
    endLine: i + 1,
    endColumn: 9,
    format: 'kubeadm',
    component: 'kube-apiserver',
    setting: 'networking.serviceSubnet',
    before: ['10.96.0.0/16'],
    after: ['10.96.0.0/16'],
    message: `m${i}`,
    remediation: 'r',
    suppressed: false,
    ...extra,
  };
}

function report(counts: Partial<Record<Level, number>>): Report {
  const findings: Finding[] = [];
  let i = 0;
  for (const level of ['notice', 'warning', 'error'] as Level[]) for (let k = 0; k < (counts[level] ?? 0); k++) findings.push(finding(level, i++));
  return buildReport(findings, [], 'error');
}

describe('planAnnotations', () => {
  it('puts the most severe first', () => {
    expect(planAnnotations(report({ notice: 1, warning: 1, error: 1 })).map((a) => a.level)).toEqual(['error', 'warning', 'notice']);
  });

  it.each([
    [{ error: 3 }, { error: 3, warning: 0, notice: 0 }, false],
    [{ error: 10 }, { error: 10, warning: 0, notice: 0 }, false],
    [{ error: 11 }, { error: 10, warning: 0, notice: 1 }, true],
    [{ error: 25, warning: 12, notice: 30 }, { error: 10, warning: 10, notice: 10 }, true],
    [{ notice: 10, error: 11 }, { error: 10, warning: 0, notice: 10 }, true],
  ])('caps %j at 10 per level (emitted %j, overflow note %s)', (counts, emitted, note) => {
    const plan = planAnnotations(report(counts));
    for (const level of ['error', 'warning', 'notice'] as Level[]) {
      expect(plan.filter((a) => a.level === level)).toHaveLength(emitted[level]);
      expect(plan.filter((a) => a.level === level).length).toBeLessThanOrEqual(MAX_ANNOTATIONS_PER_LEVEL);
    }
    expect(plan.some((a) => /more are listed in the job summary/.test(a.message))).toBe(note);
  });

  it('says how many of each level are hidden', () => {
    const note = planAnnotations(report({ error: 25, warning: 12, notice: 30 })).at(-1)!;
    expect(note.message).toContain('15 errors, 2 warnings, 21 notices more are listed in the job summary');
  });

  it('gives columns only on single-line spans and uses the rule id as title', () => {
    const r = buildReport([finding('error', 1), finding('error', 2, { endLine: 9 })], [], 'error');
    const [one, multi] = planAnnotations(r);
    expect(one.properties).toMatchObject({ title: 'family-reduction', file: 'c/001.yaml', startLine: 2, startColumn: 3, endColumn: 9 });
    expect(multi.properties.startColumn).toBeUndefined();
  });

  it('leaves suppressed findings to the summary and annotates problems as warnings', () => {
    const r = buildReport([finding('error', 1, { suppressed: true })], [{ file: 'x.yaml', line: 3, message: 'cannot parse' }], 'error');
    expect(planAnnotations(r)).toEqual([
      expect.objectContaining({ level: 'warning', message: 'cannot parse', properties: expect.objectContaining({ file: 'x.yaml', startLine: 3 }) }),
    ]);
  });
});

describe('sticky comment', () => {
  it('starts with the hidden marker and links the run', () => {
    const body = buildCommentBody(report({ error: 1 }), { failOn: 'error', runUrl: 'https://github.com/acme/fleet/actions/runs/1' });
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain('actions/runs/1');
  });

  it('degrades, then clips a huge report to 65,536 characters with a visible note', () => {
    const big = report({ error: 3000 });
    const body = buildCommentBody(big, { failOn: 'error' });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toContain('Comment clipped');
    expect(body).not.toContain('<details>');
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  it.each([
    ['never', 1, true, false],
    ['always', 0, false, true],
    ['auto', 0, false, false],
    ['auto', 1, false, true],
    ['auto', 0, true, true],
  ] as const)('mode %s with %d findings, previous %s: comment %s', (mode, n, previous, expected) => {
    expect(wantsComment(mode, report({ error: n }), previous)).toBe(expected);
  });

  it('finds its own comment by the marker at the start, preferring a bot', () => {
    const comments = [
      { id: 1, body: `quoting ${COMMENT_MARKER}`, user: { type: 'User' } },
      { id: 2, body: `${COMMENT_MARKER}\nold`, user: { type: 'User' }, author_association: 'MEMBER' },
      { id: 3, body: `${COMMENT_MARKER}\nours`, user: { type: 'Bot' } },
    ];
    expect(findStickyComment(comments)?.id).toBe(3);
    expect(findStickyComment(comments.slice(0, 2))?.id).toBe(2);
    expect(findStickyComment(comments.slice(0, 1))).toBeUndefined();
  });
});

describe('check run annotations', () => {
  it('maps levels, most severe first, and chunks by 50', () => {
    const annotations = toCheckAnnotations(report({ notice: 1, error: 1 }));
    expect(annotations.map((a) => a.annotation_level)).toEqual(['failure', 'notice']);
    expect(
      chunk(
        Array.from({ length: 120 }, (_, i) => i),
        50,
      ).map((c) => c.length),
    ).toEqual([50, 50, 20]);
  });
});

describe('clipping', () => {
  it.each([
    ['fits', 'a\nb\n', 10, 'a\nb\n'],
    ['cuts at a line break', 'line one\nline two\nline three\n', 22, 'line one\n\nNOTE\n'],
  ])('%s', (_name, text, limit, expected) => {
    expect(clipText(text, limit, 'chars', 'NOTE')).toBe(expected);
  });

  it('measures the job summary in UTF-8 bytes and stays under 1 MiB', () => {
    const row = '| 🛑 error | `family-reduction` | ä.yaml:1 | x → y | message |\n';
    const clipped = clipSummary(row.repeat(20000));
    expect(Buffer.byteLength(clipped, 'utf8')).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(clipped).toContain('Report clipped');
    expect(
      clipped
        .split('\n')
        .filter((l) => l.startsWith('|'))
        .every((l) => l === row.trimEnd()),
    ).toBe(true);
  });
});
