// Which control-plane invocation of a shell script (or an `sh -c` string, or a systemd unit) actually runs.
//
// A script may name kube-apiserver several times: a decoy after `false &&`, a branch of `if false; then … fi`, a
// line after `exec` (the shell is replaced, nothing after it runs), `kube-apiserver --version`. Reading the first
// one pairs the wrong command with the old side. This module walks the script's commands in order with a small
// model of POSIX sh control flow (XCU 2.9 "Shell Commands": lists, `&&`/`||`, if/while/until/for/case, `{ }`,
// `( )`, functions, `exec`, `exit`) and marks each command as running, maybe running, or never running. It then
// picks, per component, the invocation that runs; when several may run with different Service ranges it says so
// (the reader reports it as unreadable at level error) instead of guessing.
//
// Only literal `true`/`:`/`false` (and their /bin paths) are evaluated; any other condition makes what it guards
// "maybe". Variables assigned in the script are substituted into the commands that follow (variables.ts): the
// program word (`exec "$BIN" …`) and the flags (`--service-cluster-ip-range="${SVC_RANGE}"`). The value is the
// last assignment before the command in straight-line code; an assignment in a branch, a loop, a function or a
// subshell, from a command substitution, by `read`/`for`, or after a `source`/`eval` leaves the value unknown,
// and the word stays as written with the reason (the settings layer fails closed on it). A `source FILE` whose
// file is in reach is read with this same model (variable-files.ts says which paths; a sourced file's own
// `source` lines too, up to MAX_SOURCE_DEPTH files deep), and a variable assigned a script directory form
// (`DIR="$(cd "$(dirname "$0")" && pwd)"`) unconditionally, with no later assignment, names that directory in a
// `source "$DIR/…"` line. Positional parameters
// `"$@"`/`$1…` are substituted when known (the operands after the command string of `sh -c 'script' name arg…`,
// POSIX sh: "the first operand is assigned to $0, the rest to the positional parameters").

import { splitCommandsWithOperators, tokenizeShell, type Arg, type ShellToken } from './2a-tokenise-shell.js';
import { findInvocations, readFlag, type Invocation } from './2b-find-invocations.js';
import { filesOf, substituteWord, type Lookup, type VariableState } from './variables.js';
import {
  foreignValue,
  MAX_SOURCE_DEPTH,
  pickFile,
  scriptDirectoryValue,
  sourcedFileReference,
  spanIn,
  type NeighbourLookup,
} from './variable-files.js';

export type RunStatus = 'runs' | 'maybe' | 'dead';

/** Issue 13: the script's repository path and the files in reach, to read what `source FILE` sets. */
export interface SourcedFiles {
  /** The script that runs (its directory is the working directory, and `$0`). */
  path: string;
  lookup: NeighbourLookup;
  /** The files being read, outermost first, when this walker reads a sourced file (the last is this one). */
  chain?: readonly string[];
  /** Variables of the scripts that source this file holding a script directory where they source it. */
  directories?: ReadonlyMap<string, string>;
  /** Sourced files still to be read in this walk of the script, shared by every level (bounds k³ nested reads). */
  reads?: { left: number };
}

/** Sourced files read in one walk of a script, every level counted: beyond, the value is unknown (fail closed). */
export const MAX_SOURCED_READS = 64;

export interface RunningInvocation extends Invocation {
  status: RunStatus;
}

interface Frame {
  kind: 'if' | 'loop' | 'case' | 'group' | 'subshell' | 'function';
  /** Status of the commands in the current branch / body. */
  status: RunStatus;
  /** if: a branch was certainly taken (later elif/else are dead); every condition so far was certainly false. */
  taken?: boolean;
  allFalse?: boolean;
  /** if/loop: the status the next `then`/`do` body gets, set by the condition. */
  pending?: RunStatus;
  /** while/until: loop keyword, for the condition's meaning. */
  until?: boolean;
  /** case: the next words up to `)` are a pattern. */
  inPattern?: boolean;
  /** function: its `{` was seen. */
  open?: boolean;
}

const TRUE_WORDS = new Set(['true', ':', '/bin/true', '/usr/bin/true']);
const FALSE_WORDS = new Set(['false', '/bin/false', '/usr/bin/false']);
/** Arguments that make the program print and exit at once (cobra's --help, component-base's --version). */
const EXITS_AT_ONCE = /^(--version(=.*)?|--help|-h)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Builtins that assign the `NAME=value` words after their options (bash: declare, typeset, local; POSIX: export, readonly). */
const DECLARES = new Set(['export', 'readonly', 'local', 'declare', 'typeset']);

/** The part of a word from index `from` on (an assignment's value), with its expansions re-indexed. */
function valuePart(word: Arg, from: number): Arg {
  const out: Arg = { text: word.text.slice(from), offsets: word.offsets.slice(from) };
  const expansions = word.expansions
    ?.filter((e) => e.start >= from)
    .map((e) => ({
      ...e,
      start: e.start - from,
      end: e.end - from,
      fallback: e.fallback && { ...e.fallback, start: e.fallback.start - from, end: e.fallback.end - from },
    }));
  if (expansions?.length) out.expansions = expansions;
  return out;
}

/** Combines an enclosing status with an inner one: dead wins, then maybe. */
function worst(a: RunStatus, b: RunStatus): RunStatus {
  if (a === 'dead' || b === 'dead') return 'dead';
  if (a === 'maybe' || b === 'maybe') return 'maybe';
  return 'runs';
}

/** The exit status a literal command certainly has (0/1), or null when it cannot be told. */
function literalResult(argv: readonly Arg[]): 0 | 1 | null {
  if (argv.length === 0) return null;
  const w = argv[0].text;
  if (argv.length === 1 && TRUE_WORDS.has(w)) return 0;
  if (argv.length === 1 && FALSE_WORDS.has(w)) return 1;
  // `[ 1 = 0 ]`, `test 1 = 0`: two literal operands compared.
  const t = w === '[' && argv[argv.length - 1]?.text === ']' ? argv.slice(1, -1) : w === 'test' ? argv.slice(1) : null;
  if (t && t.length === 3 && (t[1].text === '=' || t[1].text === '!=') && !/[$`]/.test(t[0].text + t[2].text)) {
    const equal = t[0].text === t[2].text;
    return (t[1].text === '=') === equal ? 0 : 1;
  }
  return null;
}

/** Walks the commands of one script in order. */
export class ShellRunWalker {
  private frames: Frame[] = [];
  /** What each variable assigned so far holds, and every assignment that may be the live one. */
  private readonly vars = new Map<string, { state: VariableState; definitions: number[] }>();
  /** A `source`/`.`/`eval` that ran (or may have): it may set any variable (file offset of the command). */
  sourcedAt: number | null = null;
  /** The shell was replaced (`exec program`) or left (`exit`) unconditionally: nothing later runs. */
  ended = false;
  /** `set -e`: a command that certainly fails, outside a condition or an and-or list, ends the script. */
  private errexit = false;
  /** The command being read is the condition of if/elif/while/until (set -e does not apply to it). */
  private condition = false;
  /** The command being read is negated with `!`. */
  private negated = false;
  /**
   * A command that may have replaced or left the shell ran in a branch (a conditional `exec`, a call of a
   * function of the script): everything after it may not run.
   */
  uncertain = false;
  private readonly functions = new Set<string>();
  readonly invocations: RunningInvocation[] = [];
  /** Every command that may run, with variables substituted (read by other programs' readers: k3s-server-flags.ts). */
  readonly commands: { argv: Arg[]; status: RunStatus }[] = [];

  /** Why the file sourced at `sourcedAt` cannot be read (default: a file sourced or a string eval-ed). */
  private sourcedReason = 'a file sourced (or a string eval-ed) earlier may set it';
  /** The repository files that reason is about (a change of one of them may hide or show the value). */
  private sourcedFiles: string[] = [];
  /** What is left of MAX_SOURCED_READS for this walk (shared with the walkers of the files it sources). */
  private sourcedReads?: { left: number };

  constructor(
    private readonly positional: readonly Arg[] | null = null,
    private readonly depth = 0,
    /** Variables the script inherits (a container's env for `sh -c`); by default none is known. */
    private readonly environment: Lookup = () => ({ kind: 'unset' }),
    private readonly files?: SourcedFiles,
  ) {}

  /** Variables assigned a script directory form: the directory, and the assignment (live while it is the only one). */
  private readonly directoryAssignments = new Map<string, { dir: string; definition: number }>();

  /** The variables that hold a script directory here: assigned one unconditionally and not since, or inherited. */
  private directories(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, dir] of this.files?.directories ?? []) if (!this.vars.has(name)) out.set(name, dir);
    for (const [name, a] of this.directoryAssignments) {
      const definitions = this.vars.get(name)?.definitions;
      if (definitions?.length === 1 && definitions[0] === a.definition) out.set(name, a.dir);
    }
    return out;
  }

  /** What `name` holds at this point of the script. */
  readonly lookup: Lookup = (name) => {
    const v = this.vars.get(name);
    if (this.sourcedAt !== null) {
      return {
        kind: 'unknown',
        reason: this.sourcedReason,
        definitionOffsets: [...(v?.definitions ?? []), this.sourcedAt],
        ...filesOf({ files: this.sourcedFiles }),
      };
    }
    return v ? v.state : this.environment(name);
  };

  /** Every variable this script assigned, with what it holds at its end (for a script that sources this one). */
  finalStates(): Map<string, VariableState> {
    return new Map([...this.vars].map(([name, v]) => [name, v.state]));
  }

  /**
   * `source FILE` / `. FILE` whose file is in reach (variable-files.ts): its assignments, read with this model, are
   * imported as they stand at its end, anchored at this command (their origin says where they are written).
   * False when the file cannot be read: the caller marks every variable unknown from here on (fail closed).
   */
  private readSourced(argv: readonly Arg[], status: RunStatus): boolean {
    if (!this.files || argv.length < 2) return false;
    const chain = this.files.chain ?? [this.files.path];
    const directories = this.directories();
    const ref = sourcedFileReference(this.files.path, argv[1].text, { file: chain[chain.length - 1], directories });
    // A file being read already (the script itself is never handed over as a file in reach): a loop.
    const again = ref.kind === 'paths' ? ref.candidates.find((c) => chain.includes(c)) : undefined;
    if (again !== undefined) {
      this.sourcedReason = `it may be set by ${again}, which is sourced in a loop (${[...chain, again].join(' → ')})`;
      this.sourcedFiles = chain.slice(1);
      return false;
    }
    const picked = pickFile(ref, this.files.lookup);
    if (picked.kind === 'unknown') {
      this.sourcedReason = `it may be set by the sourced file: ${picked.reason}`;
      this.sourcedFiles = picked.files;
      return false;
    }
    if (chain.length > MAX_SOURCE_DEPTH) {
      this.sourcedReason = `it may be set by ${picked.path}, sourced more than ${MAX_SOURCE_DEPTH} files deep (${[...chain, picked.path].join(' → ')}), which the gate does not follow`;
      this.sourcedFiles = [...chain.slice(1), picked.path];
      return false;
    }
    this.sourcedReads ??= this.files.reads ?? { left: MAX_SOURCED_READS };
    const reads = this.sourcedReads;
    if (reads.left <= 0) {
      this.sourcedReason = `it may be set by ${picked.path}, past the ${MAX_SOURCED_READS} sourced files the gate reads for one script`;
      this.sourcedFiles = [...chain.slice(1), picked.path];
      return false;
    }
    reads.left--;
    const anchor = { start: argv[0].offsets[0], end: argv[argv.length - 1].offsets[argv[argv.length - 1].text.length] };
    // The sourced file sees this script's variables; one it builds on is not followed back (unknown there).
    const inherited: Lookup = (name) => {
      const own = this.lookup(name);
      return own.kind === 'unset'
        ? own
        : { kind: 'unknown', reason: `${picked.path} builds it on a variable of the script that sources it`, definitionOffsets: [] };
    };
    const sub = new ShellRunWalker(null, this.depth + 1, inherited, {
      ...this.files,
      chain: [...chain, picked.path],
      directories,
      reads,
    });
    sub.feed(tokenizeShell(picked.text));
    if (sub.sourcedAt !== null) {
      // A loop or a depth past the bound already names the whole chain.
      const inner = sub.sourcedReason.replace(/^it may be set by (the sourced file: )?/, '');
      this.sourcedReason = sub.sourcedReason.includes(' → ')
        ? sub.sourcedReason
        : `it may be set by ${picked.path}, which sources another file: ${inner}`;
      this.sourcedFiles = [...new Set([picked.path, ...sub.sourcedFiles])];
      return false;
    }
    if (sub.ended || sub.uncertain) {
      this.sourcedReason = `it may be set by ${picked.path}, which may exit`;
      this.sourcedFiles = [picked.path];
      return false;
    }
    const nested = this.frames.some((f) => f.kind === 'subshell' || f.kind === 'function');
    for (const [name, state] of sub.finalStates()) {
      if (status !== 'runs' || nested) {
        const previous = this.vars.get(name)?.definitions ?? [];
        const reason = `it is set in ${picked.path}, sourced ${nested ? 'in a function or a subshell' : 'in a branch or a loop, which may not run'}`;
        this.vars.set(name, {
          state: { kind: 'unknown', reason, definitionOffsets: [...previous, anchor.start], files: [picked.path] },
          definitions: [...previous, anchor.start],
        });
        continue;
      }
      if (state.kind === 'unset') this.vars.set(name, { state, definitions: [] });
      else if (state.kind === 'unknown') {
        const reason = `${picked.path}: ${state.reason}`;
        const files = [...new Set([picked.path, ...(state.files ?? [])])];
        this.vars.set(name, { state: { kind: 'unknown', reason, definitionOffsets: [anchor.start], files }, definitions: [anchor.start] });
      } else {
        const v = state.value;
        const written = v.written ?? v;
        const at = (from: number, to: number) => ({ file: picked.path, span: spanIn(picked.text, from, to) });
        // A value the sourced file has from a file it sources keeps where that file writes it.
        const origin = written.origin ?? at(written.offsets[0], written.offsets[written.text.length]);
        const value = foreignValue(v.text, written.text, origin, anchor);
        // A value built from another variable of the sourced file: that one's definition stands here too.
        if (v.via?.length)
          value.via = v.via.map((u) => ({
            ...u,
            useOffset: anchor.start,
            definition: u.definition && {
              text: u.definition.text,
              start: anchor.start,
              end: anchor.end,
              origin: u.definition.origin ?? at(u.definition.start, u.definition.end),
            },
          }));
        this.vars.set(name, { state: { kind: 'value', value, definitionOffset: anchor.start }, definitions: [anchor.start] });
      }
    }
    return true;
  }

  /** Records an assignment `name=value` (value as written) read with `status`. */
  private assign(name: string, value: Arg, status: RunStatus): void {
    if (status === 'dead') return;
    const definition = value.offsets[0];
    const previous = this.vars.get(name)?.definitions ?? [];
    const nested = this.frames.some((f) => f.kind === 'subshell' || f.kind === 'function');
    if (status !== 'runs' || nested) {
      const reason = nested ? 'it is assigned in a function or a subshell' : 'it is assigned in a branch or a loop, which may not run';
      this.vars.set(name, {
        state: { kind: 'unknown', reason, definitionOffsets: [...previous, definition] },
        definitions: [...previous, definition],
      });
      return;
    }
    // No field splitting in an assignment (XCU 2.9.1): every expansion counts as quoted.
    const asQuoted: Arg = { ...value, expansions: value.expansions?.map((e) => ({ ...e, quoted: true })) };
    const r = substituteWord(asQuoted, this.lookup, 'shell');
    if (r.kind === 'unresolved') {
      const names = r.unresolved.map((u) => u.name).join(', ');
      const from = r.unresolved.flatMap((u) => u.definitionOffsets);
      this.vars.set(name, {
        state: {
          kind: 'unknown',
          reason: `its value comes from ${names}, which cannot be resolved here (${r.unresolved[0].reason})`,
          definitionOffsets: [...from, definition],
          ...filesOf({ files: [...new Set(r.unresolved.flatMap((u) => u.files ?? []))] }),
        },
        definitions: [definition],
      });
      return;
    }
    const word = r.words[0] ?? { text: '', offsets: [definition, definition] };
    this.vars.set(name, { state: { kind: 'value', value: word, definitionOffset: definition }, definitions: [definition] });
  }

  /** `DIR="$(cd "$(dirname "$0")" && pwd)"`: the directory DIR names while this assignment is its only one. */
  private noteDirectory(name: string, value: Arg, status: RunStatus): void {
    if (!this.files || status !== 'runs' || this.frames.some((f) => f.kind === 'subshell' || f.kind === 'function')) return;
    const chain = this.files.chain ?? [this.files.path];
    const dir = scriptDirectoryValue(this.files.path, value.text, { file: chain[chain.length - 1] });
    if (dir !== null) this.directoryAssignments.set(name, { dir, definition: value.offsets[0] });
  }

  /** A variable set to something unknown (`read`, a `for` loop variable) at `offset`. */
  private unknown(name: string, reason: string, offset: number, status: RunStatus): void {
    if (status === 'dead') return;
    const previous = status === 'runs' ? [] : (this.vars.get(name)?.definitions ?? []);
    this.vars.set(name, { state: { kind: 'unknown', reason, definitionOffsets: [...previous, offset] }, definitions: [...previous, offset] });
  }

  private status(): RunStatus {
    if (this.ended) return 'dead';
    let s: RunStatus = this.uncertain ? 'maybe' : 'runs';
    for (const f of this.frames) s = worst(s, f.status);
    return s;
  }

  /** Feeds the tokens of one or more complete lines (tokenizeShell output). */
  feed(tokens: readonly ShellToken[]): void {
    // Result of the previous command of the current and-or list, for `&&` / `||`.
    let prev = null as { result: 0 | 1 | null; status: RunStatus } | null;
    for (const { argv: raw, before, after } of splitCommandsWithOperators(tokens)) {
      let argv = raw;
      // Subshells and the `)` of case patterns; `;;` ends a case item, the next words up to `)` are a pattern.
      const top = this.frames[this.frames.length - 1];
      if (top?.kind === 'case' && before.includes(';;')) top.inPattern = true;
      if (before.endsWith('(') && !(top?.kind === 'case' && top.inPattern)) this.frames.push({ kind: 'subshell', status: 'runs' });
      if (top?.kind === 'case' && top.inPattern && after === ')') {
        top.inPattern = false;
        top.status = 'maybe';
        continue;
      }
      let chain: RunStatus = 'runs';
      const andOr = before.endsWith('&&') ? '&&' : before.endsWith('||') ? '||' : null;
      if (andOr) {
        if (prev === null || prev.result === null) chain = 'maybe';
        else chain = (andOr === '&&') === (prev.result === 0) ? 'runs' : 'dead';
      } else {
        prev = null;
      }
      this.condition = false;
      this.negated = false;
      argv = this.keywords(argv, chain);
      if (argv.length === 0) {
        if (after === ')') this.closeSubshell();
        continue;
      }
      // `name() {` / `name ( ) {`: a function body runs only when called.
      if (after === '(' && argv.length === 1 && NAME.test(argv[0].text)) {
        this.functions.add(argv[0].text);
        this.frames.push({ kind: 'function', status: 'maybe' });
        continue;
      }
      const status = worst(this.status(), chain);
      const own = literalResult(argv);
      const result: 0 | 1 | null = status === 'dead' ? (prev?.result ?? null) : own === null || !this.negated ? own : own === 0 ? 1 : 0;
      prev = { result, status };
      this.command(argv, status, after);
      // POSIX set -e: the shell exits when a command fails, except in a condition, in an and-or list before its
      // last command, or after `!`.
      const inList = andOr !== null || after === '&&' || after === '||';
      const nested = this.frames.some((f) => f.kind === 'subshell' || f.kind === 'function');
      if (this.errexit && result === 1 && status === 'runs' && !this.condition && !inList && !nested) {
        this.ended = true;
      }
      if (after === ')') this.closeSubshell();
    }
  }

  private closeSubshell(): void {
    const i = this.frames.map((f) => f.kind).lastIndexOf('subshell');
    if (i >= 0) this.frames.length = i;
  }

  /** Applies leading reserved words (`if`, `then`, `fi`, `do`, `{`, …); returns the rest of the command. */
  private keywords(argv: Arg[], chain: RunStatus): Arg[] {
    let i = 0;
    for (; i < argv.length; i++) {
      const w = argv[i].text;
      const top = this.frames[this.frames.length - 1];
      if (w === 'if' || w === 'while' || w === 'until') {
        const rest = argv.slice(i + 1);
        const r = literalResult(rest);
        if (w === 'if') {
          const pending: RunStatus = r === 0 ? 'runs' : r === 1 ? 'dead' : 'maybe';
          this.frames.push({ kind: 'if', status: 'runs', pending, taken: false, allFalse: r === 1 });
        } else {
          const runsOnce = w === 'while' ? r === 0 : r === 1;
          const never = w === 'while' ? r === 1 : r === 0;
          this.frames.push({ kind: 'loop', status: 'runs', pending: never ? 'dead' : runsOnce ? 'runs' : 'maybe', until: w === 'until' });
        }
        // The condition itself is a command of the enclosing list.
        this.condition = true;
        return rest;
      }
      if (w === 'elif' && top?.kind === 'if') {
        const rest = argv.slice(i + 1);
        const r = literalResult(rest);
        // The elif condition runs only when no earlier branch was taken.
        const cond: RunStatus = top.taken ? 'dead' : top.allFalse ? 'runs' : 'maybe';
        top.status = cond;
        top.pending = worst(cond, r === 0 ? 'runs' : r === 1 ? 'dead' : 'maybe');
        if (r !== 1) top.allFalse = false;
        this.condition = true;
        return rest;
      }
      if (w === 'then' && top?.kind === 'if') {
        top.status = top.pending ?? 'maybe';
        if (top.status === 'runs') top.taken = true;
        continue;
      }
      if (w === 'else' && top?.kind === 'if') {
        top.status = top.taken ? 'dead' : top.allFalse ? 'runs' : 'maybe';
        continue;
      }
      if (w === 'fi' && top?.kind === 'if') {
        this.frames.pop();
        continue;
      }
      if (w === 'for' || w === 'select') {
        const name = argv[i + 1];
        if (name && NAME.test(name.text)) this.unknown(name.text, `it is the variable of a ${w} loop`, name.offsets[0], 'maybe');
        this.frames.push({ kind: 'loop', status: 'runs', pending: 'maybe' });
        return [];
      }
      if (w === 'do' && top?.kind === 'loop') {
        top.status = top.pending ?? 'maybe';
        continue;
      }
      if (w === 'done' && top?.kind === 'loop') {
        this.frames.pop();
        continue;
      }
      if (w === 'case') {
        this.frames.push({ kind: 'case', status: 'maybe', inPattern: true });
        return [];
      }
      if (w === 'esac' && top?.kind === 'case') {
        this.frames.pop();
        continue;
      }
      if (w === 'function' && argv[i + 1] && NAME.test(argv[i + 1].text)) {
        this.functions.add(argv[i + 1].text);
        this.frames.push({ kind: 'function', status: 'maybe' });
        return [];
      }
      if (w === '{') {
        // `{` after `name()` opens the function body pushed already; otherwise a group (runs as its list).
        if (top?.kind === 'function' && !top.open) top.open = true;
        else this.frames.push({ kind: 'group', status: chain === 'runs' ? 'runs' : chain });
        continue;
      }
      if (w === '}' && (top?.kind === 'group' || top?.kind === 'function')) {
        this.frames.pop();
        continue;
      }
      if (w === '!') {
        this.condition = true; // set -e ignores a negated command
        this.negated = !this.negated;
        continue;
      }
      break;
    }
    return argv.slice(i);
  }

  private command(argv: Arg[], status: RunStatus, after: string | undefined): void {
    // `NAME=value` alone: an assignment of the shell; `export`/`readonly`/`local`/`declare`/`typeset NAME=value`
    // too (their options and bare names, `export NAME`, set nothing).
    const declares = DECLARES.has(argv[0].text);
    const words = declares ? argv.slice(1).filter((a) => !/^[-+][A-Za-z]+$/.test(a.text) && !NAME.test(a.text)) : argv;
    if ((declares || words.length > 0) && words.every((a) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(a.text))) {
      for (const a of words) {
        const eq = a.text.indexOf('=');
        const value = valuePart(a, eq + 1);
        this.assign(a.text.slice(0, eq), value, status);
        this.noteDirectory(a.text.slice(0, eq), value, status);
      }
      return;
    }
    const w0 = argv[0].text;
    if (w0 === 'unset' && status !== 'dead') {
      for (const a of argv.slice(1)) {
        if (!NAME.test(a.text)) continue;
        if (status === 'runs') this.vars.set(a.text, { state: { kind: 'unset' }, definitions: [] });
        else this.unknown(a.text, 'it is unset in a branch or a loop, which may not run', a.offsets[0], status);
      }
    }
    if (w0 === 'read' && status !== 'dead') {
      for (const a of argv.slice(1)) if (NAME.test(a.text)) this.unknown(a.text, 'it is read from input when the script runs', a.offsets[0], status);
    }
    if ((w0 === 'source' || w0 === '.' || w0 === 'eval') && status !== 'dead' && this.sourcedAt === null) {
      if (w0 === 'eval' || !this.readSourced(argv, status)) this.sourcedAt = argv[0].offsets[0];
    }
    if (argv[0].text === 'set' && status !== 'dead') {
      const args = argv.slice(1).map((a) => a.text);
      if (args.some((a, k) => /^-[A-Za-z]*e/.test(a) || (a === '-o' && args[k + 1] === 'errexit'))) this.errexit = true;
      if (args.some((a, k) => /^\+[A-Za-z]*e/.test(a) || (a === '+o' && args[k + 1] === 'errexit'))) this.errexit = false;
    }
    const expanded = this.expand(argv);
    if (status !== 'dead') this.commands.push({ argv: expanded, status });
    for (const inv of findInvocations(expanded, this.depth)) {
      if (inv.args.some((a) => EXITS_AT_ONCE.test(a.text))) continue;
      this.invocations.push({ ...inv, status });
    }
    // `exec program …` replaces the shell and `exit` leaves it: later commands never run (when this one surely
    // runs, at the top level of the script, not in a subshell or in the background).
    const w = argv[0].text;
    const replaces = (w === 'exec' && execsProgram(argv.slice(1))) || w === 'exit';
    const detached = after === '&' || after === '|' || this.frames.some((f) => f.kind === 'subshell' || f.kind === 'function');
    if (replaces && status === 'runs' && !detached) this.ended = true;
    else if (replaces && status === 'maybe' && !detached) this.uncertain = true;
    // A function of the script may exec or exit: what follows its call may not run.
    if (status !== 'dead' && this.functions.has(w)) this.uncertain = true;
  }

  /**
   * Substitutes positional parameters and the variables assigned in reach (variables.ts); a word with a
   * variable that cannot be resolved stays as written, carrying the reason (`unresolved`).
   */
  private expand(argv: Arg[]): Arg[] {
    const out: Arg[] = [];
    for (const a of argv) {
      const pos = /^\$(?:\{)?([@*]|[1-9])(?:\})?$/.exec(a.text);
      if (pos && this.positional) {
        if (pos[1] === '@' || pos[1] === '*') out.push(...this.positional);
        else {
          const p = this.positional[Number(pos[1]) - 1];
          if (p) out.push(p);
        }
        continue;
      }
      const r = substituteWord(a, this.lookup, 'shell');
      if (r.kind === 'words') out.push(...r.words);
      else out.push({ ...a, unresolved: r.unresolved });
    }
    return out;
  }
}

/** `exec` with a program (not only redirections such as `exec >log 2>&1`, which keep the shell). */
function execsProgram(args: readonly Arg[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (/^[0-9]*(<|>|>>|<>|>\||<&|>&)$/.test(t)) {
      i++; // the redirection's target is the next word
      continue;
    }
    if (/^[0-9]*[<>]/.test(t)) continue;
    return true;
  }
  return false;
}

/**
 * Per component, the invocation that runs. Dead ones are dropped. When several remain and they read the same
 * Service range, the last is kept; when they differ, the last is kept and marked `ambiguity` (the reader turns it
 * into a blocking unreadable finding rather than guess).
 */
export function resolveRunning(all: readonly RunningInvocation[], lineOf: (offset: number) => number): Invocation[] {
  const live = all.filter((i) => i.status !== 'dead');
  const out: Invocation[] = [];
  for (const component of ['kube-apiserver', 'kube-controller-manager'] as const) {
    const mine = live.filter((i) => i.component === component);
    if (mine.length === 0) continue;
    const last = mine[mine.length - 1];
    const { status: _status, ...inv } = last;
    const ranges = new Set(mine.map((i) => rangeKey(i)));
    if (mine.length > 1 && ranges.size > 1) {
      const lines = mine.map((i) => lineOf(i.program.offsets[0]));
      inv.ambiguity =
        `${mine.length} invocations of ${component} may run here (lines ${lines.join(', ')}) with different ` +
        '--service-cluster-ip-range values, and which one runs cannot be told without running the script';
    }
    out.push(inv);
  }
  return out;
}

function rangeKey(inv: Invocation): string {
  const r = readFlag(inv.args, 'service-cluster-ip-range');
  return `${r.last?.value ?? ''}|${r.opaqueAfter.map((a) => a.text).join(' ')}|${r.singleDash?.text ?? ''}|${r.missingValue ? 'missing' : ''}`;
}
