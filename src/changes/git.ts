// Local git change source (SPEC §6 command line, §8 "local git: zero API calls"). Lists the changed
// files between two revisions (or a revision and the working tree) and reads both sides' contents.
// git is spawned with an argv array, never through a shell: paths and revisions come from users and PRs.

import { spawn } from 'node:child_process';
import { lstat, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
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
  /** Told which revisions were compared, once they are resolved (the CLI prints it on stderr). */
  onRange?: (range: ResolvedRange) => void;
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


/** Larger files are not cluster configs; reading them would only cost memory (and they are skipped, not passed silently). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** git's own binary heuristic looks for a NUL in the first 8000 bytes (git xdiff-interface.c buffer_is_binary, FIRST_FEW_BYTES). */
export const BINARY_SNIFF_BYTES = 8000;

/** One side of a file as bytes on disk or in the object store, decoded (or not) for the engine. */
export type Content = { text: string; note?: string } | { unreadable: string };

/** Decodes bytes the way the engine needs them: UTF-8 text, or a reason why there is no text. */
export function decodeContent(bytes: Buffer | Uint8Array, size = bytes.length): Content {
  if (size > MAX_FILE_BYTES) return { unreadable: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_FILE_BYTES)} limit` };
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { unreadable: 'binary content (NUL byte)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), note: 'invalid UTF-8 was replaced by U+FFFD' };
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB` : `${n} bytes`;
}

/** Changed files between two revisions, with renames, both sides' text read through one `git cat-file --batch`. */
export async function readGitChanges(options: GitChangeOptions): Promise<ChangedFile[]> {
  const cwd = options.cwd;
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  const { base, how: baseHow } = await resolveBase(cwd, options.base);
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
  const entries = parseRawDiff(await git(cwd, diffArgs));

  if (head === undefined) {
    // The working tree as head includes files not yet added (`--full-name`: root-relative like diff).
    const untracked = await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', ...pathspecs]);
    for (const p of splitZ(untracked)) {
      if (!p.endsWith('/')) entries.push({ status: 'A', path: p }); // a trailing slash is a nested repository
    }
  }

  const blobRequests: string[] = [];
  const plan = entries.map((e) => {
    const beforePath = e.status === 'A' || e.status === 'C' ? undefined : (e.previousPath ?? e.path);
    const afterPath = e.status === 'D' ? undefined : e.path;
    const beforeIdx = beforePath === undefined || !e.oldBlob ? -1 : blobRequests.push(e.oldBlob) - 1;
    // Against the working tree git reports no blob id for the new side (all zeros): it is read from disk.
    const afterIdx = afterPath === undefined || head === undefined || !e.newBlob ? -1 : blobRequests.push(e.newBlob) - 1;
    return { e, beforePath, afterPath, beforeIdx, afterIdx };
  });
  const blobs = await catFileBatch(cwd, blobRequests);

  const files: ChangedFile[] = [];
  for (const p of plan) {
    const file: ChangedFile = { path: p.e.path };
    if (p.e.status === 'R' && p.e.previousPath) file.previousPath = p.e.previousPath;
    const reasons: string[] = [];
    const notes: string[] = [];
    const sides: ['before' | 'after', Content | undefined][] = [
      ['before', p.beforeIdx >= 0 ? blobs[p.beforeIdx] : undefined],
      ['after', p.afterIdx >= 0 ? blobs[p.afterIdx] : p.afterPath !== undefined && head === undefined ? await readWorkingTree(top, p.afterPath) : undefined],
    ];
    for (const [side, content] of sides) {
      if (!content) continue;
      if ('unreadable' in content) reasons.push(`${side}: ${content.unreadable}`);
      else {
        file[side] = content.text;
        if (content.note) notes.push(`${side}: ${content.note}`);
      }
    }
    if (reasons.length > 0) file.unreadableReason = reasons.join('; ');
    if (notes.length > 0) file.notes = notes;
    files.push(file);
  }
  return files;
}

interface RawEntry {
  status: string;
  path: string;
  previousPath?: string;
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
    const [, , oldId, newId, statusField = ''] = meta.slice(1).split(' ');
    const status = statusField.charAt(0);
    const entry: RawEntry = { status, path: '' };
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

function splitZ(out: Buffer): string[] {
  const s = out.toString('utf8');
  return s.split('\0').filter((x, i, all) => !(x === '' && i === all.length - 1));
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
  const full = path.join(top, file);
  try {
    const st = await lstat(full);
    // A symlink is compared as git stores it (its target path), never followed out of the repository.
    if (st.isSymbolicLink()) return decodeContent(Buffer.from(await readlink(full), 'utf8'));
    if (!st.isFile()) return { unreadable: 'not a regular file' };
    if (st.size > MAX_FILE_BYTES) return decodeContent(Buffer.alloc(0), st.size);
    return decodeContent(await readFile(full));
  } catch (e) {
    return { unreadable: `cannot read the working tree file (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
}

/** Runs git with an argv (no shell) and returns stdout; rejects with git's first stderr line. */
function git(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(new Error(`cannot run git: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
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
 * Reads many blobs through ONE `git cat-file --batch` process (git-cat-file(1) "BATCH OUTPUT"):
 * per request `<oid> <type> <size>\n<content>\n`, or `<object> missing\n`. The output is parsed as
 * it streams, so a file over MAX_FILE_BYTES is skipped without being held in memory.
 */
export async function catFileBatch(cwd: string, requests: string[]): Promise<Content[]> {
  const results: Content[] = new Array(requests.length);
  // The batch protocol is line-based: a path with a newline cannot be asked for (git 2.39 has no -z).
  const sendable: number[] = [];
  requests.forEach((r, i) => {
    if (r.includes('\n')) results[i] = { unreadable: 'path contains a line break' };
    else sendable.push(i);
  });
  if (sendable.length === 0) return results;

  const parser = new BatchParser();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => parser.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(new Error(`cannot run git: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`git cat-file failed: ${firstLine(Buffer.concat(err).toString('utf8')) || `exit status ${code}`}`));
    });
    child.stdin.on('error', () => undefined); // reported through 'close'
    child.stdin.end(sendable.map((i) => `${requests[i]}\n`).join(''));
  });
  const answers = parser.finish();
  if (answers.length !== sendable.length) {
    throw new Error(`git cat-file answered ${answers.length} of ${sendable.length} requests`);
  }
  sendable.forEach((reqIdx, k) => {
    results[reqIdx] = answers[k];
  });
  return results;
}

/** Incremental parser of `git cat-file --batch` output. */
class BatchParser {
  private buf: Buffer = Buffer.alloc(0);
  private readonly answers: Content[] = [];
  /** The object being read: its size, type, bytes kept so far (none when skipped), bytes still to come. */
  private current: { type: string; size: number; chunks: Buffer[] | null; remaining: number } | null = null;

  push(data: Buffer): void {
    this.buf = this.buf.length === 0 ? data : Buffer.concat([this.buf, data]);
    for (;;) {
      if (this.current) {
        if (this.current.remaining > 0) {
          const take = Math.min(this.current.remaining, this.buf.length);
          if (take === 0) return;
          this.current.chunks?.push(this.buf.subarray(0, take));
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
      const keep = m[1] === 'blob' && size <= MAX_FILE_BYTES;
      this.current = { type: m[1], size, chunks: keep ? [] : null, remaining: size };
    }
  }

  private finishObject(o: { type: string; size: number; chunks: Buffer[] | null }): Content {
    // A submodule (gitlink) or a directory is not a file we can read.
    if (o.type !== 'blob') return { unreadable: `not a file (git ${o.type})` };
    if (!o.chunks) return decodeContent(Buffer.alloc(0), o.size);
    return decodeContent(Buffer.concat(o.chunks), o.size);
  }

  finish(): Content[] {
    return this.answers;
  }
}
