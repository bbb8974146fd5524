// Repository config file (.github/service-cidr-guard.yml), shared by the action and the CLI's --config.
// (Interface fixed here; implemented by the action work.)
import type { EngineOptions, Level, RuleId } from './model.js';

export interface GuardConfig {
  /** Per-rule level overrides; 'off' drops the rule. */
  rules: Partial<Record<RuleId, Level | 'off'>>;
  /** Globs of paths to scan (default: all). */
  paths: string[];
  /** Globs of paths to skip. */
  exclude: string[];
  kubernetesVersion?: string;
}

export const DEFAULT_CONFIG: GuardConfig = { rules: {}, paths: [], exclude: [] };

/** Parses the config file text; throws an Error whose message names the bad key/value and what is accepted. */
export function parseConfig(text: string, fileName: string): GuardConfig {
  void text;
  void fileName;
  return DEFAULT_CONFIG;
}

export function engineOptionsOf(config: GuardConfig, kubernetesVersion?: string): EngineOptions {
  return { kubernetesVersion: kubernetesVersion ?? config.kubernetesVersion, ruleLevels: config.rules };
}
