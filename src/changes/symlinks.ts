// Symlinks inside the repository (issue 13, item 3): a config replaced by a symlink to another file of the
// repository, or a symlink whose target changes, is read as the target's content at that revision — what the
// program that opens the path reads. git stores a symlink as a blob of mode 120000 whose content is the target
// path (git's Documentation/technical: "symlinks are stored as blobs containing the link target"), and GitHub's
// contents API answers `type: "symlink"` with that `target`. A target is resolved relative to the link's directory,
// within the repository only, following at most MAX_SYMLINK_HOPS links; a target outside the repository, absent
// (dangling) or a loop is reported as unreadable, so the engine fails closed when the old side set a range.

import path from 'node:path';
import type { DecodedText } from './decode-text.js';

/** Links followed from one path before the gate gives up (the kernel allows 40; real repositories use one). */
export const MAX_SYMLINK_HOPS = 5;

/** git's file mode of a symlink (git-diff(1) raw format, `git ls-tree`). */
export const SYMLINK_MODE = '120000';

/**
 * The repository path a symlink at `linkPath` (repository-relative, `/`-separated) points to, or why it points
 * nowhere the gate may read: an absolute target, or one that climbs out of the repository.
 */
export function symlinkTarget(linkPath: string, target: string): { path: string } | { problem: string } {
  const t = target.replace(/\n$/, '');
  if (t === '') return { problem: 'a symlink with an empty target' };
  if (t.startsWith('/')) return { problem: `a symlink to ${t}, outside the repository` };
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(linkPath), t));
  if (resolved === '..' || resolved.startsWith('../')) return { problem: `a symlink to ${t}, outside the repository` };
  if (resolved === '.' || resolved.endsWith('/')) return { problem: `a symlink to ${t}, a directory` };
  return { path: resolved };
}

/** What a path holds at one revision: a file's content, another symlink's target, or nothing. */
export type PathEntry = { kind: 'file'; content: DecodedText } | { kind: 'link'; target: string } | { kind: 'missing'; why?: string };

/**
 * Follows the symlink at `linkPath` (whose target text is `target`) to a file, through `lookup`. Returns the file's
 * content with a note naming the path it was read from, or the reason it cannot be read (unreadable: the engine's
 * fail-closed rules apply).
 */
export async function followSymlink(linkPath: string, target: string, lookup: (path: string) => Promise<PathEntry>): Promise<DecodedText> {
  const seen = new Set<string>([linkPath]);
  let at = linkPath;
  let to = target;
  for (let hop = 0; hop < MAX_SYMLINK_HOPS; hop++) {
    const next = symlinkTarget(at, to);
    if ('problem' in next) return { unreadable: `${at} is ${next.problem}; the gate reads only files of the repository` };
    if (seen.has(next.path)) return { unreadable: `${linkPath} is a symlink loop (through ${next.path})` };
    seen.add(next.path);
    const entry = await lookup(next.path);
    if (entry.kind === 'missing')
      return { unreadable: `${linkPath} is a symlink to ${next.path}, which does not exist${entry.why ? ` (${entry.why})` : ''} (a dangling link)` };
    if (entry.kind === 'file') {
      const c = entry.content;
      if ('unreadable' in c)
        return {
          unreadable: `${linkPath} is a symlink to ${next.path}: ${c.unreadable}`,
          ...(c.partial !== undefined ? { partial: c.partial } : {}),
        };
      const note = `a symlink to ${next.path}, read as that file's content`;
      return { text: c.text, note: c.note ? `${note}; ${c.note}` : note };
    }
    at = next.path;
    to = entry.target;
  }
  return { unreadable: `${linkPath} is a symlink chain longer than ${MAX_SYMLINK_HOPS} links` };
}
