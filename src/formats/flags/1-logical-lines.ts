// Logical lines of plain-text carriers: a command that starts on one line and continues with backslash-newline
// (shell scripts, systemd units) or inside open quotes, with the file offset of every character kept.

import { lineIndexAt } from '../toolkit/positions.js';

/** A logical line: its characters (continuations removed) and each character's file offset. */
export interface LogicalLine {
  text: string;
  offsets: number[];
  /** 0-based index of the last physical line it uses. */
  lastLine: number;
}

export interface LineOptions {
  /**
   * systemd.syntax(7): "Lines ending in a backslash are concatenated with the following line while reading";
   * comment lines (`#`, `;`) inside such a continuation are ignored and the continuation goes on. In a shell a
   * `#` line ends the command instead (the comment swallows its trailing backslash).
   */
  unit: boolean;
  /**
   * The text writes files through unquoted heredocs (`cat <<EOF > kube-apiserver.service`), where `\\` at the
   * end of a line becomes the `\` continuation of the written unit.
   */
  heredoc?: boolean;
  /**
   * A CRLF shell script as bash reads it: the carriage return is an ordinary character (it stays in the line's
   * last word) and `\\` before CRLF escapes the CR instead of continuing the line.
   */
  keepCR?: boolean;
}

/** Reads one logical line starting at `start` (an offset in `text`). */
export function readLogicalLine(text: string, start: number, starts: readonly number[], options: LineOptions): LogicalLine {
  const chars: string[] = [];
  const offsets: number[] = [];
  let quote: '"' | "'" | null = null;
  let i = start;
  const lineOf = (offset: number) => lineIndexAt(starts, offset);
  while (i < text.length) {
    const c = text[i];
    if (options.heredoc && c === '\\' && text[i + 1] === '\\' && (text[i + 2] === '\n' || (text[i + 2] === '\r' && text[i + 3] === '\n'))) {
      i += text[i + 2] === '\n' ? 3 : 4;
      chars.push(' ');
      offsets.push(i);
      continue;
    }
    if (c === '\\' && quote !== "'") {
      const nl = text[i + 1] === '\n' ? 1 : text[i + 1] === '\r' && text[i + 2] === '\n' && !options.keepCR ? 2 : 0;
      if (nl > 0) {
        i += 1 + nl;
        if (options.unit) {
          // Skip comment lines inside the continuation (systemd only).
          for (;;) {
            const m = /^[ \t]*[#;][^\n]*\n?/.exec(text.slice(i, text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i) + 1));
            if (!m || m[0].length === 0) break;
            i += m[0].length;
          }
        }
        // A continuation is a word break in both systemd (the backslash becomes a space) and, in practice, in
        // the scripts we read (the next line is indented).
        chars.push(' ');
        offsets.push(i);
        continue;
      }
      chars.push(c);
      offsets.push(i);
      if (i + 1 < text.length) {
        chars.push(text[i + 1]);
        offsets.push(i + 1);
      }
      i += 2;
      continue;
    }
    if (quote === null && (c === '\n' || (c === '\r' && text[i + 1] === '\n' && !options.keepCR))) break;
    if (!options.unit && quote === null && c === '#' && (i === start || /\s/.test(text[i - 1]))) {
      // A shell comment runs to the end of the line, including a trailing backslash.
      while (i < text.length && text[i] !== '\n') i++;
      break;
    }
    if (quote === null && (c === '"' || c === "'")) quote = c;
    else if (quote === c) quote = null;
    chars.push(c);
    offsets.push(i);
    i++;
  }
  offsets.push(i);
  return { text: chars.join(''), offsets, lastLine: lineOf(Math.max(start, i - 1)) };
}
