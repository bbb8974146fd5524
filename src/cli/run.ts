// The command-line orchestrator: the one place in the CLI that turns a report into an exit status.
// It never calls process.exit (the entry sets process.exitCode), so output is always flushed.

import { readFile, readdir } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { parseConfig, engineOptionsOf, type GuardConfig } from '../config.js';
import { analyzeChanges } from '../engine.js';
import type { ChangedFile, RuleId } from '../model.js';
import { createPathFilter } from '../changes/path-filter.js';
import { readGitChanges } from '../changes/git.js';
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
  const config = await loadConfig(settings, io.cwd);
  const options = engineOptionsOf(config, settings.kubernetesVersion);
  const cmd = settings.command;
  let files: ChangedFile[];
  if (cmd.kind === 'diff') {
    files = [await readFilePair(io.cwd, cmd.oldPath, cmd.newPath, io)];
  } else if (cmd.kind === 'scan') {
    const onRange = (range: Parameters<typeof describeRange>[0]) => io.stderr(describeRange(range));
    const changed = await readGitChanges({ cwd: io.cwd, base: cmd.base, head: cmd.head, pathspecs: cmd.pathspecs, onRange }).catch((e) => {
      throw describeScanError(e, io.cwd);
    });
    files = filterByConfig(changed, config);
  } else {
    throw new Error(`unexpected command ${cmd.kind}`);
  }
  const report = analyzeChanges(files, options, settings.failOn);
  const ctx = { failOn: settings.failOn, color: shouldColor(settings.color, io.stdoutIsTty, io.env), readText: textLookup(files) };
  io.stdout(renderReport(report, settings.format, ctx));
  await writeOutputFiles(settings.outputs, io.cwd, (format) => renderReport(report, format, { ...ctx, color: false }));
  return report.blocked ? EXIT_BLOCKED : EXIT_OK;
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
  const inScope = createPathFilter(config.paths, config.exclude);
  return files.filter((f) => inScope(f.path) || (f.previousPath !== undefined && inScope(f.previousPath)));
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
    const all = buildReport(reports.flatMap((r) => r.report.findings), reports.flatMap((r) => r.report.problems), settings.failOn);
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
    const pair = await readFilePair(
      dir,
      before ? path.join(dir, before.name) : DEV_NULL,
      after ? path.join(dir, after.name) : DEV_NULL,
    );
    // Report the case-relative name (`<case>/after.yaml`), not an absolute path of this machine.
    pair.path = `${name}/${(after ?? before)!.name}`;
    cases.push({ name, file: pair });
  }
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith('.')) cases.push(...(await findDemoCases(root, path.join(dir, e.name))));
  }
  return cases;
}
