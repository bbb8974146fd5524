// The engine's step for a changed overlay (issue 13): the checks of src/engine/ run on the effective values of
// the whole stack (src/overlays/effective.ts), so a drop-in, a config.yaml.d file or a kubeadm patch is judged
// by what the program will run, not by the file alone. A stack the source could not read fails closed when the
// change touches the overlay's own Service range value (SPEC §9 "cannot read means cannot pass").

import type { ChangedFile } from '../model.js';
import { reportChanges } from '../engine/change-checks.js';
import { reportCrossChecks } from '../engine/cross-checks.js';
import type { FileContext } from '../engine/file-context.js';
import { reportUnreadable } from '../engine/unreadable.js';
import { reportValues } from '../engine/value-checks.js';
import { ownRangeValues, type StackReading } from './effective.js';

const KIND_TEXT = {
  'systemd-drop-in': 'a systemd drop-in',
  'k3s-config-d': 'a k3s/RKE2 config.yaml.d file',
  'kubeadm-patch': 'a kubeadm patch',
} as const;

/**
 * Reports a changed overlay from its stack. Returns false when the file must (also) be read alone: its stack
 * could not be read and the change leaves the overlay's own value as it was.
 */
export function reportOverlay(ctx: FileContext, reading: StackReading, file: ChangedFile): boolean {
  if (reading.kind === 'sides') {
    reportValues(ctx, reading.before, reading.after);
    reportChanges(ctx, reading.before, reading.after);
    reportCrossChecks(ctx, reading.before, reading.after);
    // The stack's own blocking problems (a systemd unit whose drop-ins leave two ExecStart=).
    reportUnreadable(ctx, reading.before, reading.after);
    return true;
  }
  const old = ownRangeValues(reading.stack, file.previousPath ?? file.path, file.before);
  const now = ownRangeValues(reading.stack, file.path, file.after);
  const signature = (list: typeof old): string => list.map((s) => `${s.component}=${s.value}`).join(';');
  if (signature(old) === signature(now)) return false;
  const at = now[now.length - 1] ?? { ...old[old.length - 1], span: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
  const values = now.length ? now.map((s) => s.value).join(', ') : 'nothing (its value is removed)';
  ctx.add('unreadable-config', at, {
    before: null,
    after: null,
    level: 'error',
    message:
      `${file.path} is ${KIND_TEXT[reading.stack.kind]}, read on top of the configuration it overrides, and ${reading.reason}. ` +
      `The change sets ${at.setting} to ${values} here; without the effective value of the whole stack the gate cannot classify it, so a person must check and approve.`,
    remediation: 'review the effective Service range of the whole stack (base and every overlay) before and after the change, then approve',
  });
  return false;
}
