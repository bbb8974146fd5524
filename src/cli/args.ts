// Command-line arguments -> one typed settings object (the actions/checkout getInputs() pattern): every
// invalid value is rejected here with a sentence that names the value and what is accepted.

import { parseArgs } from 'node:util';
import type { FailOn } from '../model.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

export type CliCommand =
  | { kind: 'scan'; base?: string; head?: string; pathspecs: string[] }
  | { kind: 'diff'; oldPath: string; newPath: string }
  | { kind: 'demo'; dir: string }
  | { kind: 'help' }
  | { kind: 'version' };

export interface CliSettings {
  command: CliCommand;
  format: OutputFormat;
  failOn: FailOn;
  kubernetesVersion?: string;
  configFile?: string;
}

/** A mistake in how the command was called: exit status 2, the message on stderr. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  service-cidr-guard [options] [--base REV] [--head REV] [pathspec...]
      Scan the changes between two git revisions of the repository in the current directory.
      Default base: the merge base with the upstream of the current branch, else HEAD~1.
      Default head: the working tree (untracked files count as added).
  service-cidr-guard [options] diff OLD NEW
      Compare two versions of one file; either may be /dev/null (added / deleted file).
  service-cidr-guard [options] demo DIR
      Run every DIR/<case>/{before,after}.* pair and summarise the rules seen (always exits 0).

Options:
  --format text|json|sarif|markdown   output format (default: text, coloured on a terminal unless NO_COLOR is set)
  --fail-on error|warning|notice|never
                                      lowest level that fails the run with exit status 1 (default: error)
  --kubernetes-version X.Y            Kubernetes version to assume when a file does not say (default: newest rules)
  --config FILE                       repository config file (rule levels, paths, exclude)
  -h, --help                          show this help
  -V, --version                       show the version

Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage or runtime error.
A pathspec named like a command (diff, demo) goes after '--'.
`;

export function parseCliArgs(argv: string[]): CliSettings {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError(describeParseError(e));
  }
  const { values, positionals, tokens } = parsed;

  const format = oneOf('--format', values.format ?? 'text', FORMATS);
  const failOn = oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_ON);
  const kubernetesVersion = values['kubernetes-version'] === undefined ? undefined : parseVersion(values['kubernetes-version']);
  const base = { format, failOn, kubernetesVersion, configFile: values.config };

  if (values.help) return { ...base, command: { kind: 'help' } };
  if (values.version) return { ...base, command: { kind: 'version' } };

  // A first positional given after `--` is a pathspec, never a command name.
  const firstPositional = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator');
  const commandWord = firstPositional?.kind === 'positional' ? positionals[0] : undefined;

  if (commandWord === 'diff' || commandWord === 'demo') {
    if (values.base !== undefined || values.head !== undefined) {
      throw new UsageError(`--base and --head apply to a repository scan, not to '${commandWord}'.`);
    }
    const args = positionals.slice(1);
    if (commandWord === 'diff') {
      if (args.length !== 2) throw new UsageError(`'diff' takes two files, OLD and NEW (got ${args.length}). Use /dev/null for an added or deleted file.`);
      if (args[0] === '/dev/null' && args[1] === '/dev/null') throw new UsageError(`'diff' needs at least one real file; both are /dev/null.`);
      return { ...base, command: { kind: 'diff', oldPath: args[0], newPath: args[1] } };
    }
    if (args.length !== 1) throw new UsageError(`'demo' takes one directory (got ${args.length}).`);
    return { ...base, command: { kind: 'demo', dir: args[0] } };
  }
  for (const [flag, rev] of [['--base', values.base], ['--head', values.head]] as const) {
    if (rev !== undefined && (rev === '' || rev.startsWith('-'))) {
      throw new UsageError(`Invalid ${flag} value '${rev}'. Expected a git revision (a branch, tag or commit).`);
    }
  }
  return { ...base, command: { kind: 'scan', base: values.base, head: values.head, pathspecs: positionals } };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      'kubernetes-version': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Invalid ${flag} value '${value}'. Expected one of: ${allowed.join(', ')}.`);
}

/** `1.33`, `v1.33` or `1.33.1` -> `1.33` (the engine reasons per minor version). */
export function parseVersion(value: string): string {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(value.trim());
  if (!m || m[1] !== '1') throw new UsageError(`Invalid --kubernetes-version value '${value}'. Expected X.Y, e.g. 1.33.`);
  return `${Number(m[1])}.${Number(m[2])}`;
}

/** node:util parseArgs errors carry a code; their messages are long, so say it in one line. */
function describeParseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(err.message ?? '')?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option '${quoted ?? '?'}'. Run 'service-cidr-guard --help' for usage.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // "Option '--format <value>' argument missing" / "Option '-h, --help' does not take an argument"
      return `${firstLine(err.message ?? '')}. Run 'service-cidr-guard --help' for usage.`;
    default:
      return firstLine(err.message ?? String(e));
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
