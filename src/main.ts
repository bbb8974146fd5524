// Action orchestrator: the one place that decides success or failure (core.setFailed). Order matters:
//   inputs -> event -> revisions -> config AT THE BASE -> changes (git or API, fail closed) -> engine (pure)
//   -> approval label (who applied it: a second person with write permission or a listed approver)
//   -> reporting channels (each may fail; a failure is a warning) -> outputs -> verdict, decided once.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { getInputs, type Settings } from './inputs.js';
import { DEFAULT_CONFIG, engineOptionsOf, parseConfig, type GuardConfig } from './config.js';
import { readEvent, type ChangeRequest } from './changes/event.js';
import { collectChanges, type RevisionView } from './changes/github.js';
import { createGitHubClient, type GitHub } from './changes/github-client.js';
import { createPathFilter, unmatchedPatterns } from './changes/path-filter.js';
import { checkLabelApproval, type ApprovalOutcome } from './changes/approval.js';
import { analyzeChanges } from './engine.js';
import type { EngineOptions, Report } from './model.js';
import { approveByLabel, countByLevel, revokeAddedSuppressions } from './verdict.js';
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
  let approval: ApprovalOutcome | undefined;
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
    request = readEvent();
    const source = configSourceOf(settings, workspace);
    // A config the workflow wrote outside the repository is read from disk, before anything else.
    let config: GuardConfig = source.kind === 'disk' ? loadDiskConfig(settings, source.file) : DEFAULT_CONFIG;
    const changes = await collectChanges(request, {
      workspace,
      github,
      contextRequests: readCountEnv('SERVICE_CIDR_GUARD_CONTEXT_REQUESTS'),
      log: { info: core.info, debug: core.debug },
      scope: async (view) => {
        if (source.kind === 'repository') config = await loadBaseConfig(settings, source.path, view);
        const paths = settings.paths.length > 0 ? settings.paths : config.paths;
        const exclude = [...config.exclude, ...settings.exclude];
        const filter = createPathFilter(paths, exclude);
        reportUnmatchedScope(paths, exclude, view.changedPaths);
        return { filter, alwaysRead: source.kind === 'repository' ? [source.path] : [] };
      },
    });
    headSha = changes.headSha;
    core.info(`${changes.files.length} changed file(s) may set a Service range (source: ${changes.source}).`);
    const options: EngineOptions = {
      ...engineOptionsOf(config, settings.kubernetesVersion, settings.paths.length > 0 ? settings.paths : config.paths),
      // The policy file is reviewed as policy only when it is the repository's; a file from disk is not in the diff.
      gateConfigPath: source.kind === 'repository' ? source.path : '',
      // The unchanged Terraform files of the changed directories, prefetched by the change source (git and API).
      ...(changes.readUnchangedDirectory ? { readUnchangedDirectory: changes.readUnchangedDirectory } : {}),
      ...(changes.readRepositoryServiceRanges ? { readRepositoryServiceRanges: changes.readRepositoryServiceRanges } : {}),
    };
    report = analyzeChanges(changes.files, options, settings.failOn);

    if (request.kind === 'pull-request') {
      const labels = changes.labels ?? request.labels;
      const addedSuppressions = report.findings.some((f) => f.suppressed && f.suppressionAdded);
      const needsApproval = report.findings.some((f) => !f.suppressed) || (settings.requireApprovalForSuppressions && addedSuppressions);
      if (settings.allowLabel && labels.includes(settings.allowLabel) && needsApproval) {
        approval = await checkLabelApproval(
          github(),
          { owner: request.owner, repo: request.repo, number: request.number, author: changes.author ?? request.author },
          settings.allowLabel,
          settings.approvers,
        );
      }
      if (settings.requireApprovalForSuppressions && approval?.state !== 'approved') {
        report = revokeAddedSuppressions(
          report,
          settings.failOn,
          approval
            ? `the label '${approval.label}' does not approve: ${approval.reason}`
            : `'require-approval-for-suppressions' asks for the label '${settings.allowLabel}' applied by a maintainer`,
        );
      }
      if (approval?.state === 'approved') {
        report = approveByLabel(report, settings.allowLabel, settings.failOn, `@${approval.by} (${approval.why})`);
        core.notice(
          `The pull request carries the label '${approval.label}', applied by @${approval.by} (${approval.why}): every finding is approved (suppressed) and recorded in the summary.`,
          { title: 'service-cidr-guard: approved by label' },
        );
      } else if (approval) {
        core.warning(
          `The label '${approval.label}' does not approve this pull request: ${approval.reason}. Findings at or above fail-on stay blocking.`,
          {
            title: 'service-cidr-guard: approval label ignored',
          },
        );
      }
    }
  } catch (e) {
    // No report could be built: fail closed with the reason (the run never passes without seeing the change).
    core.setFailed(messageOf(e));
    return;
  }

  await publish(report, settings, request, headSha, github, approval);

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

type ConfigSource = { kind: 'repository'; path: string } | { kind: 'disk'; file: string };

/**
 * Where the policy comes from (SPEC §9): a path inside the repository is read at the base revision, never
 * from the pull request's checkout; an absolute path outside the workspace (a file an earlier step wrote,
 * e.g. under RUNNER_TEMP) is read from disk, since the pull request cannot write there.
 */
export function configSourceOf(settings: Pick<Settings, 'configPath'>, workspace: string | undefined): ConfigSource {
  const root = path.resolve(workspace ?? process.cwd());
  const file = path.resolve(root, settings.configPath);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'disk', file };
  return { kind: 'repository', path: relative.split(path.sep).join('/') };
}

function loadDiskConfig(settings: Settings, file: string): GuardConfig {
  if (!existsSync(file)) throw new Error(`Config file '${settings.configPath}' (input 'config') does not exist.`);
  core.info(`Using config ${settings.configPath} (read from disk: it is outside the repository).`);
  return parseConfig(readFileSync(file, 'utf8'), settings.configPath);
}

/** The config at the base revision; the default path is optional there, an explicit one is required. */
async function loadBaseConfig(settings: Settings, repoPath: string, view: RevisionView): Promise<GuardConfig> {
  const text = await view.readBase(repoPath);
  const at = `the base revision ${view.before.slice(0, 12)}`;
  if (text === undefined) {
    if (settings.configRequired) {
      throw new Error(
        `Config file '${settings.configPath}' (input 'config') does not exist at ${at}: the config is read from the base, never from the pull request. ` +
          'Commit it to the base branch first, or have the workflow write it outside the repository (e.g. under ${{ runner.temp }}).',
      );
    }
    core.info(`No ${repoPath} at ${at}: using the defaults.`);
    return DEFAULT_CONFIG;
  }
  core.info(`Using config ${repoPath} from ${at} (a change to it in the pull request takes effect after merge).`);
  return parseConfig(text, repoPath);
}

/** `paths` / `exclude` patterns that match no changed file: said, so that a typo does not narrow the scan unseen. */
function reportUnmatchedScope(paths: readonly string[], exclude: readonly string[], changed: readonly string[]): void {
  if (changed.length === 0) return;
  for (const [name, globs] of [
    ['paths', paths],
    ['exclude', exclude],
  ] as const) {
    const unmatched = unmatchedPatterns(globs, changed);
    if (unmatched.length > 0) {
      core.notice(
        `'${name}' pattern${unmatched.length === 1 ? '' : 's'} ${unmatched.map((g) => `'${g}'`).join(', ')} match${unmatched.length === 1 ? 'es' : ''} no changed file.`,
        {
          title: 'service-cidr-guard: scope',
        },
      );
    }
  }
}

/** Every channel runs in its own guard: a failure is a warning (or a notice for a read-only token). */
async function publish(
  report: Report,
  settings: Settings,
  request: ChangeRequest,
  headSha: string | undefined,
  github: () => GitHub,
  approval: ApprovalOutcome | undefined,
): Promise<void> {
  const runUrl = runUrlOf(process.env);
  const markdown = renderMarkdown(report, { failOn: settings.failOn, approval });

  await guard('annotations', () => emitAnnotations(report));
  await guard('job summary', () => writeJobSummary(markdown));
  if (settings.sarifFile) {
    const sarifFile = settings.sarifFile;
    await guard('SARIF file', async () =>
      core.info(`SARIF written to ${await writeSarifFile(sarifFile, report, process.env.GITHUB_WORKSPACE || undefined)}`),
    );
  }
  if (request.kind === 'pull-request' && settings.comment !== 'never') {
    await guard('pull request comment', async () => {
      const outcome = await upsertStickyComment(
        github(),
        { owner: request.owner, repo: request.repo, number: request.number },
        report,
        settings.comment,
        { failOn: settings.failOn, runUrl, approval },
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

/** A count of API requests from the environment (SERVICE_CIDR_GUARD_CONTEXT_REQUESTS), 0 to 100. */
function readCountEnv(name: string): number | undefined {
  const text = process.env[name]?.trim();
  if (!text) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 100)
    throw new Error(`Invalid ${name} value '${text}'. Expected a whole number of requests from 0 to 100.`);
  return n;
}
