// Local git change source (interface fixed here; implemented by the CLI work).
import type { ChangedFile } from '../model.js';

export interface GitChangeOptions {
  /** Repository working directory. */
  cwd: string;
  /** Base revision; undefined = merge base with the upstream of the current branch, else HEAD~1. */
  base?: string;
  /** Head revision; undefined = the working tree. */
  head?: string;
  /** git pathspecs limiting the scan. */
  pathspecs?: string[];
}

/** Changed files between two revisions, with renames, both sides' text read through one `git cat-file --batch`. */
export async function readGitChanges(options: GitChangeOptions): Promise<ChangedFile[]> {
  void options;
  throw new Error('readGitChanges: not implemented yet');
}
