// `npm run build`: both bundles (the action, dist/index.js, and the CLI, dist/cli/index.js) built by ncc at
// the same time. ncc type-checks the whole project on each build, so no separate tsc pass is needed here.
import { spawn } from 'node:child_process';

const builds = [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
];
const ncc = (entry, out) =>
  new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
      { stdio: 'inherit' },
    );
    child.on('close', (code) => resolve(code ?? 1));
  });
const codes = await Promise.all(builds.map(([entry, out]) => ncc(entry, out)));
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
