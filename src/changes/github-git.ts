// Local git probes for the action: is the workspace a checkout that holds both revisions? Then the change
// source is local git and the run needs zero API calls (SPEC §8). git is run with execFile (no shell) and
// only reads the object database: no checkout, no hooks, nothing from the PR is executed.
import { execFile } from 'node:child_process';

function git(cwd: string, args: string[]): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout) =>
      resolve({ ok: !err, stdout: String(stdout).trim() }),
    );
  });
}

/** True when every revision resolves to a commit in the repository at `cwd` (`git cat-file -e <rev>^{commit}`). */
export async function hasCommits(cwd: string, revs: readonly string[]): Promise<boolean> {
  for (const rev of revs) {
    // A revision starting with '-' would be read as an option.
    if (rev.startsWith('-')) return false;
    if (!(await git(cwd, ['cat-file', '-e', `${rev}^{commit}`])).ok) return false;
  }
  return revs.length > 0;
}

/** The merge base of two commits, or undefined (shallow clone, unrelated histories). */
export async function findMergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const r = await git(cwd, ['merge-base', a, b]);
  return r.ok && r.stdout ? r.stdout.split('\n')[0] : undefined;
}

/** The first parent of a commit, or undefined for a root commit / missing history. */
export async function findParent(cwd: string, rev: string): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^1^{commit}`]);
  return r.ok && r.stdout ? r.stdout : undefined;
}
