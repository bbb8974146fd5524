// docs/rules.md is generated from the rule metadata and the examples run through the bundled CLI; this
// test fails when the committed file differs (UPDATE_DOCS=1 rewrites it) and when an example does not
// demonstrate its rule.

import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RuleId } from '../src/model.js';
import { RULE_IDS } from '../src/rules.js';
import { renderRulesDoc, type RuleExample } from '../scripts/rules-doc.js';

const CLI = path.resolve('dist/cli/index.js');
const DOC = path.resolve('docs/rules.md');

function runExample(rule: RuleId): RuleExample | undefined {
  const dir = path.join('examples', rule);
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir);
  const pick = (prefix: string) => files.find((f) => f.startsWith(prefix));
  const b = pick('before.');
  const a = pick('after.');
  const arg = (f: string | undefined) => (f ? path.join(dir, f) : '/dev/null');
  const r = spawnSync(process.execPath, [CLI, 'diff', arg(b), arg(a), '--fail-on', 'never'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`CLI failed on ${dir}: ${r.stderr}`);
  const read = (f: string | undefined) => (f ? { name: f, text: readFileSync(path.join(dir, f), 'utf8') } : undefined);
  return { dir, before: read(b), after: read(a), output: r.stdout };
}

describe('docs/rules.md', () => {
  const examples = new Map<RuleId, RuleExample | undefined>();
  beforeAll(() => {
    if (!existsSync(CLI)) execFileSync('npm', ['run', 'build:cli'], { stdio: 'ignore' });
    for (const id of RULE_IDS) examples.set(id, runExample(id));
  });

  it.each(RULE_IDS.map((id) => [id]))('the example for %s produces that rule', (id) => {
    const ex = examples.get(id as RuleId);
    expect(ex).toBeDefined();
    expect(ex!.output).toMatch(new RegExp(`\\b(error|warning|notice) ${id}:`));
  });

  it('is up to date with the rules and the CLI output', () => {
    const generated = renderRulesDoc((id) => examples.get(id));
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, generated);
    expect(readFileSync(DOC, 'utf8')).toBe(generated);
  });
});
