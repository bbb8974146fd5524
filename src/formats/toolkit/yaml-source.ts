// One side of one file, as the extractors see it: the text and, parsed once on demand, its YAML documents
// with positions. Every extractor reads the same Source, so a file is parsed at most once per side.

import type { NeighbourLookup } from '../flags/variable-files.js';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Node,
  type ParsedNode,
  type YAMLMap,
  Scalar,
} from 'yaml';
import type { Problem, Span } from '../../model.js';
import { lineStartsOf, positionAt } from './positions.js';
import type { TerraformDirectory } from '../distributions/terraform-values.js';
import { heredocView } from './heredocs.js';

import {
  MAX_YAML_ALIAS_EXPANSION,
  MAX_YAML_CHARS,
  MAX_YAML_DOCUMENTS,
  MAX_YAML_NESTING_DEPTH,
  measureAliasExpansion,
  measureYamlNesting,
} from '../../limits.js';

export { MAX_YAML_DOCUMENTS };

export interface YamlView {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  /** YAML errors, each at a line. A document with errors is still offered to extractors (best effort). */
  problems: Problem[];
  /** Resource limits reached (src/limits.ts): reported whatever the file looks like, never dropped as noise. */
  limits: Problem[];
  /**
   * Which file a document belongs to: 0 for a YAML file; in a shell script read through its heredocs
   * (heredocs.ts), the heredoc (1-based) that holds it. A file-wide kubeadm rule applies within one such file.
   */
  fileOf(doc: Document.Parsed): number;
  /** The text that was parsed as YAML (the heredoc bodies of a script, else the whole text). */
  yamlText: string;
}

export class Source {
  private yamlView: YamlView | null | undefined;
  readonly text: string;

  constructor(
    readonly path: string,
    text: string,
    /** The other Terraform files of the file's directory in reach (variables, tfvars, locals), set by the engine. */
    readonly directory?: TerraformDirectory,
    /** Issue 13: files of the repository this side may read variables from (src/formats/flags/variable-files.ts). */
    readonly neighbours?: NeighbourLookup,
  ) {
    // A UTF-8 BOM is not part of the content (editors on Windows add it); positions stay the same.
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /**
   * The YAML view of the text, or null when the text is clearly not YAML (parse produced no documents). A
   * shell script still gets its YAML view: the programs that read YAML (kubeadm, the kubelet) parse the file
   * whatever it looks like, so a look-alike heuristic must never take a YAML reading away (a command-looking
   * first line would otherwise hide a kubeadm document). Which reader reads a file AS TEXT is decided by
   * isShellOrUnit, in the flag reader.
   */
  get yaml(): YamlView | null {
    if (this.yamlView === undefined) {
      // A shell script's YAML is the files its heredocs write, each its own document set (heredocs.ts).
      const heredocs = heredocView(this.path, this.text);
      const view = parseYaml(heredocs?.text ?? this.text);
      if (view && heredocs) {
        const bodies = heredocs.bodies;
        view.fileOf = (doc) => {
          const start = doc.range?.[0] ?? 0;
          // Each body's `---` stands after the previous body's end: the first body that ends at or after the start.
          const i = bodies.findIndex((b) => b.end >= start);
          return i < 0 ? bodies.length : i + 1;
        };
        view.yamlText = bodies.map((b) => this.text.slice(b.start, b.end)).join('\n');
      }
      this.yamlView = view;
    }
    return this.yamlView;
  }

  /**
   * 1-based line and column of a character offset, computed from the text itself: the YAML LineCounter only
   * knows the lines the parser reached, which is wrong for text files and broken YAML.
   */
  position(offset: number): { line: number; column: number } {
    return positionAt(this.lineStarts(), offset);
  }

  private lineStartsCache: number[] | undefined;
  /** Offsets where each line starts (see positions.ts). */
  lineStarts(): readonly number[] {
    if (!this.lineStartsCache) this.lineStartsCache = lineStartsOf(this.text);
    return this.lineStartsCache;
  }

  /** Span of [start, end) character offsets. */
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** Span of a parsed YAML node (its value range, without trailing comments). */
  spanOf(node: Node | null | undefined): Span {
    if (!node?.range) return lineSpan(1);
    return this.span(node.range[0], node.range[1]);
  }

  /** The 1-based line's text (without line terminator). */
  lineText(line: number): string {
    const lines = this.lines();
    return lines[line - 1] ?? '';
  }

  private linesCache: string[] | undefined;
  lines(): string[] {
    if (!this.linesCache) this.linesCache = this.text.split(/\r?\n/);
    return this.linesCache;
  }
}

/** Script file names (also as templates: `start.sh.j2`). */
const SCRIPT_FILE = /\.(sh|bash|ksh|zsh|ash|service|socket)(\.(j2|tpl|tmpl|erb|in))?$/i;
/** systemd unit sections at the start of a line (systemd.syntax(7)); `[Unit]` is also a YAML flow sequence. */
const UNIT_SECTION = /^\[(Unit|Service|Install|Socket|Timer)\][ \t]*\r?$/m;
/**
 * A top-level line that is a command, not a YAML key: a command word or path followed by a blank and more
 * words. `exec kube-apiserver --x="a: b"` is a valid YAML mapping (key `exec kube-apiserver --x="a`) but no
 * YAML config has such a key.
 */
const TOP_LEVEL_COMMAND =
  /^(?:exec|sudo|nohup|export|set|source|if|for|while|case|\S*(?:kube-apiserver|kube-controller-manager|hyperkube))[ \t]+[^:\n]*(?:[ \t]-{1,2}[A-Za-z]|$)/m;

/**
 * Shell scripts and systemd units are read as text by the flag reader even when they parse as YAML: a line
 * with `: ` inside a quoted argument makes a whole script a YAML mapping (key `exec kube-apiserver --x="a`),
 * and the flag reader skipped structured YAML. The YAML view stays for the YAML formats (see Source.yaml).
 */
export function isShellOrUnit(path: string, text: string): boolean {
  if (text.startsWith('#!')) return true;
  if (SCRIPT_FILE.test(path)) return true;
  if (UNIT_SECTION.test(text)) return true;
  return TOP_LEVEL_COMMAND.test(text);
}

export function lineSpan(line: number, column = 1, endColumn?: number): Span {
  return { line, column, endLine: line, endColumn: endColumn ?? column };
}

function parseYaml(text: string): YamlView | null {
  const lineCounter = new LineCounter();
  const refused = refuseYaml(text);
  if (refused) return { documents: [], lineCounter, problems: [], limits: [refused], fileOf: () => 0, yamlText: text };
  let documents: Document.Parsed[];
  // The parser makes an Error for every problem it meets, and capturing each one's stack was a fifth of the
  // engine's time on the corpus (bench/engine.mjs); only an error's message and position are read here.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    documents = parseAllDocuments(text, {
      lineCounter,
      // Keys are strings in every format we read. Note: sigs.k8s.io/yaml (go-yaml v2) resolves YAML 1.1 scalars
      // (`on`/`yes`/`y` -> true, `010` -> 8; see test/oracles/sigsyaml), 'core' keeps them as written. No such
      // scalar is a valid range either way (a bool where kubeadm wants a string fails its decoding), so the
      // verdict on a range value is the same; the text shown is the one written.
      schema: 'core',
      uniqueKeys: false,
      prettyErrors: false,
    }) as Document.Parsed[];
  } catch (e) {
    return {
      documents: [],
      lineCounter,
      problems: [{ line: 1, message: `YAML could not be parsed: ${String(e)}` }],
      limits: [],
      fileOf: () => 0,
      yamlText: text,
    };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (!Array.isArray(documents)) {
    // parseAllDocuments returns an EmptyStream for empty input.
    return { documents: [], lineCounter, problems: [], limits: [], fileOf: () => 0, yamlText: text };
  }
  const problems: Problem[] = [];
  const limits: Problem[] = [];
  if (documents.length > MAX_YAML_DOCUMENTS) {
    limits.push({ line: 1, message: `file has ${documents.length} YAML documents; only the first ${MAX_YAML_DOCUMENTS} are read` });
    documents = documents.slice(0, MAX_YAML_DOCUMENTS);
  }
  for (const doc of documents) {
    for (const err of doc.errors) {
      const offset = err.pos?.[0] ?? 0;
      const p = lineCounter.linePos(offset);
      problems.push({ line: p.line, column: p.col, message: `YAML error: ${firstLine(err.message)}` });
    }
  }
  return {
    documents,
    lineCounter,
    problems,
    limits: [...limits, ...documents.flatMap((doc, i) => defuseAliasBomb(doc, i, lineCounter))],
    fileOf: () => 0,
    yamlText: text,
  };
}

/** Size and nesting are checked before parsing: the parser's time grows with size, its stack with depth. */
function refuseYaml(text: string): Problem | null {
  if (text.length > MAX_YAML_CHARS) {
    return {
      line: 1,
      message: `file is ${text.length} characters, above the ${MAX_YAML_CHARS} limit for reading YAML; it was read as plain text only`,
    };
  }
  const nesting = measureYamlNesting(text);
  if (nesting.line > 0) {
    return { line: nesting.line, message: `YAML nests more than ${MAX_YAML_NESTING_DEPTH} levels deep here; the file was read as plain text only` };
  }
  return null;
}

/**
 * A document whose aliases expand past MAX_YAML_ALIAS_EXPANSION nodes is emptied (extractors walk nodes
 * through aliases and would never finish) and reported at the alias where the expansion passed the limit.
 */
function defuseAliasBomb(doc: Document.Parsed, index: number, lineCounter: LineCounter): Problem[] {
  const { offset } = measureAliasExpansion(doc);
  if (offset === null) return [];
  doc.contents = null;
  const p = lineCounter.linePos(offset);
  return [
    {
      line: p.line,
      column: p.col,
      message: `YAML document ${index + 1} expands to more than ${MAX_YAML_ALIAS_EXPANSION} nodes through aliases; it was not read`,
    },
  ];
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

// ---- node walking helpers: positions are kept because we walk nodes, not plain values ----

/**
 * Resolves an alias node to the node it points at (one level; anchors cannot be recursive in YAML 1.2
 * without a cycle, which the parser reports). Returns the node unchanged otherwise.
 */
export function deref(doc: Document.Parsed, node: unknown): ParsedNode | null {
  if (node == null) return null;
  if (isAlias(node)) {
    try {
      return (node.resolve(doc) as ParsedNode | undefined) ?? null;
    } catch {
      return null;
    }
  }
  return node as ParsedNode;
}

/**
 * The map entry (key node and value node) for `key` in a YAML map, as Kubernetes' YAML decoding sees it.
 *
 * Kubernetes decodes YAML with sigs.k8s.io/yaml (YAMLToJSON: gopkg.in/yaml.v2 into interface{}, then
 * encoding/json); kubeadm, kind and the kubelet's static pod reader all take this non-strict path. go-yaml v2
 * (decode.go `(*decoder).mapping`) walks a map's pairs IN ORDER and assigns each into the Go map
 * (`setMapIndex` = `SetMapIndex`, so a later assignment replaces an earlier one):
 *   - duplicate keys: the last one wins (strict mode would fail; the non-strict path does not);
 *   - `<<: *anchor` (a plain `<<` or `!!merge`, decode.go `isMerge`) is decoded by `(*decoder).merge` at its
 *     place in the order, into the same map: a merge AFTER an explicit key replaces that key's value, an
 *     explicit key after the merge replaces the merged one (this is not YAML 1.1's "explicit keys win", and
 *     not go-yaml v3);
 *   - `<<: [*a, *b]`: `merge` steps backwards ("earlier nodes take precedence"), so the first map that has the
 *     key wins among the merged ones;
 *   - a merged map's own merges are resolved the same way (it is decoded by `mapping` too); a quoted "<<" is
 *     a plain key.
 * The differential test test/formats/merge-keys.test.ts compares this with the real decoder
 * (test/oracles/sigsyaml).
 */
export function mapEntry(doc: Document.Parsed, node: unknown, key: string): { key: Scalar; value: ParsedNode | null } | null {
  return lookupInMap(doc, deref(doc, node), key, 0);
}

/** Merge chains followed before giving up (an alias cycle through `<<` would never end). */
export const MAX_MERGE_DEPTH = 32;

function lookupInMap(doc: Document.Parsed, map: ParsedNode | null, key: string, depth: number): { key: Scalar; value: ParsedNode | null } | null {
  if (!isMap(map) || depth > MAX_MERGE_DEPTH) return null;
  let found: { key: Scalar; value: ParsedNode | null } | null = null;
  for (const pair of (map as YAMLMap).items) {
    const k = pair.key;
    if (isMergeKey(k)) {
      const merged = lookupInMerge(doc, pair.value, key, depth + 1);
      if (merged) found = merged;
    } else if (isScalar(k) && String(k.value) === key) {
      found = { key: k as Scalar, value: deref(doc, pair.value) };
    }
  }
  return found;
}

function lookupInMerge(doc: Document.Parsed, node: unknown, key: string, depth: number): { key: Scalar; value: ParsedNode | null } | null {
  const value = deref(doc, node);
  if (isSeq(value)) {
    // decode.go merge: "Step backwards as earlier nodes take precedence" — the first map holding the key wins.
    for (const item of value.items) {
      const hit = lookupInMap(doc, deref(doc, item), key, depth);
      if (hit) return hit;
    }
    return null;
  }
  return lookupInMap(doc, value, key, depth);
}

/** go-yaml v2 decode.go isMerge: a `<<` scalar that is plain (implicitly typed) or tagged `!!merge`. */
export function isMergeKey(k: unknown): boolean {
  if (!isScalar(k)) return false;
  const tag = (k as Scalar).tag;
  if (tag === 'tag:yaml.org,2002:merge' || tag === '!!merge') return true;
  return k.value === '<<' && (k as Scalar).type === Scalar.PLAIN && tag === undefined;
}

/** Walks a key path through maps; returns the value node or null. */
export function getPath(doc: Document.Parsed, node: unknown, path: readonly string[]): ParsedNode | null {
  let cur: ParsedNode | null = deref(doc, node);
  for (const key of path) {
    const entry = mapEntry(doc, cur, key);
    if (!entry) return null;
    cur = entry.value;
  }
  return cur;
}

/** The scalar's value as a string (numbers and booleans as written), or null for non-scalars. */
export function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const v = (node as Scalar).value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  // Keep the source text for numbers etc. so "010" is not turned into 10.
  const src = (node as Scalar & { source?: string }).source;
  return typeof src === 'string' ? src : String(v);
}

/** Items of a sequence node (aliases resolved), or [] for anything else. */
export function seqItems(doc: Document.Parsed, node: unknown): ParsedNode[] {
  const seq = deref(doc, node);
  if (!isSeq(seq)) return [];
  return seq.items.map((i) => deref(doc, i)).filter((i): i is ParsedNode => i !== null);
}

/** Top-level `kind` and `apiVersion` of a document, when it has them. */
export function documentKind(doc: Document.Parsed): { kind: string | null; apiVersion: string | null } {
  return {
    kind: scalarText(getPath(doc, doc.contents, ['kind'])),
    apiVersion: scalarText(getPath(doc, doc.contents, ['apiVersion'])),
  };
}

/**
 * Text embedded in a block scalar (`key: |` followed by indented lines), with a function that maps a
 * 1-based line/column inside the embedded text back to the outer file. For quoted or plain scalars the
 * mapping points at the scalar's start line (their line breaks are folded, so exact mapping is impossible).
 */
export function embeddedText(
  source: Source,
  node: Scalar,
): { text: string; toOuter: (line: number, column: number) => { line: number; column: number } } | null {
  if (typeof node.value !== 'string' || !node.range) return null;
  const text = node.value;
  const start = source.position(node.range[0]);
  const isBlock = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
  if (!isBlock) {
    const quoteOffset = node.type === Scalar.PLAIN ? 0 : 1;
    return { text, toOuter: (_l, c) => ({ line: start.line, column: start.column + quoteOffset + c - 1 }) };
  }
  // Block scalar: content begins on the line after the header; find the content indentation from the
  // first non-empty content line of the source.
  const lines = source.lines();
  let first = start.line + 1; // 1-based line of the first content line
  let indent = 0;
  for (let l = first; l <= lines.length; l++) {
    const t = lines[l - 1];
    if (t.trim() === '') continue;
    indent = t.length - t.trimStart().length;
    first = l;
    break;
  }
  // Leading empty lines of the block are kept in the value; count them so line numbers line up.
  const leadingEmpty = text.match(/^\n*/)?.[0].length ?? 0;
  const contentStartLine = first - leadingEmpty;
  return { text, toOuter: (l, c) => ({ line: contentStartLine + l - 1, column: c + indent }) };
}
