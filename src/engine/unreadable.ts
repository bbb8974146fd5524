// 4. Values the engine cannot see (templates, malformed YAML, limits): unreadable-config, never a silent pass.

import type { FileContext } from './file-context.js';
import type { SideExtraction } from './side.js';

/** 4. Values the engine cannot see: templates, malformed YAML, oversized files. */
export function reportUnreadable(ctx: FileContext, after: SideExtraction): void {
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
      ...(p.blocking ? { level: 'error' as const } : {}),
    });
  }
}
