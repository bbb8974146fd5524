// The bench runs plain ESM JavaScript (no TS runner). Two things exist only as TypeScript: the engine, which the
// bundles do not export (engine throughput is measured in-process), and the loopback GitHub server of the action
// tests (test/support/fake-github.ts, reused as is). They are transpiled without type checking (`tsc --noCheck`:
// the bench must not fail because another file is mid-edit) into node_modules/.cache, where `yaml` and the other
// dependencies resolve exactly as they do for the sources.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runChecked } from './processes.mjs';

const SOURCES = ['src/engine.ts', 'test/support/fake-github.ts'];

export async function compileHelpers(repoRoot) {
  const outDir = path.join(repoRoot, 'node_modules/.cache/service-cidr-guard-bench');
  mkdirSync(outDir, { recursive: true });
  // Inside node_modules the package scope is not inherited: say explicitly that the output is ESM.
  writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n');
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  if (!existsSync(tsc)) throw new Error(`${tsc} is missing: run npm ci first`);
  await runChecked(
    process.execPath,
    [
      tsc,
      '--ignoreConfig',
      '--noCheck',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--types',
      'node',
      '--rootDir',
      repoRoot,
      '--outDir',
      outDir,
      ...SOURCES.map((s) => path.join(repoRoot, s)),
    ],
    { cwd: repoRoot },
  );
  return {
    engine: path.join(outDir, 'src/engine.js'),
    fakeGitHub: path.join(outDir, 'test/support/fake-github.js'),
  };
}
