// Issue 13, "follow the value": the files that variables come from and go to, read through the same TreeReader as
// the overlays' stacks and the Terraform neighbours (src/changes/overlay-context.ts): git (`git ls-tree`,
// `git cat-file`) in git mode, a GraphQL blob batch in API mode, counted in the same request budget.
//
// - Forward (`readVariableFiles`): a changed script or unit names the files it reads variables from (`source
//   FILE`, EnvironmentFile=; src/formats/flags/variable-files.ts says which repository paths). Each is read at the
//   base for the "before" side and at the head for the "after" side, and handed over as ChangedFile.variableFiles.
// - Backward (`readVariableReaders`): a changed file that unchanged scripts or units read (found by a search for
//   its name; git mode: `git grep -F` at the head, API mode: the directories near it, api-reader-search.ts) gets
//   those readers as ChangedFile.variableReaders, and the other files they read as variableFiles.
//
// Fail closed: a file that cannot be read is handed over as unreadable, and a path the source did not read is not
// handed over at all; the readers then leave the variables unresolved (a change that touches them blocks).

import type { ChangedFile, ContextFile } from '../model.js';
import { MAX_SOURCE_DEPTH, variableFilePaths } from '../formats/flags/variable-files.js';
import { contextFile, type TreeContent, type TreeReader } from './overlay-context.js';
import { mayMentionServiceRange } from '../prefilter.js';

/** Most readers read back for the changed files of one change (beyond: not read, said in the file's notes). */
export const MAX_VARIABLE_READERS = 50;
/** Changed files whose readers are searched for (a change of more files is searched for none of them). */
export const MAX_SEARCHED_FILES = 200;

/** Where the readers of the changed `paths` may be: paths at the head that may name one of them (a superset). */
export interface ReaderSearch {
  naming(paths: readonly string[]): Promise<string[]>;
  /**
   * Search again for the readers of a found helper that names no Service range (readVariableReaders): git mode,
   * where a search costs no request. The API's search lists the directories near the file and spends the request
   * budget the readers found first still need: not there.
   */
  throughHelpers?: boolean;
}

/**
 * The scripts a changed file's `source` lines are read for: itself, and the unchanged scripts that source it (a vars
 * file that sources another is read as they source it: their directory for relative paths), by side.
 */
function scriptsOf(file: ChangedFile, side: 'before' | 'after'): string[] {
  const self = side === 'before' ? (file.previousPath ?? file.path) : file.path;
  return [self, ...(file.variableReaders ?? []).map((r) => r.path)];
}

/** The repository paths a changed file may read variables from (both sides), itself excluded. */
function pathsOf(file: ChangedFile): string[] {
  const named = (side: 'before' | 'after') => {
    const text = file[side];
    if (text === undefined) return [];
    const [self, ...readers] = scriptsOf(file, side);
    return [...variableFilePaths(self, text), ...readers.flatMap((r) => variableFilePaths(self, text, r))];
  };
  return [...new Set([...named('before'), ...named('after')])].filter((p) => p !== file.path);
}

/**
 * Puts on each changed file the files it reads variables from, read at both revisions: one read per revision for
 * all of them, none when no file names one; then, for the files those source in turn (a sourced file's own
 * `source` lines, its paths taken as the script's: variable-files.ts), one more read per revision and level, up to
 * MAX_SOURCE_DEPTH levels and only while a level names new paths. What cannot be read is handed over as unreadable.
 */
export async function attachVariableFiles(files: readonly ChangedFile[], reader: TreeReader): Promise<void> {
  const wanted = files.map((f) => ({ file: f, paths: pathsOf(f) })).filter((w) => w.paths.length > 0);
  if (wanted.length === 0) return;
  const before = new Map<string, TreeContent>();
  const after = new Map<string, TreeContent>();
  let level = wanted.map((w) => ({ w, paths: w.paths }));
  let failure: string | undefined;
  for (let depth = 1; depth <= MAX_SOURCE_DEPTH && level.length > 0; depth++) {
    const unread = [...new Set(level.flatMap((l) => l.paths))].filter((p) => !before.has(p));
    try {
      const [b, a] = [await reader.read('before', unread), await reader.read('after', unread)];
      for (const p of unread) {
        if (b.has(p)) before.set(p, b.get(p)!);
        if (a.has(p)) after.set(p, a.get(p)!);
      }
    } catch (e) {
      failure = `it could not be read: ${e instanceof Error ? e.message : String(e)}`;
      break;
    }
    if (depth === MAX_SOURCE_DEPTH) break;
    level = level
      .map(({ w, paths }) => ({ w, paths: sourcedByThem(w.file, paths, before, after).filter((p) => !w.paths.includes(p)) }))
      .filter((l) => l.paths.length > 0);
    for (const l of level) l.w.paths.push(...l.paths);
  }
  for (const w of wanted)
    w.file.variableFiles = mergeFiles(
      w.file.variableFiles,
      w.paths.map((p) => (failure && !before.has(p) ? { path: p, unreadable: failure } : contextFile(p, before.get(p), after.get(p)))),
    );
}

/** The paths the files `paths` (sourced by `file`'s scripts, read at both revisions) name in turn, `file` excluded. */
function sourcedByThem(file: ChangedFile, paths: readonly string[], before: Map<string, TreeContent>, after: Map<string, TreeContent>): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const b = before.get(p);
    const a = after.get(p);
    if (b && 'text' in b && file.before !== undefined)
      for (const s of scriptsOf(file, 'before')) for (const q of variableFilePaths(p, b.text, s)) out.add(q);
    if (a && 'text' in a && file.after !== undefined)
      for (const s of scriptsOf(file, 'after')) for (const q of variableFilePaths(p, a.text, s)) out.add(q);
  }
  out.delete(file.path);
  return [...out];
}

/** What the backward search found for one changed path: its unchanged readers and the other files they read. */
export interface ReadersOf {
  readers: ContextFile[];
  files: ContextFile[];
}

/**
 * The unchanged readers of the changed paths `candidates` (at most MAX_SEARCHED_FILES of them), by changed path.
 * `changedPaths` are every path of the change (never read as unchanged). Throws when the reader or search does.
 *
 * One level further: a found file that names no Service range itself (`lib/common.sh`, which sources the changed
 * `cluster.env` and sets variables) is searched for in turn, and a script that sources it is a reader of the
 * changed file when the found file names it as that script runs it (its relative paths are the script's:
 * variable-files.ts); the found file is then handed over as one of the files that reader reads.
 */
export async function readVariableReaders(
  candidates: string[],
  changedPaths: readonly string[],
  search: ReaderSearch,
  reader: TreeReader,
): Promise<Map<string, ReadersOf>> {
  const out = new Map<string, ReadersOf>();
  candidates = candidates.filter(mayHoldVariables);
  if (candidates.length === 0 || candidates.length > MAX_SEARCHED_FILES) return out;
  const changed = new Set(changedPaths);
  const found = (await search.naming(candidates)).filter((p) => !changed.has(p)).slice(0, MAX_VARIABLE_READERS);
  if (found.length === 0) return out;
  const texts = await reader.read('after', found);
  const byTarget = new Map<string, { readers: ContextFile[]; files: Set<string> }>();
  const add = (target: string, readerPath: string, text: string, files: readonly string[]) => {
    const entry = byTarget.get(target) ?? { readers: [], files: new Set<string>() };
    // Not in the change: the same text at both revisions.
    if (!entry.readers.some((r) => r.path === readerPath)) entry.readers.push({ path: readerPath, before: text, after: text });
    for (const f of files) if (!changed.has(f) && f !== target) entry.files.add(f);
    byTarget.set(target, entry);
  };
  const textOf = (m: Map<string, TreeContent>, p: string) => {
    const c = m.get(p);
    return c && 'text' in c ? c.text : undefined;
  };
  for (const p of found) {
    const text = textOf(texts, p);
    if (text === undefined) continue;
    const refs = variableFilePaths(p, text);
    for (const target of candidates) if (refs.includes(target)) add(target, p, text, refs);
  }
  // Helpers: sourced by name, no Service range of their own (a script that runs kube-apiserver names its flag).
  const middles = found.filter((p) => {
    const text = textOf(texts, p);
    return text !== undefined && mayHoldVariables(p) && !mayMentionServiceRange(text);
  });
  if (search.throughHelpers && middles.length > 0) {
    const seen = new Set([...changed, ...found]);
    // Failed: the readers found first still stand (the helpers' readers are not found, as before this search).
    const outer = await search
      .naming(middles)
      .then((ps) => ps.filter((p) => !seen.has(p)).slice(0, MAX_VARIABLE_READERS - found.length))
      .catch((): string[] => []);
    const outerTexts =
      outer.length > 0 ? await reader.read('after', outer).catch(() => new Map<string, TreeContent>()) : new Map<string, TreeContent>();
    for (const r of outer) {
      const text = textOf(outerTexts, r);
      if (text === undefined) continue;
      const refs = variableFilePaths(r, text);
      for (const m of middles) {
        if (!refs.includes(m)) continue;
        const named = variableFilePaths(m, textOf(texts, m)!, r);
        for (const target of candidates) if (named.includes(target)) add(target, r, text, [...refs, ...named]);
      }
    }
  }
  if (byTarget.size === 0) return out;
  const otherPaths = [...new Set([...byTarget.values()].flatMap((e) => [...e.files]))];
  const [before, after] =
    otherPaths.length > 0 ? [await reader.read('before', otherPaths), await reader.read('after', otherPaths)] : [new Map(), new Map()];
  for (const [target, e] of byTarget)
    out.set(target, { readers: e.readers, files: [...e.files].map((p) => contextFile(p, before.get(p), after.get(p))) });
  return out;
}

/**
 * Files a script may source or a unit may name in EnvironmentFile=, by name: a shell or env extension
 * (`.sh`, `.bash`, `.env`, `.conf`, `.cfg`, `.vars`, `.inc`, `.rc`) or none (`/etc/default/kube-apiserver`).
 * YAML, JSON, Terraform and the like are not searched for (they are not sourced).
 */
export function mayHoldVariables(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return true;
  return /^(sh|bash|env|conf|cfg|vars|inc|rc)$/i.test(name.slice(dot + 1));
}

/** A script or unit by name (`.sh`, `.bash`, `.service`, `.conf` for drop-ins, or no extension): a reader to look at. */
export function mayReadVariables(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || /^(sh|bash|service|conf)$/i.test(base.slice(dot + 1));
}

/** Puts a changed file's readers (and the other files they read) on it. */
export function attachVariableReaders(file: ChangedFile, found: Map<string, ReadersOf> | undefined): ChangedFile {
  const r = found?.get(file.path);
  if (!r) return file;
  file.variableReaders = r.readers;
  if (r.files.length > 0) file.variableFiles = mergeFiles(file.variableFiles, r.files);
  return file;
}

function mergeFiles(a: ContextFile[] | undefined, b: ContextFile[]): ContextFile[] {
  const seen = new Set((a ?? []).map((f) => f.path));
  return [...(a ?? []), ...b.filter((f) => !seen.has(f.path))];
}
