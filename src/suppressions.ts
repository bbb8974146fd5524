// Inline suppressions that leave a trace (SPEC §7):
//   # service-cidr-guard: allow <rule-id> -- <reason>
// on the finding's line (trailing comment) or on a comment-only line directly above it. The reason is
// required: a suppression without one does not suppress and is reported as a problem.
//
// A marker counts only inside a real comment of the file's syntax (SPEC §9: the PR must not be able to
// suppress through data). Text inside a quoted YAML value, a quoted shell word or an HCL string is data,
// not a comment, whatever it says. The syntax is chosen from the file name:
//   YAML (.yaml/.yml)      `#` at the start of a line or after a blank, outside a quoted scalar; the lines of
//                          a block scalar (`|`, `>`) are read as the embedded script they usually are (shell rules)
//   HCL (.tf/.tfvars/.hcl) `#` and `//` outside a string or heredoc, and `/* … */`
//   systemd units          only whole-line `#` or `;` comments (systemd.syntax(7): no trailing comments)
//   JSON                   no comments at all
//   anything else (shell scripts, flag files, env files)  `#` at the start of a word, outside quotes
//                          (bash(1) COMMENTS, QUOTING)

import type { FileProblem, Finding, RuleId } from './model.js';
import { RULES } from './rules.js';

const MARKER = /^[\s#/;*]*service-cidr-guard:\s*allow\b(.*)$/;
const BODY = /^\s+([a-z-]+)\s*(?:--\s*(.*?))?\s*(?:\*\/)?\s*$/;

export interface Suppression {
  line: number;
  rule: RuleId;
  reason: string;
  /** true when the comment stands alone on its line, so it applies to the next line too. */
  standalone: boolean;
}

/** One comment found in a file: its 1-based line, its text (after the delimiter), whether it stands alone. */
export interface Comment {
  line: number;
  text: string;
  standalone: boolean;
}

export type CommentSyntax = 'yaml' | 'hcl' | 'systemd' | 'json' | 'shell';

export function commentSyntaxOf(path: string): CommentSyntax {
  const p = path.toLowerCase();
  if (/\.ya?ml$/.test(p)) return 'yaml';
  if (/\.(tf|tfvars|hcl)$/.test(p)) return 'hcl';
  if (/\.json$/.test(p)) return 'json';
  if (/\.(service|socket|timer|mount|path|slice|target)$/.test(p) || /\.(service|socket)\.d\/[^/]+\.conf$/.test(p)) return 'systemd';
  return 'shell';
}

export function readSuppressions(text: string, file: string): { suppressions: Suppression[]; problems: FileProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: FileProblem[] = [];
  if (!text.includes('service-cidr-guard')) return { suppressions, problems };
  for (const comment of findComments(text, commentSyntaxOf(file))) {
    const m = MARKER.exec(comment.text);
    if (!m) continue;
    const line = comment.line;
    const body = BODY.exec(m[1]);
    if (!body) {
      problems.push({ file, line, message: 'suppression comment not understood; write "service-cidr-guard: allow <rule-id> -- <reason>"' });
      continue;
    }
    const [, rule, reason] = body;
    if (!(rule in RULES)) {
      problems.push({ file, line, message: `suppression names an unknown rule '${rule}'; it suppresses nothing` });
      continue;
    }
    if (!reason?.trim()) {
      problems.push({ file, line, message: `suppression of '${rule}' has no reason and is ignored; add "-- <why this change is safe>"` });
      continue;
    }
    suppressions.push({ line, rule: rule as RuleId, reason: reason.trim(), standalone: comment.standalone });
  }
  return { suppressions, problems };
}

/**
 * Marks findings suppressed by a comment on their line or on a comment-only line directly above. With
 * `baseSuppressions` (the markers of the file's base side), a suppression whose rule and reason the base
 * does not have is the change's own: the finding gets `suppressionAdded`.
 */
export function applySuppressions(findings: Finding[], suppressions: Suppression[], baseSuppressions?: Suppression[]): Finding[] {
  if (!suppressions.length) return findings;
  return findings.map((f) => {
    const s = suppressions.find((x) => x.rule === f.rule && (x.line === f.line || (x.standalone && x.line === f.line - 1)));
    if (!s) return f;
    const added = baseSuppressions !== undefined && !baseSuppressions.some((b) => b.rule === s.rule && b.reason === s.reason);
    return {
      ...f,
      suppressed: true,
      suppressedBy: `inline comment at line ${s.line}${added ? ' (added by this change)' : ''}: ${s.reason}`,
      ...(added ? { suppressionAdded: true } : {}),
    };
  });
}

/** Every real comment of the text in the given syntax. */
export function findComments(text: string, syntax: CommentSyntax): Comment[] {
  const lines = text.split(/\r\n|\n|\r/);
  switch (syntax) {
    case 'json':
      return [];
    case 'systemd':
      return lines.flatMap((l, i) => (/^\s*[#;]/.test(l) ? [{ line: i + 1, text: l.replace(/^\s*[#;]/, ''), standalone: true }] : []));
    case 'hcl':
      return hclComments(lines);
    case 'yaml':
      return yamlComments(lines);
    case 'shell': {
      const lexer = new ShellLexer();
      return lines.flatMap((l, i) => lexer.comment(l, i + 1) ?? []);
    }
  }
}

/** Shell words and quotes (bash(1) QUOTING): `'…'` takes nothing literally inside, `"…"` honours `\`; state spans lines. */
class ShellLexer {
  private quote: "'" | '"' | null = null;

  comment(line: string, lineNo: number): Comment | undefined {
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (this.quote === "'") {
        if (c === "'") this.quote = null;
      } else if (this.quote === '"') {
        if (c === '\\') i++;
        else if (c === '"') this.quote = null;
      } else if (c === '\\') {
        i++;
      } else if (c === "'" || c === '"') {
        this.quote = c;
      } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
        // A `#` starts a comment only at the start of a word (`a#b` is one word).
        return { line: lineNo, text: line.slice(i + 1), standalone: line.slice(0, i).trim() === '' };
      }
    }
    return undefined;
  }
}

/**
 * YAML 1.2 comments (spec 6.6): `#` preceded by white space, outside a quoted scalar. A quote opens a scalar
 * only where a value starts (line start, after `: `, `- `, `? `, `[`, `{`, `,`): the apostrophe of `it's` is
 * text. Quoted scalars may span lines. Block scalar lines are content; they are read with the shell rules
 * because a block scalar there is nearly always an embedded script whose own comments are real.
 */
function yamlComments(lines: string[]): Comment[] {
  const out: (Comment & { inBlock?: boolean })[] = [];
  let quote: "'" | '"' | null = null;
  let blockParentIndent: number | null = null;
  let shell = new ShellLexer();
  lines.forEach((line, idx) => {
    const lineNo = idx + 1;
    const indent = /^ */.exec(line)![0].length;
    if (blockParentIndent !== null && quote === null) {
      if (line.trim() === '' || indent > blockParentIndent) {
        const c = shell.comment(line, lineNo);
        if (c) out.push({ ...c, inBlock: true });
        return;
      }
      blockParentIndent = null;
      // A comment on the block's last line belongs to the embedded script: it does not reach the YAML key
      // that follows the block.
      const last = out[out.length - 1];
      if (last && last.line === lineNo - 1 && last.inBlock) last.standalone = false;
    }
    let valueStart = quote === null;
    let content = line;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote === "'") {
        if (c === "'") {
          if (line[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      if (quote === '"') {
        if (c === '\\') i++;
        else if (c === '"') quote = null;
        continue;
      }
      if (c === '#' && (i === 0 || /[ \t]/.test(line[i - 1]))) {
        out.push({ line: lineNo, text: line.slice(i + 1), standalone: line.slice(0, i).trim() === '' });
        content = line.slice(0, i);
        break;
      }
      if ((c === "'" || c === '"') && valueStart) {
        quote = c;
        valueStart = false;
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      valueStart =
        c === '[' || c === '{' || c === ',' || ((c === ':' || c === '-' || c === '?') && (i + 1 >= line.length || /[ \t]/.test(line[i + 1])));
    }
    if (quote === null && /(?:^|[\s:-])[|>][0-9+-]*\s*$/.test(content) && /[|>][0-9+-]*\s*$/.test(content.trimEnd())) {
      blockParentIndent = indent;
      shell = new ShellLexer();
    }
  });
  return out.map(({ line, text, standalone }) => ({ line, text, standalone }));
}

/** HCL: `#`, `//`, `/* … *\/` outside strings; heredoc bodies (`<<EOF`, `<<-EOF`) are strings. */
function hclComments(lines: string[]): Comment[] {
  const out: Comment[] = [];
  let inBlock = false;
  let heredoc: string | null = null;
  lines.forEach((line, idx) => {
    const lineNo = idx + 1;
    if (heredoc !== null) {
      if (line.trim() === heredoc) heredoc = null;
      return;
    }
    if (inBlock) {
      const end = line.indexOf('*/');
      out.push({ line: lineNo, text: end >= 0 ? line.slice(0, end) : line, standalone: true });
      if (end < 0) return;
      inBlock = false;
      return;
    }
    let inString = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') {
        inString = true;
      } else if (c === '#' || (c === '/' && line[i + 1] === '/')) {
        out.push({ line: lineNo, text: line.slice(i + (c === '#' ? 1 : 2)), standalone: line.slice(0, i).trim() === '' });
        return;
      } else if (c === '/' && line[i + 1] === '*') {
        const end = line.indexOf('*/', i + 2);
        out.push({ line: lineNo, text: line.slice(i + 2, end >= 0 ? end : undefined), standalone: line.slice(0, i).trim() === '' });
        if (end < 0) inBlock = true;
        return;
      } else if (c === '<' && line[i + 1] === '<') {
        const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(line.slice(i));
        if (m) {
          heredoc = m[1];
          return;
        }
      }
    }
  });
  return out;
}
