// Engine throughput on the real corpus (../shared/corpus, third-party files, read in place and never copied):
// analyzeFile() on every file as an added file (extraction of every format + validation), against `yaml`'s
// parseAllDocuments alone on the same strings. Both loop over the whole corpus until a time budget is spent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { median } from './stats.mjs';

/** Minimum time per measured run: long enough that timer resolution and one GC do not matter. */
const RUN_BUDGET_MS = 400;

/** Corpus files as listed in MANIFEST.tsv (first column), or null when the corpus is absent. */
export function readCorpus(corpusDir) {
  const manifest = path.join(corpusDir, 'MANIFEST.tsv');
  if (!existsSync(manifest)) return null;
  const rows = readFileSync(manifest, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return rows.map((l) => {
    const rel = l.split('\t')[0];
    return { path: rel, text: readFileSync(path.join(corpusDir, rel), 'utf8') };
  });
}

function timeLoop(files, fn) {
  let passes = 0;
  const started = process.hrtime.bigint();
  let elapsedMs = 0;
  do {
    for (const f of files) fn(f);
    passes++;
    elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  } while (elapsedMs < RUN_BUDGET_MS);
  return { passes, elapsedMs };
}

export async function benchEngine({ enginePath, corpusDir, runs = 5 }) {
  const files = readCorpus(corpusDir);
  if (!files) return null;
  const { analyzeFile } = await import(enginePath);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  let findings = 0;
  const engine = (f) => {
    findings += analyzeFile({ path: f.path, after: f.text }).findings.length;
  };
  const yamlAlone = (f) => {
    parseAllDocuments(f.text);
  };
  timeLoop(files, engine); // warm-up: JIT both paths before timing
  timeLoop(files, yamlAlone);
  const mbps = (r) => (bytes * r.passes) / (1024 * 1024) / (r.elapsedMs / 1000);
  const e = [];
  const y = [];
  for (let i = 0; i < runs; i++) {
    e.push(mbps(timeLoop(files, engine)));
    y.push(mbps(timeLoop(files, yamlAlone)));
  }
  if (findings === 0) throw new Error('the engine reported no finding on the whole corpus: it did not read it');
  return { files: files.length, bytes, engineMBps: median(e), yamlMBps: median(y), runs };
}
