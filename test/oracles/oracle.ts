// Builds and runs the Go oracles under test/oracles/ (real upstream libraries from Debian's golang-*-dev
// packages, built offline with GO111MODULE=off). When `go` or the library is absent the oracle is null and the
// differential tests say plainly that they skipped (.ci/run installs the packages where apt-get exists).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const GOPATH = '/usr/share/gocode';

export interface Oracle {
  run(inputs: readonly string[]): unknown[];
}

/** Builds test/oracles/<name> when go and every Go package path in `needs` (under GOPATH/src) exist. */
export function buildOracle(name: string, needs: readonly string[]): { oracle: Oracle | null; skipped?: string } {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) return { oracle: null, skipped: '`go` is not installed (apt-get install golang-go)' };
  const missing = needs.filter((p) => !existsSync(path.join(GOPATH, 'src', p)));
  if (missing.length) return { oracle: null, skipped: `Go package(s) ${missing.join(', ')} not found under ${GOPATH}/src` };
  const out = path.join(mkdtempSync(path.join(tmpdir(), `oracle-${name}-`)), name);
  const env = { ...process.env, GO111MODULE: 'off', GOPATH, GOFLAGS: '', GOCACHE: process.env.GOCACHE ?? path.join(tmpdir(), 'oracle-gocache') };
  const build = spawnSync('go', ['build', '-o', out, '.'], { cwd: path.resolve('test', 'oracles', name), env, encoding: 'utf8' });
  if (build.status !== 0) return { oracle: null, skipped: `go build of test/oracles/${name} failed: ${build.stderr || build.error}` };
  return {
    oracle: {
      run(inputs) {
        const stdout = execFileSync(out, [], { input: JSON.stringify(inputs), encoding: 'utf8', maxBuffer: 64 << 20 });
        return JSON.parse(stdout) as unknown[];
      },
    },
  };
}
