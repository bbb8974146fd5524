// 2. Changes of an effective list between the two sides (SPEC §3), in their context, and removals.

import { canonicalOf, classifyChange } from '../classify.js';
import { changeText, describeSource } from '../messages.js';
import type { Setting } from '../model.js';
import { parseRangeList } from '../ranges/index.js';
import { CHANGE_RULES, RULES } from '../rules.js';
import { key, parseValid, serviceRanges } from './effective.js';
import type { FileContext } from './file-context.js';
import { extractSide, type SideExtraction } from './side.js';
import { FLAGS_FORMAT_ID } from '../formats/flags/text-carriers-format.js';
import { MANIFEST_FORMAT_ID } from '../formats/flags/workload-manifests-format.js';
import { isServiceCidr } from './servicecidr-checks.js';

/** 2. Change classes for pairs whose effective list changed. */
export function reportChanges(ctx: FileContext, before: SideExtraction, after: SideExtraction): void {
  const oldByKey = new Map(serviceRanges(before).map((s) => [key(s), s]));
  const newKeys = new Set<string>();
  for (let s of serviceRanges(after)) {
    newKeys.add(key(s));
    const old = oldByKey.get(key(s));
    // A ServiceCIDR object is not a flag: its updates and removals are src/engine/servicecidr-checks.ts's.
    if (!old || isServiceCidr(s)) continue;
    const oldList = parseValid(old, before, ctx.options);
    const newList = parseValid(s, after, ctx.options);
    if (!oldList || !newList) continue; // invalid values are reported as invalid-range, not classified
    const change = classifyChange(oldList, newList);
    if (!change) continue;
    s = atChangedLine(old, s);
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
      message: text.message,
      remediation: text.remediation,
      demote: CHANGE_RULES.includes(change.rule) && (s.component === 'kube-controller-manager' || s.createOnly === true),
    });
  }
  // A subject that disappears with the file still there: its document was removed, or (on formats whose
  // absent field has no knowable default, e.g. eksctl, Terraform) the field was. Only an explicit value that
  // disappears is a removal (issue 11): a subject that only carried the format's default was never set here.
  const commentedOut = isCommentedOut(after.text);
  for (const [k, old] of oldByKey) {
    if (newKeys.has(k) || old.origin !== 'explicit' || isServiceCidr(old)) continue;
    if (hidesSubject(after, old)) continue; // reported as unreadable-config instead
    if (followsServiceSubnet(old, after)) continue;
    // The whole file commented out: the tool that reads this config (kubeadm, kubespray, k3s…) now sees no value,
    // so the format's default applies exactly as if the line had been deleted (as kubernetes-the-hard-way
    // dropping --service-cluster-ip-range makes kube-apiserver's 10.0.0.0/24 apply): a change to classify. A unit,
    // script or static pod manifest commented out no longer runs kube-apiserver at all: that stays a removal.
    if (commentedOut && !RUNS_PROGRAM.has(old.format) && reportDefaultAfterRemoval(ctx, before, old)) continue;
    ctx.add(
      'config-removed',
      { ...old, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
      {
        before: parseValid(old, before, ctx.options)?.map((c) => c.canonical) ?? null,
        after: null,
        message: `${old.setting} = ${old.value} (${old.format}) is no longer set in this file: the document or the field that set the Service range was removed. A running cluster keeps its range; make sure nothing re-creates the cluster from this config with a different one.`,
      },
    );
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
      remediation: "check the running cluster's Service range (kubectl get servicecidr kubernetes) and set exactly that value",
    });
  }
}

/**
 * A value read through variables stands at a variable's definition (issue 13). When the same variables carry it
 * on both sides, the change is in a definition: point at the first one whose text changed (`B=$A/12` when A
 * changed: A's line). When the setting now reads other variables (or none before), the line that changed is
 * where it reads them: point at the use.
 */
function atChangedLine(old: Setting, s: Setting): Setting {
  const through = s.reachedThrough;
  if (!through) return s;
  if (old.reachedThrough?.variables.join(',') !== through.variables.join(',')) return { ...s, span: through.use };
  const changed = through.definitions.find((d) => old.reachedThrough?.definitions.find((o) => o.name === d.name)?.text !== d.text);
  return changed ? { ...s, span: changed.span } : s;
}

/**
 * kubeadm gives kube-controller-manager `--service-cluster-ip-range` from networking.serviceSubnet when
 * controllerManager.extraArgs does not set it and podSubnet is set (kubernetes cmd/kubeadm/app/phases/controlplane/
 * manifests.go, getControllerManagerCommand); without podSubnet it allocates no node CIDRs, so the flag steers
 * nothing (SPEC §3: the controller-manager's copy only keeps node pod CIDRs out of the range). Removing the
 * extraArgs override while the cluster config keeps its apiserver range therefore removes no range of the
 * cluster: the controller-manager follows serviceSubnet (a mismatch, if there was one, is fixed).
 */
function followsServiceSubnet(old: Setting, after: SideExtraction): boolean {
  if (old.format !== 'kubeadm' || old.component !== 'kube-controller-manager') return false;
  return serviceRanges(after).some((s) => s.group === old.group && s.component === 'kube-apiserver');
}

/** Formats whose file runs the component (systemd units, scripts, static pod manifests), rather than configure a tool. */
const RUNS_PROGRAM = new Set([FLAGS_FORMAT_ID, MANIFEST_FORMAT_ID]);

function hidesSubject(side: SideExtraction, old: Setting): boolean {
  return side.problems.some((p) => p.hidesRange && (!p.format || p.format === old.format));
}

/**
 * Deleted file: a notice per cluster config whose Service range the file set explicitly (SPEC §3 context rules).
 * A file that only left the range to the format's default did not set it: its deletion changes no value this file
 * named, so it draws nothing (issue 11: "set" is not "defaulted").
 */
export function reportRemoval(ctx: FileContext, before: SideExtraction): void {
  const seen = new Set<string>();
  for (const s of serviceRanges(before)) {
    if (s.origin !== 'explicit' || seen.has(s.group) || isServiceCidr(s)) continue;
    seen.add(s.group);
    const parsed = parseRangeList(s.value, 'sloppy');
    ctx.add('config-removed', s, {
      before: parsed.ok ? canonicalOf(parsed.cidrs) : null,
      after: null,
      message: `this file, which set the Service range (${s.setting} = ${s.value}), is deleted; a running cluster keeps its range, and clusters created from this config are no longer described here.`,
    });
  }
}

/** Every non-blank line is a comment (`#`, `//`, `;`) or a YAML document marker, and at least one is a comment. */
export function isCommentedOut(text: string): boolean {
  let comments = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const t = line.trim();
    if (t === '' || t === '---' || t === '...') continue;
    if (/^(#|\/\/|;)/.test(t)) comments++;
    else return false;
  }
  return comments > 0;
}

/** One-line family switches the default depends on (kind networking.ipFamily, kubespray ipv4_stack / ipv6_stack). */
const FAMILY_SWITCH = /^[ \t]*(ipFamily|ipv4_stack|ipv6_stack|enable_dual_stack_networks)[ \t]*:[ \t]*\S/;

/**
 * The old side re-read without the lines of `old`'s value and of the family switches (commented out too): the setting
 * the format falls back to once they are gone. When that is the format's default, the change old → default is
 * classified like any other change.
 */
function reportDefaultAfterRemoval(ctx: FileContext, before: SideExtraction, old: Setting): boolean {
  const lines = before.text.split('\n');
  const blank = (l: number) => (lines[l - 1] = lines[l - 1].endsWith('\r') ? '\r' : '');
  for (let l = old.span.line; l <= old.span.endLine && l <= lines.length; l++) blank(l);
  // A value read from several keys (kubespray's two families) has one span: blank every key it names.
  const keys = old.setting.split(',').map((name) => name.slice(name.lastIndexOf('.') + 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const named = new RegExp(`^[ \\t]*(?:-[ \\t]*)?["']?(?:${keys.join('|')})["']?[ \\t]*[:=]`);
  for (const [i, line] of lines.entries()) if (FAMILY_SWITCH.test(line) || named.test(line)) blank(i + 1);
  const without = extractSide(ctx.file, lines.join('\n'));
  const fallback = serviceRanges(without).find((s) => key(s) === key(old) && s.origin === 'default');
  if (!fallback) return false;
  const oldList = parseValid(old, before, ctx.options);
  const newList = parseValid(fallback, without, ctx.options);
  if (!oldList || !newList) return false;
  const change = classifyChange(oldList, newList);
  if (!change) return true; // the default is the value that was set: nothing changes
  const at = { ...fallback, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
  const text = changeText(change, old, at);
  ctx.add(change.rule, at, {
    before: canonicalOf(oldList),
    after: canonicalOf(newList),
    message: `This file is now all comments, so none of its values is read. ${text.message}`,
    remediation: text.remediation,
    demote: CHANGE_RULES.includes(change.rule) && (at.component === 'kube-controller-manager' || at.createOnly === true),
  });
  return true;
}
