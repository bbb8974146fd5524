// Which changed files can be cluster configs at all, decided by path and content together, before any format
// reads them (issue 11: 826 of 1,025 replayed findings fell on docs, program source and vendored code).
//
// A deny-list, not an allow-list: formats are recognised by content (SPEC §5) and real configs carry any
// name (`kubeadm.conf`, `kube-apiserver.manifest.j2`, `contrib-sysconfig-apiserver`, `init.v1beta4`), so
// only files that are plainly something else are skipped:
// - documentation: Markdown, reST, AsciiDoc, HTML, plain-text docs, TOML release notes. A doc that shows a
//   kubeadm snippet or `--service-cluster-ip-range=` describes a cluster; it does not run one.
// - program source: Go, Python, JS/TS, Java, Rust, C/C++… (a flag in a Go test table is test data). A file
//   without an extension is decided by its shebang: `#!/bin/bash` is a script that may start kube-apiserver
//   (a flag carrier, read), `#!/usr/bin/env python3` is a program (skipped).
// - vendored trees (vendor/, node_modules/, third_party/): other projects' files, not this repository's
//   clusters. Generated code (*.pb.go, zz_generated*.go) is program source by its extension already.
// YAML, JSON, HCL, systemd units, env files and shell scripts are always read, wherever they live: a `.yaml`
// under docs/ or testdata/ is still a config, and docs/examples configs are what users copy into clusters, so a
// wrong value there deserves a look (they draw findings only where a format's signature is present).
// A template is judged by the extension it renders to: `kubeadm.yaml.j2` is YAML, `NOTES.md.tmpl` is a doc.
//
// A repository opts a skipped path back in by naming it in `paths` (see optInFromPaths).

import { compileGlob } from './changes/path-filter.js';

import type { SkippedFiles, SkipReason } from './model.js';

export type FileKind = 'config' | Exclude<SkipReason, 'unsupported'>;

export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  documentation: 'documentation',
  source: 'program source',
  vendored: 'vendored',
  unsupported: 'no supported format',
};

const DOC_EXTENSIONS = new Set([
  'md',
  'markdown',
  'mdx',
  'mkd',
  'rst',
  'adoc',
  'asciidoc',
  'asc',
  'html',
  'htm',
  'xhtml',
  'txt',
  'text',
  'org',
  'rdoc',
  'textile',
  'tex',
  'pod',
  'ipynb',
  'svg',
  'pdf',
  'csv',
  'tsv',
]);
const SOURCE_EXTENSIONS = new Set([
  'go',
  'py',
  'pyi',
  'js',
  'mjs',
  'cjs',
  'jsx',
  'ts',
  'mts',
  'cts',
  'tsx',
  'java',
  'kt',
  'kts',
  'scala',
  'groovy',
  'rs',
  'c',
  'h',
  'cc',
  'cpp',
  'cxx',
  'hpp',
  'hh',
  'hxx',
  'cs',
  'fs',
  'vb',
  'rb',
  'php',
  'swift',
  'm',
  'mm',
  'lua',
  'pl',
  'pm',
  'r',
  'dart',
  'ex',
  'exs',
  'erl',
  'hrl',
  'hs',
  'ml',
  'mli',
  'clj',
  'cljs',
  'elm',
  'zig',
  'nim',
  'jl',
  'vue',
  'svelte',
  'css',
  'scss',
  'sass',
  'less',
  'proto',
  'thrift',
  'ps1',
  'psm1',
  'bat',
  'cmd',
  'sum',
  'mod',
]);
/** Template suffixes: the file is judged by the extension before them. */
const TEMPLATE_EXTENSIONS = new Set(['j2', 'jinja', 'jinja2', 'tpl', 'tmpl', 'gotmpl', 'template', 'tt', 'erb', 'mustache', 'hbs']);
/** Names of docs without an extension (or whatever their extension). */
const DOC_NAMES =
  /^(readme|changelog|changes|history|news|notes|authors|contributors|contributing|license|licence|copying|notice|owners|maintainers|security|code_of_conduct|release[-_]?notes)(\.|$)/i;
const VENDORED_DIR = /(^|\/)(vendor|node_modules|third_party|bower_components)\//;
const SHEBANG = /^#![ \t]*(\S+)(?:[ \t]+(\S+))?/;
const SHELLS = /^(sh|bash|dash|ash|ksh|zsh|busybox)$/;

/** What kind of file this is, from its path and (for names that do not say) its content. */
export function classifyFile(path: string, text?: string): FileKind {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (VENDORED_DIR.test(p)) return 'vendored';
  const base = p.slice(p.lastIndexOf('/') + 1);
  const parts = base.toLowerCase().split('.');
  // Strip template suffixes: `kubeadm.yaml.j2` is YAML, `apiserver.j2` has no inner extension.
  while (parts.length > 1 && TEMPLATE_EXTENSIONS.has(parts[parts.length - 1])) parts.pop();
  const ext = parts.length > 1 ? parts[parts.length - 1] : '';
  if (DOC_EXTENSIONS.has(ext)) return 'documentation';
  if (SOURCE_EXTENSIONS.has(ext)) return 'source';
  if (ext === 'toml') return 'documentation'; // no supported format is TOML; TOML in these repos is release notes (Talos hack/release.toml)
  if (DOC_NAMES.test(base) && !isConfigLikeExtension(ext)) return 'documentation';
  if (ext === '' && text !== undefined) {
    const m = SHEBANG.exec(text);
    if (m) {
      const program = m[1].slice(m[1].lastIndexOf('/') + 1);
      const interpreter = program === 'env' ? (m[2] ?? '').replace(/^-S$/, '') : program;
      if (interpreter && !SHELLS.test(interpreter)) return 'source';
    }
  }
  return 'config';
}

/**
 * True when the paths alone (a rename offers both) say the file is no cluster config, so its contents need not
 * be read at all; the engine classifies it the same way from the path (fileKindOf) and counts it as skipped.
 * An extensionless file needs its shebang, so it is never decided here.
 */
export function skippedByPath(paths: readonly string[], optIn?: (path: string) => boolean): boolean {
  if (optIn && paths.some((p) => optIn(p))) return false;
  return paths.every((p) => classifyFile(p) !== 'config');
}

function isConfigLikeExtension(ext: string): boolean {
  return ['yaml', 'yml', 'json', 'conf', 'env', 'sh', 'service', 'tf', 'tfvars', 'cfg', 'ini'].includes(ext);
}

/**
 * The opt-in hook: a docs, source or vendored path is read anyway when an explicit `paths` glob names it. A glob
 * names a file when it matches and its last segment is specific: a literal name (`docs/kube-apiserver.md`) or a
 * pattern with the file's extension (`docs/**\/*.md`). A catch-all (`clusters/**`, `**\/*`) scopes the scan but does
 * not ask for the READMEs and Go files inside it.
 */
export function optInFromPaths(paths: readonly string[]): ((path: string) => boolean) | undefined {
  const specific = paths
    .map((glob) => ({ glob, last: glob.slice(glob.lastIndexOf('/') + 1) }))
    .filter(({ last }) => last !== '' && !/^[*?]+$/.test(last) && !/^\*+\.\*+$/.test(last))
    .map(({ glob }) => compileGlob(glob));
  if (specific.length === 0) return undefined;
  return (path: string) => specific.some((r) => r.test(path.replace(/^\.\//, '')));
}

export function emptySkipped(): SkippedFiles {
  return { files: 0, documentation: 0, source: 0, vendored: 0, unsupported: 0 };
}

/** One line for humans: "1,204 files skipped: 980 documentation, 200 program source, 24 no supported format". */
export function describeSkipped(skipped: SkippedFiles | undefined): string | null {
  if (!skipped || skipped.files === 0) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  const parts = (Object.keys(SKIP_REASON_TEXT) as SkipReason[]).filter((r) => skipped[r] > 0).map((r) => `${n(skipped[r])} ${SKIP_REASON_TEXT[r]}`);
  return `${n(skipped.files)} file${skipped.files === 1 ? '' : 's'} skipped: ${parts.join(', ')}`;
}
