// One report -> the text of the chosen --format. The renderers are pure; this only picks one.

import type { FailOn, Report } from '../model.js';
import { renderCodeQuality } from '../report/gitlab.js';
import { renderJson } from '../report/json.js';
import { renderJunit } from '../report/junit.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderRdjson } from '../report/rdjson.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { renderWorkflowCommands } from '../report/workflow-commands.js';
import type { OutputFormat } from './args.js';
import { VERSION } from './version.js';

export { shouldColor } from './color.js';

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
    case 'github':
      return renderWorkflowCommands(report);
    case 'rdjson':
      return renderRdjson(report);
    case 'junit':
      return renderJunit(report, { failOn: ctx.failOn });
    case 'gitlab':
      return renderCodeQuality(report);
  }
}
