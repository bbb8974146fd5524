// A throw-away git repository for tests of the git change source and the CLI. Isolated from the
// machine's git config (no global/system config, fixed identity), so results do not depend on the host.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/model.js';

export const GIT_TEST_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

/** Sets the isolation variables on this process too: readGitChanges spawns git with process.env. */
export function isolateGit(): void {
  Object.assign(process.env, GIT_TEST_ENV);
}

export class TempRepo {
  readonly dir: string;

  constructor(prefix = 'scg-git-') {
    this.dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: { ...process.env, ...GIT_TEST_ENV }, encoding: 'utf8' });
  }

  write(file: string, content: string | Buffer): void {
    const full = path.join(this.dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  remove(file: string): void {
    unlinkSync(path.join(this.dir, file));
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Runs a CLI bundle with `--format json` in `cwd` (git isolated, colour variables unset, empty stdin) and parses
 * its report; throws with stderr when it printed none.
 */
export function scanJson(bundle: string, cwd: string, ...args: string[]): { status: number | null; report: Report; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_TEST_ENV };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bundle, '--format', 'json', ...args], { cwd, env, encoding: 'utf8', timeout: 30000, input: '' });
  if (!r.stdout) throw new Error(`no output (status ${r.status}): ${r.stderr}`);
  return { status: r.status, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

/** A repository whose first commit holds `base` and whose second writes `head` (paths → text, null = delete). */
export function twoCommitRepo(
  prefix: string,
  base: Record<string, string>,
  head: Record<string, string | null>,
): { repo: TempRepo; dir: string; from: string; to: string } {
  const repo = new TempRepo(prefix);
  for (const [p, t] of Object.entries(base)) repo.write(p, t);
  const from = repo.commit('base');
  for (const [p, t] of Object.entries(head)) t === null ? repo.remove(p) : repo.write(p, t);
  const to = repo.commit('head');
  return { repo, dir: repo.dir, from, to };
}
