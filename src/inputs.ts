// Every action input is read here, once, inside run() (never at import time), validated, and returned as
// one typed settings object (the actions/checkout pattern). A bad value throws a sentence naming the
// input, the value and what is accepted, e.g. Invalid 'fail-on' value 'eror'. Expected one of: error, warning, notice, never.
import * as core from '@actions/core';
import type { FailOn } from './model.js';
import { DEFAULT_CONFIG_PATH, parseKubernetesVersion } from './config.js';
import { compileGlob, splitGlobList } from './changes/path-filter.js';

export { DEFAULT_CONFIG_PATH };
export const DEFAULT_ALLOW_LABEL = 'service-cidr-change-approved';

export type Approver = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string };

export type CommentMode = 'auto' | 'always' | 'never';

export interface Settings {
  token: string;
  failOn: FailOn;
  /** Minor version ('1.33') when given. */
  kubernetesVersion?: string;
  configPath: string;
  /** false for the default path: the file is then used only when present. */
  configRequired: boolean;
  paths: string[];
  exclude: string[];
  /** '' disables approval by label. */
  allowLabel: string;
  /** Who may approve besides collaborators with write permission: user logins and `org/team` slugs. */
  approvers: Approver[];
  /** Inline suppressions the PR adds count only with a valid approval label. */
  requireApprovalForSuppressions: boolean;
  comment: CommentMode;
  checkRun: boolean;
  /** Path of the SARIF file to write; undefined = none. */
  sarifFile?: string;
}

const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
const COMMENT = ['auto', 'always', 'never'] as const;
const BOOLEAN = ['true', 'false'] as const;

function oneOf<T extends string>(name: string, value: string, accepted: readonly T[]): T {
  if ((accepted as readonly string[]).includes(value)) return value as T;
  throw new Error(`Invalid '${name}' value '${value}'. Expected one of: ${accepted.join(', ')}.`);
}

function readGlobs(name: string): string[] {
  const globs = splitGlobList(core.getInput(name));
  for (const g of globs) {
    try {
      compileGlob(g.startsWith('!') ? g.slice(1) : g);
    } catch (e) {
      throw new Error(`Invalid '${name}' value: ${(e as Error).message}`);
    }
  }
  return globs;
}

export function getInputs(): Settings {
  const failOn = oneOf('fail-on', core.getInput('fail-on') || 'error', FAIL_ON);
  const comment = oneOf('comment', core.getInput('comment') || 'auto', COMMENT);
  const checkRun = oneOf('check-run', (core.getInput('check-run') || 'false').toLowerCase(), BOOLEAN) === 'true';
  const versionText = core.getInput('kubernetes-version');
  const kubernetesVersion = versionText ? parseKubernetesVersion(versionText) : undefined;
  if (versionText && !kubernetesVersion) {
    throw new Error(`Invalid 'kubernetes-version' value '${versionText}'. Expected X.Y, e.g. 1.33.`);
  }
  const configInput = core.getInput('config');
  const token = core.getInput('github-token');
  // Register the token as a secret before anything could print it.
  if (token) core.setSecret(token);
  return {
    token,
    failOn,
    kubernetesVersion,
    configPath: configInput || DEFAULT_CONFIG_PATH,
    configRequired: configInput !== '' && configInput !== DEFAULT_CONFIG_PATH,
    paths: readGlobs('paths'),
    exclude: readGlobs('exclude'),
    allowLabel: core.getInput('allow-label'),
    approvers: readApprovers(core.getInput('approvers')),
    requireApprovalForSuppressions:
      oneOf('require-approval-for-suppressions', (core.getInput('require-approval-for-suppressions') || 'false').toLowerCase(), BOOLEAN) === 'true',
    comment,
    checkRun,
    sarifFile: core.getInput('sarif-file') || undefined,
  };
}

/** `approvers`: logins and `org/team` slugs, comma or newline separated; a leading `@` is allowed. */
export function readApprovers(text: string): Approver[] {
  const out: Approver[] = [];
  for (const raw of text
    .split(/[\n,]/)
    .map((s) => s.trim().replace(/^@/, ''))
    .filter((s) => s !== '' && !s.startsWith('#'))) {
    const team = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9_.-]+)$/.exec(raw);
    if (team) out.push({ kind: 'team', org: team[1], slug: team[2] });
    else if (/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?$/.test(raw)) out.push({ kind: 'user', login: raw });
    else throw new Error(`Invalid 'approvers' value '${raw}'. Expected GitHub logins or org/team slugs, comma or newline separated.`);
  }
  return out;
}
