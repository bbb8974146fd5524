// The commands that print without reading any file: help, version, `rules` and `explain RULE`. Rule texts
// come from src/rules.ts, the same metadata docs/rules.md is generated from (scripts/rules-doc.ts).

import type { RuleId } from '../model.js';
import { ruleDocUrl } from '../report/links.js';
import { RULE_IDS, RULES } from '../rules.js';
import { UsageError } from './args.js';
import { closest } from './suggest.js';

export function renderRuleList(): string {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  const lines = RULE_IDS.map((id) => `${id.padEnd(width)}  ${RULES[id].defaultLevel.padEnd(7)}  ${RULES[id].title}`);
  return `${lines.join('\n')}\nRead one with: service-cidr-guard explain RULE\n`;
}

export function renderExplain(rule: string): string {
  if (!(RULE_IDS as string[]).includes(rule)) {
    const near = closest(rule, RULE_IDS);
    throw new UsageError(`Unknown rule '${rule}'.${near ? ` Did you mean '${near}'?` : ''} List the rules with: service-cidr-guard rules`);
  }
  const r = RULES[rule as RuleId];
  const out = [
    `${r.id}: ${r.title} (default level: ${r.defaultLevel})`,
    '',
    `When: ${r.trigger}.`,
    `What the cluster does: ${r.apiserver}.`,
    `Safe next step: ${r.remediation}.`,
  ];
  if (r.sources.length > 0) out.push(`Upstream: ${r.sources.join('; ')}.`);
  out.push(`More: ${ruleDocUrl(r.id)}`);
  return `${out.join('\n')}\n`;
}
