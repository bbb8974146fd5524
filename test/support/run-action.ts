// Runs the bundled action (dist/index.js) as a child process exactly as the runner does: inputs as
// INPUT_<NAME> (upper-case, hyphens kept) with action.yml defaults filled in, the event payload in a file,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and the API URLs pointing at the fake GitHub.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ACTION_BUNDLE = path.join(REPO_ROOT, 'dist/index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: ParsedCommand[];
  /** Messages of ::error:: without file (setFailed) and plain log lines are in stdout. */
  failure?: string;
}

export interface ParsedCommand {
  command: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface RunOptions {
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  apiUrl?: string;
  workspace?: string;
  repository?: string;
  sha?: string;
  extraEnv?: Record<string, string>;
}

/** action.yml input defaults, with `${{ github.token }}` replaced by a test token as the runner would. */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    out[name] = String(spec.default ?? '').replace('${{ github.token }}', 'ghs_test_token');
  }
  return out;
}

export function runAction(options: RunOptions): Promise<ActionRun> {
  if (!existsSync(ACTION_BUNDLE)) throw new Error(`${ACTION_BUNDLE} is missing: run npm run build:action first`);
  const dir = mkdtempSync(path.join(tmpdir(), 'scg-run-'));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output.txt');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const workspace = options.workspace ?? mkdtempSync(path.join(tmpdir(), 'scg-ws-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: options.repository ?? 'acme/fleet',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: options.sha ?? '',
    RUNNER_TEMP: dir,
    // Compiled-code cache between the many starts of the bundle (test/support/global-setup.mjs; Node 22.1+).
    ...(process.env.NODE_COMPILE_CACHE ? { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE } : {}),
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl, GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql` } : {}),
    ...options.extraEnv,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION_BUNDLE], { env, cwd: workspace, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0;
      resolve({
        code: typeof code === 'number' ? code : 1,
        stdout: String(stdout),
        stderr: String(stderr),
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        annotations: parseCommands(String(stdout)),
      });
    });
  });
}

/** GITHUB_OUTPUT heredoc format: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** `::error file=a,line=1,title=x::message` workflow commands from stdout. */
export function parseCommands(stdout: string): ParsedCommand[] {
  const out: ParsedCommand[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      properties[kv.slice(0, eq)] = unescapeProperty(kv.slice(eq + 1));
    }
    out.push({ command: m[1] as ParsedCommand['command'], properties, message: unescapeData(m[3]) });
  }
  return out;
}
