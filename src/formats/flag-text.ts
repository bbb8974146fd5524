// Plain-text flag carriers: systemd units (`ExecStart=` with backslash continuations), shell scripts (including
// heredocs that write such units), sysconfig env files (`KUBE_API_ARGS="…"`, `KUBE_SERVICE_ADDRESSES="…"`,
// `KUBE_CONTROLLER_MANAGER_ARGS="…"`), CoreOS cloud-config embedding units in `content: |`, and — for templated
// manifests that are not valid YAML — container argv written as YAML list items.
//
// A flag is read only on a command line whose program is kube-apiserver or kube-controller-manager (or the
// env variable that feeds one): the same flag name on another program (kube-router, wget of a release URL…)
// says nothing about the cluster's Service range.
//
// No double reading: a YAML file with a mapping/sequence structure belongs to the structured formats; only its
// multi-line string values (cloud-config unit contents) are read here, and not those the manifest reader
// understands. A broken (templated) YAML file is read as text only when the manifest reader found nothing in it.

import type { Extraction, Problem, Setting } from '../model.js';
import { EMPTY_EXTRACTION, type FormatExtractor } from './extractor.js';
import { findInvocations, splitCommands, tokenizeShell, type Arg, type Invocation } from './flags.js';
import { controlPlaneGroup, settingsFromInvocation, type InvocationContext } from './flags-settings.js';
import { readLogicalLine } from './flag-text-lines.js';
import { embeddedText, Source } from './source.js';
import { lineStartsOf } from './positions.js';
import { mapSpan, workloadsFormat } from './workloads.js';
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
  if (!/kube-apiserver|kube-controller-manager|hyperkube|KUBE_(API|APISERVER|SERVICE|CONTROLLER)/.test(source.text)) return EMPTY_EXTRACTION;
  if (isStructuredYaml(source)) return readEmbeddedTexts(source);
  const manifest = workloadsFormat.extract(source);
  if (manifest.settings.length > 0 || manifest.problems.some((p) => p.hidesRange)) return EMPTY_EXTRACTION;
  return readText(source, 'text');
}

/** A YAML stream without errors whose documents are mappings or sequences (not a script that parses as a string). */
function isStructuredYaml(source: Source): boolean {
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
      // A manifest embedded here is the manifest reader's (workloads.ts reads block scalars too).
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

/** Reads every control-plane command line (and env variable) of a plain text. */
function readText(source: Source, label: string): Extraction {
  const text = source.text;
  const starts = lineStartsOf(text);
  const lines = text.split('\n');
  const unit = UNIT_FILE.test(text) || /^[ \t]*ExecStart[ \t]*=/m.test(text);
  const heredoc = /<<-?[ \t]*\w+/.test(text);
  const baseCtx = {
    source,
    format: FLAGS_FORMAT_ID,
    group: controlPlaneGroup(source.path),
  };
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  const envArgs = new Map<Invocation['component'], { order: number; args: Arg[]; program: Arg }[]>();
  const add = (r: Extraction) => {
    settings.push(...r.settings);
    problems.push(...r.problems);
  };

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li].replace(/\r$/, '');
    const lineStart = starts[li];
    if (/^[ \t]*[#;]/.test(line) && !YAML_ITEM.test(line)) continue;

    const env = ENV_LINE.exec(line);
    if (env) {
      const name = env[1];
      const logical = readLogicalLine(text, lineStart + env[0].length, starts, { unit: false });
      li = logical.lastLine;
      // The env value is one word after quote removal; systemd then splits `$NAME` on whitespace.
      const words = tokenizeShell(logical.text, logical.offsets).filter((t) => !t.operator);
      const value = words[0];
      if (!value) continue;
      const args = tokenizeShell(value.text, value.offsets).filter((t) => !t.operator);
      const spec = ENV_VARIABLES[name];
      const nameArg: Arg = { text: name, offsets: Array.from({ length: name.length + 1 }, (_, k) => lineStart + line.indexOf(name) + k) };
      const list = envArgs.get(spec.component) ?? [];
      list.push({ order: spec.order, args, program: nameArg });
      envArgs.set(spec.component, list);
      continue;
    }

    const exec = EXEC_LINE.exec(line);
    if (exec || (PROGRAM_WORD.test(line) && !YAML_ITEM.test(line))) {
      const from = lineStart + (exec ? exec[0].length : 0);
      const logical = readLogicalLine(text, from, starts, { unit, heredoc });
      li = Math.max(li, logical.lastLine);
      for (const cmd of splitCommands(tokenizeShell(logical.text, logical.offsets))) {
        for (const inv of findInvocations(cmd)) add(fromInvocation(inv, baseCtx, label, true));
      }
      continue;
    }

    const item = YAML_PROGRAM_ITEM.exec(line);
    if (item) {
      const { argv, lastLine } = readYamlList(lines, starts, li, item[1]);
      li = lastLine;
      for (const inv of findInvocations(argv)) add(fromInvocation(inv, baseCtx, label, true));
    }
  }

  for (const [component, parts] of envArgs) {
    parts.sort((a, b) => a.order - b.order);
    const args = parts.flatMap((p) => p.args);
    const program = parts[parts.length - 1].program;
    add(fromInvocation({ component, program, args }, baseCtx, `${label === 'text' ? 'env' : label}`, false));
  }
  return uniqueSubjects({ settings, problems });
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

