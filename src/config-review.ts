// A pull request that changes the gate's own config file (SPEC §9 "policy comes from the base"). The run
// never uses the PR's config: it checks the change with the base revision's config, and reports here what
// the PR's config would change after merge. A change that weakens the gate blocks (error), so that a person
// other than the author approves it with the allow-label; a change that only strengthens it is a notice.
// Pure: both sides' text in, findings out. Inline suppressions never apply to this rule: the PR could add
// one in the very file it changes.

import { DEFAULT_CONFIG, DEFAULT_CONFIG_PATH, parseConfig, type GuardConfig } from './config.js';
import type { ChangedFile, EngineOptions, Finding, Level } from './model.js';
import { RULE_IDS, RULES } from './rules.js';

const RULE = 'gate-config-change';
const RANK: Record<Level | 'off', number> = { off: 0, notice: 1, warning: 2, error: 3 };

/** True for the file the gate reads its policy from (the `config` input / --config, default .github/service-cidr-guard.yml). */
export function isGateConfigPath(path: string, options: EngineOptions): boolean {
  return path.replace(/^\.\//, '') === (options.gateConfigPath ?? DEFAULT_CONFIG_PATH).replace(/^\.\//, '');
}

export interface ConfigChange {
  /** Top-level key the change is about. */
  key: 'rules' | 'paths' | 'exclude' | 'kubernetes-version' | 'file';
  weakens: boolean;
  /** What changes after merge, one clause. */
  text: string;
}

/** The differences between two configs that change what the gate checks, weakening ones first. */
export function diffConfigs(before: GuardConfig, after: GuardConfig): ConfigChange[] {
  const changes: ConfigChange[] = [];
  for (const id of RULE_IDS) {
    const a = before.rules[id] ?? RULES[id].defaultLevel;
    const b = after.rules[id] ?? RULES[id].defaultLevel;
    if (a !== b) changes.push({ key: 'rules', weakens: RANK[b] < RANK[a], text: `rule ${id}: ${a} → ${b}` });
  }
  changes.push(...diffGlobs('exclude', before.exclude, after.exclude, true));
  if (before.paths.length === 0 && after.paths.length > 0) {
    changes.push({ key: 'paths', weakens: true, text: `paths narrowed from every file to ${quoteList(after.paths)}` });
  } else if (before.paths.length > 0 && after.paths.length === 0) {
    changes.push({ key: 'paths', weakens: false, text: `paths widened from ${quoteList(before.paths)} to every file` });
  } else {
    changes.push(...diffGlobs('paths', before.paths, after.paths, false));
  }
  if (before.kubernetesVersion !== after.kubernetesVersion) {
    // The version decides size caps and defaults (SPEC §4): either direction can let a range through.
    changes.push({
      key: 'kubernetes-version',
      weakens: true,
      text: `kubernetes-version ${before.kubernetesVersion ?? '(unset)'} → ${after.kubernetesVersion ?? '(unset)'}`,
    });
  }
  return [...changes.filter((c) => c.weakens), ...changes.filter((c) => !c.weakens)];
}

/**
 * Glob list changes. For `exclude`, an added pattern (or a removed `!` re-include) skips more files: weaker.
 * For `paths`, a removed pattern (or an added `!` negation) scans fewer files: weaker.
 */
function diffGlobs(key: 'paths' | 'exclude', before: string[], after: string[], addingWeakens: boolean): ConfigChange[] {
  const out: ConfigChange[] = [];
  const negated = (g: string) => g.startsWith('!');
  for (const g of after.filter((x) => !before.includes(x))) {
    out.push({ key, weakens: addingWeakens !== negated(g), text: `${key} adds '${g}'` });
  }
  for (const g of before.filter((x) => !after.includes(x))) {
    out.push({ key, weakens: addingWeakens === negated(g), text: `${key} drops '${g}'` });
  }
  // Same patterns in another order: with `!` patterns, order decides (later wins), so say so.
  if (out.length === 0 && before.join('\n') !== after.join('\n')) {
    out.push({ key, weakens: before.some(negated) || after.some(negated), text: `${key} patterns reordered` });
  }
  return out;
}

function quoteList(globs: string[]): string {
  return globs.map((g) => `'${g}'`).join(', ');
}

/** Findings for a changed gate config file. */
export function reviewGateConfigChange(file: ChangedFile, options: EngineOptions): Finding[] {
  const override = options.ruleLevels?.[RULE];
  if (override === 'off') return [];
  const name = file.path;
  const finding = (level: Level, line: number, setting: string, message: string): Finding => ({
    rule: RULE,
    level: level === 'error' && override ? override : level,
    file: name,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    format: 'service-cidr-guard',
    component: 'service-cidr-guard',
    setting,
    before: null,
    after: null,
    message,
    remediation: RULES[RULE].remediation,
    suppressed: false,
  });
  const usesBase = "this run checks the change with the base revision's config";
  if (file.unreadableReason || (file.after === undefined && file.before === undefined)) {
    return [
      finding(
        'error',
        1,
        'file',
        `the new gate config ${name} cannot be read (${file.unreadableReason ?? 'no content'}); ${usesBase}, and after merge every run would fail.`,
      ),
    ];
  }
  let before: GuardConfig = DEFAULT_CONFIG;
  if (file.before !== undefined) {
    try {
      before = parseConfig(file.before, name);
    } catch {
      // A base config that does not parse already fails every run of the action; compare with the defaults.
      before = DEFAULT_CONFIG;
    }
  }
  let after: GuardConfig = DEFAULT_CONFIG;
  if (file.after !== undefined) {
    try {
      after = parseConfig(file.after, name);
    } catch (e) {
      return [
        finding(
          'error',
          1,
          'file',
          `the change makes the gate config invalid: ${(e as Error).message.replace(/\.$/, '')}. ${capitalize(usesBase)}; after merge every run would fail until the file is fixed.`,
        ),
      ];
    }
  }
  const changes = diffConfigs(before, after);
  if (changes.length === 0) return [];
  const weakens = changes.some((c) => c.weakens);
  const text = file.after ?? file.before ?? '';
  const firstKey = changes[0].key;
  const line = file.after === undefined ? 1 : lineOfKey(text, firstKey);
  const what = file.after === undefined ? 'deletes' : file.before === undefined ? 'adds' : 'edits';
  const keys = [...new Set(changes.map((c) => c.key))].join(', ');
  const message =
    `this change ${what} the gate config ${name}; ${usesBase}, the new one takes effect after merge: ${changes.map((c) => c.text).join('; ')}. ` +
    (weakens ? 'This weakens the gate, so a person other than the author must approve it.' : 'This only makes the gate stricter.');
  return [finding(weakens ? 'error' : 'notice', line, keys, message)];
}

function lineOfKey(text: string, key: ConfigChange['key']): number {
  const lines = text.split(/\r\n|\n|\r/);
  const i = lines.findIndex((l) => new RegExp(`^['"]?${key.replace(/-/g, '\\-')}['"]?\\s*:`).test(l));
  return i >= 0 ? i + 1 : 1;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
