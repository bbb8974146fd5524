// One report -> the text of the chosen --format. The renderers are pure; this only picks one.

import type { FailOn, Report } from '../model.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import type { OutputFormat } from './args.js';
import { VERSION } from './version.js';

export interface OutputContext {
  failOn: FailOn;
  color: boolean;
  readText: (file: string) => string | undefined;
}

export function renderReport(report: Report, format: OutputFormat, ctx: OutputContext): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, { toolVersion: VERSION });
    case 'markdown':
      return renderMarkdown(report, { failOn: ctx.failOn });
    case 'text':
      return renderText(report, { color: ctx.color, readText: ctx.readText });
  }
}

/** https://no-color.org: colour only on a terminal, and never when NO_COLOR is set to a non-empty value. */
export function shouldColor(isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  return isTty && !env.NO_COLOR;
}
