// 1. The new values themselves: invalid-range and non-canonical-range, only where the change introduces them.

import type { EngineOptions, Setting } from '../model.js';
import { describeSource } from '../messages.js';
import { RULES } from '../rules.js';
import { serviceCidrRemediation } from '../ranges/servicecidr.js';
import { key, serviceRanges, validate, versionOf } from './effective.js';
import type { FileContext } from './file-context.js';
import type { SideExtraction } from './side.js';

/** The one concrete fix for an invalid value: what to write instead, when it can be told. */
function invalidRemediation(s: Setting, oldCanonical: string[] | null): string {
  if (s.profile === 'servicecidr') return serviceCidrRemediation(s.value);
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
  servicecidr: 'the Kubernetes API or its ClusterIP allocator',
};

function assumedVersionNote(s: Setting, options: EngineOptions): string {
  // A ServiceCIDR object's checks do not depend on the version (the object exists from 1.33 on).
  return versionOf(s, options) || s.profile === 'servicecidr'
    ? ''
    : ' (Kubernetes 1.34+ rules assumed: the file does not say which version it targets; set kubernetes-version to choose)';
}

/** 1. invalid-range and non-canonical-range for values the change introduces. */
export function reportValues(ctx: FileContext, before: SideExtraction | null, after: SideExtraction): void {
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

function sameStrings(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
