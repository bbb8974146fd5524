// The Service range a kubeadm `--patches` file sets (issue 13). kubeadm applies the patches to the static Pod
// manifest it generated (kubernetes cmd/kubeadm/app/util/patches/patches.go ApplyPatchesToTarget: json patch,
// merge patch or strategic merge patch, in file order). The Service range can only be set there as a container
// argument `--service-cluster-ip-range=<list>` (a strategic or merge patch replaces the whole `command`/`args`
// list, which has no patch merge key; a json patch adds or replaces one item). So the patch's value is the last
// such argument the file writes, whatever the patch type; a patch that writes none leaves the value below it.

import type { Component, Setting, Span } from '../model.js';

const FLAG = '--service-cluster-ip-range';
// The value runs to the end of the scalar: a quote, whitespace or the end of a flow collection.
const ARG = /--service-cluster-ip-range=([^\s"'\]}]*)/g;

function spanAt(text: string, start: number, end: number): Span {
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  const column = start - before.lastIndexOf('\n');
  return { line, column, endLine: line, endColumn: column + (end - start) };
}

/** The Service range settings of one patch file for `target`, in the order kubeadm applies them (the last wins). */
export function kubeadmPatchSettings(text: string, target: string, group: string): Setting[] {
  const out: Setting[] = [];
  for (const m of text.matchAll(ARG)) {
    const at = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^\s*#/.test(text.slice(lineStart, at))) continue; // a YAML comment
    const value = m[1].replace(/,+$/, '');
    const start = at + FLAG.length + 1;
    out.push({
      format: 'kubeadm-patch',
      subject: `kubeadm-patch/${target}`,
      group,
      role: 'service-range',
      component: target as Component,
      setting: FLAG,
      value,
      origin: 'explicit',
      span: spanAt(text, start, start + value.length),
      profile: 'apiserver',
    });
  }
  return out;
}
