// Where the findings of one file are collected: rule levels (defaults, config overrides, context demotion)
// are applied here and nowhere else.

import type { EngineOptions, Finding, Level, RuleId, Setting } from '../model.js';
import { RULES } from '../rules.js';

/** Collects findings of one file, applying rule levels and context demotion in one place. */
export class FileContext {
  readonly findings: Finding[] = [];
  constructor(
    readonly file: string,
    readonly options: EngineOptions,
  ) {}

  add(
    rule: RuleId,
    at: Setting | { span: Setting['span']; format: string; component: Setting['component']; setting: string },
    fields: {
      before: string[] | null;
      after: string[] | null;
      message: string;
      remediation?: string;
      demote?: boolean;
      /** A level for this finding instead of the rule's default (a configured override still wins). */
      level?: Level;
    },
  ): void {
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
