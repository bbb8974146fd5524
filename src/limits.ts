// Every resource limit of the engine in one place, each with the reason for its value and the figure it
// was measured against. A file that reaches a limit is never a crash and never a silent pass: the place
// that enforces the limit reports a problem at a line, which becomes a blocking `unreadable-config` finding
// when the change touches a Service range key the file names, and stays a visible problem otherwise (SPEC §3,
// src/engine/unreadable.ts). The cheap text checks that enforce the text limits live
// here too, so every limit and its check read side by side.
//
// Measured on the 121 files of ../shared/corpus (test/hardening/limits.test.ts re-measures): the slowest
// file (a 17 KiB kubespray kubeadm template) takes ~26 ms per side; a dense 1 MiB YAML file ~1.3 s
// (block) to ~2.9 s (one flow sequence of 500,000 items), all in the `yaml` parser.

import { isAlias, isMap, isPair, isSeq, type Document, type Node } from 'yaml';

/**
 * Characters of one side of one file. A cluster config is a few KiB; tens of MiB is generated data or an
 * attack. Same figure as the git change source's MAX_FILE_BYTES (src/changes/git.ts).
 */
export const MAX_TEXT_CHARS = 5 * 1024 * 1024;

/**
 * Bytes of a file over its change source's size limit that are still read, to find the Service range keys the
 * change touches (src/changes/decode-text.ts). The file's values are never read from this part: a change that
 * touches a key in it blocks (unreadable-config), and a change the part does not show blocks too.
 */
export const MAX_PARTIAL_BYTES = 1024 * 1024;

/**
 * Characters of one line. Hand-written configs have lines of tens of characters (a kubeconfig's base64
 * certificate is ~3 KiB); a 1 MiB line is minified or binary data, where a flag scan is pure cost.
 */
export const MAX_LINE_CHARS = 1024 * 1024;

/**
 * Characters of a file parsed as YAML. The `yaml` parser runs at about 0.4–0.8 MiB/s on dense input
 * (5 MiB of `a: 1` lines took 8.7 s, one 5 MiB flow sequence 14.4 s), so 1 MiB bounds one side to ~3 s.
 * Larger files are still scanned as text (flag carriers); their YAML view is empty and a problem says so.
 */
export const MAX_YAML_CHARS = 1024 * 1024;

/**
 * Nodes one document may gain through alias expansion. Extractors walk parsed nodes and follow aliases,
 * so ten anchors of ten aliases each (`a1: &a1 [*a0,*a0,…]`, 10^10 nodes) would hang them even though
 * maxAliasCount never runs; such a document is not read. Real anchors repeat a few dozen nodes.
 */
export const MAX_YAML_ALIAS_EXPANSION = 10_000;

/**
 * Aliases `yaml` may resolve when the repository config file (.github/service-cidr-guard.yml) is turned into
 * data: that file can come from the pull request under `pull_request`, so a billion-laughs file fails to load
 * with a message instead of exhausting memory.
 */
export const MAX_CONFIG_ALIAS_COUNT = 100;

/** Documents read from one file; a config file with more is not a cluster config we can reason about. */
export const MAX_YAML_DOCUMENTS = 5000;

/**
 * Nesting levels (block indentation, `- ` items, flow brackets) of a YAML file. The `yaml` composer
 * recurses per level and hits V8's stack near 900 levels (less under a deeper caller stack), reporting
 * only "Maximum call stack size exceeded"; a cheap pre-scan refuses such files first with a clear message.
 * Kubernetes objects nest about 10 levels deep (a Deployment's container args: 8).
 */
export const MAX_YAML_NESTING_DEPTH = 128;

/**
 * Soft time budget for reading one side of one file, checked between formats (synchronous code cannot be
 * interrupted inside one). The slowest corpus file takes ~26 ms; the worst YAML below MAX_YAML_CHARS ~3 s.
 * When exceeded, the remaining formats are skipped and a problem says which.
 */
export const EXTRACT_TIME_BUDGET_MS = 5000;

/** A text limit reached, at a 1-based line. */
export interface LimitBreach {
  line: number;
  message: string;
  /** The file is not read at all (over-long line); otherwise it is read and the problem is a caution. */
  unread: boolean;
}

/**
 * Checks the text-level limits that decide whether a side is read at all (the size limit is checked by
 * the caller first). Linear in the text; returns the first breach of each kind.
 */
export function findTextLimitBreaches(text: string): LimitBreach[] {
  const breaches: LimitBreach[] = [];
  // NUL bytes are no breach here: whether they make a file unreadable depends on the program that reads it
  // (bash drops them, Kubernetes' YAML decoder refuses them): src/engine/side.ts readNulBytes.
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - lineStart > MAX_LINE_CHARS) {
      breaches.push({
        line: lineOf(text, lineStart),
        message: `line is ${i - lineStart} characters, above the ${MAX_LINE_CHARS} limit; the file was not read`,
        unread: true,
      });
      break;
    }
    lineStart = i + 1;
  }
  const bad = firstInvalidUnicode(text);
  if (bad >= 0) {
    breaches.push({
      line: lineOf(text, bad),
      message: 'file is not valid UTF-8 (a U+FFFD replacement character or an unpaired surrogate): values on this line may be misread',
      unread: false,
    });
  }
  return breaches;
}

/** 1-based line of an offset; a line ends at '\n', as in src/formats/toolkit/positions.ts, git and GitHub. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Decoders turn invalid UTF-8 into U+FFFD (Buffer#toString, TextDecoder without fatal); a string built from
 * UTF-16 can also carry unpaired surrogates. Either way the text is not what the author's tools read.
 */
function firstInvalidUnicode(text: string): number {
  const m = /\ufffd|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  return m ? m.index : -1;
}

/**
 * Deepest nesting of a YAML text, estimated in one pass without parsing: block levels from the
 * indentation stack (each `- ` or `? ` opening a compact level of its own) plus open flow brackets.
 * Comments, quoted strings on one line and block scalar bodies are skipped, so it never undercounts
 * what the parser recurses on for real configs, and overcounts only text that is not a config anyway.
 * Returns the depth and the first line where it passed `cap` (stops there: linear, early exit).
 */
export function measureYamlNesting(text: string, cap = MAX_YAML_NESTING_DEPTH): { depth: number; line: number } {
  // Lines as the `yaml` parser sees them: it breaks at '\n' (a CRLF's '\r' is trailing white space).
  const lines = text.split(/\r?\n/);
  const indents: number[] = [];
  let flow = 0;
  let deepest = 0;
  let blockScalarParent = -1; // indentation of the line that opened a block scalar (| or >), or -1
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const indent = line.length - line.replace(/^[ \t]+/, '').length;
    const body = line.slice(indent).replace(/\r$/, '');
    if (blockScalarParent >= 0) {
      if (body === '' || indent > blockScalarParent) continue;
      blockScalarParent = -1;
    }
    if (body === '' || body.startsWith('#')) continue;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // Compact nesting on one line: "- - - x" or "? - x" opens one level per indicator.
      let col = 0;
      while (/^[-?](?:[ \t]|$)/.test(body.slice(col))) {
        col += 1 + (body.slice(col + 1).length - body.slice(col + 1).replace(/^[ \t]+/, '').length);
        indents.push(indent + col);
      }
    }
    const scan = scanFlow(body, flow, cap - indents.length);
    flow = scan.flow;
    deepest = Math.max(deepest, indents.length + scan.deepest);
    if (deepest > cap) return { depth: deepest, line: n + 1 };
    if (flow === 0 && /(?:^|[\s:-])[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(scan.rest)) blockScalarParent = indent;
  }
  return { depth: deepest, line: 0 };
}

/** Flow brackets of one line: the open count after it and the most open at any point. */
function scanFlow(body: string, open: number, room: number): { flow: number; deepest: number; rest: string } {
  let flow = open;
  let deepest = open;
  let prev = ' '; // last significant character: brackets open a collection only where a node may start
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '#' && (i === 0 || body[i - 1] === ' ' || body[i - 1] === '\t')) return { flow, deepest, rest: body.slice(0, i) };
    if ((c === '"' || c === "'") && /[\s:,[{\-?]/.test(prev)) {
      const close = closingQuote(body, i);
      if (close < 0) break; // a multi-line quoted string: the rest of this line is text
      i = close;
      prev = c;
      continue;
    }
    if ((c === '[' || c === '{') && (flow > 0 || /[\s:,[{\-?]/.test(prev))) {
      flow++;
      deepest = Math.max(deepest, flow);
      if (deepest > room) return { flow, deepest, rest: '' };
      prev = c;
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
      prev = c;
    } else if (c !== ' ' && c !== '\t') {
      // Inside a plain scalar a bracket is text ("a[b"); only ':' ',' '-' '?' may precede a new node.
      prev = c === '[' || c === '{' ? 'a' : c;
    }
  }
  return { flow, deepest, rest: body };
}

function closingQuote(body: string, open: number): number {
  const q = body[open];
  for (let i = open + 1; i < body.length; i++) {
    if (q === '"' && body[i] === '\\') i++;
    else if (body[i] === q) {
      if (q === "'" && body[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Nodes a document gains through aliases when walked as a tree: each alias counts as the size of the node
 * it points at (memoised, so this is linear in the literal document). Stops counting past `cap` and
 * returns the offset of the alias where the total passed it; an alias that points into its own anchor
 * (`a: &a [*a]`, which the parser accepts) expands without end and counts as past the cap.
 */
export function measureAliasExpansion(
  doc: Document.Parsed,
  cap = MAX_YAML_ALIAS_EXPANSION,
): { expansion: number; offset: number | null; visited: number } {
  const sizes = new Map<unknown, number>();
  let visited = 0; // nodes and aliases walked (each once: sizes are memoised); read by tests and the bench

  const open = new Set<unknown>();
  let expansion = 0;
  let offset: number | null = null;
  const sizeOf = (node: unknown, depth: number): number => {
    if (node === null || typeof node !== 'object') return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    visited++;
    if (isAlias(node)) {
      let target: unknown;
      try {
        target = node.resolve(doc);
      } catch {
        target = undefined;
      }
      const size = target === undefined ? 1 : open.has(target) ? Infinity : (sizes.get(target) ?? sizeOf(target, depth + 1));
      expansion += size - 1;
      if (expansion > cap && offset === null) offset = (node as Node).range?.[0] ?? 0;
      return size;
    }
    // Depth is capped by MAX_YAML_NESTING_DEPTH before parsing; a guard keeps this from recursing anyway.
    if (depth > 4 * MAX_YAML_NESTING_DEPTH) return Infinity;
    open.add(node);
    let size = 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) size += sizeOf(item.key, depth + 1) + sizeOf(item.value, depth + 1);
        else size += sizeOf(item, depth + 1);
        if (offset !== null) break;
      }
    }
    open.delete(node);
    sizes.set(node, size);
    return size;
  };
  sizeOf(doc.contents, 0);
  return { expansion, offset, visited };
}
