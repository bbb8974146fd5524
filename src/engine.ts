// The pure, synchronous core: changed files in, findings out. No I/O here.
//
// Per file: extract both sides (every format reads the same parsed Source), pair service-range settings by
// subject, then
//   1. validate each new value (invalid-range; non-canonical-range) — only problems the change introduces,
//   2. classify each changed pair (SPEC §3) with its context (controller-manager, create-only, fixed platform),
//   3. run the cross-component checks of the new state (component-mismatch, range-overlap, DNS address)
//      and keep those the old state did not already have,
//   4. turn hidden values (templates, malformed YAML) into unreadable-config,
//   5. apply inline suppressions and per-rule levels.

import { canonicalOf, classifyChange } from './classify.js';
import { contextNote, changeText, describeSource } from './messages.js';
import type {
  ChangedFile,
  EngineOptions,
  FailOn,
  FileProblem,
  Finding,
  Level,
  Problem,
  Report,
  RuleId,
  Setting,
} from './model.js';
import { STRUCTURED_FORMATS, TEXT_FORMATS } from './formats/index.js';
import { Source } from './formats/source.js';
import { mayMentionServiceRange as mentionsServiceRange } from './changes/prefilter.js';
import { RULES, CHANGE_RULES } from './rules.js';
import { applySuppressions, readSuppressions } from './suppressions.js';
import { buildReport } from './verdict.js';
import {
  cidrContainsAddress,
  overlaps,
  parseIpAddress,
  parseRangeList,
  validateRangeList,
  type Cidr,
  type RangeValidation,
} from './ranges/index.js';

import { EXTRACT_TIME_BUDGET_MS, MAX_TEXT_CHARS, findTextLimitBreaches } from './limits.js';

export { MAX_TEXT_CHARS };

export interface FileAnalysis {
  findings: Finding[];
  problems: FileProblem[];
}

/** Settings and problems of one side of one file. */
export interface SideExtraction {
  settings: Setting[];
  problems: Problem[];
  text: string;
}

/** Runs every format over one side of a file. Never throws. */
export function extractSide(path: string, text: string, timeBudgetMs = EXTRACT_TIME_BUDGET_MS): SideExtraction {
  const problems: Problem[] = [];
  if (text.length > MAX_TEXT_CHARS) {
    return {
      settings: [],
      problems: [
        {
          line: 1,
          message: `file is ${text.length} characters, above the ${MAX_TEXT_CHARS} limit; it was not read`,
          hidesRange: mentionsServiceRange(text.slice(0, MAX_TEXT_CHARS)),
        },
      ],
      text,
    };
  }
  // Binary content and over-long lines are not read at all; invalid UTF-8 is read with a caution (src/limits.ts).
  for (const b of findTextLimitBreaches(text)) {
    const problem: Problem = { line: b.line, message: b.message, hidesRange: b.unread && mentionsServiceRange(text) };
    if (b.unread) return { settings: [], problems: [problem], text };
    problems.push(problem);
  }
  const source = new Source(path, text);
  const bySubject = new Map<string, Setting>();
  const started = performance.now();
  const formats = [...STRUCTURED_FORMATS, ...TEXT_FORMATS];
  for (const [i, format] of formats.entries()) {
    const elapsed = performance.now() - started;
    if (i > 0 && elapsed > timeBudgetMs) {
      problems.push({
        line: 1,
        message: `reading this file took ${Math.round(elapsed)} ms, above the ${timeBudgetMs} ms budget; not read as ${formats.slice(i).map((f) => f.id).join(', ')}`,
        hidesRange: mentionsServiceRange(source.text),
      });
      break;
    }
    try {
      const r = format.extract(source);
      for (const s of r.settings) bySubject.set(`${s.role}|${s.subject}`, s);
      problems.push(...r.problems);
    } catch (e) {
      problems.push({
        line: 1,
        message: `the ${format.id} reader failed on this file: ${e instanceof Error ? e.message : String(e)}`,
        hidesRange: mentionsServiceRange(source.text),
        format: format.id,
      });
    }
  }
  // YAML syntax errors matter only where the file could be a cluster config; elsewhere they are noise.
  // When a format already read the range (or said it cannot), that answer stands; otherwise a broken YAML
  // file that names a range key must not pass silently.
  const yamlProblems = source.yaml?.problems ?? [];
  const answered = bySubject.size > 0 || problems.some((p) => p.hidesRange);
  if (yamlProblems.length && !answered && mentionsServiceRange(source.text) && looksLikeYaml(source.text)) {
    const first = yamlProblems[0];
    problems.push({ ...first, hidesRange: true, message: `${first.message} — the Service range in this file cannot be read reliably` });
    problems.push(...yamlProblems.slice(1));
  }
  // Limits reached while reading YAML are reported whatever the file looks like (src/limits.ts); they hide
  // the range unless the file is plainly not YAML and a text format already read it.
  const yamlUnread = mentionsServiceRange(source.text) && (looksLikeYaml(source.text) || bySubject.size === 0);
  for (const p of source.yaml?.limits ?? []) problems.push({ ...p, hidesRange: yamlUnread });
  return { settings: [...bySubject.values()], problems, text: source.text };
}

function looksLikeYaml(text: string): boolean {
  return /^(apiVersion|kind|networking|cluster|spec|services)\s*:/m.test(text) || /^---\s*$/m.test(text);
}

/** Analyses one changed file (both sides). Never throws: a failure becomes a problem at line 1. */
export function analyzeFile(file: ChangedFile, options: EngineOptions = {}): FileAnalysis {
  const { findings, problems } = analyzeFileSides(file, options);
  return { findings, problems };
}

/** A file's analysis with both sides' extractions, for the checks that span files (analyzeChanges). */
interface SidedAnalysis extends FileAnalysis {
  file: ChangedFile;
  before: SideExtraction | null;
  after: SideExtraction | null;
}

function analyzeFileSides(file: ChangedFile, options: EngineOptions): SidedAnalysis {
  try {
    return analyzeFileUnguarded(file, options);
  } catch (e) {
    return {
      file,
      before: null,
      after: null,
      findings: [],
      problems: [{ file: file.path, line: 1, message: `internal error while analysing this file: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

function analyzeFileUnguarded(file: ChangedFile, options: EngineOptions): SidedAnalysis {
  const none = { file, before: null, after: null };
  if (file.unreadableReason) {
    return { ...none, findings: [], problems: [{ file: file.path, line: 1, message: file.unreadableReason }] };
  }
  if (file.before !== undefined && file.after !== undefined && file.before === file.after) {
    return { ...none, findings: [], problems: [] };
  }
  const notes: FileProblem[] = (file.notes ?? []).map((message) => ({ file: file.path, line: 1, message }));
  // Cheap content prefilter before any parsing: a file whose sides name no key of any supported format
  // cannot set or change a Service range (test/prefilter-superset.test.ts holds every reader to this).
  if (!(file.before !== undefined && mentionsServiceRange(file.before)) && !(file.after !== undefined && mentionsServiceRange(file.after))) {
    return { ...none, findings: [], problems: notes };
  }
  const before = file.before !== undefined ? extractSide(file.previousPath ?? file.path, file.before) : null;
  const after = file.after !== undefined ? extractSide(file.path, file.after) : null;
  const ctx = new FileContext(file.path, options);

  if (!after) {
    if (before) reportRemoval(ctx, before);
  } else {
    reportValues(ctx, before, after);
    if (before) reportChanges(ctx, before, after);
    reportCrossChecks(ctx, before, after);
    reportUnreadable(ctx, after);
  }

  const side = after ?? before;
  const suppressions = side ? readSuppressions(side.text, file.path) : { suppressions: [], problems: [] };
  const findings = applySuppressions(dedupe(dropSubsumed(ctx.findings)), suppressions.suppressions);
  const problems: FileProblem[] = [
    ...notes,
    ...suppressions.problems,
    ...(side?.problems ?? []).filter((p) => !p.hidesRange).map((p) => ({ file: file.path, line: p.line, message: p.message })),
  ];
  return { file, before, after, findings, problems };
}

/** Collects findings of one file, applying rule levels and context demotion in one place. */
class FileContext {
  readonly findings: Finding[] = [];
  constructor(
    readonly file: string,
    readonly options: EngineOptions,
  ) {}

  add(rule: RuleId, at: Setting | { span: Setting['span']; format: string; component: Setting['component']; setting: string }, fields: {
    before: string[] | null;
    after: string[] | null;
    message: string;
    remediation?: string;
    demote?: boolean;
    /** A level for this finding instead of the rule's default (a configured override still wins). */
    level?: Level;
  }): void {
    const override = this.options.ruleLevels?.[rule];
    if (override === 'off') return;
    let level: Level = override ?? fields.level ?? RULES[rule].defaultLevel;
    if (fields.demote) level = 'notice';
    this.findings.push({
      rule,
      level,
      file: this.file,
      line: at.span.line,
      column: at.span.column,
      endLine: at.span.endLine,
      endColumn: at.span.endColumn,
      format: at.format,
      component: at.component,
      setting: at.setting,
      before: fields.before,
      after: fields.after,
      message: fields.message,
      remediation: fields.remediation ?? RULES[rule].remediation,
      suppressed: false,
    });
  }
}

const serviceRanges = (side: SideExtraction | null): Setting[] =>
  side ? side.settings.filter((s) => s.role === 'service-range') : [];

function key(s: Setting): string {
  return `${s.role}|${s.subject}`;
}

function versionOf(s: Setting, options: EngineOptions): string | undefined {
  return s.kubernetesVersion ?? options.kubernetesVersion;
}

// A setting belongs to exactly one side, so its validation can be cached on the object: the value checks,
// the change classification and the cross checks of both sides all read it.
const validations = new WeakMap<Setting, RangeValidation>();

function validate(s: Setting, side: SideExtraction, options: EngineOptions): RangeValidation {
  let v = validations.get(s);
  if (!v) {
    v = validateUncached(s, side, options);
    validations.set(s, v);
  }
  return v;
}

function validateUncached(s: Setting, side: SideExtraction, options: EngineOptions): RangeValidation {
  const advertise = side.settings.find((x) => x.role === 'advertise-address' && x.group === s.group);
  return validateRangeList(s.value, {
    profile: s.profile,
    kubernetesVersion: versionOf(s, options),
    ipFamily: s.ipFamily,
    // The advertise address only constrains the apiserver's own range.
    advertiseAddress: s.component === 'kube-controller-manager' ? undefined : advertise?.value,
  });
}

/** The one concrete fix for an invalid value: what to write instead, when it can be told. */
function invalidRemediation(s: Setting, oldCanonical: string[] | null): string {
  const entries = s.value.split(',');
  const tidy = entries.map((e) => e.trim()).filter((e) => e !== '');
  if (tidy.length !== entries.length || tidy.some((e, i) => e !== entries[i])) {
    // kube-apiserver splits on ',' without trimming: a space after a comma or a trailing comma breaks it.
    return `remove the spaces and empty entries: write ${tidy.join(',')}`;
  }
  const keep = oldCanonical ? ` To keep the cluster as it is, write ${oldCanonical.join(',')}.` : '';
  return `${RULES['invalid-range'].remediation}.${keep}`;
}

const REJECTED_BY: Record<Setting['profile'], string> = {
  apiserver: 'kube-apiserver (it refuses to start)',
  kubeadm: 'kubeadm (init and upgrade stop)',
  kind: 'kind (the cluster is not created)',
};

function assumedVersionNote(s: Setting, options: EngineOptions): string {
  return versionOf(s, options)
    ? ''
    : ' (Kubernetes 1.34+ rules assumed: the file does not say which version it targets; set kubernetes-version to choose)';
}

/** 1. invalid-range and non-canonical-range for values the change introduces. */
function reportValues(ctx: FileContext, before: SideExtraction | null, after: SideExtraction): void {
  const oldByKey = new Map(serviceRanges(before).map((s) => [key(s), s]));
  for (const s of serviceRanges(after)) {
    const v = validate(s, after, ctx.options);
    const old = oldByKey.get(key(s));
    const oldV = old && before ? validate(old, before, ctx.options) : null;
    const unchanged = old !== undefined && old.value === s.value;
    if (v.errors.length) {
      if (unchanged && oldV && sameStrings(oldV.errors, v.errors)) continue; // pre-existing, not this change's doing
      ctx.add('invalid-range', s, {
        before: oldV?.canonical ?? null,
        after: v.canonical,
        message: `${describeSource(s)} = "${s.value}" would be rejected by ${REJECTED_BY[s.profile]}: ${v.errors.join('; ')}.${assumedVersionNote(s, ctx.options)}`,
        remediation: invalidRemediation(s, oldV?.canonical ?? null),
      });
      continue;
    }
    if (v.nonCanonical.length && s.origin === 'explicit' && !unchanged) {
      ctx.add('non-canonical-range', s, {
        before: oldV?.canonical ?? null,
        after: v.canonical,
        message: `${s.setting} = "${s.value}" is not in canonical form: ${v.nonCanonical.map((n) => `"${n.raw}" is ${n.canonical}`).join(', ')}. The cluster will show ${v.canonical?.join(',')}.`,
        remediation: `write ${v.canonical?.join(',')}`,
      });
    }
  }
}

/** 2. Change classes for pairs whose effective list changed. */
function reportChanges(ctx: FileContext, before: SideExtraction, after: SideExtraction): void {
  const oldByKey = new Map(serviceRanges(before).map((s) => [key(s), s]));
  const newKeys = new Set<string>();
  for (const s of serviceRanges(after)) {
    newKeys.add(key(s));
    const old = oldByKey.get(key(s));
    if (!old) continue;
    const oldList = parseValid(old, before, ctx.options);
    const newList = parseValid(s, after, ctx.options);
    if (!oldList || !newList) continue; // invalid values are reported as invalid-range, not classified
    const change = classifyChange(oldList, newList);
    if (!change) continue;
    if (s.immutable || old.immutable) {
      const platform = s.immutable ?? old.immutable ?? '';
      ctx.add('immutable-platform-change', s, {
        before: canonicalOf(oldList),
        after: canonicalOf(newList),
        message: `${describeSource(s)} changes the Service range ${canonicalOf(oldList).join(',')} → ${canonicalOf(newList).join(',')}: ${platform}.`,
        remediation: `keep ${canonicalOf(oldList).join(',')}; ${RULES['immutable-platform-change'].remediation.replace(/^keep the value; /, '')}`,
      });
      continue;
    }
    const text = changeText(change, old, s);
    ctx.add(change.rule, s, {
      before: canonicalOf(oldList),
      after: canonicalOf(newList),
      message: text.message + contextNote(s),
      remediation: text.remediation,
      demote: CHANGE_RULES.includes(change.rule) && (s.component === 'kube-controller-manager' || s.createOnly === true),
    });
  }
  // A subject that disappears with the file still there: its document was removed, or (on formats whose
  // absent field has no knowable default, e.g. eksctl, Terraform) the field was.
  for (const [k, old] of oldByKey) {
    if (newKeys.has(k)) continue;
    if (hidesSubject(after, old)) continue; // reported as unreadable-config instead
    ctx.add('config-removed', { ...old, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, {
      before: parseValid(old, before, ctx.options)?.map((c) => c.canonical) ?? null,
      after: null,
      message: `${old.setting} = ${old.value} (${old.format}) is no longer set in this file: the document or the field that set the Service range was removed. A running cluster keeps its range; make sure nothing re-creates the cluster from this config with a different one.`,
    });
  }
  // A field newly set on a platform that fixes the range at creation: the platform chose a value before,
  // which this file cannot show, so a differing value would be rejected or replace the cluster.
  for (const s of serviceRanges(after)) {
    if (oldByKey.has(key(s)) || !s.immutable || s.origin !== 'explicit') continue;
    const list = parseValid(s, after, ctx.options);
    if (!list) continue;
    ctx.add('immutable-platform-change', s, {
      before: null,
      after: canonicalOf(list),
      level: 'warning',
      message: `${s.setting} = ${canonicalOf(list).join(',')} is set for the first time on an existing cluster config. If it differs from the range the platform chose when the cluster was created: ${s.immutable}.`,
      remediation: 'check the running cluster\'s Service range (kubectl get servicecidr kubernetes) and set exactly that value',
    });
  }
}

function hidesSubject(side: SideExtraction, old: Setting): boolean {
  return side.problems.some((p) => p.hidesRange && (!p.format || p.format === old.format));
}

/** The parsed list of a value that validates; null for an invalid value (reported as invalid-range only). */
function parseValid(s: Setting, side: SideExtraction, options: EngineOptions): Cidr[] | null {
  const v = validate(s, side, options);
  if (v.canonical === null || v.errors.length) return null;
  return v.cidrs;
}

/** Deleted file: a notice per cluster config that was removed (SPEC §3 context rules). */
function reportRemoval(ctx: FileContext, before: SideExtraction): void {
  const seen = new Set<string>();
  for (const s of serviceRanges(before)) {
    if (seen.has(s.group)) continue;
    seen.add(s.group);
    const parsed = parseRangeList(s.value, 'sloppy');
    ctx.add('config-removed', s, {
      before: parsed.ok ? canonicalOf(parsed.cidrs) : null,
      after: null,
      message: `this file, which set the Service range (${s.setting} = ${s.value}), is deleted; a running cluster keeps its range, and clusters created from this config are no longer described here.`,
    });
  }
}

interface CrossFinding {
  id: string;
  rule: RuleId;
  at: Setting;
  before: string[] | null;
  after: string[] | null;
  message: string;
  remediation?: string;
}

/** 3. Checks between components of one cluster config, in the new state; kept only when new. */
function reportCrossChecks(ctx: FileContext, before: SideExtraction | null, after: SideExtraction): void {
  const oldIds = new Set(before ? crossChecks(before, ctx.options).map((c) => c.id) : []);
  for (const c of crossChecks(after, ctx.options)) {
    if (oldIds.has(c.id)) continue;
    // SPEC §3: an added file is validated (invalid-range, range-overlap, non-canonical-range) and nothing else.
    if (!before && c.rule === 'component-mismatch') continue;
    ctx.add(c.rule, c.at, { before: c.before, after: c.after, message: c.message, remediation: c.remediation });
  }
}

function crossChecks(side: SideExtraction, options: EngineOptions): CrossFinding[] {
  const out: CrossFinding[] = [];
  const groups = new Map<string, Setting[]>();
  for (const s of side.settings) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  for (const settings of groups.values()) {
    const services = settings
      .filter((s) => s.role === 'service-range')
      .map((s) => ({ s, cidrs: parseValid(s, side, options) }))
      .filter((x): x is { s: Setting; cidrs: Cidr[] } => x.cidrs !== null);
    if (!services.length) continue;
    const reference =
      services.find((x) => x.s.component === 'kube-apiserver') ?? services.find((x) => x.s.component === 'platform') ?? services[0];

    for (const other of services) {
      if (other === reference) continue;
      const a = canonicalOf(reference.cidrs);
      const b = canonicalOf(other.cidrs);
      if (a.join(',') === b.join(',')) continue;
      out.push({
        id: `mismatch|${other.s.subject}|${a}|${b}`,
        rule: 'component-mismatch',
        at: other.s,
        before: a,
        after: b,
        message: `${other.s.component} ${other.s.setting} = ${b.join(',')} disagrees with ${reference.s.component} ${describeSource(reference.s)} = ${a.join(',')}. ${RULES['component-mismatch'].apiserver}.`,
        remediation: `set ${other.s.setting} to ${a.join(',')}, the ${reference.s.component} value`,
      });
    }

    for (const pod of settings.filter((s) => s.role === 'pod-range')) {
      const podList = parseRangeList(pod.value, 'sloppy');
      if (!podList.ok) continue;
      for (const svc of services) {
        const hit = svc.cidrs.flatMap((c) => podList.cidrs.filter((p) => overlaps(c, p)).map((p) => [c, p] as const))[0];
        if (!hit) continue;
        const at = svc.s.origin === 'explicit' ? svc.s : pod;
        out.push({
          id: `overlap|${svc.s.subject}|${pod.subject}|${hit[0].canonical}|${hit[1].canonical}`,
          rule: 'range-overlap',
          at: { ...at, format: svc.s.format, component: svc.s.component },
          before: null,
          after: canonicalOf(svc.cidrs),
          message: `the Service range ${hit[0].canonical} (${describeSource(svc.s)}) overlaps the pod range ${hit[1].canonical} (${pod.setting}). The Service range must not overlap with any IP ranges assigned to nodes or pods: ClusterIPs would collide with pod IPs.`,
        });
      }
    }

    for (const dns of settings.filter((s) => s.role === 'dns-address')) {
      const ip = parseIpAddress(dns.value, 'sloppy');
      const primary = reference.cidrs[0];
      if (!ip || reference.cidrs.some((c) => cidrContainsAddress(c, ip))) continue;
      out.push({
        id: `dns|${dns.subject}|${dns.value}|${canonicalOf(reference.cidrs)}`,
        rule: 'invalid-range',
        at: dns,
        before: null,
        after: canonicalOf(reference.cidrs),
        message: `the cluster DNS address ${dns.value} (${dns.setting}) is outside the Service range ${canonicalOf(reference.cidrs).join(',')}: the DNS Service cannot get that ClusterIP (expected an address in ${primary.canonical}).`,
      });
    }
  }
  return out;
}

/** 4. Values the engine cannot see: templates, malformed YAML, oversized files. */
function reportUnreadable(ctx: FileContext, after: SideExtraction): void {
  for (const p of after.problems) {
    if (!p.hidesRange) continue;
    ctx.add('unreadable-config', {
      span: { line: p.line, column: p.column ?? 1, endLine: p.line, endColumn: p.column ?? 1 },
      format: p.format ?? 'unknown',
      component: 'kube-apiserver',
      setting: p.setting ?? '(unknown)',
    }, {
      before: null,
      after: null,
      message: `${p.message}. The gate cannot see the effective Service range here: review the rendered value by hand.`,
    });
  }
}

/**
 * One change gets one finding: a kube-controller-manager change that also disagrees with the apiserver is
 * told once, by component-mismatch (which says more than the change notice).
 */
function dropSubsumed(findings: Finding[]): Finding[] {
  const mismatches = new Set(findings.filter((f) => f.rule === 'component-mismatch').map((f) => `${f.line}|${f.setting}`));
  return findings.filter(
    (f) => !(CHANGE_RULES.includes(f.rule) && f.component === 'kube-controller-manager' && mismatches.has(`${f.line}|${f.setting}`)),
  );
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}|${f.line}|${f.column}|${f.setting}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sameStrings(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Analyses a whole change and builds the v1 report with the verdict for `failOn`. */
export function analyzeChanges(files: Iterable<ChangedFile>, options: EngineOptions = {}, failOn: FailOn = 'error'): Report {
  const findings: Finding[] = [];
  const problems: FileProblem[] = [];
  const analyses: SidedAnalysis[] = [];
  for (const file of files) {
    const r = analyzeFileSides(file, options);
    findings.push(...r.findings);
    problems.push(...r.problems);
    // Only control-plane files can pair up across files; keep the rest out of memory.
    if (hasSharedGroup(r.after) || hasSharedGroup(r.before)) analyses.push(r);
  }
  findings.push(...reportCrossFileMismatches(analyses, options));
  return buildReport(findings, problems, failOn);
}

/**
 * Groups that span files: the kube-apiserver and kube-controller-manager manifests (or units) of one node
 * directory (SPEC §3 component-mismatch). Every other format's group lives inside one file.
 */
const SHARED_GROUP_PREFIX = 'manifest-dir:';

function hasSharedGroup(side: SideExtraction | null): boolean {
  return !!side?.settings.some((s) => s.group.startsWith(SHARED_GROUP_PREFIX));
}

interface Placed {
  file: string;
  setting: Setting;
  side: SideExtraction;
}

/** Cross-file mismatches of one state (before or after) of the change, keyed so both states compare. */
function crossFileMismatches(placed: Placed[], options: EngineOptions): Map<string, { api: Placed; cm: Placed; a: string[]; b: string[] }> {
  const out = new Map<string, { api: Placed; cm: Placed; a: string[]; b: string[] }>();
  const services = placed.filter((p) => p.setting.role === 'service-range' && p.setting.group.startsWith(SHARED_GROUP_PREFIX));
  for (const cm of services.filter((p) => p.setting.component === 'kube-controller-manager')) {
    for (const api of services.filter((p) => p.setting.component === 'kube-apiserver' && p.setting.group === cm.setting.group)) {
      if (api.file === cm.file) continue; // reported by the file's own cross checks
      const a = parseValid(api.setting, api.side, options);
      const b = parseValid(cm.setting, cm.side, options);
      if (!a || !b || canonicalOf(a).join(',') === canonicalOf(b).join(',')) continue;
      out.set(`${api.file}|${api.setting.subject}|${cm.file}|${cm.setting.subject}|${canonicalOf(a)}|${canonicalOf(b)}`, {
        api,
        cm,
        a: canonicalOf(a),
        b: canonicalOf(b),
      });
    }
  }
  return out;
}

function reportCrossFileMismatches(analyses: SidedAnalysis[], options: EngineOptions): Finding[] {
  if (analyses.length < 2) return [];
  const place = (pick: (a: SidedAnalysis) => SideExtraction | null, name: (a: SidedAnalysis) => string): Placed[] =>
    analyses.flatMap((a) => {
      const side = pick(a);
      return side ? side.settings.map((setting) => ({ file: name(a), setting, side })) : [];
    });
  const before = crossFileMismatches(place((a) => a.before, (a) => a.file.previousPath ?? a.file.path), options);
  const after = crossFileMismatches(place((a) => a.after, (a) => a.file.path), options);
  const findings: Finding[] = [];
  for (const [id, m] of after) {
    if (before.has(id)) continue; // the change did not introduce it
    const ctx = new FileContext(m.cm.file, options);
    ctx.add('component-mismatch', m.cm.setting, {
      before: m.a,
      after: m.b,
      message: `kube-controller-manager ${m.cm.setting.setting} = ${m.b.join(',')} disagrees with kube-apiserver ${describeSource(m.api.setting)} = ${m.a.join(',')} in ${m.api.file} (same node directory). ${RULES['component-mismatch'].apiserver}.`,
      remediation: `set ${m.cm.setting.setting} to ${m.a.join(',')}, the kube-apiserver value`,
    });
    findings.push(...applySuppressions(ctx.findings, readSuppressions(m.cm.side.text, m.cm.file).suppressions));
  }
  return findings;
}
