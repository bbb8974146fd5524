// Repository config file (.github/service-cidr-guard.yml), shared by the action and the CLI's --config.
//
//   kubernetes-version: "1.33"        # target when a file does not say (SPEC §4)
//   paths: ["clusters/**"]            # globs to scan (default: every changed file)
//   exclude: ["clusters/sandbox/**"]  # globs to skip
//   rules:                            # per-rule level: error | warning | notice | off
//     non-canonical-range: off
//
// Parsing is strict: an unknown key or value is an error naming it and what is accepted, because a typo in
// a gate's config silently weakening the gate is worse than a failed run.
import { parse } from 'yaml';
import { optInFromPaths } from './file-kind.js';
import type { EngineOptions, Level, RuleId } from './model.js';
import { RULE_IDS } from './rules.js';
import { compileGlob } from './changes/path-filter.js';
import { MAX_CONFIG_ALIAS_COUNT } from './limits.js';

export interface GuardConfig {
  /** Per-rule level overrides; 'off' drops the rule. */
  rules: Partial<Record<RuleId, Level | 'off'>>;
  /** Globs of paths to scan (default: all). */
  paths: string[];
  /** Globs of paths to skip. */
  exclude: string[];
  kubernetesVersion?: string;
}

/** Where the action and the CLI's git mode look for the config, at the base revision (SPEC §9). */
export const DEFAULT_CONFIG_PATH = '.github/service-cidr-guard.yml';

export const DEFAULT_CONFIG: GuardConfig = { rules: {}, paths: [], exclude: [] };

const CONFIG_KEYS = ['kubernetes-version', 'paths', 'exclude', 'rules'] as const;
const RULE_LEVELS = ['error', 'warning', 'notice', 'off'] as const;

/** Parses the config file text; throws an Error whose message names the bad key/value and what is accepted. */
export function parseConfig(text: string, fileName: string): GuardConfig {
  let doc: unknown;
  try {
    // The failsafe schema keeps every scalar a string: `kubernetes-version: 1.30` must stay "1.30" (not
    // the number 1.3) and `off` must stay "off" (not a YAML 1.1 boolean).
    doc = parse(text, { maxAliasCount: MAX_CONFIG_ALIAS_COUNT, schema: 'failsafe' });
  } catch (e) {
    throw new Error(`${fileName}: not valid YAML: ${(e as Error).message}`);
  }
  if (doc === null || doc === undefined || doc === '') return { ...DEFAULT_CONFIG, rules: {} };
  if (!isPlainObject(doc)) throw new Error(`${fileName}: expected a mapping with keys ${CONFIG_KEYS.join(', ')}.`);

  const config: GuardConfig = { rules: {}, paths: [], exclude: [] };
  for (const [key, value] of Object.entries(doc)) {
    switch (key) {
      case 'kubernetes-version':
        config.kubernetesVersion = parseKubernetesVersion(String(value));
        if (!config.kubernetesVersion) {
          throw new Error(`${fileName}: invalid 'kubernetes-version' value '${String(value)}'. Expected X.Y, e.g. 1.33.`);
        }
        break;
      case 'paths':
      case 'exclude':
        config[key] = readGlobList(value, `${fileName}: '${key}'`);
        break;
      case 'rules':
        config.rules = readRuleLevels(value, fileName);
        break;
      default:
        throw new Error(`${fileName}: unknown key '${key}'. Expected one of: ${CONFIG_KEYS.join(', ')}.`);
    }
  }
  return config;
}

function readGlobList(value: unknown, where: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
    throw new Error(`${where} must be a glob or a list of globs.`);
  }
  for (const glob of list as string[]) compileGlob(glob.startsWith('!') ? glob.slice(1) : glob);
  return list as string[];
}

function readRuleLevels(value: unknown, fileName: string): GuardConfig['rules'] {
  if (!isPlainObject(value)) throw new Error(`${fileName}: 'rules' must map rule ids to a level.`);
  const rules: GuardConfig['rules'] = {};
  for (const [rule, level] of Object.entries(value)) {
    if (!(RULE_IDS as string[]).includes(rule)) {
      throw new Error(`${fileName}: unknown rule '${rule}'. Expected one of: ${RULE_IDS.join(', ')}.`);
    }
    const text = String(level);
    if (!(RULE_LEVELS as readonly string[]).includes(text)) {
      throw new Error(`${fileName}: invalid level '${text}' for rule '${rule}'. Expected one of: ${RULE_LEVELS.join(', ')}.`);
    }
    rules[rule as RuleId] = text as Level | 'off';
  }
  return rules;
}

/**
 * '1.33', 'v1.33', '1.33.2' and 'v1.33.2' all mean minor version 1.33 (the rules only depend on the minor);
 * undefined when the text is not a version.
 */
export function parseKubernetesVersion(value: string): string | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(value.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `paths`: the globs in force (the action's input wins over the config's); a specific one opts docs/source in. */
export function engineOptionsOf(config: GuardConfig, kubernetesVersion?: string, paths: readonly string[] = config.paths): EngineOptions {
  const optIn = optInFromPaths(paths);
  return { kubernetesVersion: kubernetesVersion ?? config.kubernetesVersion, ruleLevels: config.rules, ...(optIn ? { optIn } : {}) };
}
