// Action orchestrator: the one place that decides success or failure (core.setFailed). Order matters:
//   inputs -> config -> event -> changes (git or API, fail closed) -> engine (pure) -> approval label
//   -> reporting channels (each may fail; a failure is a warning) -> outputs -> verdict, decided once.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { getInputs, type Settings } from './inputs.js';
import { DEFAULT_CONFIG, engineOptionsOf, parseConfig, type GuardConfig } from './config.js';
import { readEvent, type ChangeRequest } from './changes/event.js';
import { collectChanges } from './changes/github.js';
import { createGitHubClient, type GitHub } from './changes/github-client.js';
import { createPathFilter } from './changes/path-filter.js';
import { analyzeChanges } from './engine.js';
import type { Report } from './model.js';
import { approveByLabel, countByLevel } from './verdict.js';
import { renderMarkdown } from './report/markdown.js';
import { toJsonReport } from './report/json.js';
import { emitAnnotations } from './report/github/annotations.js';
import { writeJobSummary } from './report/github/summary.js';
import { upsertStickyComment } from './report/github/comment.js';
import { CHECK_RUN_NAME, publishCheckRun } from './report/github/check-run.js';
import { writeSarifFile } from './report/github/sarif-file.js';

export async function run(): Promise<void> {
  let report: Report;
  let settings: Settings;
  let request: ChangeRequest;
  let headSha: string | undefined;
  let client: GitHub | undefined;
  const github = (): GitHub => {
    if (!client) {
      if (!settings.token) throw new Error("The 'github-token' input is empty: the GitHub API cannot be read.");
      client = createGitHubClient(settings.token, {
        apiUrl: process.env.GITHUB_API_URL,
        graphqlUrl: process.env.GITHUB_GRAPHQL_URL,
        log: { info: core.info, warning: core.warning },
        // Bounds on the API (see github-client.ts); the environment may tighten or widen them, e.g. for a
        // slow GitHub Enterprise Server. Read here, with the inputs, never at import time.
        requestTimeoutMs: readSecondsEnv('SERVICE_CIDR_GUARD_REQUEST_TIMEOUT_SECONDS'),
        deadlineMs: readSecondsEnv('SERVICE_CIDR_GUARD_API_BUDGET_SECONDS'),
        // Test-only: shortens every retry wait (see github-client.ts), e.g. 0.05 in test/action/faults.test.ts.
        retryUnitMs: readSecondsEnv('SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS'),
      });
    }
    return client;
  };

  try {
    settings = getInputs();
    const workspace = process.env.GITHUB_WORKSPACE || undefined;
    const config = loadConfig(settings, workspace);
    request = readEvent();
    const filter = createPathFilter(settings.paths.length > 0 ? settings.paths : config.paths, [
      ...config.exclude,
      ...settings.exclude,
    ]);
    const changes = await collectChanges(request, { workspace, filter, github, log: { info: core.info, debug: core.debug } });
    headSha = changes.headSha;
    core.info(`${changes.files.length} changed file(s) may set a Service range (source: ${changes.source}).`);
    report = analyzeChanges(changes.files, engineOptionsOf(config, settings.kubernetesVersion), settings.failOn);

    const labels = changes.labels ?? (request.kind === 'pull-request' ? request.labels : []);
    if (settings.allowLabel && labels.includes(settings.allowLabel) && report.findings.some((f) => !f.suppressed)) {
      report = approveByLabel(report, settings.allowLabel, settings.failOn);
      core.notice(
        `The pull request carries the label '${settings.allowLabel}': every finding is approved (suppressed) and recorded in the summary.`,
        { title: 'service-cidr-guard: approved by label' },
      );
    }
  } catch (e) {
    // No report could be built: fail closed with the reason (the run never passes without seeing the change).
    core.setFailed(messageOf(e));
    return;
  }

  await publish(report, settings, request, headSha, github);

  core.setOutput('blocked', String(report.blocked));
  core.setOutput('counts', JSON.stringify(countByLevel(report)));
  core.setOutput('report', JSON.stringify(toJsonReport(report)));

  // The verdict, decided once, from the report alone: nothing in publish() can change it.
  if (report.blocked) {
    const c = countByLevel(report);
    core.setFailed(
      `Unsafe Service IP range change: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s) at or above fail-on '${settings.failOn}'. See the annotations and the job summary.`,
    );
  } else {
    core.info('No finding at or above fail-on: the Service IP range change is safe to merge.');
  }
}

/** Loads the config file from the workspace; the default path is optional, an explicit path is required. */
function loadConfig(settings: Settings, workspace: string | undefined): GuardConfig {
  const file = path.resolve(workspace ?? process.cwd(), settings.configPath);
  if (!existsSync(file)) {
    if (settings.configRequired) throw new Error(`Config file '${settings.configPath}' (input 'config') does not exist.`);
    return DEFAULT_CONFIG;
  }
  core.info(`Using config ${settings.configPath}.`);
  return parseConfig(readFileSync(file, 'utf8'), settings.configPath);
}

/** Every channel runs in its own guard: a failure is a warning (or a notice for a read-only token). */
async function publish(
  report: Report,
  settings: Settings,
  request: ChangeRequest,
  headSha: string | undefined,
  github: () => GitHub,
): Promise<void> {
  const runUrl = runUrlOf(process.env);
  const markdown = renderMarkdown(report, { failOn: settings.failOn });

  await guard('annotations', () => emitAnnotations(report));
  await guard('job summary', () => writeJobSummary(markdown));
  if (settings.sarifFile) {
    const sarifFile = settings.sarifFile;
    await guard('SARIF file', async () => core.info(`SARIF written to ${await writeSarifFile(sarifFile, report, process.env.GITHUB_WORKSPACE || undefined)}`));
  }
  if (request.kind === 'pull-request' && settings.comment !== 'never') {
    await guard('pull request comment', async () => {
      const outcome = await upsertStickyComment(
        github(),
        { owner: request.owner, repo: request.repo, number: request.number },
        report,
        settings.comment,
        { failOn: settings.failOn, runUrl },
      );
      core.info(`Pull request comment: ${outcome}.`);
    });
  }
  const checkSha = headSha ?? (request.kind === 'pull-request' ? request.headSha : request.kind === 'range' ? request.head : undefined);
  if (settings.checkRun && checkSha) {
    await guard('check run', async () => {
      const requests = await publishCheckRun(github(), { owner: request.owner, repo: request.repo, headSha: checkSha }, report, markdown);
      core.info(`Check run '${CHECK_RUN_NAME}' published on ${checkSha.slice(0, 12)} (${requests} request(s)).`);
    });
  }
}

async function guard(channel: string, fn: () => unknown): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      // Fork pull requests get a read-only GITHUB_TOKEN: writes are refused. Annotations, the job summary and
      // the verdict still stand (the reviewdog fallback).
      core.notice(
        `Could not write the ${channel} (HTTP ${status}): the token is read-only, as on pull requests from forks. Annotations, the job summary and the verdict are unaffected.`,
      );
    } else {
      core.warning(`Could not write the ${channel}: ${messageOf(e)}. The verdict is unaffected.`);
    }
  }
}

/** A positive number of seconds from the environment, in milliseconds; undefined when unset. */
function readSecondsEnv(name: string): number | undefined {
  const text = process.env[name]?.trim();
  if (!text) return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 6 * 3600) {
    throw new Error(`Invalid ${name} value '${text}'. Expected a number of seconds between 0 and 21600.`);
  }
  return Math.round(seconds * 1000);
}

function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
