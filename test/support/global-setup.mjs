// Once per jest run, before any test file: the bundles the tests run (dist/index.js for the action,
// dist/cli/index.js for the CLI) are rebuilt when a source file is newer than them, so every test file
// shares one build instead of building its own. `npm test` builds first, so there this only checks.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLES = ['dist/index.js', 'dist/cli/index.js'];
const INPUTS = ['src', 'package-lock.json', 'tsconfig.json'];

function newest(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((e) => newest(path.join(p, e))));
}

function mtime(p) {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

export default function globalSetup() {
  // The tests start the bundles as child processes a few hundred times; Node 22.1+ keeps their compiled code in this
  // directory between starts (Node 20 ignores the variable). Set here, before jest starts its workers, so every
  // worker and child inherits it; test/support/run-action.ts passes it on to the action's environment.
  if (!process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = path.join(os.tmpdir(), 'scg-node-compile-cache');
  // SCG_SKIP_BUILD=1: run tests that do not use the bundles without waiting for a build (development only).
  if (process.env.SCG_SKIP_BUILD === '1') return;
  const sources = Math.max(...INPUTS.map((p) => newest(path.join(root, p))));
  const stale = BUNDLES.filter((b) => mtime(path.join(root, b)) < sources);
  if (stale.length === 0) return;
  process.stderr.write(`\n${stale.join(', ')} older than src/: npm run build (once for this run)\n`);
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
}
