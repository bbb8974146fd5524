// Runs the bundled action (dist/index.js) as the runner does, like test/support/run-action.ts (which is
// TypeScript and resolves paths from its own location): inputs as INPUT_<NAME> with action.yml defaults, the
// event payload in a file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, the API URLs of the loopback server.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runMeasured } from './processes.mjs';

export function actionDefaults(repoRoot) {
  const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8'));
  const out = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    out[name] = String(spec.default ?? '').replace('${{ github.token }}', 'ghs_bench_token');
  }
  return out;
}

/** A pull_request payload for PR `number` of the fake server. */
export function pullRequestPayload(fake, number, shas) {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, base: { sha: shas.baseSha, repo: { full_name: `${fake.owner}/${fake.repo}` } }, head: { sha: shas.headSha }, labels: [] },
    repository: { full_name: `${fake.owner}/${fake.repo}` },
  };
}

/** One run of the bundle; the workspace is an empty directory (not a checkout), so the change is read through the API. */
export async function runActionBundle({ repoRoot, bundle, apiUrl, payload, eventName = 'pull_request', inputs = {} }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'scg-bench-action-'));
  const workspace = path.join(dir, 'workspace');
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output.txt'), summary: path.join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  mkdirSync(workspace);
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: `${payload.repository.full_name}`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: payload.pull_request?.head?.sha ?? '',
    RUNNER_TEMP: dir,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(repoRoot), ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  try {
    const r = await runMeasured(process.execPath, [bundle], { cwd: workspace, env });
    return { ...r, outputs: parseOutputs(readFileSync(files.output, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT heredoc format: `name<<DELIM\nvalue\nDELIM`. */
function parseOutputs(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}
