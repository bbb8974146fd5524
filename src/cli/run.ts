// The command-line orchestrator: the one place in the CLI that turns a report into an exit status.
// It never calls process.exit (the entry sets process.exitCode), so output is always flushed.

import { readFile, readdir } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH, parseConfig, engineOptionsOf, type GuardConfig } from '../config.js';
import { analyzeChangeStream, analyzeChanges } from '../engine.js';
import type { ChangedFile, EngineOptions, RuleId } from '../model.js';
import { createPathFilter, unmatchedPatterns } from '../changes/path-filter.js';
import { unchangedDirectoryReader, type TerraformNeighbours } from '../changes/terraform-context.js';
import { repositoryServiceRangesReader, type RepositoryServiceRanges } from '../changes/servicecidr-context.js';
import { readGitFileAt, resolveBaseRevision, streamGitChanges, unmatchedPathspecs } from '../changes/git.js';
import { skippedByPath } from '../file-kind.js';
import { toJsonReport } from '../report/json.js';
import { buildReport } from '../verdict.js';
import { parseCliArgs, USAGE, type CliSettings } from './args.js';
import { renderReport } from './output.js';
import { shouldColor } from './color.js';
import { renderExplain, renderRuleList } from './commands.js';
import { describeScanError } from './errors.js';
import { DEV_NULL, readFilePair } from './files.js';
import { describeRange, writeOutputFiles } from './report-files.js';
import { VERSION } from './version.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTty: boolean;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, for `diff -`. */
  stdin?: () => Readable;
}

export const EXIT_OK = 0;
export const EXIT_BLOCKED = 1;
export const EXIT_ERROR = 2;

/** Runs one command line; resolves to the exit status. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const settings = parseCliArgs(argv);
    switch (settings.command.kind) {
      case 'help':
        io.stdout(USAGE);
        return EXIT_OK;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT_OK;
      case 'rules':
        io.stdout(renderRuleList());
        return EXIT_OK;
      case 'explain':
        io.stdout(renderExplain(settings.command.rule));
        return EXIT_OK;
      case 'demo':
        return await runDemo(settings, settings.command.dir, io);
      case 'diff':
      case 'scan':
        return await runCheck(settings, io);
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // One line: CI logs and wrappers show the first line of stderr.
    io.stderr(`service-cidr-guard: ${message.split('\n')[0]}\n`);
    return EXIT_ERROR;
  }
}

async function runCheck(settings: CliSettings, io: CliIo): Promise<number> {
  const cmd = settings.command;
  let files: AsyncIterable<ChangedFile> | ChangedFile[];
  let config: GuardConfig;
  let gateConfigPath: string | undefined;
  let reportScope = (): void => {};
  // git mode: the unchanged Terraform files of the change's directories, read by streamGitChanges before it streams.
  let terraformNeighbours: TerraformNeighbours | undefined;
  // git mode: unchanged configs of the head tree, for a changed ServiceCIDR (src/changes/servicecidr-context.ts).
  let repositoryServiceRanges: RepositoryServiceRanges | undefined;
  if (cmd.kind === 'diff') {
    config = await loadConfig(settings, io.cwd);
    files = [await readFilePair(io.cwd, cmd.oldPath, cmd.newPath, io)];
    // Two versions of the gate's own config compared by hand are reviewed as policy.
    if (/(?:^|[/.])service-cidr-guard\.ya?ml$/.test(files[0].path)) gateConfigPath = files[0].path;
  } else if (cmd.kind === 'scan') {
    // git takes `!x` as a file named "!x": it would silently match nothing. Its exclude magic is `:!x`.
    const negated = cmd.pathspecs.find((p) => p.startsWith('!'));
    if (negated)
      throw new Error(
        `Pathspec '${negated}' would match a file named '${negated}'; to exclude paths write ':!${negated.slice(1)}' (git pathspec magic).`,
      );
    // Like the action: the policy comes from the base revision, never from the change under review
    // (SPEC §9), so a local run and the CI run give the same verdict. An explicit --config is read from disk.
    // An explicit --config is checked first: a bad one is the error to tell, before any git work.
    const explicitConfig = settings.configFile !== undefined ? await loadConfig(settings, io.cwd) : undefined;
    const resolvedBase = await resolveBaseRevision(io.cwd, cmd.base).catch((e) => {
      throw describeScanError(e, io.cwd);
    });
    const base = resolvedBase.base;
    io.stderr(describeRange({ base, baseHow: resolvedBase.how, head: cmd.head }));
    if (explicitConfig === undefined) {
      const text = await readGitFileAt(io.cwd, base, DEFAULT_CONFIG_PATH);
      config = text === undefined ? parseConfig('', '(defaults)') : parseConfig(text, `${DEFAULT_CONFIG_PATH} at ${base.slice(0, 12)}`);
      gateConfigPath = DEFAULT_CONFIG_PATH;
    } else {
      config = explicitConfig;
      gateConfigPath = '';
    }
    // Streamed (issue 11: flat cost): each file is analysed as git hands it over, out-of-scope files are not
    // read. Every changed path is still seen here, so patterns that match nothing can be said (issue 10).
    const inScope = configScope(config);
    const changedPaths: string[] = [];
    const include = (p: string, previous?: string): boolean => {
      changedPaths.push(p, ...(previous !== undefined ? [previous] : []));
      return inScope(p, previous) || p === gateConfigPath;
    };
    const { optIn } = engineOptionsOf(config, settings.kubernetesVersion);
    const pathOnly = (p: string, previous?: string): boolean => skippedByPath(previous !== undefined && previous !== p ? [p, previous] : [p], optIn);
    terraformNeighbours = new Map();
    repositoryServiceRanges = {};
    files = rethrowDescribed(
      streamGitChanges({
        cwd: io.cwd,
        resolvedBase,
        head: cmd.head,
        pathspecs: cmd.pathspecs,
        include,
        pathOnly,
        terraformNeighbours,
        repositoryServiceRanges,
      }),
      io.cwd,
    );
    const scopeConfig = config;
    reportScope = () => {
      for (const [name, globs] of [
        ['paths', scopeConfig.paths],
        ['exclude', scopeConfig.exclude],
      ] as const) {
        for (const glob of changedPaths.length > 0 ? unmatchedPatterns(globs, changedPaths) : []) {
          io.stderr(`service-cidr-guard: config '${name}' pattern '${glob}' matches no changed file\n`);
        }
      }
    };
    for (const spec of await unmatchedPathspecs(io.cwd, base, cmd.head, cmd.pathspecs)) {
      io.stderr(`service-cidr-guard: pathspec '${spec}' matches no changed file\n`);
    }
  } else {
    throw new Error(`unexpected command ${cmd.kind}`);
  }
  const options: EngineOptions = {
    ...engineOptionsOf(config, settings.kubernetesVersion),
    ...(gateConfigPath !== undefined ? { gateConfigPath } : {}),
    ...(terraformNeighbours ? { readUnchangedDirectory: unchangedDirectoryReader(terraformNeighbours) } : {}),
    ...(repositoryServiceRanges ? { readRepositoryServiceRanges: repositoryServiceRangesReader(repositoryServiceRanges) } : {}),
  };
  const { report, textOf } = await analyzeChangeStream(files, options, settings.failOn);
  reportScope();
  const ctx = { failOn: settings.failOn, color: shouldColor(settings.color, io.stdoutIsTty, io.env), readText: textOf };
  io.stdout(renderReport(report, settings.format, ctx));
  await writeOutputFiles(settings.outputs, io.cwd, (format) => renderReport(report, format, { ...ctx, color: false }));
  return report.blocked ? EXIT_BLOCKED : EXIT_OK;
}

/** git errors met while the change streams, told in plain words like those met before it (src/cli/errors.ts). */
async function* rethrowDescribed(files: AsyncIterable<ChangedFile>, cwd: string): AsyncGenerator<ChangedFile> {
  try {
    yield* files;
  } catch (e) {
    throw describeScanError(e, cwd);
  }
}

/** Text the findings point into: the new side, or the old side of a deleted file (SPEC §6). */
function textLookup(files: ChangedFile[]): (file: string) => string | undefined {
  const byPath = new Map(files.map((f) => [f.path, f.after ?? f.before]));
  return (file) => byPath.get(file);
}

async function loadConfig(settings: CliSettings, cwd: string): Promise<GuardConfig> {
  if (settings.configFile === undefined) return parseConfig('', '(defaults)');
  const file = path.resolve(cwd, settings.configFile);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read --config file '${settings.configFile}': ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
  return parseConfig(text, settings.configFile);
}

/**
 * The config's `paths` / `exclude` globs, with the same matcher (and so the same meaning) as the action.
 * A rename is kept when either of its paths is in scope: moving a config out of scope is still a change.
 */
export function filterByConfig<T extends ChangedFile>(files: T[], config: GuardConfig): T[] {
  const inScope = configScope(config);
  return files.filter((f) => inScope(f.path, f.previousPath));
}

/** The predicate of filterByConfig, for a change that is streamed (git mode reads only the files it accepts). */
export function configScope(config: GuardConfig): (path: string, previousPath?: string) => boolean {
  const inScope = createPathFilter(config.paths, config.exclude);
  return (p, previous) => inScope(p) || (previous !== undefined && inScope(previous));
}

interface DemoCase {
  name: string;
  file: ChangedFile;
}

/**
 * `demo DIR`: every directory below DIR holding a `before.*` and/or `after.*` file is one case
 * (`examples/<case>/` and `test/cases/<format>/<scenario>/` both work). A showcase: exit 0 whatever the
 * findings, 2 only on a runtime error.
 */
async function runDemo(settings: CliSettings, dir: string, io: CliIo): Promise<number> {
  const config = await loadConfig(settings, io.cwd);
  const options = engineOptionsOf(config, settings.kubernetesVersion);
  const root = path.resolve(io.cwd, dir);
  const cases = await findDemoCases(root, root);
  if (cases.length === 0) throw new Error(`No demo cases in '${dir}': expected ${dir}/<case>/before.* and/or after.* files.`);

  const reports = cases.map((c) => ({ name: c.name, file: c.file, report: analyzeChanges([c.file], options, settings.failOn) }));
  const rulesSeen = [...new Set(reports.flatMap((r) => r.report.findings.map((f) => f.rule)))].sort() as RuleId[];
  const color = shouldColor(settings.color, io.stdoutIsTty, io.env);

  if (settings.format === 'json') {
    const doc = { cases: reports.map((r) => ({ name: r.name, report: toJsonReport(r.report) })), rulesSeen };
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
    return EXIT_OK;
  }
  if (settings.format === 'sarif') {
    // One SARIF log: a code-scanning viewer wants one run per tool, with every case's results in it.
    const all = buildReport(
      reports.flatMap((r) => r.report.findings),
      reports.flatMap((r) => r.report.problems),
      settings.failOn,
    );
    io.stdout(renderReport(all, 'sarif', { failOn: settings.failOn, color, readText: () => undefined }));
    return EXIT_OK;
  }
  const heading = settings.format === 'markdown' ? (n: string) => `# Case ${n}\n\n` : (n: string) => `=== ${n} ===\n`;
  for (const r of reports) {
    io.stdout(heading(r.name));
    io.stdout(renderReport(r.report, settings.format, { failOn: settings.failOn, color, readText: textLookup([r.file]) }));
    io.stdout('\n');
  }
  const summary = `${cases.length} case${cases.length === 1 ? '' : 's'}; rules seen: ${rulesSeen.length > 0 ? rulesSeen.join(', ') : 'none'}`;
  io.stdout(settings.format === 'markdown' ? `---\n\n${summary}\n` : `${summary}\n`);
  return EXIT_OK;
}

async function findDemoCases(root: string, dir: string): Promise<DemoCase[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const before = entries.find((e) => e.isFile() && /^before\./.test(e.name));
  const after = entries.find((e) => e.isFile() && /^after\./.test(e.name));
  const cases: DemoCase[] = [];
  if (before || after) {
    const name = path.relative(root, dir).split(path.sep).join('/') || path.basename(dir);
    const pair = await readFilePair(dir, before ? path.join(dir, before.name) : DEV_NULL, after ? path.join(dir, after.name) : DEV_NULL);
    // Report the case-relative name (`<case>/after.yaml`), not an absolute path of this machine.
    pair.path = `${name}/${(after ?? before)!.name}`;
    cases.push({ name, file: pair });
  }
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith('.')) cases.push(...(await findDemoCases(root, path.join(dir, e.name))));
  }
  return cases;
}
