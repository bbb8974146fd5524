// The speed claims the limit tests no longer time (test/hardening/limits.test.ts and test/adversarial/unread-diff.test.ts
// prove the early stops by the work done): each limit case beside a baseline measured in the same run, as a ratio.
//   - 200,000-line file, one line changed: diffLines against splitting both texts and comparing them line by line;
//   - alias bombs (10^10 and 2^20 nodes): analyzeFile against the same text with every alias replaced by a plain
//     scalar of the same length (an ordinary file of the same size, read in full);
//   - 10,000 nested `[`: analyzeFile against the same text with the brackets replaced by letters;
//   - an over-long line: analyzeFile against the same characters as 80-character comment lines;
//   - the slowest corpus file: extractSide against yaml's parseAllDocuments on the same text, and its share of
//     EXTRACT_TIME_BUDGET_MS (the product's own budget, so that one figure is absolute by design).
// Standalone: `node bench/limits.mjs [--quick]` (transpiles src/ like bench/run.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { readCorpus } from './engine.mjs';
import { median } from './stats.mjs';

const RUN_MS = 200;

function timeOnce(fn) {
  let n = 0;
  const started = process.hrtime.bigint();
  let ms = 0;
  do {
    fn();
    n++;
    ms = Number(process.hrtime.bigint() - started) / 1e6;
  } while (ms < RUN_MS);
  return ms / n;
}

/** Median per-call ms of `fn` and `base`, interleaved so both see the same load. */
function pair(fn, base, runs) {
  fn();
  base();
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(timeOnce(fn));
    b.push(timeOnce(base));
  }
  return { ms: median(a), baseMs: median(b) };
}

const KUBEADM = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/12\n';
const CHANGED = KUBEADM.replace('10.96.0.0/12', '10.100.0.0/16');

function aliasBomb(levels, width) {
  const out = [`a0: &a0 [${Array(width).fill('x').join(',')}]`];
  for (let i = 1; i < levels; i++)
    out.push(
      `a${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return `${out.join('\n')}\napiServer:\n  extraArgs: *a${levels - 1}\n`;
}

export async function benchLimits({ enginePath, limitsPath, touchedLinesPath, corpusDir, runs = 5 }) {
  const { analyzeFile, extractSide } = await import(enginePath);
  const { EXTRACT_TIME_BUDGET_MS, MAX_LINE_CHARS } = await import(limitsPath);
  const { diffLines } = await import(touchedLinesPath);
  const rows = [];
  const analyze = (text) => () => analyzeFile({ path: 'x.yaml', before: KUBEADM, after: text });

  const a = Array.from({ length: 200_000 }, (_, i) => `line ${i}`);
  const b = [...a];
  b[123_456] = 'changed';
  const before = a.join('\n');
  const after = b.join('\n');
  const d = diffLines(before, after);
  if (d.editDistance !== 2 || !d.afterTouched(123_457)) throw new Error('diffLines did not find the one changed line');
  rows.push({
    name: `diff: 200,000-line file, one line changed (D=${d.editDistance}, ${d.steps} steps)`,
    baseline: 'split both + compare line by line',
    ...pair(
      () => diffLines(before, after),
      () => {
        const x = before.split('\n');
        const y = after.split('\n');
        let same = 0;
        for (let i = 0; i < x.length; i++) if (x[i] === y[i]) same++;
        return same;
      },
      runs,
    ),
    target: 3,
  });

  for (const [name, levels, width] of [
    ['alias bomb 10^10 nodes', 10, 10],
    ['alias bomb 2^20 nodes', 20, 2],
  ]) {
    const text = CHANGED + aliasBomb(levels, width);
    const twin = text.replace(/\*a\d+/g, (m) => 'x'.repeat(m.length));
    rows.push({ name, baseline: 'same size, aliases as plain scalars', ...pair(analyze(text), analyze(twin), runs), target: 2 });
  }

  const deep = `${CHANGED}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
  rows.push({
    name: 'nesting: 10,000 nested [',
    baseline: 'same size, letters for brackets',
    ...pair(analyze(deep), analyze(deep.replace(/[[\]]/g, 'a')), runs),
    target: 2,
  });

  const long = `${CHANGED}x: ${'a'.repeat(MAX_LINE_CHARS)}\n`;
  const longTwin =
    CHANGED +
    '#'
      .repeat(79)
      .concat('\n')
      .repeat(Math.ceil(MAX_LINE_CHARS / 80));
  rows.push({
    name: `over-long line (${MAX_LINE_CHARS + 3} chars)`,
    baseline: 'same size as 80-char comment lines',
    ...pair(analyze(long), analyze(longTwin), runs),
    target: 2,
  });

  const files = corpusDir ? readCorpus(corpusDir) : null;
  if (files) {
    let worst = null;
    for (const f of files) {
      extractSide(f.path, f.text);
      const ms = median(Array.from({ length: 3 }, () => timeOnce(() => extractSide(f.path, f.text))));
      if (!worst || ms > worst.ms) worst = { f, ms };
    }
    const r = pair(
      () => extractSide(worst.f.path, worst.f.text),
      () => parseAllDocuments(worst.f.text),
      runs,
    );
    rows.push({
      name: `slowest corpus file (${worst.f.path}, ${(worst.f.text.length / 1024).toFixed(0)} KiB; ${((100 * r.ms) / EXTRACT_TIME_BUDGET_MS).toFixed(2)} % of the ${EXTRACT_TIME_BUDGET_MS} ms budget, limit 10 %)`,
      baseline: 'yaml parseAllDocuments, same text',
      ...r,
      target: null,
      met: r.ms < EXTRACT_TIME_BUDGET_MS / 10,
    });
  }
  for (const r of rows) if (r.met === undefined) r.met = r.ms / r.baseMs <= r.target;
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { compileHelpers } = await import('./compile.mjs');
  const helpers = await compileHelpers(root);
  const out = path.dirname(helpers.engine);
  const rows = await benchLimits({
    enginePath: helpers.engine,
    limitsPath: path.join(out, 'limits.js'),
    touchedLinesPath: path.join(out, 'engine/touched-lines.js'),
    corpusDir: path.resolve(root, '../shared/corpus'),
    runs: process.argv.includes('--quick') ? 2 : 5,
  });
  for (const r of rows) {
    console.log(
      `${r.name}: ${r.ms.toFixed(2)} ms; ${r.baseline}: ${r.baseMs.toFixed(2)} ms; ${(r.ms / r.baseMs).toFixed(2)}x; target ${r.target === null ? '< 10 % of budget' : `<= ${r.target}x`}; ${r.met ? 'met' : 'NOT MET'}`,
    );
  }
}
