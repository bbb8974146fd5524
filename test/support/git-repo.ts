// A real temporary git repository for git-mode tests: commits are made with the git CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeSymlink, type Tree } from './fake-github.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export class GitRepo {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'scg-git-'));

  constructor() {
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: this.dir, env: GIT_ENV })
      .toString('utf8')
      .trim();
  }

  /** Replaces the working tree with `tree` and commits it; returns the commit id. */
  commit(tree: Tree, message = 'change'): string {
    for (const f of this.git('ls-files').split('\n').filter(Boolean)) rmSync(path.join(this.dir, f));
    for (const [file, content] of Object.entries(tree)) {
      mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
      if (content instanceof FakeSymlink) symlinkSync(content.target, path.join(this.dir, file));
      else writeFileSync(path.join(this.dir, file), content);
    }
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
