// Command-line arguments -> one typed settings object (the actions/checkout getInputs() pattern): every
// invalid value is rejected here with a sentence that names the value and what is accepted.

import { parseArgs } from 'node:util';
import type { FailOn } from '../model.js';
import { closest } from './suggest.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github', 'rdjson', 'junit', 'gitlab'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];
/** Command words: a first positional equal to one of these is a command, not a pathspec. */
export const COMMANDS = ['diff', 'demo', 'rules', 'explain', 'help', 'version'] as const;

/** `--output FORMAT=FILE`: one more report, written to FILE, beside the console output. */
export interface OutputFile {
  format: OutputFormat;
  file: string;
}

export type CliCommand =
  | { kind: 'scan'; base?: string; head?: string; pathspecs: string[] }
  | { kind: 'diff'; oldPath: string; newPath: string }
  | { kind: 'demo'; dir: string }
  | { kind: 'rules' }
  | { kind: 'explain'; rule: string }
  | { kind: 'help' }
  | { kind: 'version' };

export interface CliSettings {
  command: CliCommand;
  format: OutputFormat;
  failOn: FailOn;
  kubernetesVersion?: string;
  configFile?: string;
  color: ColorMode;
  outputs: OutputFile[];
}

/** A mistake in how the command was called: exit status 2, the message on stderr. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  service-cidr-guard [options] [--base REV] [--head REV] [pathspec...]
      Scan the changes between two git revisions of the repository in the current directory.
      Default base: the merge base with the upstream of the current branch, else HEAD~1.
      Default head: the working tree (untracked files count as added).
  service-cidr-guard [options] diff OLD NEW
      Compare two versions of one file; either may be /dev/null (added / deleted file) or - (standard
      input), and process substitution works: diff <(git show HEAD~1:f.yaml) f.yaml
  service-cidr-guard [options] demo DIR
      Run every DIR/<case>/{before,after}.* pair and summarise the rules seen (always exits 0).
  service-cidr-guard rules
      List the rules with their default level and title.
  service-cidr-guard explain RULE
      What RULE means, what the cluster does, and the safe next step (the text of docs/rules.md).

Options:
  --format FORMAT                     console output: text (default), json, sarif, markdown, github (workflow
                                      commands), rdjson (reviewdog), junit (JUnit XML), gitlab (Code Quality)
  --output FORMAT=FILE                also write the report in FORMAT to FILE (repeatable), e.g.
                                      --output sarif=results.sarif --output junit=junit.xml
  --color auto|always|never           colour the text output (default auto: on a terminal; FORCE_COLOR forces
                                      it, NO_COLOR or TERM=dumb turns it off)
  --fail-on error|warning|notice|never
                                      lowest level that fails the run with exit status 1 (default: error)
  --kubernetes-version X.Y            Kubernetes version to assume when a file does not say (default: newest rules)
  --config FILE                       repository config file (rule levels, paths, exclude)
  -h, --help                          show this help
  -V, --version                       show the version

Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage or runtime error.
A pathspec named like a command (diff, demo, rules, explain, help, version) goes after '--'.
The CLI says on stderr which base and head it compared.
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
  const color = oneOf('--color', values.color ?? 'auto', COLOR_MODES);
  const outputs = (values.output ?? []).map(parseOutputFile);
  const base = { format, failOn, kubernetesVersion, configFile: values.config, color, outputs };

  if (values.help) return { ...base, command: { kind: 'help' } };
  if (values.version) return { ...base, command: { kind: 'version' } };

  // A first positional given after `--` is a pathspec, never a command name.
  const firstPositional = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator');
  const commandWord = firstPositional?.kind === 'positional' ? positionals[0] : undefined;

  if (commandWord === 'help') return { ...base, command: { kind: 'help' } };
  if (commandWord === 'version') return { ...base, command: { kind: 'version' } };
  if (commandWord === 'rules' || commandWord === 'explain') {
    const args = positionals.slice(1);
    if (commandWord === 'rules') {
      if (args.length > 0)
        throw new UsageError(`'rules' takes no arguments (got ${args.length}). To read one rule: service-cidr-guard explain RULE.`);
      return { ...base, command: { kind: 'rules' } };
    }
    if (args.length !== 1) throw new UsageError(`'explain' takes one rule id (got ${args.length}). List them with: service-cidr-guard rules.`);
    return { ...base, command: { kind: 'explain', rule: args[0] } };
  }
  if (commandWord !== undefined && !(COMMANDS as readonly string[]).includes(commandWord) && /^[a-z]+$/.test(commandWord)) {
    const near = closest(commandWord, COMMANDS);
    if (near) throw new UsageError(`Unknown command '${commandWord}'. Did you mean '${near}'? (A pathspec named '${commandWord}' goes after '--'.)`);
  }
  if (commandWord === 'diff' || commandWord === 'demo') {
    if (commandWord === 'demo' && outputs.length > 0) throw new UsageError(`--output applies to a repository scan or 'diff', not to 'demo'.`);
    if (values.base !== undefined || values.head !== undefined) {
      throw new UsageError(`--base and --head apply to a repository scan, not to '${commandWord}'.`);
    }
    const args = positionals.slice(1);
    if (commandWord === 'diff') {
      if (args.length !== 2)
        throw new UsageError(`'diff' takes two files, OLD and NEW (got ${args.length}). Use /dev/null for an added or deleted file.`);
      if (args[0] === '/dev/null' && args[1] === '/dev/null') throw new UsageError(`'diff' needs at least one real file; both are /dev/null.`);
      if (args[0] === '-' && args[1] === '-') throw new UsageError(`'diff' can read only one side from standard input ('-').`);
      return { ...base, command: { kind: 'diff', oldPath: args[0], newPath: args[1] } };
    }
    if (args.length !== 1) throw new UsageError(`'demo' takes one directory (got ${args.length}).`);
    return { ...base, command: { kind: 'demo', dir: args[0] } };
  }
  for (const [flag, rev] of [
    ['--base', values.base],
    ['--head', values.head],
  ] as const) {
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
      color: { type: 'string' },
      output: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
}

const OPTION_NAMES = ['--base', '--head', '--format', '--fail-on', '--kubernetes-version', '--config', '--color', '--output', '--help', '--version'];

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const near = closest(value, allowed);
  throw new UsageError(`Invalid ${flag} value '${value}'.${near ? ` Did you mean '${near}'?` : ''} Expected one of: ${allowed.join(', ')}.`);
}

/** `FORMAT=FILE`. A bare FILE is refused with the form to use, rather than guessing the format. */
function parseOutputFile(value: string): OutputFile {
  const eq = value.indexOf('=');
  if (eq <= 0 || eq === value.length - 1) {
    throw new UsageError(
      `Invalid --output value '${value}'. Expected FORMAT=FILE, e.g. --output sarif=results.sarif (formats: ${FORMATS.join(', ')}).`,
    );
  }
  return { format: oneOf('--output', value.slice(0, eq), FORMATS), file: value.slice(eq + 1) };
}

/** `1.33`, `v1.33` or `1.33.1` -> `1.33` (the engine reasons per minor version). */
export function parseVersion(value: string): string {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(value.trim());
  if (m?.[1] !== '1') throw new UsageError(`Invalid --kubernetes-version value '${value}'. Expected X.Y, e.g. 1.33.`);
  return `${Number(m[1])}.${Number(m[2])}`;
}

/** node:util parseArgs errors carry a code; their messages are long, so say it in one line. */
function describeParseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(err.message ?? '')?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = (quoted ?? '?').split('=')[0];
      const near = name.startsWith('--') ? closest(name, OPTION_NAMES) : undefined;
      return `Unknown option '${name}'.${near ? ` Did you mean '${near}'?` : ''} Run 'service-cidr-guard --help' for usage.`;
    }
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
