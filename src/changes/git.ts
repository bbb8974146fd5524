// Local git change source (SPEC §6 command line, §8 "local git: zero API calls"). Lists the changed
// files between two revisions (or a revision and the working tree) and reads both sides' contents.
// git is spawned with an argv array, never through a shell: paths and revisions come from users and PRs.

import { spawn } from 'node:child_process';
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { ChangedFile } from '../model.js';
import { MAX_PARTIAL_BYTES } from '../limits.js';
import { decodeText, MAX_FILE_BYTES, readTextFile, withDecodedSides, type DecodedText } from './decode-text.js';
import { attachContext, readOverlayContext, type TreeContent, type TreeReader } from './overlay-context.js';
import { attachVariableFiles, attachVariableReaders, readVariableReaders, type ReaderSearch } from './variable-context.js';
import { readTerraformNeighbours, withholdDirectories, type TerraformNeighbours } from './terraform-context.js';
import { followSymlink, SYMLINK_MODE, type PathEntry } from './symlinks.js';
import { readRepositoryServiceRanges, type RepositorySearch, type RepositoryServiceRanges } from './servicecidr-context.js';
import { SERVICE_RANGE_KEY_ERE } from '../engine/range-keys.js';
import { classifyFile } from '../file-kind.js';

export interface GitChangeOptions {
  /** Repository working directory. */
  cwd: string;
  /** Base revision; undefined = merge base with the upstream of the current branch, else HEAD~1. */
  base?: string;
  /** Head revision; undefined = the working tree. */
  head?: string;
  /** git pathspecs limiting the scan. */
  pathspecs?: string[];
  /** Only files for which this answers true are read (a rename offers both paths). */
  include?: (path: string, previousPath?: string) => boolean;
  /**
   * Files whose path alone says they are no cluster config (documentation, program source, vendored trees:
   * src/file-kind.ts): handed out with their paths only, their contents never read (issue 11: flat cost).
   */
  pathOnly?: (path: string, previousPath?: string) => boolean;
  /** Told which revisions were compared, once they are resolved (the CLI prints it on stderr). */
  onRange?: (range: ResolvedRange) => void;
  /** The base already resolved by the caller (resolveBaseRevision); `base` is then not resolved again. */
  resolvedBase?: { base: string; how: string };
  /**
   * Filled before the first file is handed out with the unchanged Terraform files of the directories of the
   * changed `.tf` / `.tfvars` files, at the head (src/changes/terraform-context.ts), for
   * EngineOptions.readUnchangedDirectory. Omitted = not read.
   */
  terraformNeighbours?: TerraformNeighbours;
  /**
   * Filled before the first file is handed out, when a changed file declares a ServiceCIDR object, with the
   * unchanged configs of the head tree that name a Service range key (src/changes/servicecidr-context.ts), for
   * EngineOptions.readRepositoryServiceRanges. Omitted = not read.
   */
  repositoryServiceRanges?: RepositoryServiceRanges;
}

export interface ResolvedRange {
  /** Commit id of the base, or EMPTY_TREE before a repository's first commit. */
  base: string;
  /** How the base was chosen, in words: "--base main", "merge base with the upstream", "HEAD~1", ... */
  baseHow: string;
  /** Commit id of the head; undefined = the working tree. */
  head?: string;
}

/** git's empty tree (`git hash-object -t tree /dev/null`): the base of a repository's first commit. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

// Decoding (BOMs, NUL bytes, oversize heads) is shared with the GitHub API source and the CLI: decode-text.ts.
export { BINARY_SNIFF_BYTES, MAX_FILE_BYTES, decodeText as decodeContent } from './decode-text.js';
/** One side of a file as bytes on disk or in the object store, decoded (or not) for the engine. */
export type Content = DecodedText;

/** Changed files between two revisions, with renames, both sides' text read through one `git cat-file --batch`. */
export async function readGitChanges(options: GitChangeOptions): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  for await (const file of streamGitChanges(options)) files.push(file);
  return files;
}

/**
 * The same files as readGitChanges, one at a time as `git cat-file --batch` streams them (issue 11: flat cost).
 * The change list is read first (paths and blob ids only); each file's text is handed out as soon as both of its
 * sides have arrived and is not kept here, and git waits (pipe back-pressure) while the consumer works, so memory
 * stays bounded by one file plus the pipe buffers at any change size. Files `options.include` rejects are
 * neither read nor yielded.
 */
export async function* streamGitChanges(options: GitChangeOptions): AsyncGenerator<ChangedFile> {
  const cwd = options.cwd;
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  const { base, how: baseHow } = options.resolvedBase ?? (await resolveBase(cwd, options.base));
  const head = options.head === undefined ? undefined : await resolveCommit(cwd, options.head, 'head');
  options.onRange?.({ base, baseHow, head });
  const pathspecs = options.pathspecs ?? [];

  // --no-relative: paths from the repository root whatever diff.relative says, so `<rev>:<path>` and
  // the reported paths agree with what GitHub shows. -M: renames (SPEC §3: old = previous path's content).
  // --raw --no-abbrev: each side's blob id, so cat-file reads objects by id (about twice as fast as
  // resolving `<rev>:<path>` for every file, and safe for any path, newlines included).
  const diffArgs = ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-relative', '--no-color', '--no-ext-diff', base];
  if (head !== undefined) diffArgs.push(head);
  diffArgs.push('--', ...pathspecs);
  let entries = parseRawDiff(await git(cwd, diffArgs, undefined, DIFF_MEMORY_BOUNDS));

  if (head === undefined) {
    // The working tree as head includes files not yet added (`--full-name`: root-relative like diff).
    const untracked = await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', ...pathspecs]);
    for (const p of splitZ(untracked)) {
      if (!p.endsWith('/')) entries.push({ status: 'A', path: p }); // a trailing slash is a nested repository
    }
  }
  const changedPaths = entries.flatMap((e) => (e.previousPath !== undefined ? [e.path, e.previousPath] : [e.path]));
  const include = options.include;
  if (include) entries = entries.filter((e) => include(e.path, e.previousPath));
  if (options.terraformNeighbours) {
    // One `git ls-tree` per directory and one `git cat-file --batch` at the head (the working tree when head is undefined).
    const read = entries.filter((e) => options.pathOnly?.(e.path, e.previousPath) !== true);
    const seen = new Set(read.flatMap((e) => (e.previousPath !== undefined ? [e.path, e.previousPath] : [e.path])));
    await readTerraformNeighbours(changedPaths, [...seen], gitTreeReader(top, base, head), options.terraformNeighbours);
    withholdDirectories(
      options.terraformNeighbours,
      changedPaths.filter((p) => !seen.has(p)),
    );
  }
  if (options.repositoryServiceRanges) {
    // Issue 13: a ServiceCIDR against the default range of unchanged configs (src/changes/servicecidr-context.ts).
    const read = entries.filter((e) => e.status !== 'D' && options.pathOnly?.(e.path, e.previousPath) !== true).map((e) => e.path);
    const canBeConfig = (p: string) => (options.pathOnly ? !options.pathOnly(p) : classifyFile(p) === 'config');
    await readRepositoryServiceRanges(
      changedPaths,
      read,
      gitRepositorySearch(top, head),
      gitTreeReader(top, base, head),
      canBeConfig,
      options.repositoryServiceRanges,
    );
  }
  // Issue 13: the unchanged files of the changed overlays' stacks, at both revisions (src/changes/overlay-context.ts).
  const overlayContext = await readOverlayContext(
    entries.map((e) => e.path),
    gitTreeReader(top, base, head),
  ).catch((e: unknown) => ({ error: `the files this overlay overrides could not be read from git: ${e instanceof Error ? e.message : String(e)}` }));

  // Issue 13: the unchanged scripts and units that read variables from a changed file (src/changes/variable-context.ts).
  const treeReader = gitTreeReader(top, base, head);
  const variableReaders = await readVariableReaders(
    entries.filter((e) => options.pathOnly?.(e.path, e.previousPath) !== true).map((e) => e.path),
    changedPaths,
    gitReaderSearch(top, head),
    treeReader,
  ).catch((): undefined => undefined);

  const blobRequests: string[] = [];
  const plan = entries.map((e) => {
    const skip = options.pathOnly?.(e.path, e.previousPath) === true;
    const beforePath = e.status === 'A' || e.status === 'C' || skip ? undefined : (e.previousPath ?? e.path);
    const afterPath = e.status === 'D' || skip ? undefined : e.path;
    const before = beforePath !== undefined && !!e.oldBlob;
    // Against the working tree git reports no blob id for the new side (all zeros): it is read from disk.
    const after = afterPath !== undefined && head !== undefined && !!e.newBlob;
    if (before) blobRequests.push(e.oldBlob!);
    if (after) blobRequests.push(e.newBlob!);
    return { e, afterPath, before, after };
  });
  entries = [];
  const blobs = catFileStream(cwd, blobRequests);
  const next = async (): Promise<Content> => {
    const r = await blobs.next();
    if (r.done) throw new Error('git cat-file answered fewer objects than asked for');
    return r.value;
  };

  try {
    for (const p of plan) {
      const file: ChangedFile = { path: p.e.path };
      if (p.e.status === 'R' && p.e.previousPath) file.previousPath = p.e.previousPath;
      let beforeContent = p.before ? await next() : undefined;
      let afterContent = p.after
        ? await next()
        : p.afterPath !== undefined && head === undefined
          ? await readWorkingTree(top, p.afterPath)
          : undefined;
      // A symlink is read as its target's content at that revision (src/changes/symlinks.ts); rare, so each is
      // resolved with its own small git calls.
      let brokenBase: string | undefined;
      if (p.e.oldLink && beforeContent && 'text' in beforeContent) {
        beforeContent = await followSymlink(p.e.previousPath ?? p.e.path, beforeContent.text, (q) => entryAt(cwd, base, q));
        // A base-side link that led nowhere gave no reader a config: the file is new to this change.
        if ('unreadable' in beforeContent && beforeContent.partial === undefined) [brokenBase, beforeContent] = [beforeContent.unreadable, undefined];
      }
      if (p.e.newLink && p.after && afterContent && 'text' in afterContent) {
        afterContent = await followSymlink(p.e.path, afterContent.text, (q) => entryAt(cwd, head!, q));
      }
      withDecodedSides(file, [
        ['before', beforeContent],
        ['after', afterContent],
      ]);
      if (brokenBase) {
        file.notes ??= [];
        file.notes.push(`before: ${brokenBase}; read as absent`);
      }
      // Issue 13: the files a changed script or unit reads variables from, at both revisions (a few small git calls).
      await attachVariableFiles([attachVariableReaders(file, variableReaders)], treeReader);
      yield attachContext(file, overlayContext);
    }
    // Drains the stream: the exit status of cat-file is checked there.
    if (!(await blobs.next()).done) throw new Error('git cat-file answered more objects than asked for');
  } finally {
    await blobs.return(undefined);
  }
}

interface RawEntry {
  status: string;
  path: string;
  previousPath?: string;
  /** The side is a symlink (mode 120000): its blob is the target path (src/changes/symlinks.ts). */
  oldLink?: true;
  newLink?: true;
  /** Blob ids; undefined for a missing side or an id git does not know yet (working tree: all zeros). */
  oldBlob?: string;
  newBlob?: string;
}

const NULL_ID = /^0+$/;

/**
 * `git diff --raw -z --no-abbrev`: `:<mode> <mode> <old id> <new id> <status>\0<path>\0`, with two paths for
 * renames and copies (`R<score>`, `C<score>`) — git-diff(1) "Raw output format". Statuses: A, C, D, M, R, T
 * (type change), U (unmerged), X.
 */
export function parseRawDiff(out: Buffer): RawEntry[] {
  const parts = splitZ(out);
  const entries: RawEntry[] = [];
  for (let i = 0; i < parts.length; ) {
    const meta = parts[i++];
    if (!meta.startsWith(':')) continue;
    const [oldMode, newMode, oldId, newId, statusField = ''] = meta.slice(1).split(' ');
    const status = statusField.charAt(0);
    const entry: RawEntry = { status, path: '' };
    if (oldMode === SYMLINK_MODE) entry.oldLink = true;
    if (newMode === SYMLINK_MODE) entry.newLink = true;
    if (status === 'R' || status === 'C') {
      entry.previousPath = parts[i++];
    }
    entry.path = parts[i++];
    if (oldId && !NULL_ID.test(oldId)) entry.oldBlob = oldId;
    if (newId && !NULL_ID.test(newId)) entry.newBlob = newId;
    entries.push(entry);
  }
  return entries;
}

/**
 * NUL-terminated fields of git's -z output, each decoded on its own. Not `toString().split('\0')`: V8 makes a
 * split part of 13 characters or more a sliced string that keeps the whole output alive, and the paths and blob
 * ids of a change are kept for the whole run (the output of a 50,000-file diff is ~7 MB; issue 11 item 5).
 */
function splitZ(out: Buffer): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(0, start);
    if (end < 0) end = out.length;
    parts.push(out.toString('utf8', start, end));
    start = end + 1;
  }
  return parts;
}

/**
 * One file's text at a revision (the gate config at the base, SPEC §9): undefined when the revision has no
 * such file; throws when it is there but cannot be read as text.
 */
export async function readGitFileAt(cwd: string, rev: string, file: string): Promise<string | undefined> {
  let content: Content | undefined;
  for await (const c of catFileStream(cwd, [`${rev}:${file}`])) content ??= c;
  if (!content) throw new Error(`Cannot read ${file} at ${rev.slice(0, 12)}: git cat-file gave no answer`);
  if ('text' in content) return content.text;
  if (/^not found in git/.test(content.unreadable)) return undefined;
  throw new Error(`Cannot read ${file} at ${rev.slice(0, 12)}: ${content.unreadable}`);
}

/**
 * Pathspecs that select no changed file between `base` and `head` (the working tree when undefined, new
 * untracked files included): asked of git itself, one spec at a time, so git's own pathspec rules apply.
 */
export async function unmatchedPathspecs(cwd: string, base: string, head: string | undefined, pathspecs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  // Exclude magic (`:!x`, `:(exclude)x`) selects nothing on its own; it narrows the others.
  for (const spec of pathspecs.filter((p) => !/^:(!|\^|\([^)]*exclude)/.test(p))) {
    const diffArgs = ['diff', '--name-only', '-z', '--no-relative', '--no-ext-diff', base];
    if (head !== undefined) diffArgs.push(await resolveCommit(cwd, head, 'head'));
    diffArgs.push('--', spec);
    if ((await git(cwd, diffArgs)).length > 0) continue;
    if (head === undefined && (await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--', spec])).length > 0) continue;
    out.push(spec);
  }
  return out;
}

/**
 * The base commit the CLI compares with (SPEC §6): `base` resolved, or the merge base with the upstream, else
 * HEAD~1, else the empty tree before a first commit; `how` says which, in words.
 */
export async function resolveBaseRevision(cwd: string, base: string | undefined): Promise<{ base: string; how: string }> {
  // Outside a repository, say so (git's own message) rather than "no upstream".
  await git(cwd, ['rev-parse', '--show-toplevel']);
  return resolveBase(cwd, base);
}

async function resolveBase(cwd: string, base: string | undefined): Promise<{ base: string; how: string }> {
  // Before the first commit HEAD names no commit: everything in the working tree is new, so the base is the
  // empty tree (what git's own sample pre-commit hook compares with). Only for HEAD, given or default, and
  // only once resolving it failed (no extra git call on the common path).
  const emptyTree = { base: EMPTY_TREE, how: 'the empty tree (no commit yet)' };
  if (base !== undefined) {
    try {
      return { base: await resolveCommit(cwd, base, 'base'), how: `--base ${base}` };
    } catch (e) {
      if (base === 'HEAD' && (await unbornHead(cwd))) return emptyTree;
      throw e;
    }
  }
  // SPEC §6: default base = merge base with the upstream of the current branch, else HEAD~1.
  try {
    return { base: (await git(cwd, ['merge-base', 'HEAD', '@{upstream}'])).toString('utf8').trim(), how: 'merge base with the upstream branch' };
  } catch {
    try {
      return { base: await resolveCommit(cwd, 'HEAD~1', 'base'), how: 'HEAD~1 (the branch has no upstream)' };
    } catch {
      if (await unbornHead(cwd)) return emptyTree;
      throw new Error('Cannot choose a base revision: the current branch has no upstream and HEAD~1 does not exist. Pass --base REV.');
    }
  }
}

/** True when HEAD is a branch with no commit yet (a new repository). */
async function unbornHead(cwd: string): Promise<boolean> {
  try {
    await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    return false;
  } catch {
    // `symbolic-ref HEAD` succeeds for an unborn branch; a detached or broken HEAD is not "no commit yet".
    try {
      await git(cwd, ['symbolic-ref', '--quiet', 'HEAD']);
      return true;
    } catch {
      return false;
    }
  }
}

async function resolveCommit(cwd: string, rev: string, what: string): Promise<string> {
  // A leading '-' would be read as an option by git; a revision never starts with one.
  if (rev.startsWith('-') || rev.includes('\n') || rev === '') throw new Error(`Invalid ${what} revision '${rev}'.`);
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).toString('utf8').trim();
  } catch {
    throw new Error(`Unknown ${what} revision '${rev}': not a commit in this repository.`);
  }
}

async function readWorkingTree(top: string, file: string): Promise<Content> {
  const entry = await workingTreeEntry(top, file);
  if (entry.kind === 'file') return entry.content;
  if (entry.kind === 'missing') return { unreadable: entry.why ?? 'cannot read the working tree file' };
  // A symlink is read as its target inside the repository (src/changes/symlinks.ts), never followed out of it.
  return followSymlink(file, entry.target, (q) => workingTreeEntry(top, q));
}

/** What a repository path holds in the working tree, without following a symlink. */
async function workingTreeEntry(top: string, file: string): Promise<PathEntry> {
  const full = path.join(top, file);
  try {
    const st = await lstat(full);
    if (st.isSymbolicLink()) return { kind: 'link', target: await readlink(full) };
    if (!st.isFile()) return { kind: 'file', content: { unreadable: 'not a regular file' } };
    return { kind: 'file', content: await readTextFile(full, st.size) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'missing', why: `cannot read the working tree file (${code ?? String(e)})` };
  }
}

/**
 * What a repository path holds at a commit, without following a symlink (`git ls-tree --full-tree`, literal
 * pathspec; a path through a symlinked directory is not resolved and reads as missing).
 */
async function entryAt(cwd: string, rev: string, file: string): Promise<PathEntry> {
  if (file.includes('\n')) return { kind: 'missing', why: 'path contains a line break' };
  const out = (await git(cwd, ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', rev, '--', file])).toString('utf8');
  const m = /^(\d+) (\S+) ([0-9a-f]+)\t/.exec(out);
  if (!m || out.slice(m[0].length).split('\0')[0] !== file) return { kind: 'missing' };
  if (m[2] !== 'blob') return { kind: 'file', content: { unreadable: `not a file (git ${m[2]})` } };
  let content: Content | undefined;
  for await (const c of catFileStream(cwd, [m[3]])) content ??= c;
  if (!content) return { kind: 'missing', why: 'git cat-file gave no answer' };
  if (m[1] !== SYMLINK_MODE) return { kind: 'file', content };
  return 'text' in content ? { kind: 'link', target: content.text } : { kind: 'file', content };
}

/** Runs git with an argv (no shell) and returns stdout; rejects with git's first stderr line. `config`: `-c k=v` options. */
function git(cwd: string, args: string[], input?: string, config: string[] = [], noMatchIsEmpty = false): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...config, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(new Error(`cannot run git: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0 || (noMatchIsEmpty && code === 1 && err.length === 0)) resolve(Buffer.concat(out));
      else reject(new Error(`git ${args[0]} failed: ${firstLine(Buffer.concat(err).toString('utf8')) || `exit status ${code}`}`));
    });
    child.stdin.end(input);
  });
}

function gitEnv(): NodeJS.ProcessEnv {
  // Never prompt (no terminal in CI), and keep git's messages in English for the error text. The action's
  // inputs (INPUT_GITHUB-TOKEN among them) are not git's business: git gets no token.
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  for (const name of Object.keys(env)) if (name.startsWith('INPUT_')) delete env[name];
  return env;
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

/**
 * git's own memory while it streams a large change: pack windows are mmap'd (core.packedGitWindowSize, 1 GiB
 * by default on 64-bit) and touched pages count as its resident memory, plus a delta base cache (96 MiB by
 * default) — git-config(1) core.packedGitWindowSize / core.packedGitLimit / core.deltaBaseCacheLimit. On a
 * 10,000-file range of a 460 MB pack, cat-file alone reached 220 MB; with 16m/64m/16m it stayed near 70 MB, and
 * with 1m/8m/8m it reads the CLI's share of the kops v1.29.0..v1.33.2 range at 38 MiB instead of 43 MiB, no
 * slower (objects are read once, in order, so a large cache buys nothing; bench/cost.mjs measures each process).
 * A 2m delta base cache: 30 MiB instead of 38 MiB on that range, for ~0.2 s more of git's CPU (1m: 29 MiB, and
 * ~0.5 s; the rest is the pack index, mmap'd whole: 22 MB for kops' 805,000 objects). A packedGitLimit under 8m
 * costs more in mmap/munmap system time than it saves.
 */
const CAT_FILE_MEMORY_BOUNDS = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=8m', '-c', 'core.deltaBaseCacheLimit=2m'];
/**
 * The same bounds for the change list: `git diff -M` reads trees (and blobs, for renames) through the same pack
 * windows. On the kops range it reached 77 MiB with git's defaults, 36 MiB with these, for ~0.15 s; a limit of 8m
 * (33 MiB) cost ~0.45 s of mmap/munmap. It runs while the CLI is still small, but beside it: the tree's peak.
 */
const DIFF_MEMORY_BOUNDS = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m', '-c', 'core.deltaBaseCacheLimit=2m'];

/** Requests `git cat-file --batch` has been sent and not yet answered, at most. */
const CAT_FILE_REQUEST_WINDOW = 1024;

/**
 * Reads many blobs through ONE `git cat-file --batch` process (git-cat-file(1) "BATCH OUTPUT"):
 * per request `<oid> <type> <size>\n<content>\n`, or `<object> missing\n`. Yields one answer per request, in
 * order, as the output streams: the consumer's pace holds git back (the stdout pipe fills), so only the objects
 * not yet consumed are in memory, and a file over MAX_FILE_BYTES is skipped without being held at all.
 */
export async function* catFileStream(cwd: string, requests: string[]): AsyncGenerator<Content> {
  // The batch protocol is line-based: a path with a newline cannot be asked for (git 2.39 has no -z).
  const sendable = requests.filter((r) => !r.includes('\n'));
  if (sendable.length === 0) {
    for (const _ of requests) yield { unreadable: 'path contains a line break' };
    return;
  }
  const child = spawn('git', [...CAT_FILE_MEMORY_BOUNDS, 'cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  const err: Buffer[] = [];
  let spawnError: Error | undefined;
  const closed = new Promise<number | null>((resolve) => {
    child.on('error', (e) => {
      spawnError = e;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  child.stderr.on('data', (d: Buffer) => err.push(d));
  child.stdin.on('error', () => undefined); // reported through 'close'
  // Requests go out a window at a time, not all at once: 100,000 blob ids are 4 MB that Node would otherwise hold
  // until git has read them, for most of the run (issue 11 item 5). Without --buffer, git flushes each answer, so
  // git never waits for a request that is held back while its earlier answers are unread.
  let sent = 0;
  let parsed = 0;
  const topUp = () => {
    if (sent >= sendable.length || sent - parsed > CAT_FILE_REQUEST_WINDOW / 2) return;
    const upto = Math.min(sendable.length, parsed + CAT_FILE_REQUEST_WINDOW);
    const chunk = sendable
      .slice(sent, upto)
      .map((r) => `${r}\n`)
      .join('');
    sent = upto;
    if (sent >= sendable.length) child.stdin.end(chunk);
    else child.stdin.write(chunk);
  };
  topUp();

  const parser = new BatchParser();
  const ready: Content[] = [];
  let i = 0;
  let answered = 0;
  let done = false;
  try {
    const chunks = child.stdout[Symbol.asyncIterator]();
    while (i < requests.length) {
      if (requests[i].includes('\n')) {
        i++;
        yield { unreadable: 'path contains a line break' };
        continue;
      }
      while (ready.length === 0) {
        topUp();
        const r = await chunks.next();
        if (r.done) break;
        parser.push(r.value as Buffer);
        const answers = parser.take();
        parsed += answers.length;
        ready.push(...answers);
      }
      const answer = ready.shift();
      if (answer === undefined) break;
      answered++;
      i++;
      yield answer;
    }
    const code = await closed;
    if (spawnError) throw new Error(`cannot run git: ${spawnError.message}`);
    if (code !== 0) throw new Error(`git cat-file failed: ${firstLine(Buffer.concat(err).toString('utf8')) || `exit status ${code}`}`);
    if (answered !== sendable.length) throw new Error(`git cat-file answered ${answered} of ${sendable.length} requests`);
    done = true;
  } finally {
    // A consumer that stops early (an error downstream) must not leave git running.
    if (!done && child.exitCode === null && child.signalCode === null) child.kill();
  }
}

/**
 * Incremental parser of `git cat-file --batch` output. It keeps no view into the pipe's chunks once push()
 * returns: each object's bytes are copied into a buffer of their own as they arrive, and the few bytes left over
 * (a header line cut in two) are copied too. A view (subarray) would keep its whole 64 KiB chunk alive while the
 * engine works on the file before; with a small young generation such a chunk survives two scavenges, is promoted
 * and waits for the next full collection, so garbage chunks piled up to ~10 MiB of ArrayBuffers on the kops range
 * (issue 11 item 5).
 */
class BatchParser {
  private buf: Buffer = Buffer.alloc(0);
  private answers: Content[] = [];
  /** The object being read: its size, type, the bytes kept so far (none when skipped), bytes still to come. */
  private current: { type: string; size: number; data: Buffer | null; keep: number; remaining: number } | null = null;

  push(data: Buffer): void {
    this.buf = this.buf.length === 0 ? data : Buffer.concat([this.buf, data]);
    this.parse();
    // Detach what is left (a partial header or nothing) from the chunk it came in.
    this.buf = this.buf.length === 0 ? Buffer.alloc(0) : Buffer.from(this.buf);
  }

  private parse(): void {
    for (;;) {
      if (this.current) {
        if (this.current.remaining > 0) {
          const take = Math.min(this.current.remaining, this.buf.length);
          if (take === 0) return;
          const kept = this.current.size - this.current.remaining;
          if (this.current.data && kept < this.current.keep)
            this.current.data.set(this.buf.subarray(0, Math.min(take, this.current.keep - kept)), kept);
          this.buf = this.buf.subarray(take);
          this.current.remaining -= take;
          if (this.current.remaining > 0) return;
        }
        if (this.buf.length === 0) return; // the newline after the content has not arrived yet
        this.buf = this.buf.subarray(1);
        this.answers.push(this.finishObject(this.current));
        this.current = null;
        continue;
      }
      const nl = this.buf.indexOf(10);
      if (nl < 0) return;
      const header = this.buf.subarray(0, nl).toString('utf8');
      this.buf = this.buf.subarray(nl + 1);
      const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
      if (!m) {
        // `<object> missing` / `<object> ambiguous`: a path that is not in that revision.
        this.answers.push({ unreadable: `not found in git (${header.slice(header.lastIndexOf(' ') + 1)})` });
        continue;
      }
      const size = Number(m[2]);
      // An oversize blob keeps only its head (MAX_PARTIAL_BYTES), for the engine's range key scan.
      const keep = m[1] === 'blob' ? (size <= MAX_FILE_BYTES ? size : MAX_PARTIAL_BYTES) : 0;
      this.current = { type: m[1], size, data: keep > 0 ? Buffer.allocUnsafe(keep) : null, keep, remaining: size };
    }
  }

  private finishObject(o: { type: string; size: number; data: Buffer | null }): Content {
    // A submodule (gitlink) or a directory is not a file we can read.
    if (o.type !== 'blob') return { unreadable: `not a file (git ${o.type})` };
    return decodeText(o.data ?? Buffer.alloc(0), o.size);
  }

  /** The answers completed since the last call. */
  take(): Content[] {
    const out = this.answers;
    this.answers = [];
    return out;
  }
}

/**
 * Issue 13: unchanged files of the base and head trees, for the overlays' stacks (src/changes/overlay-context.ts).
 * Listings by `git ls-tree`, contents through one `git cat-file --batch` per revision; head undefined = the
 * working tree, read from disk.
 */
export function gitTreeReader(top: string, base: string, head: string | undefined): TreeReader {
  const commitOf = (rev: 'before' | 'after'): string | undefined => (rev === 'before' ? base : head);
  return {
    async list(rev, dirs) {
      const out = new Map<string, string[]>(dirs.map((d) => [d, []]));
      const commit = commitOf(rev);
      for (const d of dirs) {
        if (commit === undefined) {
          const entries = await readdir(path.join(top, d), { withFileTypes: true }).catch(() => []);
          out.set(
            d,
            entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name),
          );
          continue;
        }
        // Blobs only (a sub-directory is no overlay); `<dir>/` lists the directory's own entries.
        const raw = await git(top, ['ls-tree', '-z', '--full-tree', commit, '--', ...(d === '' ? [] : [`${d}/`])]);
        for (const entry of splitZ(raw)) {
          const tab = entry.indexOf('\t');
          if (entry.slice(0, tab).split(' ')[1] !== 'blob') continue;
          const p = entry.slice(tab + 1);
          out.get(d)!.push(p.slice(p.lastIndexOf('/') + 1));
        }
      }
      return out;
    },
    async read(rev, paths) {
      const out = new Map<string, TreeContent>();
      const commit = commitOf(rev);
      const asContent = (c: Content): TreeContent =>
        'text' in c ? { text: c.text } : /^not found in git/.test(c.unreadable) ? { missing: true } : { unreadable: c.unreadable };
      if (commit === undefined) {
        for (const p of paths) {
          const there = await lstat(path.join(top, p)).then(
            () => true,
            () => false,
          );
          out.set(p, there ? asContent(await readWorkingTree(top, p)) : { missing: true });
        }
        return out;
      }
      let i = 0;
      for await (const c of catFileStream(
        top,
        paths.map((p) => `${commit}:${p}`),
      ))
        out.set(paths[i++], asContent(c));
      return out;
    },
  };
}

/** A ServiceCIDR object's `kind:` line (also the items of a List); over-approximates, the engine reads the file. */
const SERVICECIDR_KIND_ERE = `kind:[[:space:]]*["']?ServiceCIDR`;
/** Paths per `git grep` call when the changed paths are searched (argv stays far below the system's limit). */
const GREP_CHUNK = 500;

/**
 * Issue 13: `git grep -l` at the head (the working tree, untracked files included, when head is undefined), for
 * src/changes/servicecidr-context.ts. Binary files are skipped (-I); exit status 1 (no match) is an empty answer.
 */
export function gitRepositorySearch(top: string, head: string | undefined): RepositorySearch {
  const grep = async (flags: string[], pattern: string, paths: readonly string[]): Promise<string[]> => {
    const args = [
      'grep',
      '-l',
      '-z',
      '-I',
      '--no-color',
      ...flags,
      '-E',
      '-e',
      pattern,
      ...(head === undefined ? ['--untracked'] : [head]),
      '--',
      ...paths,
    ];
    const out = await gitAllowingNoMatch(top, args);
    const prefix = head === undefined ? '' : `${head}:`;
    return splitZ(out).map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
  };
  return {
    async declaringServiceCidr(paths) {
      if (paths.length === 0) return [];
      if (paths.length <= GREP_CHUNK)
        return grep(
          [],
          SERVICECIDR_KIND_ERE,
          paths.map((p) => `:(literal)${p}`),
        );
      // A large change: one search of the whole tree, kept to the changed paths. One git grep per chunk of paths
      // cost more (about 40 ms each: 11 of them were 0.45 s of the bench's 5,050-file change, more than git's own
      // diff and cat-file together); the whole tree is read once either way.
      const wanted = new Set(paths);
      return (await grep([], SERVICECIDR_KIND_ERE, [])).filter((p) => wanted.has(p));
    },
    namingServiceRangeKey: () => grep(['-i'], SERVICE_RANGE_KEY_ERE, []),
  };
}

/**
 * Issue 13: files at the head (the working tree when head is undefined) whose text names one of `names` (fixed
 * strings), for src/changes/variable-context.ts. Binary files are skipped.
 */
export function gitReaderSearch(top: string, head: string | undefined): ReaderSearch {
  return {
    throughHelpers: true,
    async naming(paths) {
      const names = [...new Set(paths.map((p) => p.slice(p.lastIndexOf('/') + 1)))];
      if (names.length === 0) return [];
      // Only lines that read a file by that name: a `source`/`.` command or an EnvironmentFile= (a superset: the
      // paths are checked by src/formats/flags/variable-files.ts on the text).
      const ere = (n: string) => n.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&');
      const patterns = names.flatMap((n) => ['-e', `(source|\\.)[[:space:]].*${ere(n)}`, '-e', `EnvironmentFile[[:space:]]*=.*${ere(n)}`]);
      const args = ['grep', '-l', '-z', '-I', '-E', '--no-color', ...patterns, ...(head === undefined ? ['--untracked'] : [head]), '--'];
      const prefix = head === undefined ? '' : `${head}:`;
      return splitZ(await gitAllowingNoMatch(top, args)).map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
    },
  };
}

/**
 * `git grep` over a whole tree (issue 13's searches) reads every blob through pack windows too: with git's
 * defaults one reader search of a cluster-api commit (9e23ec33, 111 added files) held 191 MiB, over issue 11's
 * 150 MiB bound. On that tree: 1m/16m/2m (the diff bounds) 50 MB for +0.9 s; 4m/32m/8m 52 MB for +0.45 s.
 */
const SEARCH_MEMORY_BOUNDS = ['-c', 'core.packedGitWindowSize=4m', '-c', 'core.packedGitLimit=32m', '-c', 'core.deltaBaseCacheLimit=8m'];

/** Exit status 1 with nothing on stderr is grep's "no match": an empty answer. */
function gitAllowingNoMatch(cwd: string, args: string[]): Promise<Buffer> {
  return git(cwd, args, undefined, SEARCH_MEMORY_BOUNDS, true);
}
