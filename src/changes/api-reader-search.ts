// Issue 13, API mode: where the unchanged readers of a changed vars file may be. The API has no grep, so the
// directories a reader usually sits in are listed at the head instead: the file's own directory, its parent, the
// parent's other subdirectories (`scripts/start.sh` sourcing `"$(dirname "$0")/../config/cluster.env"`) and the
// file's own subdirectories (`bin/start.sh` sourcing `../cluster.env`). Two listings at most, each one request of
// the context budget; the readers found are then confirmed by their text (src/changes/variable-context.ts).

import type { TreeEntries } from './github-contents.js';
import type { Revision, TreeReader } from './overlay-context.js';
import { mayReadVariables, type ReaderSearch } from './variable-context.js';

/**
 * Subdirectories listed in the second listing, the changed files' own subdirectories first, then their parents'
 * (beyond: not looked at; a repository root with more top-level directories is the usual case).
 */
export const MAX_READER_SUBDIRECTORIES = 50;

/** A TreeReader that also names the subdirectories of a directory (one request per call, like `list`). */
export interface EntryReader extends TreeReader {
  entries(revision: Revision, dirs: readonly string[]): Promise<Map<string, TreeEntries>>;
}

const dirOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const join = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`);

/**
 * The scripts and units (mayReadVariables) of the directories near the changed `paths`, nearest first: their own
 * directories, their parents, their own subdirectories, their parents' other subdirectories. One listing of the
 * directories and parents, one of the subdirectories found (none when there is none). Throws when a listing does
 * (a spent budget included).
 */
export function apiDirectorySearch(reader: EntryReader): ReaderSearch {
  return {
    async naming(paths) {
      const own = [...new Set(paths.map(dirOf))];
      const parents = own.filter((d) => d !== '').map(dirOf);
      const near = [...new Set([...own, ...parents])];
      const listed = await reader.entries('after', near);
      const subdirsOf = (d: string) => (listed.get(d)?.dirs ?? []).map((n) => join(d, n));
      const listedNear = new Set(near);
      const subdirs = [...new Set([...own.flatMap(subdirsOf), ...parents.flatMap(subdirsOf)])]
        .filter((d) => !listedNear.has(d))
        .slice(0, MAX_READER_SUBDIRECTORIES);
      const further = await reader.list('after', subdirs);
      const filesOf = (d: string, names: readonly string[]) => names.filter(mayReadVariables).map((n) => join(d, n));
      return [
        ...new Set([
          ...own.flatMap((d) => filesOf(d, listed.get(d)?.files ?? [])),
          ...parents.flatMap((d) => filesOf(d, listed.get(d)?.files ?? [])),
          ...subdirs.flatMap((d) => filesOf(d, further.get(d) ?? [])),
        ]),
      ];
    },
  };
}
