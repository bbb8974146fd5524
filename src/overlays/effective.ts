// The effective values of an overlay's whole stack, before and after (issue 13), as the engine's checks read
// them: base + overlays in their order (src/overlays/stacks.ts), settings that stand in the changed overlay
// keep their span there; a value that comes from another file of the stack points at the overlay's line 1.
// Pure and synchronous: the change source has read the stack (ChangedFile.context).

import type { ChangedFile, ContextFile, Setting, Span } from '../model.js';
import { extractSide, type SideExtraction } from '../engine/side.js';
import { kubeadmPatchSettings } from './kubeadm-patch.js';
import { overlayStackOf, type OverlayStack } from './stacks.js';

type Side = 'before' | 'after';

interface Member {
  path: string;
  text: string;
}

export type StackReading =
  /** The stack's effective settings at both revisions. */
  | { kind: 'sides'; stack: OverlayStack; before: SideExtraction; after: SideExtraction }
  /** The stack could not be read (no base in the repository, context not read): fail closed when the overlay's value changes. */
  | { kind: 'unreadable'; stack: OverlayStack; reason: string };

const LINE_1: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The stack of a changed overlay, read from its context; undefined when the file is no overlay or its source
 * read no context (the file is then read alone).
 */
export function readStack(file: ChangedFile): StackReading | undefined {
  const stack = overlayStackOf(file.path);
  if (!stack || (file.context === undefined && file.contextUnreadable === undefined)) return undefined;
  if (file.contextUnreadable !== undefined) return { kind: 'unreadable', stack, reason: file.contextUnreadable };
  const context = file.context ?? [];
  const unreadable = context.find((c) => c.unreadable !== undefined && (stack.bases.includes(c.path) || isMember(stack, c.path)));
  if (unreadable) return { kind: 'unreadable', stack, reason: `${unreadable.path} could not be read: ${unreadable.unreadable}` };
  const sides: Partial<Record<Side, SideExtraction>> = {};
  for (const side of ['before', 'after'] as const) {
    const own = file[side];
    const base = baseAt(stack, context, side);
    if (!base) {
      // Only a side where the overlay exists needs its base (an overlay added with its base is read whole).
      if (own === undefined) {
        sides[side] = { settings: [], problems: [], text: '' };
        continue;
      }
      const where = stack.bases.length ? stack.bases.join(', ') : 'a base beside the patch directory';
      return {
        kind: 'unreadable',
        stack,
        reason: `the configuration this overlay overrides (${where}) is not in the repository at the ${side === 'before' ? 'base' : 'head'} revision`,
      };
    }
    const overlays: Member[] = context
      .filter((c) => c.path !== file.path && isMember(stack, c.path) && c[side] !== undefined)
      .map((c) => ({ path: c.path, text: c[side]! }));
    if (own !== undefined) overlays.push({ path: file.path, text: own });
    overlays.sort((a, b) => (nameOf(a.path) < nameOf(b.path) ? -1 : nameOf(a.path) > nameOf(b.path) ? 1 : 0));
    sides[side] = effectiveSide(stack, base, overlays, file.path, own ?? '');
  }
  return { kind: 'sides', stack, before: sides.before!, after: sides.after! };
}

function isMember(stack: OverlayStack, path: string): boolean {
  return dirOf(path) === stack.dir && stack.isMember(nameOf(path));
}

function baseAt(stack: OverlayStack, context: readonly ContextFile[], side: Side): Member | undefined {
  for (const candidate of stack.bases) {
    const c = context.find((x) => x.path === candidate);
    if (c && c[side] !== undefined) return { path: c.path, text: c[side]! };
  }
  return undefined;
}

function effectiveSide(stack: OverlayStack, base: Member, overlays: Member[], self: string, ownText: string): SideExtraction {
  if (stack.kind === 'systemd-drop-in') return { ...systemdSide(base, overlays, self), text: ownText };
  // The text stays the overlay's own: only its own lines are the change's (unreadable-config reads them).
  return { settings: lastWins(stack, base, overlays, self), problems: [], text: ownText };
}

/**
 * systemd reads the drop-ins after the unit, as if their lines followed it (systemd.unit(5)); the unit reader
 * (src/formats/flags/text-carriers-format.ts readUnit) then applies the `ExecStart=` reset rules to the whole.
 */
function systemdSide(base: Member, overlays: Member[], self: string): Omit<SideExtraction, 'text'> {
  const members = [base, ...overlays];
  const texts = members.map((m) => (m.text.endsWith('\n') || m.text === '' ? m.text : `${m.text}\n`));
  const text = texts.join('');
  const lines = texts.map((t) => t.split('\n').length - 1);
  // First line (1-based) of each member in the joined text.
  const first: number[] = [];
  let line = 1;
  for (const n of lines) {
    first.push(line);
    line += n;
  }
  const selfIndex = members.findIndex((m) => m.path === self);
  const joined = extractSide(base.path, text);
  const localize = (span: Span): Span => {
    let i = 0;
    while (i + 1 < first.length && first[i + 1] <= span.line) i++;
    if (i !== selfIndex || selfIndex < 0) return LINE_1;
    const shift = first[i] - 1;
    return { ...span, line: span.line - shift, endLine: span.endLine - shift };
  };
  const settings = joined.settings.map((s) => ({ ...s, span: localize(s.span) }));
  // The whole unit may be one systemd refuses or the gate cannot decide (two ExecStart= without a reset): that
  // blocks (src/engine/unreadable.ts) unless the stack before the change said the same.
  const named = `the unit read with its drop-ins in order (${members.map((m) => m.path).join(', ')}; line numbers count through them)`;
  const problems = joined.problems
    .filter((p) => p.hidesRange && p.blocking)
    .map((p) => {
      const at = localize({ line: p.line, column: p.column ?? 1, endLine: p.line, endColumn: p.column ?? 1 });
      return { ...p, line: at.line, column: at.column, message: `${named}: ${p.message}` };
    });
  return { settings, problems };
}

/**
 * k3s config.yaml.d and kubeadm patches: each file is read alone; for each (role, component) the last file that
 * sets a value explicitly wins, the base's default applies when none does.
 */
function lastWins(stack: OverlayStack, base: Member, overlays: Member[], self: string): Setting[] {
  const effective = new Map<string, { s: Setting; from: string }>();
  const put = (s: Setting, from: string): void => {
    const k = `${s.role}|${s.component}`;
    if (s.origin === 'explicit' || !effective.has(k)) effective.set(k, { s, from });
  };
  const target = stack.target;
  for (const s of extractSide(base.path, base.text).settings) {
    if (target === undefined || (s.role === 'service-range' && s.component === target)) put(s, base.path);
  }
  for (const m of overlays) {
    const settings = target !== undefined ? kubeadmPatchSettings(m.text, target, stack.key) : extractSide(m.path, m.text).settings;
    for (const s of settings) put(s, m.path);
  }
  // One identity for the whole stack, whichever file the value comes from, so both revisions pair up.
  return [...effective.values()].map(({ s, from }) => ({
    ...s,
    subject: `overlay/${stack.key}/${s.role}/${s.component}`,
    group: `overlay/${stack.key}`,
    span: from === self ? s.span : LINE_1,
  }));
}

/** The overlay's own Service range values on one side (what the change itself writes). */
export function ownRangeValues(stack: OverlayStack, path: string, text: string | undefined): Setting[] {
  if (text === undefined) return [];
  const settings = stack.target !== undefined ? kubeadmPatchSettings(text, stack.target, stack.key) : extractSide(path, text).settings;
  return settings.filter((s) => s.role === 'service-range' && s.origin === 'explicit');
}
