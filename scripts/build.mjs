// `npm run build`: both bundles (the action, dist/index.js, and the CLI, dist/cli/index.js) built by ncc, and
// one type-check of the whole project (tsc --noEmit, as npm run typecheck), all three at the same time. ncc
// builds transpile-only (-t): a type-checking ncc build checks the whole project, so two builds checked it
// twice, for the same errors tsc reports once. A type error still fails the build, through tsc's exit code.
// The bundles are the bytes a type-checking build makes (scripts/ncc-esm.cjs says why ncc needs a preload).
// Without ncc's module cache (-C): its entries do not record -t or the preload, so a module a plain `ncc -t`
// once transpiled (as CommonJS) would come back from the cache; the cache saved no time here anyway (tsc is the
// longest of the three).
import { spawn } from 'node:child_process';

const NCC = ['--require', './scripts/ncc-esm.cjs', 'node_modules/@vercel/ncc/dist/ncc/cli.js', 'build'];
const jobs = [
  [...NCC, 'src/index.ts', '-o', 'dist', '-t', '-C', '--license', 'licenses.txt', '--quiet'],
  [...NCC, 'src/cli.ts', '-o', 'dist/cli', '-t', '-C', '--license', 'licenses.txt', '--quiet'],
  ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'],
];
const run = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });
const codes = await Promise.all(jobs.map(run));
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
