// Plain-text flag carriers: systemd units (`ExecStart=` with backslash continuations), shell scripts (including
// heredocs that write such units), sysconfig env files (`KUBE_API_ARGS="…"`, `KUBE_SERVICE_ADDRESSES="…"`,
// `KUBE_CONTROLLER_MANAGER_ARGS="…"`), CoreOS cloud-config embedding units in `content: |`, and — for templated
// manifests that are not valid YAML — container argv written as YAML list items.
//
// A flag is read only on a command line whose program is kube-apiserver or kube-controller-manager (or the
// env variable that feeds one): the same flag name on another program (kube-router, wget of a release URL…)
// says nothing about the cluster's Service range.
//
// Which command runs (src/formats/flags/3-invocation-that-runs.ts): a shell script's commands are read in order with their control
// flow (`exec` replaces the shell, `false && …` and `if false` never run, a variable names the program), a unit's
// `ExecStart=` list restarts at an empty `ExecStart=`, and each heredoc a script writes is its own file. When
// several commands may run with different ranges, the reader says so (blocking) instead of picking one.
//
// No double reading: a YAML file with a mapping/sequence structure belongs to the structured formats; only its
// multi-line string values (cloud-config unit contents) are read here, and not those the manifest reader
// understands. A broken (templated) YAML file is read as text only when the manifest reader found nothing in it.

import type { Extraction, Problem, Setting } from '../../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from '../toolkit/extractor.js';
import { splitCommands, tokenizeShell, type Arg } from './2a-tokenise-shell.js';
import { findInvocations, type Invocation } from './2b-find-invocations.js';
import { resolveRunning, ShellRunWalker, type RunningInvocation } from './3-invocation-that-runs.js';
import { controlPlaneGroup, settingsFromInvocation, type InvocationContext } from './4-invocation-settings.js';
import { readLogicalLine } from './1-logical-lines.js';
import { substituteWord, type Lookup } from './variables.js';
import { environmentFileReference, foreignValue, parseEnvironmentFile, pickFile, spanIn } from './variable-files.js';
import { INSTALL_K3S_EXEC_LINE, installExecArgs, installRke2ExecProblems, k3sServerArgs, k3sServerSettings } from './k3s-server-flags.js';
import { extractK3s } from '../distributions/k3s.js';
import { kubeadmInitArgs, kubeadmInitSettings } from './kubeadm-init-flags.js';
import { embeddedText, isShellOrUnit, Source } from '../toolkit/yaml-source.js';
import { lineStartsOf } from '../toolkit/positions.js';
import { workloadsFormat } from './workload-manifests-format.js';
import { mapSpan } from '../toolkit/read-values.js';
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';

export const FLAGS_FORMAT_ID = 'flags';

/**
 * kubernetes-retired/contrib init/systemd/kube-apiserver.service passes `$KUBE_SERVICE_ADDRESSES … $KUBE_API_ARGS`
 * in this order from the EnvironmentFile /etc/kubernetes/apiserver, so a flag in KUBE_API_ARGS wins over one in
 * KUBE_SERVICE_ADDRESSES (last wins). kube-controller-manager.service passes `$KUBE_CONTROLLER_MANAGER_ARGS`.
 */
const ENV_VARIABLES: Readonly<Record<string, { component: Invocation['component']; order: number }>> = {
  KUBE_SERVICE_ADDRESSES: { component: 'kube-apiserver', order: 0 },
  KUBE_API_ARGS: { component: 'kube-apiserver', order: 1 },
  KUBE_APISERVER_ARGS: { component: 'kube-apiserver', order: 1 },
  KUBE_CONTROLLER_MANAGER_ARGS: { component: 'kube-controller-manager', order: 1 },
};
const ENV_LINE = /^[ \t]*(?:export[ \t]+)?(KUBE_SERVICE_ADDRESSES|KUBE_API_ARGS|KUBE_APISERVER_ARGS|KUBE_CONTROLLER_MANAGER_ARGS)=/;
/** systemd ExecStart= with its optional prefixes `@-:+!` (systemd.service(5) "Table 1. Special executable prefixes"). */
const EXEC_LINE = /^[ \t]*ExecStart[ \t]*=[ \t]*[-@:+!]*/;
const PROGRAM_WORD = /(^|[\s/\\"'=;&|(])(kube-apiserver|kube-controller-manager|hyperkube)(\.exe)?(?=$|[\s"';&|)])/;
/** A YAML list item that starts a control-plane argv: `- kube-apiserver`, `- /hyperkube`, `- "kube-controller-manager"`. */
const YAML_PROGRAM_ITEM = /^([ \t]*)-[ \t]+(["']?)((?:\S*\/)?(?:kube-apiserver|kube-controller-manager|hyperkube)(?:\.exe)?)\2[ \t]*$/;
const YAML_ITEM = /^([ \t]*)-[ \t]+(.*?)[ \t]*$/;
/** A line that is only a template directive (`{% if … %}`, `{{- end }}`): it does not end a YAML list. */
const TEMPLATE_ONLY_LINE = /^[ \t]*(\{%.*%\}|\{\{.*\}\}|%\{.*\})[ \t]*$/;
const UNIT_FILE = /^[ \t]*\[(Unit|Service|Install)\][ \t]*$/m;

export const flagTextFormat: FormatExtractor = {
  id: FLAGS_FORMAT_ID,
  extract(source: Source): Extraction {
    try {
      return extractFlagText(source);
    } catch (e) {
      return {
        settings: [],
        problems: [{ line: 1, message: `command line could not be read: ${e instanceof Error ? e.message : String(e)}`, format: FLAGS_FORMAT_ID }],
      };
    }
  },
};

function extractFlagText(source: Source): Extraction {
  if (!/kube-apiserver|kube-controller-manager|hyperkube|KUBE_(API|APISERVER|SERVICE|CONTROLLER)|k3s|rke2|INSTALL_K3S_EXEC|kubeadm/.test(source.text))
    return EMPTY_EXTRACTION;
  if (isStructuredYaml(source)) return readEmbeddedTexts(source);
  const manifest = workloadsFormat.extract(source);
  if (manifest.settings.length > 0 || manifest.problems.some((p) => p.hidesRange)) return EMPTY_EXTRACTION;
  return readText(source, 'text');
}

/**
 * A YAML stream without errors whose documents are mappings or sequences (not a script that parses as a string,
 * nor a script or unit that happens to parse as a mapping: see isShellOrUnit).
 */
function isStructuredYaml(source: Source): boolean {
  if (isShellOrUnit(source.path, source.text)) return false;
  const yaml = source.yaml;
  if (!yaml || yaml.problems.length > 0 || yaml.documents.length === 0) return false;
  return yaml.documents.some((d) => isMap(d.contents) || isSeq(d.contents));
}

function readEmbeddedTexts(source: Source): Extraction {
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  for (const doc of source.yaml?.documents ?? []) {
    for (const { node, label } of labelledBlockScalars(doc.contents, '')) {
      const text = node.value as string;
      if (!/kube-apiserver|kube-controller-manager|hyperkube|KUBE_/.test(text)) continue;
      const emb = embeddedText(source, node);
      if (!emb) continue;
      const inner = new Source(source.path, text);
      // A manifest embedded here is the manifest reader's (workload-manifests-format.ts reads block scalars too).
      if (workloadsFormat.extract(inner).settings.length > 0) continue;
      if (isStructuredYaml(inner)) continue;
      const r = readText(inner, label);
      for (const s of r.settings) settings.push({ ...s, span: mapSpan(s.span, emb.toOuter) });
      for (const p of r.problems) {
        const o = emb.toOuter(p.line, p.column ?? 1);
        problems.push({ ...p, line: o.line, column: o.column });
      }
    }
  }
  return uniqueSubjects({ settings, problems });
}

/** Block scalars with a label from their map: cloud-config `name:` (unit) or `path:` (write_files). */
function* labelledBlockScalars(node: unknown, label: string): Generator<{ node: Scalar; label: string }> {
  if (isMap(node)) {
    let here = label;
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '';
      if ((k === 'name' || k === 'path') && isScalar(pair.value) && typeof pair.value.value === 'string') here = pair.value.value;
    }
    for (const pair of node.items) yield* labelledBlockScalars(pair.value, here);
  } else if (isSeq(node)) {
    for (const item of node.items) yield* labelledBlockScalars(item, label);
  } else if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\n')) {
    yield { node: node as Scalar, label: label || 'embedded' };
  }
}

function uniqueSubjects(r: Extraction): Extraction {
  const seen = new Set<string>();
  const settings = r.settings.map((s) => {
    let subject = s.subject;
    for (let n = 2; seen.has(`${s.role}|${subject}`); n++) subject = `${s.subject}#${n}`;
    seen.add(`${s.role}|${subject}`);
    return subject === s.subject ? s : { ...s, subject };
  });
  return { settings, problems: r.problems };
}

/** A shell script by its shebang or file name: its commands are read in order, with control flow (3-invocation-that-runs.ts). */
const SCRIPT_NAME = /\.(sh|bash|ksh|zsh|ash)(\.(j2|tpl|tmpl|erb|in))?$/i;
/** A heredoc operator: `<<EOF`, `<<-EOF`, `<<'EOF'`, `<< "EOF"`. */
const HEREDOC = /<<(-?)[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;

interface TextScope {
  label: string;
  /** k3s/RKE2 server command lines that may run (k3s-server-flags.ts); null when this text's k3s flags are read elsewhere. */
  k3s: { program: Arg; args: Arg[]; fragment: boolean }[] | null;
  /** `kubeadm init` command lines that may run (kubeadm-init-flags.ts), in order. */
  kubeadmInit: { init: Arg; args: Arg[] }[];
  add: (r: Extraction) => void;
  envArgs: Map<Invocation['component'], { order: number; args: Arg[]; program: Arg }[]>;
  baseCtx: Pick<InvocationContext, 'source' | 'format' | 'group'>;
  starts: readonly number[];
  lines: string[];
  /** The text writes files through unquoted heredocs, where `\\` at a line end becomes a unit's continuation. */
  heredoc: boolean;
}

/** Reads every control-plane command line (and env variable) of a plain text. */
function readText(source: Source, label: string): Extraction {
  const text = source.text;
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  const scope: TextScope = {
    label,
    // A script that happens to parse as a YAML string is read by the k3s YAML reader already (its flag strings).
    k3s: /k3s|rke2|INSTALL_K3S_EXEC/.test(text) && !extractK3s(source).settings.some((s) => s.setting === '--service-cidr') ? [] : null,
    kubeadmInit: [],
    add: (r) => {
      settings.push(...r.settings);
      problems.push(...r.problems);
    },
    envArgs: new Map(),
    baseCtx: { source, format: FLAGS_FORMAT_ID, group: controlPlaneGroup(source.path) },
    starts: lineStartsOf(text),
    lines: text.split('\n'),
    heredoc: /<<-?[ \t]*\w+/.test(text),
  };
  const all = { from: 0, to: scope.lines.length };
  const shebang = text.startsWith('#!');
  if (!shebang && (UNIT_FILE.test(text) || (/^[ \t]*ExecStart[ \t]*=/m.test(text) && !scope.heredoc))) readUnit(scope, all);
  else if (shebang || SCRIPT_NAME.test(source.path)) readScript(scope, all, text.includes('\r\n'));
  else readLoose(scope, all);

  for (const [component, parts] of scope.envArgs) {
    parts.sort((a, b) => a.order - b.order);
    const args = parts.flatMap((p) => p.args);
    const program = parts[parts.length - 1].program;
    scope.add(fromInvocation({ component, program, args }, scope.baseCtx, `${label === 'text' ? 'env' : label}`, false));
  }
  if (scope.k3s) readK3s(scope);
  for (const [n, c] of scope.kubeadmInit.entries()) scope.add(kubeadmInitSettings(source, c.init, c.args, n));
  return uniqueSubjects({ settings, problems });
}

/**
 * k3s/RKE2 servers: the last command line that runs one (a unit's ExecStart=, a script's command), else the last
 * INSTALL_K3S_EXEC the text assigns (k3s-server-flags.ts).
 */
function readK3s(scope: TextScope): void {
  const source = scope.baseCtx.source;
  scope.add({ settings: [], problems: installRke2ExecProblems(source, scope.lines, scope.starts) });
  const found = scope.k3s ?? [];
  for (let li = 0; li < scope.lines.length; li++) {
    const m = INSTALL_K3S_EXEC_LINE.exec(scope.lines[li]);
    if (!m) continue;
    const from = scope.starts[li] + (m.index ?? 0) + m[0].length;
    const logical = readLogicalLine(source.text, from, scope.starts, { unit: false });
    li = Math.max(li, logical.lastLine);
    const exec = installExecArgs(logical.text, logical.offsets);
    if (exec) found.push({ ...exec, fragment: true });
  }
  const command = [...found].reverse().find((c) => !c.fragment) ?? found[found.length - 1];
  if (!command) return;
  scope.add(k3sServerSettings(source, command.fragment ? 'INSTALL_K3S_EXEC' : 'server', command.program, command.args, command.fragment));
}

/** Records the k3s/RKE2 server and `kubeadm init` among commands that may run. */
function noteK3s(scope: TextScope, argv: readonly Arg[]): void {
  const init = kubeadmInitArgs(argv);
  if (init) scope.kubeadmInit.push(init);
  if (!scope.k3s) return;
  const server = k3sServerArgs(argv);
  if (server) scope.k3s.push({ program: server.program, args: server.args, fragment: false });
}

/** `KUBE_API_ARGS="…"` and friends (sysconfig env files, also when sourced by a script). */
function readEnvLine(scope: TextScope, li: number, env: RegExpExecArray): number {
  const text = scope.baseCtx.source.text;
  const line = scope.lines[li];
  const lineStart = scope.starts[li];
  const name = env[1];
  const logical = readLogicalLine(text, lineStart + env[0].length, scope.starts, { unit: false });
  // The env value is one word after quote removal; systemd then splits `$NAME` on whitespace.
  const words = tokenizeShell(logical.text, logical.offsets).filter((t) => !t.operator);
  const value = words[0];
  if (!value) return logical.lastLine;
  const args = tokenizeShell(value.text, value.offsets).filter((t) => !t.operator);
  const spec = ENV_VARIABLES[name];
  const nameArg: Arg = { text: name, offsets: Array.from({ length: name.length + 1 }, (_, k) => lineStart + line.indexOf(name) + k) };
  const list = scope.envArgs.get(spec.component) ?? [];
  list.push({ order: spec.order, args, program: nameArg });
  scope.envArgs.set(spec.component, list);
  return logical.lastLine;
}

function emitResolved(scope: TextScope, running: readonly RunningInvocation[]): void {
  const source = scope.baseCtx.source;
  for (const inv of resolveRunning(running, (offset) => source.position(offset).line)) {
    scope.add(fromInvocation(inv, scope.baseCtx, scope.label, true));
  }
}

/**
 * A systemd unit (or drop-in): only `ExecStart=` runs the program. An empty `ExecStart=` resets the list
 * ("If the empty string is assigned to this option, the list of commands to start is reset, prior assignments
 * of this option will have no effect", systemd.service(5)), so a drop-in's reset-and-replace is what runs.
 */
function readUnit(scope: TextScope, range: { from: number; to: number }): void {
  const text = scope.baseCtx.source.text;
  let running: RunningInvocation[] = [];
  const lookup = unitEnvironment(scope, range);
  for (let li = range.from; li < range.to; li++) {
    const line = scope.lines[li].replace(/\r$/, '');
    if (/^[ \t]*[#;]/.test(line)) continue;
    const env = ENV_LINE.exec(line);
    if (env) {
      li = readEnvLine(scope, li, env);
      continue;
    }
    const exec = EXEC_LINE.exec(line);
    if (!exec) continue;
    const logical = readLogicalLine(text, scope.starts[li] + exec[0].length, scope.starts, { unit: true, heredoc: scope.heredoc });
    li = Math.max(li, Math.min(logical.lastLine, range.to - 1));
    if (logical.text.trim() === '') {
      running = [];
      if (scope.k3s) scope.k3s.length = 0;
      continue;
    }
    for (const cmd of splitCommands(tokenizeShell(logical.text, logical.offsets))) {
      const argv = cmd.flatMap((word): Arg[] => {
        const r = substituteWord(word, lookup, 'systemd');
        return r.kind === 'words' ? r.words : [{ ...word, unresolved: r.unresolved }];
      });
      for (const inv of findInvocations(argv)) running.push({ ...inv, status: 'runs' });
      noteK3s(scope, argv);
    }
  }
  emitResolved(scope, running);
}

const ENVIRONMENT_LINE = /^[ \t]*Environment[ \t]*=[ \t]*/;
const ENVIRONMENT_FILE_LINE = /^[ \t]*(EnvironmentFile|PassEnvironment)[ \t]*=[ \t]*(.*)$/;

/**
 * The variables a unit's command lines see (systemd.exec(5)): `Environment=` "takes a space-separated list of
 * variable assignments … If the same variable is set twice, the later setting will override the earlier setting.
 * If the empty string is assigned to this option, the list of environment variables is reset"; the values are not
 * expanded themselves. The order of `Environment=` and `ExecStart=` lines does not matter. "Settings from
 * [EnvironmentFile=] files override settings made with Environment=", and PassEnvironment= imports the service
 * manager's values: with either, a variable cannot be resolved from the unit alone.
 */
function unitEnvironment(scope: TextScope, range: { from: number; to: number }): Lookup {
  const source = scope.baseCtx.source;
  const text = source.text;
  const env = new Map<string, { value: Arg; definition: number }>();
  let overriddenAt: { offset: number; what: string; names: Set<string> | null } | null = null;
  // Issue 13: EnvironmentFile= in reach (variable-files.ts), in order; a later file wins over an earlier one.
  let files: EnvironmentFileRead[] = [];
  for (let li = range.from; li < range.to; li++) {
    const line = scope.lines[li].replace(/\r$/, '');
    if (/^[ \t]*[#;]/.test(line)) continue;
    const file = ENVIRONMENT_FILE_LINE.exec(line);
    if (file && file[1] === 'EnvironmentFile') {
      // "If the empty string is assigned to this option, the list of file to read is reset" (systemd.exec(5)).
      if (file[2].trim() === '') files = [];
      else files.push(environmentFileLookup(source, scope.starts[li] + line.indexOf(file[2]), file[2]));
      continue;
    }
    if (file) {
      const names = new Set(file[2].split(/\s+/).filter(Boolean));
      if (overriddenAt === null) overriddenAt = { offset: scope.starts[li], what: file[1], names };
      else for (const n of names) overriddenAt.names?.add(n);
      continue;
    }
    const m = ENVIRONMENT_LINE.exec(line);
    if (!m) continue;
    const logical = readLogicalLine(text, scope.starts[li] + m[0].length, scope.starts, { unit: true });
    li = Math.max(li, Math.min(logical.lastLine, range.to - 1));
    const words = tokenizeShell(logical.text, logical.offsets).filter((t) => !t.operator);
    if (words.length === 0) env.clear();
    for (const w of words) {
      const eq = w.text.indexOf('=');
      if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(w.text.slice(0, eq))) continue;
      const value: Arg = { text: w.text.slice(eq + 1), offsets: w.offsets.slice(eq + 1) };
      env.set(w.text.slice(0, eq), { value, definition: value.offsets[0] });
    }
  }
  return (name) => {
    const v = env.get(name);
    if (overriddenAt && (overriddenAt.names === null || overriddenAt.names.has(name))) {
      return { kind: 'unknown', reason: `${overriddenAt.what}= may set it`, definitionOffsets: [...(v ? [v.definition] : []), overriddenAt.offset] };
    }
    // "Settings from these files override settings made with Environment=. If the same variable is set in both
    // files, the latter wins": the last file that sets it, unless a later one cannot be read (it may set it too).
    for (let k = files.length - 1; k >= 0; k--) {
      const f = files[k];
      if (f.read === null) {
        const reason = f.reason ? `EnvironmentFile= may set it (${f.reason})` : 'EnvironmentFile= may set it';
        return { kind: 'unknown', reason, definitionOffsets: [...(v ? [v.definition] : []), f.offset], files: f.files };
      }
      const found = f.read(name);
      if (found.kind !== 'unset') return found;
    }
    return v ? { kind: 'value', value: v.value, definitionOffset: v.definition } : { kind: 'unset' };
  };
}

/** One EnvironmentFile= line's variables, or why not (`files`: the repository paths it may be, for the reason). */
interface EnvironmentFileRead {
  read: Lookup | null;
  reason: string;
  offset: number;
  files?: string[];
}

/** One EnvironmentFile= of a unit: its variables as this side of the repository has them, or why it cannot be read. */
function environmentFileLookup(source: Source, offset: number, value: string): EnvironmentFileRead {
  const ref = environmentFileReference(source.path, value);
  const picked = source.neighbours ? pickFile(ref, source.neighbours) : { kind: 'unknown' as const, reason: '', files: [] };
  if (picked.kind === 'unknown') return { read: null, reason: picked.reason, offset, files: picked.files };
  const entries = parseEnvironmentFile(picked.text);
  const anchor = { start: offset, end: offset + value.trimEnd().length };
  return {
    offset,
    reason: '',
    read: (name) => {
      const e = entries.get(name);
      if (!e) return { kind: 'unset' };
      if (e.kind === 'unknown') return { kind: 'unknown', reason: `${picked.path}: ${e.reason}`, definitionOffsets: [offset], files: [picked.path] };
      const origin = { file: picked.path, span: spanIn(picked.text, e.start, e.end) };
      return { kind: 'value', value: foreignValue(e.value, e.written, origin, anchor), definitionOffset: offset };
    },
  };
}

/**
 * A shell script: every command in order through the control-flow model of 3-invocation-that-runs.ts. Heredoc bodies are
 * files the script writes (a unit, another script): each is read as its own scope. In a CRLF script bash keeps
 * the carriage return in the last word of each line (`10.96.0.0/12\r`), which is what the program gets.
 */
function readScript(scope: TextScope, range: { from: number; to: number }, crlf: boolean): void {
  const source = scope.baseCtx.source;
  const text = source.text;
  // Issue 13: a `source FILE` the change source read is followed (variable-files.ts).
  const walker = new ShellRunWalker(null, 0, undefined, source.neighbours ? { path: source.path, lookup: source.neighbours } : undefined);
  for (let li = range.from; li < range.to; li++) {
    const line = crlf ? scope.lines[li] : scope.lines[li].replace(/\r$/, '');
    if (/^[ \t]*#/.test(line) || line.trim() === '') continue;
    const env = ENV_LINE.exec(line);
    if (env) {
      li = readEnvLine(scope, li, env);
      continue;
    }
    const item = YAML_PROGRAM_ITEM.exec(line);
    if (item) {
      li = readYamlProgramItem(scope, li, item);
      continue;
    }
    const logical = readLogicalLine(text, scope.starts[li], scope.starts, { unit: false, keepCR: crlf });
    li = Math.max(li, Math.min(logical.lastLine, range.to - 1));
    walker.feed(tokenizeShell(logical.text, logical.offsets, { crLiteral: crlf }));
    const heredoc = HEREDOC.exec(logical.text);
    if (heredoc) {
      const strip = heredoc[1] === '-';
      const delimiter = heredoc[3];
      const bodyFrom = li + 1;
      let end = bodyFrom;
      while (end < range.to && (strip ? scope.lines[end].replace(/^\t+/, '') : scope.lines[end]).replace(/\r$/, '') !== delimiter) end++;
      const body = { from: bodyFrom, to: end };
      const bodyText = scope.lines.slice(bodyFrom, end).join('\n');
      if (/kube-apiserver|kube-controller-manager|hyperkube|KUBE_/.test(bodyText)) {
        const inner: TextScope = { ...scope, heredoc: heredoc[2] === '' };
        if (UNIT_FILE.test(bodyText) || /^[ \t]*ExecStart[ \t]*=/m.test(bodyText)) readUnit(inner, body);
        else if (bodyText.startsWith('#!')) readScript(inner, body, crlf);
        else readLoose(inner, body);
      }
      li = end;
    }
  }
  emitResolved(scope, walker.invocations);
  for (const c of walker.commands) noteK3s(scope, c.argv);
}

/**
 * Any other text (a README, a cloud-config string, a templated file): each command line on its own, its
 * commands in order (`false && kube-apiserver …; exec kube-apiserver …` on one line is still one choice).
 */
function readLoose(scope: TextScope, range: { from: number; to: number }): void {
  const text = scope.baseCtx.source.text;
  for (let li = range.from; li < range.to; li++) {
    const line = scope.lines[li].replace(/\r$/, '');
    if (/^[ \t]*[#;]/.test(line) && !YAML_ITEM.test(line)) continue;
    // The continuation of a command that started on an earlier line (and named no program) does not start one.
    if (li > range.from && /(^|[^\\])\\\r?$/.test(scope.lines[li - 1])) continue;
    const env = ENV_LINE.exec(line);
    if (env) {
      li = readEnvLine(scope, li, env);
      continue;
    }
    const exec = EXEC_LINE.exec(line);
    if (exec || (PROGRAM_WORD.test(line) && !YAML_ITEM.test(line))) {
      const from = scope.starts[li] + (exec ? exec[0].length : 0);
      const logical = readLogicalLine(text, from, scope.starts, { unit: exec !== null, heredoc: scope.heredoc });
      li = Math.max(li, Math.min(logical.lastLine, range.to - 1));
      const walker = new ShellRunWalker();
      walker.feed(tokenizeShell(logical.text, logical.offsets));
      emitResolved(scope, walker.invocations);
      for (const c of walker.commands) noteK3s(scope, c.argv);
      continue;
    }
    const item = YAML_PROGRAM_ITEM.exec(line);
    if (item) li = readYamlProgramItem(scope, li, item);
  }
}

/** A YAML list of program words in a text (`- kube-apiserver` then `- --flag=…`): its invocations; returns its last line. */
function readYamlProgramItem(scope: TextScope, li: number, item: RegExpExecArray): number {
  const { argv, lastLine } = readYamlList(scope.lines, scope.starts, li, item[1]);
  for (const inv of findInvocations(argv)) scope.add(fromInvocation(inv, scope.baseCtx, scope.label, true));
  return lastLine;
}

function fromInvocation(
  inv: Invocation,
  base: Pick<InvocationContext, 'source' | 'format' | 'group'>,
  label: string,
  absentMeansDefault: boolean,
): Extraction {
  const p = inv.program;
  return settingsFromInvocation(inv, {
    ...base,
    subjectPrefix: `flags/${label}`,
    defaultSpan: base.source.span(p.offsets[0], p.offsets[p.text.length]),
    absentMeansDefault,
  });
}

/**
 * Container argv written as YAML list items in a file the YAML parser cannot read (a Helm/Jinja template):
 * the items at the indentation of the program item, skipping template-only lines and comments.
 */
function readYamlList(lines: readonly string[], starts: readonly number[], first: number, indent: string): { argv: Arg[]; lastLine: number } {
  const argv: Arg[] = [];
  let last = first;
  for (let li = first; li < lines.length; li++) {
    const line = lines[li].replace(/\r$/, '');
    if (line.trim() === '' || TEMPLATE_ONLY_LINE.test(line) || /^[ \t]*#/.test(line)) continue;
    const m = YAML_ITEM.exec(line);
    if (!m || m[1] !== indent) break;
    last = li;
    let value = m[2];
    let at = starts[li] + line.indexOf('-', m[1].length) + 1;
    at += line.slice(at - starts[li]).length - line.slice(at - starts[li]).trimStart().length;
    // A trailing comment is not part of a plain item.
    if (!/^["']/.test(value)) value = value.replace(/[ \t]+#.*$/, '');
    if ((value.startsWith("'") && value.endsWith("'")) || (value.startsWith('"') && value.endsWith('"'))) {
      value = value.slice(1, -1);
      at += 1;
    }
    const arg: Arg = { text: value, offsets: Array.from({ length: value.length + 1 }, (_, k) => at + k) };
    if (/^(\{\{.*\}\}|\$\(\w+\)|\$\{\w+\})$/.test(value)) arg.opaque = true;
    argv.push(arg);
  }
  return { argv, lastLine: last };
}
