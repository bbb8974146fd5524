// Variables whose definition is in reach in the same file (issue 13 "follow the value"), substituted into the
// words of a command line the way the program that runs the line does it:
//
// - POSIX shell (XCU 2.6.2 "Parameter Expansion", 2.6.5 "Field Splitting"): `$NAME`, `${NAME}`,
//   `${NAME:-word}` / `${NAME-word}` (the word when NAME is unset or empty / unset), inside double quotes too but
//   never inside single quotes or after a backslash (2a-tokenise-shell.ts records which `$` are expansions). An
//   unquoted expansion is split into fields at blanks; a quoted one is not.
// - systemd (systemd.service(5) "Command lines"): "Use "${FOO}" as part of a word, or as a word of its own, on the
//   command line, in which case it will be erased and replaced by the exact value of the environment variable
//   (if any) including all whitespace it contains, always resulting in exactly a single argument. Use "$FOO" as a
//   separate word on the command line, in which case it will be replaced by the value of the environment variable
//   split at whitespace"; `$FOO` inside a longer word is left as written (systemd src/basic/env-util.c
//   replace_env_argv / replace_env). Quoting does not stop it: the words are unquoted first.
// - Kubernetes container `command`/`args` (kubernetes/kubernetes third_party/forked/golang/expansion/expand.go
//   Expand, applied by pkg/kubelet/container/helpers.go ExpandContainerCommandAndArgs): `$(NAME)` from the
//   container's env, `$$` is an escaped `$`, a reference to a name that is not defined stays as written.
//
// A substituted character keeps the file offset of the character it came from (the definition's value), so a
// finding can point at the definition when that is what changed; `via` records what filled which characters
// and `written` keeps the word as written for the place it is used.

import type { Arg, UnresolvedVariable, VariableUse } from './2a-tokenise-shell.js';

export type { UnresolvedVariable };

/** What a variable holds at the point of use, as far as this file tells. */
export type VariableState =
  | { kind: 'value'; value: Arg; definitionOffset: number }
  | { kind: 'unset' }
  /** The value cannot be known here; `definitionOffsets` are the assignments a change could touch it through. */
  | { kind: 'unknown'; reason: string; definitionOffsets: number[]; files?: string[] };

export type Lookup = (name: string) => VariableState;

/** The `files` of an unknown state, to spread into what it leaves unresolved (absent when none). */
export function filesOf(state: { files?: string[] }): { files?: string[] } {
  return state.files?.length ? { files: state.files } : {};
}

export type Dialect = 'shell' | 'systemd';

/** The result of substituting one word: the words it becomes, or why it cannot be. */
export type Substitution = { kind: 'words'; words: Arg[] } | { kind: 'unresolved'; unresolved: UnresolvedVariable[] };

interface Piece {
  text: string;
  offsets: number[];
  /** The piece is an unquoted expansion (split into fields at blanks). */
  split: boolean;
  /** Variables that filled the piece, indexed in its text. */
  uses: VariableUse[];
  /** File offset just after the piece's last character in its definition. */
  end?: number;
}

/**
 * Substitutes the variables of one word. A word without expansions is returned unchanged (the same object),
 * so callers can tell whether anything happened.
 */
export function substituteWord(word: Arg, lookup: Lookup, dialect: Dialect): Substitution {
  const found = dialect === 'shell' ? shellExpansions(word) : systemdExpansions(word);
  if (found.length === 0) return { kind: 'words', words: [word] };
  const pieces: Piece[] = [];
  const unresolved: UnresolvedVariable[] = [];
  let at = 0;
  const literal = (from: number, to: number) => {
    if (to > from) pieces.push({ text: word.text.slice(from, to), offsets: word.offsets.slice(from, to), split: false, uses: [] });
  };
  for (const e of found) {
    literal(at, e.start);
    at = e.end;
    const useOffset = word.offsets[e.start];
    const written = word.text.slice(e.start, e.end);
    if (e.name === null) {
      unresolved.push({ name: written, written, reason: 'its value is computed when the line runs', useOffset, definitionOffsets: [] });
      continue;
    }
    const state = lookup(e.name);
    const useFallback = e.fallback && (state.kind === 'unset' || (state.kind === 'value' && e.fallback.emptyToo && state.value.text === ''));
    if (useFallback && e.fallback) {
      const f = e.fallback;
      const text = word.text.slice(f.start, f.end);
      if (/[$`"'\\]/.test(text)) {
        unresolved.push({ name: e.name, written, reason: `the default in ${written} is not a literal`, useOffset, definitionOffsets: [] });
        continue;
      }
      pieces.push({
        text,
        offsets: word.offsets.slice(f.start, f.end),
        split: e.split,
        uses: [{ name: e.name, start: 0, end: text.length, useOffset, definition: null }],
        end: word.offsets[f.end],
      });
      continue;
    }
    if (state.kind === 'unknown') {
      unresolved.push({ name: e.name, written, reason: state.reason, useOffset, definitionOffsets: state.definitionOffsets, ...filesOf(state) });
      continue;
    }
    if (state.kind === 'unset') {
      unresolved.push({
        name: e.name,
        written,
        reason:
          dialect === 'systemd'
            ? 'it is not set in this unit (a drop-in, EnvironmentFile= or the service manager may set it)'
            : 'it is not assigned before this command in this file (it comes from the environment)',
        useOffset,
        definitionOffsets: [],
      });
      continue;
    }
    const v = state.value;
    pieces.push({
      text: v.text,
      offsets: v.offsets.slice(0, v.text.length),
      split: e.split,
      uses: usesOf(e.name, v, useOffset, 0),
      end: v.offsets[v.text.length],
    });
  }
  literal(at, word.text.length);
  if (unresolved.length > 0) return { kind: 'unresolved', unresolved };

  // Join the pieces; an unquoted expansion's blanks separate words (field splitting).
  const words: Arg[] = [];
  let text = '';
  let offsets: number[] = [];
  let via: VariableUse[] = [];
  let started = false;
  let endOffset = word.offsets[word.text.length];
  const flush = () => {
    if (!started) return;
    const w: Arg = { text, offsets: [...offsets, endOffset], via, written: word };
    if (word.tag !== undefined) w.tag = word.tag;
    words.push(w);
    text = '';
    offsets = [];
    via = [];
    started = false;
  };
  for (const p of pieces) {
    if (!p.split) {
      const start = text.length;
      text += p.text;
      offsets.push(...p.offsets);
      via.push(...clip(p.uses, 0, p.text.length, start));
      started = true;
      endOffset = p.end ?? (p.offsets.length ? p.offsets[p.offsets.length - 1] + 1 : endOffset);
      continue;
    }
    // Field splitting at <space>, <tab>, <newline> (the default IFS).
    const re = /[ \t\n]+|[^ \t\n]+/g;
    for (const m of p.text.matchAll(re)) {
      if (/^[ \t\n]/.test(m[0])) {
        flush();
        continue;
      }
      const start = text.length;
      text += m[0];
      offsets.push(...p.offsets.slice(m.index, m.index + m[0].length));
      via.push(...clip(p.uses, m.index ?? 0, (m.index ?? 0) + m[0].length, start));
      started = true;
      const last = (m.index ?? 0) + m[0].length;
      endOffset = last < p.offsets.length ? p.offsets[last] : (p.end ?? p.offsets[p.offsets.length - 1] + 1);
    }
  }
  // Literal text after the last expansion ends where the word ends in the file.
  if (pieces.length > 0 && pieces[pieces.length - 1].uses.length === 0) endOffset = word.offsets[word.text.length];
  flush();
  return { kind: 'words', words };
}

/**
 * The use of `name` whose value is `value`, placed at index `at` of the word being built, followed by the uses
 * that built the value itself (a variable defined from another one).
 */
function usesOf(name: string, value: Arg, useOffset: number, at: number): VariableUse[] {
  const written = value.written ?? value;
  const definition: NonNullable<VariableUse['definition']> = {
    text: written.text,
    start: written.offsets[0],
    end: written.offsets[written.text.length],
  };
  if (value.origin) definition.origin = value.origin;
  const inner = (value.via ?? []).map((u) => ({ ...u, start: u.start + at, end: u.end + at }));
  return [{ name, start: at, end: at + value.text.length, useOffset, definition }, ...inner];
}

/** The uses overlapping [from, to) of a piece, moved to start at index `at` of the word being built. */
function clip(uses: readonly VariableUse[], from: number, to: number, at: number): VariableUse[] {
  return uses
    .filter((u) => u.end > from && u.start < to)
    .map((u) => ({ ...u, start: at + Math.max(u.start, from) - from, end: at + Math.min(u.end, to) - from }));
}

interface Found {
  start: number;
  end: number;
  name: string | null;
  split: boolean;
  fallback?: { start: number; end: number; emptyToo: boolean };
}

function shellExpansions(word: Arg): Found[] {
  return (word.expansions ?? []).map((e) => ({ start: e.start, end: e.end, name: e.name, split: !e.quoted, fallback: e.fallback }));
}

/** systemd: `${NAME}` (and `${NAME:-word}`) anywhere, `$NAME` only as the whole word (split at whitespace). */
function systemdExpansions(word: Arg): Found[] {
  const whole = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(word.text);
  if (whole) return [{ start: 0, end: word.text.length, name: whole[1], split: true }];
  const out: Found[] = [];
  for (const m of word.text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}/g)) {
    const start = m.index ?? 0;
    const f: Found = { start, end: start + m[0].length, name: m[1], split: false };
    if (m[3] !== undefined) {
      const from = start + 2 + m[1].length + m[2].length + 1;
      f.fallback = { start: from, end: from + m[3].length, emptyToo: m[2] === ':' };
    }
    out.push(f);
  }
  return out;
}

/**
 * Kubernetes `$(NAME)` expansion of one command/args item or env value (expand.go Expand): `$$` is an escaped
 * `$`, `$(NAME)` of a known name is its value, an unknown name stays as written. `lookup` answers 'unset' for a
 * name the container does not define.
 */
export function substituteKubernetes(word: Arg, lookup: Lookup): Substitution {
  if (!word.text.includes('$')) return { kind: 'words', words: [word] };
  let text = '';
  const offsets: number[] = [];
  const via: VariableUse[] = [];
  const unresolved: UnresolvedVariable[] = [];
  let changed = false;
  let endOffset = word.offsets[word.text.length];
  const t = word.text;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '$' && t[i + 1] === '$') {
      text += '$';
      offsets.push(word.offsets[i + 1]);
      i++;
      changed = true;
      continue;
    }
    const m = t[i] === '$' && t[i + 1] === '(' ? /^\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/.exec(t.slice(i)) : null;
    if (m) {
      const state = lookup(m[1]);
      if (state.kind === 'value') {
        const start = text.length;
        text += state.value.text;
        offsets.push(...state.value.offsets.slice(0, state.value.text.length));
        via.push(...usesOf(m[1], state.value, word.offsets[i], start));
        i += m[0].length - 1;
        changed = true;
        if (i === t.length - 1) endOffset = state.value.offsets[state.value.text.length];
        continue;
      }
      if (state.kind === 'unknown')
        unresolved.push({
          name: m[1],
          written: m[0],
          reason: state.reason,
          useOffset: word.offsets[i],
          definitionOffsets: state.definitionOffsets,
          ...filesOf(state),
        });
    }
    text += t[i];
    offsets.push(word.offsets[i]);
  }
  if (unresolved.length > 0) return { kind: 'unresolved', unresolved };
  if (!changed) return { kind: 'words', words: [word] };
  const out: Arg = { text, offsets: [...offsets, endOffset], via, written: word };
  if (word.tag !== undefined) out.tag = word.tag;
  return { kind: 'words', words: [out] };
}
