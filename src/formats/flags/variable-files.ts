// Variables defined in another file of the repository (issue 13, "follow the value"): a shell script's `source FILE`
// / `. FILE`, and a systemd unit's `EnvironmentFile=`. This module says which repository paths such a line names
// (for the change sources, which read them at the base and head: src/changes/variable-context.ts), picks the one
// that exists at one revision, and reads a systemd environment file. The readers substitute what it finds like a
// variable of the same file (3-invocation-that-runs.ts for scripts, text-carriers-format.ts for units).
//
// Which paths are followed, and why only these:
// - bash `source FILE` / `. FILE`: "If filename does not contain a slash, filenames in PATH are used to find the
//   directory containing filename" (bash(1) SHELL BUILTIN COMMANDS, `.`; in POSIX mode only PATH is searched, else
//   the current directory after it). A name without a slash therefore depends on the host's PATH: not followed.
//   A path with a slash is opened as is, relative to the working directory; the gate takes it relative to the
//   script's directory (scripts of a repository are run from it, or say so with `cd "$(dirname "$0")"`). The
//   script's directory written as `$(dirname "$0")`, `$(dirname "${BASH_SOURCE[0]}")`, `${BASH_SOURCE%/*}` or
//   `$(cd "$(dirname "$0")" && pwd)` is followed too, and so is a variable that holds one of these forms where
//   the `source` line stands (`DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"` then `. "$DIR/env.sh"`: the
//   walker in 3-invocation-that-runs.ts says which variables do); any other expansion in the path (a variable
//   from the environment or assigned otherwise, `~`, a glob) is not. A path that leaves the repository is not.
// - A sourced file that sources another (`start.sh` → `. ./lib/common.sh` → `. ./cluster.env`) is followed too,
//   up to MAX_SOURCE_DEPTH files deep; a file that sources one already being read (a loop) is not. Its relative
//   paths keep the rule above, whatever file the line is in: `.` reads and executes "commands from filename in the
//   current shell environment" (bash(1) SHELL BUILTIN COMMANDS), so a sourced file runs in the same shell with the
//   same working directory, and its relative paths are opened from there, not from the sourced file's directory.
//   The gate takes them relative to the directory of the script that runs. `$0` there is still that script;
//   `${BASH_SOURCE[0]}` is the sourced file itself (bash(1) Shell Variables, BASH_SOURCE: "An array variable whose
//   members are the source filenames"; the first is the file being read), so its forms name the sourced file's
//   directory.
// - An absolute path (`/etc/kubernetes/apiserver.env`, in a unit or a script) names a file of the host. The
//   repository holds it only by convention: the gate looks, in this order, at the same name in the directory of
//   the file that reads it, at the same path under the root-file-system prefix that file sits in (a unit at
//   `hosts/cp1/etc/systemd/system/x.service` reads `/etc/kubernetes/a.env` as `hosts/cp1/etc/kubernetes/a.env`),
//   and at the same path from the repository root. The first that exists is read; when two exist with different
//   text, which one the host gets cannot be told: unresolved. None existing: unresolved (the host may still
//   have the file), whatever the `-` prefix says (systemd.exec(5): "-" only means a missing file is no error).
// - systemd specifiers (`%i`, `%h`) and wildcard expressions in EnvironmentFile= are not followed.
//
// An unresolved file leaves its variables unknown: the readers fail closed on a change that touches their use.

import path from 'node:path';
import { tokenizeShell, type Arg, type ForeignOrigin } from './2a-tokenise-shell.js';
import { lineStartsOf, positionAt } from '../toolkit/positions.js';

/** One repository path at one revision: its text, absent, or there but not readable as text. */
export type NeighbourContent = { text: string } | { missing: true } | { unreadable: string };
/** A repository path's content at the side being read; undefined = not read by the change source (not in reach). */
export type NeighbourLookup = (repoPath: string) => NeighbourContent | undefined;

/** The repository paths a `source`/EnvironmentFile= line may name, in the order they are tried, or why none. */
export type FileReference = { kind: 'paths'; candidates: string[]; written: string } | { kind: 'unresolvable'; reason: string };

/** What one side of the repository gives for a reference. */
export type PickedFile = { kind: 'file'; path: string; text: string } | { kind: 'unknown'; reason: string; files: string[] };

/** Files a `source` may lead through (the script's own source, then one in the sourced file, …): 3 levels. */
export const MAX_SOURCE_DEPTH = 3;

const SELF = String.raw`\$\{?(?:0|BASH_SOURCE(?:\[0\])?)\}?`;
/** The script's own directory as scripts write it (quotes removed first). */
/** The script's own path, or its target when it is a symlink (`$(readlink -f "$0")`, `$(realpath "$0")`). */
const SELF_PATH = String.raw`(?:${SELF}|\$\((?:readlink -f|realpath) ${SELF}\))`;
/**
 * The script's directory, or a directory relative to it that `cd` enters (`$(cd "$(dirname "$0")/.." && pwd)`: the
 * repository root of a script in `scripts/`); `formDirectory` reads the relative part back.
 */
const DIR_FORM = String.raw`\$\(dirname ${SELF_PATH}\)|\x60dirname ${SELF}\x60|\$\{BASH_SOURCE(?:\[0\])?%/\*\}|\$\(cd \$\(dirname ${SELF_PATH}\)(?:/[A-Za-z0-9._-]+)* *(?:&&|;) *pwd(?: -P)?\)`;
/** The relative part of the `cd` form. */
const CD_RELATIVE = new RegExp(String.raw`^\$\(cd \$\(dirname ${SELF_PATH}\)((?:/[A-Za-z0-9._-]+)+) *(?:&&|;)`);
const SCRIPT_DIR = new RegExp(`^(${DIR_FORM})/(.+)$`);
const SCRIPT_DIR_ONLY = new RegExp(`^(?:${DIR_FORM})$`);
/** `$NAME/rest` or `${NAME}/rest` (quotes removed first). */
const VARIABLE_DIR = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))\/(.+)$/;
/** A path with no expansion, glob, `~` or specifier. */
const LITERAL_PATH = /^[A-Za-z0-9._+@,:=/-]+$/;

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** A path relative to `dir` inside the repository, or null when it leaves it. */
function inRepository(dir: string, rel: string): string | null {
  const joined = path.posix.normalize(dir === '' ? rel : `${dir}/${rel}`);
  if (joined === '..' || joined.startsWith('../') || joined.startsWith('/') || joined === '.') return null;
  return joined;
}

/** The repository paths an absolute host path may be kept at, nearest to the reading file first. */
export function absoluteCandidates(readerPath: string, absolute: string): string[] {
  const rel = absolute.replace(/^\/+/, '');
  const out: string[] = [];
  const dir = dirOf(readerPath);
  out.push(dir === '' ? path.posix.basename(rel) : `${dir}/${path.posix.basename(rel)}`);
  // The root-file-system prefix: the part of the reader's path before a directory named like the first segment.
  const first = rel.split('/')[0];
  const segments = readerPath.split('/');
  const at = segments.lastIndexOf(first, segments.length - 2);
  if (at > 0) out.push(`${segments.slice(0, at).join('/')}/${rel}`);
  out.push(rel);
  return [...new Set(out.map((p) => path.posix.normalize(p)))];
}

/** Where a `source` line stands, beyond the script that runs (whose directory is the working directory). */
export interface SourcingContext {
  /** The file the line is written in, when the script sourced it (`${BASH_SOURCE[0]}` names it; `$0` does not). */
  file?: string;
  /** Variables that hold a script directory form at the line: name → the repository directory it names. */
  directories?: ReadonlyMap<string, string>;
}

/**
 * The repository directory a script directory form names (`$0` forms: the script that runs; BASH_SOURCE: the file),
 * with the `cd` form's relative part applied; `..` past the repository root is left in (inRepository refuses it).
 */
function formDirectory(form: string, scriptPath: string, context: SourcingContext): string {
  const own = dirOf(form.includes('BASH_SOURCE') ? (context.file ?? scriptPath) : scriptPath);
  const relative = CD_RELATIVE.exec(form)?.[1];
  return relative === undefined ? own : path.posix.normalize(`${own === '' ? '.' : own}${relative}`);
}

/**
 * The repository directory a value holds when it is written as one of the script directory forms alone
 * (`"$(cd "$(dirname "$0")" && pwd)"`; quotes as the tokenizer keeps them), or null.
 */
export function scriptDirectoryValue(scriptPath: string, value: string, context: SourcingContext = {}): string | null {
  const plain = value.replace(/["']/g, '');
  if (SCRIPT_DIR_ONLY.test(plain)) return formDirectory(plain, scriptPath, context);
  // A directory below or above the script's, written after the form: `ROOT="$(dirname "$0")/.."`.
  const below = SCRIPT_DIR.exec(plain);
  if (below && LITERAL_PATH.test(below[2])) return path.posix.normalize(`${formDirectory(below[1], scriptPath, context) || '.'}/${below[2]}`);
  return null;
}

/** The file a script's `source WORD` / `. WORD` reads (WORD as the tokenizer wrote it). */
export function sourcedFileReference(scriptPath: string, word: string, context: SourcingContext = {}): FileReference {
  const plain = word.replace(/["']/g, '');
  const fromDir = SCRIPT_DIR.exec(plain);
  const fromVariable = fromDir ? null : VARIABLE_DIR.exec(plain);
  const variableDir = fromVariable ? context.directories?.get(fromVariable[1] ?? fromVariable[2]) : undefined;
  const rest = fromDir ? fromDir[2] : variableDir !== undefined && fromVariable ? fromVariable[3] : plain;
  const anchored = fromDir !== null || variableDir !== undefined;
  if (!LITERAL_PATH.test(rest)) {
    return { kind: 'unresolvable', reason: `the path ${word} is computed when the script runs` };
  }
  if (!anchored && rest.startsWith('/')) return { kind: 'paths', candidates: absoluteCandidates(context.file ?? scriptPath, rest), written: word };
  if (!anchored && !rest.includes('/')) {
    return { kind: 'unresolvable', reason: `bash looks ${rest} (a name without a slash) up in PATH, which the repository does not tell` };
  }
  const dir = fromDir ? formDirectory(fromDir[1], scriptPath, context) : (variableDir ?? dirOf(scriptPath));
  const p = inRepository(dir, rest);
  if (p === null) return { kind: 'unresolvable', reason: `${word} is outside the repository` };
  return { kind: 'paths', candidates: [p], written: word };
}

/** The file a unit's `EnvironmentFile=VALUE` reads (VALUE as written, `-` prefix included). */
export function environmentFileReference(unitPath: string, value: string): FileReference {
  const written = value.trim();
  const p = written.replace(/^-/, '');
  if (!p.startsWith('/') || !LITERAL_PATH.test(p)) {
    return { kind: 'unresolvable', reason: `EnvironmentFile=${written} is not a plain absolute path (a specifier, a wildcard)` };
  }
  return { kind: 'paths', candidates: absoluteCandidates(unitPath, p), written };
}

/** The candidate that exists at this side, or why none can be read (see the rules at the top). */
export function pickFile(ref: FileReference, lookup: NeighbourLookup): PickedFile {
  if (ref.kind === 'unresolvable') return { kind: 'unknown', reason: ref.reason, files: [] };
  const files = ref.candidates;
  const found: { path: string; text: string }[] = [];
  for (const p of ref.candidates) {
    const c = lookup(p);
    if (c === undefined) return { kind: 'unknown', reason: `${p} (for ${ref.written}) was not read`, files };
    if ('unreadable' in c) return { kind: 'unknown', reason: `${p} (for ${ref.written}) cannot be read: ${c.unreadable}`, files };
    if ('text' in c) found.push({ path: p, text: c.text });
  }
  if (found.length === 0)
    return { kind: 'unknown', reason: `${ref.written} is not in the repository (looked at ${ref.candidates.join(', ')})`, files };
  const other = found.find((f) => f.text !== found[0].text);
  if (other) {
    return { kind: 'unknown', reason: `${ref.written} may be ${found[0].path} or ${other.path}, which differ`, files };
  }
  return { kind: 'file', ...found[0] };
}

/** A `source`/`.` command: at a line start, after an operator, or after then/do/else. */
const SOURCE_COMMAND = /(?:^|[;&|(]|\b(?:then|do|else)\b)[ \t]*(?:source|\.)[ \t]+(?=\S)/gm;
const ENVIRONMENT_FILE = /^[ \t]*EnvironmentFile[ \t]*=[ \t]*(.*?)[ \t]*\r?$/gm;

/**
 * Every repository path a file may read variables from (both sides' candidates), for the change sources: a
 * superset read cheaply from the text (the readers decide what is actually read). `sourcedBy`: the file is read as
 * sourced by that script (its relative paths and `$0` are the script's, see the rules at the top).
 */
export function variableFilePaths(filePath: string, text: string, sourcedBy?: string): string[] {
  const out = new Set<string>();
  for (const ref of variableFileReferences(filePath, text, sourcedBy)) if (ref.kind === 'paths') for (const p of ref.candidates) out.add(p);
  return [...out];
}

/** An assignment whose value may be a script directory form: `NAME=$(…`, `NAME="`dirname …`, `NAME=${BASH_SOURCE…`. */
const DIRECTORY_ASSIGNMENT = /(?<=^|[\s;&|(])[A-Za-z_][A-Za-z0-9_]*=(?=["']?(?:\$\(|\x60|\$\{BASH_SOURCE))/gm;

/**
 * The variables a text assigns a script directory form anywhere (name → every directory assigned): a superset of
 * those the walker follows at a `source` line (it also checks the assignment is the live one there).
 */
function directoryAssignments(scriptPath: string, text: string, context: SourcingContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(DIRECTORY_ASSIGNMENT)) {
    const from = m.index ?? 0;
    const end = text.indexOf('\n', from);
    const word = tokenizeShell(text.slice(from, end < 0 ? undefined : end))[0]?.text ?? '';
    const eq = word.indexOf('=');
    const dir = scriptDirectoryValue(scriptPath, word.slice(eq + 1), context);
    if (dir !== null) out.set(word.slice(0, eq), [...new Set([...(out.get(word.slice(0, eq)) ?? []), dir])]);
  }
  return out;
}

/** The references of a text: `source`/`.` commands and `EnvironmentFile=` lines (`sourcedBy`: variableFilePaths). */
export function variableFileReferences(filePath: string, text: string, sourcedBy?: string): FileReference[] {
  const refs: FileReference[] = [];
  if (/\bsource[ \t]|(^|[;&|\s])\.[ \t]/.test(text)) {
    const scriptPath = sourcedBy ?? filePath;
    const context: SourcingContext = sourcedBy ? { file: filePath } : {};
    const directories = directoryAssignments(scriptPath, text, context);
    for (const m of text.matchAll(SOURCE_COMMAND)) {
      const from = (m.index ?? 0) + m[0].length;
      const end = text.indexOf('\n', from);
      const word = tokenizeShell(text.slice(from, end < 0 ? undefined : end)).find((t) => !t.operator);
      if (!word) continue;
      refs.push(sourcedFileReference(scriptPath, word.text, context));
      // `. "$DIR/env.sh"`: once per directory the text assigns DIR (the walker keeps the live one).
      for (const [name, dirs] of directories)
        if (new RegExp(`^["']?\\$\\{?${name}\\b`).test(word.text))
          for (const dir of dirs) refs.push(sourcedFileReference(scriptPath, word.text, { ...context, directories: new Map([[name, dir]]) }));
    }
  }
  if (text.includes('EnvironmentFile'))
    for (const m of text.matchAll(ENVIRONMENT_FILE)) if (m[1] !== '') refs.push(environmentFileReference(filePath, m[1]));
  return refs;
}

/** Whether `readerText` (at `readerPath`) names `target` as a file it reads variables from. */
export function readsVariablesFrom(readerPath: string, readerText: string, target: string): boolean {
  return variableFilePaths(readerPath, readerText).includes(target);
}

// ---------------------------------------------------------------- values from another file

/** Span of [start, end) offsets of a text. */
export function spanIn(text: string, start: number, end: number): ForeignOrigin['span'] {
  const starts = lineStartsOf(text);
  const a = positionAt(starts, start);
  const b = positionAt(starts, Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/**
 * A value read from another file, as a word of the reading file: its characters stand at `anchor` (the line that
 * reads the file), `origin` says where it is written. `written` is the definition as written there (a change of
 * it is what changes the value).
 */
export function foreignValue(text: string, written: string, origin: ForeignOrigin, anchor: { start: number; end: number }): Arg {
  const fill = (n: number) => [...new Array<number>(n).fill(anchor.start), anchor.end];
  return { text, offsets: fill(text.length), origin, written: { text: written, offsets: fill(written.length), origin } };
}

/** One assignment of a systemd environment file: its value, or why it cannot be read. */
export type EnvironmentFileEntry =
  | { kind: 'value'; value: string; written: string; start: number; end: number }
  | { kind: 'unknown'; reason: string; start: number };

/**
 * The assignments of a systemd environment file (systemd.exec(5) EnvironmentFile=): "newline-separated variable
 * assignments. Empty lines, lines without an "=" separator, or lines starting with ";" or "#" will be ignored";
 * an unquoted value keeps interior whitespace and loses leading and trailing whitespace, a backslash keeps the
 * next character and at the end of a line continues it; a single-quoted value is verbatim, a double-quoted one
 * takes `\"`, `\\`, `` \` ``, `\$` and backslash-newline; both may span lines. Values are not expanded. A later
 * assignment of the same name wins. A name that is not a valid variable name is ignored (as systemd does).
 */
export function parseEnvironmentFile(text: string): Map<string, EnvironmentFileEntry> {
  const out = new Map<string, EnvironmentFileEntry>();
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    const lineEnd = text.indexOf('\n', i) < 0 ? n : text.indexOf('\n', i);
    if (i >= n || text[i] === '\n' || text[i] === '#' || text[i] === ';') {
      i = lineEnd + 1;
      continue;
    }
    const eq = text.indexOf('=', i);
    if (eq < 0 || eq > lineEnd) {
      i = lineEnd + 1;
      continue;
    }
    const name = text.slice(i, eq).trim();
    let j = eq + 1;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    const start = j;
    let value = '';
    let end = j;
    if (text[j] === "'" || text[j] === '"') {
      const q = text[j];
      j++;
      let closed = false;
      while (j < n) {
        if (text[j] === q) {
          closed = true;
          break;
        }
        if (q === '"' && text[j] === '\\' && j + 1 < n) {
          if (text[j + 1] !== '\n') value += '"\\`$'.includes(text[j + 1]) ? text[j + 1] : `\\${text[j + 1]}`;
          j += 2;
          continue;
        }
        value += text[j];
        j++;
      }
      end = Math.min(j + 1, n);
      const after = text.indexOf('\n', end);
      i = after < 0 ? n : after + 1;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      out.set(
        name,
        closed
          ? { kind: 'value', value, written: text.slice(start, end), start, end }
          : { kind: 'unknown', reason: `the quote of ${name} is not closed`, start },
      );
      continue;
    }
    while (j < n && text[j] !== '\n') {
      if (text[j] === '\\' && j + 1 < n) {
        if (text[j + 1] !== '\n') value += text[j + 1];
        j += 2;
        continue;
      }
      value += text[j];
      j++;
    }
    const trimmed = value.replace(/[ \t\r]+$/, '');
    end = j;
    while (end > start && /[ \t\r]/.test(text[end - 1])) end--;
    i = j + 1;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    out.set(name, { kind: 'value', value: trimmed, written: text.slice(start, end), start, end });
  }
  return out;
}
