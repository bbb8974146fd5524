// Turns one control-plane invocation (program + arguments, from a manifest or a text carrier) into Settings and
// Problems with the defaults already resolved, so the classifier never needs to know where a flag came from.

import path from 'node:path';
import type { Extraction, Problem, Setting, SettingRole, Span } from '../../model.js';
import type { Arg, VariableUse } from './2a-tokenise-shell.js';
import { readFlag, type FlagOccurrence, type FlagReading, type Invocation } from './2b-find-invocations.js';
import { findTemplateExpression } from '../toolkit/templates.js';
import type { Source } from '../toolkit/yaml-source.js';
import { APISERVER_DEFAULT_SERVICE_RANGE } from '../toolkit/upstream-defaults.js';

export const SERVICE_RANGE_FLAG = 'service-cluster-ip-range';
export const CLUSTER_CIDR_FLAG = 'cluster-cidr';
export const ADVERTISE_ADDRESS_FLAG = 'advertise-address';

export interface InvocationContext {
  source: Source;
  format: string;
  /** Subject without the component suffix; the component is appended. */
  subjectPrefix: string;
  group: string;
  kubernetesVersion?: string;
  /** Where a default value points (the `command:`/`args:` key, the program word). */
  defaultSpan: Span;
  /**
   * Whether a missing flag means the apiserver default. True for a whole command line; false for an env file,
   * which only holds some of the arguments (the rest of the command line is elsewhere).
   */
  absentMeansDefault: boolean;
  /** Resolves Kubernetes `$(VAR)` references from the container's literal env values (manifests only). */
  expand?: (value: string) => string;
  /**
   * A `$(NAME)` reference the kubelet leaves as written because NAME is defined nowhere (manifests only): the
   * program gets the literal text, so it is a value, not a template.
   */
  literalReference?: (name: string) => boolean;
}

/** Settings of one cluster config share a group: the manifests (or units) of one node directory. */
export function controlPlaneGroup(filePath: string): string {
  return `manifest-dir:${path.posix.dirname(filePath.replace(/\\/g, '/'))}`;
}

function spanOf(ctx: InvocationContext, start: number, end: number): Span {
  return ctx.source.span(start, end);
}

function argSpan(ctx: InvocationContext, arg: Arg): Span {
  return spanOf(ctx, arg.offsets[0], arg.offsets[arg.text.length]);
}

function flagProblem(ctx: InvocationContext, at: Arg, flag: string, message: string, hidesRange: boolean): Problem {
  const p = ctx.source.position(at.offsets[0]);
  const problem: Problem = { line: p.line, column: p.column, message, setting: `--${flag}`, format: ctx.format };
  if (hidesRange) problem.hidesRange = true;
  return problem;
}

interface Resolved {
  value?: { text: string; span: Span; origin: 'explicit' | 'default'; defaultNote?: string; reachedThrough?: Setting['reachedThrough'] };
  problem?: Problem;
}

/**
 * A value some variable of the file failed to resolve (variables.ts): the flag is hidden, and the lines of the
 * variable's assignments touch it as much as the flag's own line (SPEC §9 "a variable that cannot be resolved").
 */
function unresolvedProblem(ctx: InvocationContext, inv: Invocation, flag: string, arg: Arg, from: number, hidesRange: boolean): Problem | null {
  const mine = (arg.unresolved ?? []).filter((u) => u.useOffset >= arg.offsets[from]);
  if (mine.length === 0) return null;
  const lineOf = (offset: number) => ctx.source.position(offset).line;
  const u = mine[0];
  const lines = [...new Set(mine.flatMap((x) => x.definitionOffsets).map(lineOf))].sort((a, b) => a - b);
  const shown = lines.length > 3 ? `${lines.slice(0, 3).join(', ')}, …` : lines.join(', ');
  const where = lines.length ? ` (set on line${lines.length > 1 ? 's' : ''} ${shown})` : '';
  const problem = flagProblem(
    ctx,
    { ...arg, offsets: [u.useOffset] },
    flag,
    `--${flag} of ${programLabel(inv)} reads ${u.written}${where}, which cannot be resolved here: ${u.reason}`,
    hidesRange,
  );
  if (lines.length) problem.reachedFrom = lines;
  const files = [...new Set(mine.flatMap((x) => x.files ?? []))];
  if (files.length) {
    problem.fromFiles = files;
    problem.variables = [...new Set(mine.map((x) => x.name))];
  }
  return problem;
}

/**
 * Where a value that came through variables stands: at the definition when one variable's value is the whole
 * value (a change there is what changes it), else at the flag as written; the definitions, so that a change
 * can point at the one that changed (src/engine/change-checks.ts); and the text that names them.
 */
function throughVariables(
  ctx: InvocationContext,
  inv: Invocation,
  flag: string,
  occ: FlagOccurrence,
): { span: Span; reachedThrough: NonNullable<Setting['reachedThrough']> } | null {
  return variablePath(ctx.source, `${programLabel(inv)} --${flag}`, occ.valueArg, occ.valueIndex, occ.form === 'equals');
}

/** throughVariables for any reader of substituted words (k3s-server-flags.ts too): `reader` names the flag. */
export function variablePath(
  source: Source,
  reader: string,
  arg: Arg,
  valueIndex: number,
  equals: boolean,
): { span: Span; reachedThrough: NonNullable<Setting['reachedThrough']> } | null {
  const ctx = { source };
  const occ = { valueIndex };
  const uses = (arg.via ?? []).filter((v) => v.end > occ.valueIndex);
  if (uses.length === 0) return null;
  const written = arg.written ?? arg;
  const from = equals ? written.text.indexOf('=') + 1 : 0;
  const use = source.span(written.offsets[Math.max(0, from)], written.offsets[written.text.length]);
  const lineOf = (offset: number) => ctx.source.position(offset).line;
  // A definition in another file (a sourced script, an EnvironmentFile=) is named by its file and line, and the
  // place it reaches by this file's path: a finding may stand in that other file (src/engine/variable-readers.ts).
  const foreign = uses.some((u) => u.definition?.origin);
  const reaches = `${reader} on line ${use.line}${foreign ? ` of ${source.path}` : ''}`;
  const at = (d: NonNullable<VariableUse['definition']>) => (d.origin ? `${d.origin.file} line ${d.origin.span.line}` : `line ${lineOf(d.start)}`);
  // The variables the flag reads directly (not those their values were built from) name the path.
  // (an outer use comes before the uses inside its value: variables.ts usesOf).
  const named = uses.filter((u, i) => !uses.some((o, k) => k < i && o.start <= u.start && o.end >= u.end));
  const names = [...new Set(named.map((v) => (v.definition === null ? `the default of ${v.name}` : `${v.name} (${at(v.definition)})`)))];
  // "SVC_RANGE (line 3, which reaches kube-apiserver --service-cluster-ip-range on line 9)"
  const inner = [...new Set(uses.filter((u) => !named.includes(u) && u.definition).map((u) => `${u.name} on ${at(u.definition!)}`))];
  const built = inner.length ? `built from ${inner.join(' and ')}, ` : '';
  const description =
    names.length === 1 && named[0].definition !== null
      ? `${named[0].name} (${at(named[0].definition)}, ${built}which reaches ${reaches})`
      : `${names.join(' and ')} (${built}which reach${names.length === 1 ? 'es' : ''} ${reaches})`;
  const definitions = uses.flatMap((u) =>
    u.definition
      ? [
          {
            name: u.name,
            text: u.definition.text,
            span: source.span(u.definition.start, u.definition.end),
            ...(u.definition.origin ? { origin: u.definition.origin } : {}),
          },
        ]
      : [],
  );
  const reachedThrough = { variables: [...new Set(uses.map((v) => v.name))], use, description, definitions };
  const first = named[0];
  const whole = named.length === 1 && first.start <= occ.valueIndex && first.end >= arg.text.length;
  if (!whole || first.definition === null) return { span: use, reachedThrough };
  return { span: source.span(first.definition.start, first.definition.end), reachedThrough };
}

/**
 * The value pflag ends up with for one flag, or the reason it cannot be known statically. `defaultValue` is
 * used when the flag is absent/empty and a default applies (undefined = the flag then has no value).
 */
function resolveFlag(ctx: InvocationContext, inv: Invocation, flag: string, defaultValue: string | undefined, hidesRange: boolean): Resolved {
  const reading: FlagReading = readFlag(inv.args, flag);
  const program = programLabel(inv);
  if (reading.singleDash) {
    // spf13/pflag parseSingleShortArg: a single dash starts shorthand flags, so the process exits at start-up.
    const t = reading.singleDash.text;
    return {
      problem: flagProblem(
        ctx,
        reading.singleDash,
        flag,
        `${program} would not start: spf13/pflag reads "${t}" as shorthand flags (unknown shorthand flag: '${t[1]}' in ${t}); write --${flag}`,
        hidesRange,
      ),
    };
  }
  if (reading.missingValue) {
    return {
      problem: flagProblem(ctx, reading.missingValue, flag, `${program} would not start: flag needs an argument: --${flag}`, hidesRange),
    };
  }
  const last = reading.last;
  if (last) {
    const unresolved = unresolvedProblem(ctx, inv, flag, last.valueArg, last.valueIndex, hidesRange);
    if (unresolved) return { problem: unresolved };
    const raw = last.value;
    const expanded = ctx.expand ? ctx.expand(raw) : raw;
    const literal = ctx.literalReference;
    // Undefined `$(NAME)` references are literal text, not templates: mask them before looking for one.
    const masked = literal
      ? expanded.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string) => (literal(name) ? 'x'.repeat(m.length) : m))
      : expanded;
    const template = findTemplateExpression(masked);
    if (template !== null) {
      const p = ctx.source.position(last.valueStart);
      // The value may stop inside the expression (an env value split on spaces); show it whole from the file.
      const lineEnd = ctx.source.text.indexOf('\n', last.valueStart);
      const rest = ctx.source.text.slice(last.valueStart, lineEnd < 0 ? undefined : lineEnd);
      const whole = findTemplateExpression(rest);
      const shown = whole !== null && whole.length > template.length && whole.startsWith(template) ? whole : template;
      const problem: Problem = {
        line: p.line,
        column: p.column,
        message: `--${flag} of ${program} is templated (${shown}): the value is only known after rendering`,
        setting: `--${flag}`,
        format: ctx.format,
      };
      if (hidesRange) problem.hidesRange = true;
      return { problem };
    }
    if (reading.opaqueAfter.length > 0) return opaqueProblem(ctx, reading, flag, program, hidesRange);
    const through = throughVariables(ctx, inv, flag, last);
    const span = through?.span ?? spanOf(ctx, last.valueStart, last.valueEnd);
    if (expanded !== '')
      return { value: { text: expanded, span, origin: 'explicit', ...(through ? { reachedThrough: through.reachedThrough } : {}) } };
    if (defaultValue === undefined) return {};
    return {
      value: {
        text: defaultValue,
        span: argSpan(ctx, last.flag),
        origin: 'default',
        defaultNote: `${program} default when --${flag} is empty`,
      },
    };
  }
  if (reading.opaqueAfter.length > 0) return opaqueProblem(ctx, reading, flag, program, hidesRange);
  if (defaultValue === undefined || !ctx.absentMeansDefault) return {};
  return {
    value: { text: defaultValue, span: ctx.defaultSpan, origin: 'default', defaultNote: `${program} default when --${flag} is absent` },
  };
}

/**
 * A whole-argument expansion after the last occurrence may carry the flag itself (systemd `$KUBE_API_ARGS` from an
 * EnvironmentFile, a Helm loop over extraArgs): the value the process gets is decided outside this file.
 */
function opaqueProblem(ctx: InvocationContext, reading: FlagReading, flag: string, program: string, hidesRange: boolean): Resolved {
  const expressions = [...new Set(reading.opaqueAfter.map((a) => wholeExpression(ctx, a)))];
  const names = expressions.join(', ');
  if (expressions.every((e) => KOPS_BUILD_FLAGS.test(e))) {
    // kops nodeup renders these flags from its component config, which the kops cluster spec fills: the
    // Service range is spec.kubeAPIServer / spec.serviceClusterIPRange, read where it is set (kops format).
    return {
      problem: flagProblem(
        ctx,
        reading.opaqueAfter[0],
        flag,
        `--${flag} of ${program} is rendered by kops from the cluster spec (${names}); the gate reads the range in the kops Cluster`,
        false,
      ),
    };
  }
  const problem = flagProblem(
    ctx,
    reading.opaqueAfter[0],
    flag,
    `--${flag} of ${program} may be set by ${names}, expanded outside this file; the effective value cannot be read`,
    hidesRange,
  );
  // A variable of the file whose value cannot be resolved (assigned in a branch, from a command, an
  // EnvironmentFile=…): its assignments touch the hidden flags too.
  const unresolved = reading.opaqueAfter.flatMap((a) => a.unresolved ?? []);
  const lines = [...new Set(unresolved.flatMap((u) => u.definitionOffsets).map((o) => ctx.source.position(o).line))].sort((a, b) => a - b);
  if (lines.length) problem.reachedFrom = lines;
  return { problem };
}

/**
 * kops nodeup's `{{ BuildFlags <component config> }}` (kubernetes/kops upup/pkg/fi/nodeup/build_flags.go
 * buildFlags, later pkg/flagbuilder): it walks the struct by reflection and writes `--<tag>=<value>` for each
 * field with a `flag:` tag, and nothing else. The Service range field of KubeAPIServerConfig /
 * KubeControllerManagerConfig (`flag:"service-cluster-ip-range"`) is filled from the kops Cluster spec, which
 * the kops format reads (src/formats/distributions/kops.ts); the template adds no value of its own.
 */
const KOPS_BUILD_FLAGS = /^\{\{-?\s*BuildFlags\s+\.?[A-Za-z_][A-Za-z0-9_.]*\s*-?\}\}$/;

/** The expression an argument starts, read whole from the file (a split word may hold only `{{`). */
function wholeExpression(ctx: InvocationContext, arg: Arg): string {
  const from = arg.offsets[0];
  const lineEnd = ctx.source.text.indexOf('\n', from);
  const whole = findTemplateExpression(ctx.source.text.slice(from, lineEnd < 0 ? undefined : lineEnd));
  return whole !== null && whole.length > arg.text.length && whole.startsWith(arg.text) ? whole : arg.text;
}

function programLabel(inv: Invocation): string {
  return inv.component;
}

/**
 * kube-apiserver and kube-controller-manager take no positional arguments: their cobra commands refuse any
 * non-empty one and exit ("%q does not take any arguments, got %q": kubernetes/kubernetes
 * cmd/kube-apiserver/app/server.go NewAPIServerCommand `Args`, cmd/kube-controller-manager/app/controllermanager.go
 * NewControllerManagerCommand `Args`). pflag stops reading flags at "--" (spf13/pflag flag.go parseArgs), so a
 * flag written after "--" is such an argument, not a flag. The first argument not starting with "-" is one too
 * (it cannot be the value of a flag before it); a CRLF script's lone "\r" after a line continuation is the
 * common case (bash reads `\<CR>` as an escaped CR and ends the command at the LF).
 * Later bare words are not judged: whether they are values depends on each flag's type (boolean or not).
 */
function positionalArguments(inv: Invocation): string | null {
  const dashes = inv.args.findIndex((a) => a.text === '--');
  const after = dashes < 0 ? [] : inv.args.slice(dashes + 1).filter((a) => a.text !== '' && !a.opaque);
  const first = inv.args[0];
  const bare = first && !first.opaque && first.text !== '' && !first.text.startsWith('-');
  const leading = bare && findTemplateExpression(first.text) === null ? [first] : [];
  const positional = [...leading, ...after];
  if (positional.length === 0) return null;
  const shown = positional.map((a) => JSON.stringify(a.text)).join(', ');
  const why = after.length > 0 ? ' (spf13/pflag reads every argument after "--" as a positional argument, not a flag)' : '';
  return `${inv.component} would not start: it takes no positional arguments and exits with "does not take any arguments, got ${shown}"${why}`;
}

/** Settings (service range, pod range, advertise address) of one invocation. */
export function settingsFromInvocation(inv: Invocation, ctx: InvocationContext): Extraction {
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  const subject = `${ctx.subjectPrefix}/${inv.component}`;
  const refused = inv.ambiguity ?? positionalArguments(inv);
  if (refused) {
    // The component would not start with these arguments, or which command runs cannot be told: no value is
    // read from it (reading one would compare the wrong command), and the reason blocks.
    const p = ctx.source.position(inv.program.offsets[0]);
    const setting = `--${SERVICE_RANGE_FLAG}`;
    problems.push({ line: p.line, column: p.column, message: refused, setting, format: ctx.format, hidesRange: true, blocking: true });
    return { settings, problems };
  }
  const add = (role: SettingRole, flag: string, r: Resolved) => {
    if (r.problem) problems.push(r.problem);
    if (!r.value) return;
    const s: Setting = {
      format: ctx.format,
      subject,
      group: ctx.group,
      role,
      component: inv.component,
      setting: `--${flag}`,
      value: r.value.text,
      origin: r.value.origin,
      span: r.value.span,
      profile: 'apiserver',
    };
    if (ctx.kubernetesVersion) s.kubernetesVersion = ctx.kubernetesVersion;
    if (r.value.defaultNote) s.defaultNote = r.value.defaultNote;
    if (r.value.reachedThrough) s.reachedThrough = r.value.reachedThrough;
    settings.push(s);
  };

  if (inv.component === 'kube-apiserver') {
    add('service-range', SERVICE_RANGE_FLAG, resolveFlag(ctx, inv, SERVICE_RANGE_FLAG, APISERVER_DEFAULT_SERVICE_RANGE, true));
    // The advertise address only feeds the family check; a templated one (`$(MY_POD_IP)`, `__MASTER_IP__`)
    // is common and says nothing about the range, so it is skipped without a problem.
    const adv = resolveFlag(ctx, inv, ADVERTISE_ADDRESS_FLAG, undefined, false);
    if (adv.value) add('advertise-address', ADVERTISE_ADDRESS_FLAG, adv);
  } else {
    // kube-controller-manager reads --service-cluster-ip-range only to keep node pod CIDRs out of it (node IPAM,
    // kubernetes/kubernetes cmd/kube-controller-manager/app/core.go startNodeIpamController): absent = nothing
    // excluded, so there is no default to compare with.
    add('service-range', SERVICE_RANGE_FLAG, resolveFlag(ctx, inv, SERVICE_RANGE_FLAG, undefined, true));
    // --cluster-cidr is the pod range for the overlap check; templated pod ranges are skipped like addresses.
    const pods = resolveFlag(ctx, inv, CLUSTER_CIDR_FLAG, undefined, false);
    if (pods.value) add('pod-range', CLUSTER_CIDR_FLAG, pods);
  }
  return { settings, problems };
}
