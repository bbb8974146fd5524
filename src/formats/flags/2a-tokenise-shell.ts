// Step 2a of the flag readers: a command string split into words the way a POSIX shell (and, close enough,
// systemd's ExecStart= parser) splits them, every character still tied to an offset of the file so findings point
// at the exact value. Which of the words is a control-plane program is step 2b (2b-find-invocations.ts).

/** One argument with the file offset of each of its characters (offsets.length === text.length + 1). */
export interface Arg {
  text: string;
  offsets: number[];
  /**
   * The whole argument is a variable expansion (`$VAR`, `${VAR}`, `$(VAR)`, a lone template expression): it may
   * expand to any flags, so a value seen before it is not known to be the last one.
   */
  opaque?: boolean;
  /** Where the argument came from (e.g. 'command' / 'args' of a container), for default positions. */
  tag?: string;
  /**
   * Parameter expansions the shell performs in this word (`$NAME`, `${NAME}`, `${NAME:-word}`, `$(…)`), found
   * while tokenising, where quoting is known: none inside single quotes or after a backslash.
   */
  expansions?: Expansion[];
  /** The word was built by substituting variables (src/formats/flags/variables.ts): what filled which characters. */
  via?: VariableUse[];
  /** The word as written in the file, before variables were substituted. */
  written?: Arg;
  /** Variables the word uses whose value this file does not tell: the word stays as written. */
  unresolved?: UnresolvedVariable[];
  /**
   * A value defined in another file (a sourced script, an EnvironmentFile=): where it is written there. Its
   * `offsets` all point at the line of this file that reads that file (src/formats/flags/variable-files.ts).
   */
  origin?: ForeignOrigin;
}

/** Where a value read from another file is written: that file's repository path and the value's span in it. */
export interface ForeignOrigin {
  file: string;
  span: { line: number; column: number; endLine: number; endColumn: number };
}

/** A variable a word uses whose value cannot be told, and why (src/formats/flags/variables.ts). */
export interface UnresolvedVariable {
  name: string;
  /** The expansion as written (`${SVC}`, `$(SVC)`, `$(cat f)`). */
  written: string;
  reason: string;
  /** File offset of the `$` of the use. */
  useOffset: number;
  /** File offsets of the assignments that may set it. */
  definitionOffsets: number[];
  /** Other repository files whose content leaves it unknown (a sourced file, an EnvironmentFile=). */
  files?: string[];
}

/** One expansion inside a word; `start`/`end` index the word's text. */
export interface Expansion {
  start: number;
  end: number;
  /** The parameter's name; null for what a static reader cannot evaluate (`$(…)`, backticks, `${#X}`, `${X%y}`). */
  name: string | null;
  /** `${NAME:-word}` (emptyToo) / `${NAME-word}`: the word used when NAME is unset (or empty); its index in the text. */
  fallback?: { start: number; end: number; emptyToo: boolean };
  /** Written inside double quotes: the result is not split into words. */
  quoted: boolean;
  /** Written with braces (`${NAME}`): systemd expands these anywhere in a word, `$NAME` only as a word of its own. */
  braces: boolean;
}

/** A variable's value substituted into a word (issue 13). */
export interface VariableUse {
  name: string;
  /** Index range of the word's text the value fills. */
  start: number;
  end: number;
  /** File offset of the `$` where the word uses the variable. */
  useOffset: number;
  /**
   * The definition's value as written and its file offsets [start, end), or null when a `${NAME:-word}` fallback
   * applied. A value built from another variable lists that one's use too (`B=$A/12`: A inside B).
   */
  definition: { text: string; start: number; end: number; origin?: ForeignOrigin } | null;
}

/** An argument whose characters are contiguous in the file, starting at `start`. */
export function contiguousArg(text: string, start: number, tag?: string): Arg {
  const offsets: number[] = [];
  for (let i = 0; i <= text.length; i++) offsets.push(start + i);
  return tag === undefined ? { text, offsets } : { text, offsets, tag };
}

// ---------------------------------------------------------------- shell-like tokenising

export interface ShellToken extends Arg {
  /** A control operator (`;`, `&&`, `||`, `|`, `&`, newline, parentheses): it separates simple commands. */
  operator?: boolean;
}

const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')']);

/**
 * Splits a command string the way a POSIX shell (and, close enough, systemd's ExecStart= parser) splits words:
 * single quotes are literal, double quotes allow `\"`, `\\`, `\$`, backslash-newline is a continuation, `#` at the
 * start of a word starts a comment, and `;`, `&&`, `||`, `|`, `&`, newlines separate commands. `$(…)`, `${…}` and
 * backticks are kept inside their word (not expanded: the values they produce are unknown to a static reader).
 * `offsets[i]` is the file offset of `text[i]`; `offsets[text.length]` the end.
 */
export function tokenizeShell(text: string, offsets?: number[], options: { crLiteral?: boolean } = {}): ShellToken[] {
  const off = offsets ?? Array.from({ length: text.length + 1 }, (_, i) => i);
  const tokens: ShellToken[] = [];
  let chars: string[] = [];
  let charOffsets: number[] = [];
  let started = false;
  let startOffset = 0;
  let lastEnd = 0;
  let expansions: Expansion[] = [];

  const push = (c: string, at: number) => {
    if (!started) startOffset = at;
    started = true;
    chars.push(c);
    charOffsets.push(off[at]);
    lastEnd = at + 1;
  };
  const flush = () => {
    if (!started) return;
    const word = chars.join('');
    const token: ShellToken = { text: word, offsets: [...charOffsets, off[lastEnd] ?? off[off.length - 1]] };
    if (isWholeExpansion(word)) token.opaque = true;
    if (chars.length === 0) token.offsets = [off[startOffset]];
    if (expansions.length > 0) token.expansions = expansions;
    tokens.push(token);
    chars = [];
    charOffsets = [];
    expansions = [];
    started = false;
  };
  /**
   * A `$` expansion starting at text[i] (a `$` not escaped and not in single quotes): its characters are pushed
   * into the word as written and recorded; returns the index after it, or -1 when `$` starts none.
   */
  const expansion = (i: number, quoted: boolean, limit: number): number => {
    const next = text[i + 1];
    const at = chars.length;
    if (next === '{' || next === '(') {
      const close = next === '(' ? ')' : '}';
      let depth = 0;
      let j = i + 1;
      if (next === '(') j = Math.min(afterSubstitution(text, i + 2), limit) - 1;
      else
        for (; j < limit; j++) {
          if (text[j] === next) depth++;
          else if (text[j] === close && --depth === 0) break;
        }
      for (let k = i; k <= Math.min(j, limit - 1); k++) push(text[k], k);
      const record: Expansion = { start: at, end: chars.length, name: null, quoted, braces: next === '{' };
      const m = next === '{' ? /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}$/.exec(chars.slice(at).join('')) : null;
      if (m) {
        record.name = m[1];
        if (m[3] !== undefined) {
          const from = at + 2 + m[1].length + m[2].length + 1;
          record.fallback = { start: from, end: chars.length - 1, emptyToo: m[2] === ':' };
        }
      }
      expansions.push(record);
      return j + 1;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, Math.min(limit, i + 256)));
    if (!m) return -1;
    for (let k = i; k <= i + m[0].length; k++) push(text[k], k);
    expansions.push({ start: at, end: chars.length, name: m[0], quoted, braces: false });
    return i + 1 + m[0].length;
  };
  const operator = (op: string, at: number) => {
    flush();
    tokens.push({ text: op, offsets: [off[at], off[at + op.length]], operator: true });
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      if (text[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (text[i + 1] === '\r' && text[i + 2] === '\n' && !options.crLiteral) {
        i += 3;
        continue;
      }
      if (i + 1 < text.length) push(text[i + 1], i + 1);
      i += 2;
      continue;
    }
    if (c === "'") {
      if (!started) startOffset = i;
      started = true;
      i++;
      while (i < text.length && text[i] !== "'") {
        push(text[i], i);
        i++;
      }
      i++;
      continue;
    }
    if (c === '"') {
      if (!started) startOffset = i;
      started = true;
      i++;
      // Where the quoted part ends (found once: an expansion inside it never reads past it). A command
      // substitution opens a new quoting context (XCU 2.2.3: "$(dirname "$0")/env.sh" is one word).
      const close = closingQuote(text, i);
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
          if (text[i + 1] !== '\n') push(text[i + 1], i + 1);
          i += 2;
          continue;
        }
        if (text[i] === '$') {
          const after = expansion(i, true, close);
          if (after >= 0) {
            i = after;
            continue;
          }
        }
        if (text[i] === '`') expansions.push({ start: chars.length, end: chars.length + 1, name: null, quoted: true, braces: false });
        push(text[i], i);
        i++;
      }
      i++;
      continue;
    }
    if (c === '$') {
      // Keep a substitution in one word, whatever spaces or operators it contains.
      const after = expansion(i, false, text.length);
      if (after >= 0) {
        i = after;
        continue;
      }
    }
    if (c === '`') {
      const j = text.indexOf('`', i + 1);
      const end = j < 0 ? text.length - 1 : j;
      expansions.push({ start: chars.length, end: chars.length + end - i + 1, name: null, quoted: false, braces: false });
      for (let k = i; k <= end; k++) push(text[k], k);
      i = end + 1;
      continue;
    }
    if (c === '#' && !started) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    // A carriage return is an ordinary character for a shell (bash reads a CRLF script's `x\r` as the word
    // "x\r"); systemd strips it with the line's trailing whitespace. The caller says which applies.
    if (c === ' ' || c === '\t' || (c === '\r' && !options.crLiteral)) {
      flush();
      i++;
      continue;
    }
    if (c === '\n') {
      operator('\n', i);
      i++;
      continue;
    }
    if (OPERATOR_CHARS.has(c)) {
      // `2>&1`, `&>file`: an ampersand right after a redirection belongs to the word.
      if (c === '&' && started && (chars[chars.length - 1] === '>' || chars[chars.length - 1] === '<')) {
        push(c, i);
        i++;
        continue;
      }
      const two = text.slice(i, i + 2);
      const op = two === '&&' || two === '||' ? two : c;
      operator(op, i);
      i += op.length;
      continue;
    }
    push(c, i);
    i++;
  }
  flush();
  return tokens;
}

/** Index of the `"` closing a double-quoted part whose text starts at `from` (the text's length when unclosed). */
function closingQuote(text: string, from: number): number {
  let k = from;
  while (k < text.length && text[k] !== '"') {
    if (text[k] === '\\') k += 2;
    else if (text[k] === '$' && text[k + 1] === '(') k = afterSubstitution(text, k + 2);
    else if (text[k] === '`') {
      const j = text.indexOf('`', k + 1);
      k = j < 0 ? text.length : j + 1;
    } else k++;
  }
  return Math.min(k, text.length);
}

/** Index just after the `)` closing a command substitution whose text starts at `from` (after `$(`); quotes inside are skipped. */
function afterSubstitution(text: string, from: number): number {
  let depth = 1;
  let k = from;
  while (k < text.length) {
    const ch = text[k];
    if (ch === '\\') k += 2;
    else if (ch === "'") {
      const j = text.indexOf("'", k + 1);
      k = j < 0 ? text.length : j + 1;
    } else if (ch === '"') k = closingQuote(text, k + 1) + 1;
    else {
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return k + 1;
      k++;
    }
  }
  return text.length;
}

function isWholeExpansion(word: string): boolean {
  // A word that starts with a template or substitution and is not itself a flag (`{{ extra_args }}`,
  // `$(cat flags)`) can render to any flags.
  if (/^(\{\{|\{%|\$\{|\$\(|%\{|`)/.test(word)) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return true;
  // "$@", "$*", "$1": the script's own arguments, unknown to a reader of the script.
  if (/^\$[@*0-9]$/.test(word)) return true;
  if (/^\$\{[^}]*\}$/.test(word)) return true;
  if (/^\$\([^)]*\)$/.test(word)) return true;
  return false;
}

/** Simple commands with the control operators around them (`before`: every operator since the previous one). */
export function splitCommandsWithOperators(tokens: readonly ShellToken[]): { argv: Arg[]; before: string; after: string | undefined }[] {
  const out: { argv: Arg[]; before: string; after: string | undefined }[] = [];
  let current: Arg[] = [];
  let ops = '';
  let before = '';
  for (const t of tokens) {
    if (t.operator) {
      if (current.length > 0) {
        out.push({ argv: current, before, after: t.text });
        current = [];
        ops = '';
      }
      if (t.text !== '\n') ops += t.text;
      before = ops;
    } else {
      current.push(t);
    }
  }
  if (current.length > 0) out.push({ argv: current, before, after: undefined });
  return out;
}

/** Splits tokens into simple commands at control operators. */
export function splitCommands(tokens: readonly ShellToken[]): Arg[][] {
  const commands: Arg[][] = [];
  let current: Arg[] = [];
  for (const t of tokens) {
    if (t.operator) {
      if (current.length > 0) commands.push(current);
      current = [];
    } else {
      current.push(t);
    }
  }
  if (current.length > 0) commands.push(current);
  return commands;
}
