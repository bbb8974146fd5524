// Robustness of the CLI path over the third-party corpus (/work/shared/corpus, read in place, never
// copied): every file, offered as an added file and as a deleted file through `diff`, must give exit 0
// or 1 with a parseable v1 JSON report on stdout and nothing on stderr. Whether the findings are right is
// the formats' tests' business; here it is "never a crash, never a silent runtime error".
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const manifest = path.join(corpus, 'MANIFEST.tsv');

const files = existsSync(manifest)
  ? readFileSync(manifest, 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split('\t')[0])
  : [];
if (files.length === 0) console.warn(`corpus not found at ${corpus}: skipped`);

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { cwd: corpus, env: {}, stdoutIsTty: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

describe('CLI over the corpus', () => {
  (files.length > 0 ? it.each(files) : it.skip.each(['(no corpus)']))('%s', async (file) => {
    for (const args of [
      ['diff', '/dev/null', file],
      ['diff', file, '/dev/null'],
    ]) {
      const r = await run([...args, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.status);
      const report = JSON.parse(r.stdout);
      expect(report.version).toBe(1);
      expect(report.blocked).toBe(r.status === 1);
      for (const f of report.findings) expect(f.file).toBe(file);
      for (const p of report.problems) expect(p.file).toBe(file);
    }
  });
});
