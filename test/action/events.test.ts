// The bundled action run per event type, in git mode with a real temporary repository, and with bad
// inputs and config files.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import { GitRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { DUAL, kubeadm, prPayload, SERVICE_SUBNET_LINE, V4 } from '../support/action-fixtures.js';

const CONFIG = 'clusters/prod/kubeadm.yaml';
const ZERO = '0'.repeat(40);

let gh: FakeGitHub;
let repo: GitRepo | undefined;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
  repo?.remove();
  repo = undefined;
});

const findingRules = (report: string) => JSON.parse(report).findings.map((f: { rule: string }) => f.rule);

/** A base commit with a dual-stack config and a head commit that drops IPv6, known to the fake GitHub. */
function rangeCommits(): { base: string; head: string } {
  const base = gh.addCommit({ [CONFIG]: kubeadm(DUAL), 'README.md': 'x\n' });
  const head = gh.addCommit({ [CONFIG]: kubeadm(V4), 'README.md': 'x\n' }, [base]);
  return { base, head };
}

describe('events served through the API', () => {
  it('merge_group compares base_sha..head_sha', async () => {
    const { base, head } = rangeCommits();
    const run = await runAction({ eventName: 'merge_group', payload: { merge_group: { base_sha: base, head_sha: head } }, apiUrl: gh.url });
    expect(run.code).toBe(1);
    expect(findingRules(run.outputs.report)).toEqual(['family-reduction']);
    expect(gh.count('repos.compare')).toBe(1);
    expect(gh.count('issues.listComments')).toBe(0); // no pull request, no comment
  });

  it('push compares before..after', async () => {
    const { base, head } = rangeCommits();
    const run = await runAction({ eventName: 'push', payload: { before: base, after: head }, apiUrl: gh.url });
    expect(run.code).toBe(1);
    expect(findingRules(run.outputs.report)).toEqual(['family-reduction']);
  });

  it('the first push of a branch (all-zero before) compares with the parent commit', async () => {
    const { head } = rangeCommits();
    const run = await runAction({ eventName: 'push', payload: { before: ZERO, after: head }, apiUrl: gh.url });
    expect(run.code).toBe(1);
    expect(gh.count('repos.getCommit')).toBe(1);
    expect(findingRules(run.outputs.report)).toEqual(['family-reduction']);
  });

  it('a push that deletes a branch has nothing to check', async () => {
    const run = await runAction({ eventName: 'push', payload: { before: rangeCommits().head, after: ZERO, deleted: true }, apiUrl: gh.url });
    expect(run.code).toBe(0);
    expect(gh.count()).toBe(0);
  });

  it('workflow_dispatch compares the base and head inputs', async () => {
    const { base, head } = rangeCommits();
    const run = await runAction({ eventName: 'workflow_dispatch', payload: { inputs: { base, head } }, apiUrl: gh.url });
    expect(run.code).toBe(1);
    expect(findingRules(run.outputs.report)).toEqual(['family-reduction']);
  });

  it('workflow_dispatch without a base input says what is missing', async () => {
    const run = await runAction({ eventName: 'workflow_dispatch', payload: { inputs: {} }, apiUrl: gh.url, sha: rangeCommits().head });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("workflow_dispatch needs an input 'base'");
  });

  it('rejects an unsupported event with a clear error', async () => {
    const run = await runAction({ eventName: 'issues', payload: {}, apiUrl: gh.url });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::Unsupported event 'issues'. service-cidr-guard runs on: pull_request, pull_request_target, merge_group, push, workflow_dispatch.",
    );
  });
});

describe('git mode and pull_request_target', () => {
  function prRepo(): {
    shas: { baseSha: string; headSha: string; mergeBaseSha: string };
    base: Record<string, string>;
    head: Record<string, string>;
  } {
    repo = new GitRepo();
    const base = { [CONFIG]: kubeadm(DUAL), 'README.md': 'x\n' };
    const head = { [CONFIG]: kubeadm(V4), 'README.md': 'x\n' };
    const mergeBaseSha = repo.commit(base, 'base');
    const headSha = repo.commit(head, 'head');
    return { shas: { baseSha: mergeBaseSha, headSha, mergeBaseSha }, base, head };
  }

  it('pull_request in a checkout holding both revisions makes zero API requests', async () => {
    const { shas } = prRepo();
    const run = await runAction({
      eventName: 'pull_request',
      payload: prPayload(gh, 30, shas),
      apiUrl: gh.url,
      workspace: repo!.dir,
      inputs: { comment: 'never' },
    });
    expect(run.stdout).toContain('Reading the change from local git');
    expect(gh.count()).toBe(0);
    expect(run.code).toBe(1);
    const error = run.annotations.find((a) => a.command === 'error' && a.properties.file);
    expect(error?.properties).toMatchObject({ title: 'family-reduction', file: CONFIG, line: String(SERVICE_SUBNET_LINE) });
  });

  it('push in a checkout reads local git, the first push of a branch against the parent', async () => {
    const { shas } = prRepo();
    const run = await runAction({ eventName: 'push', payload: { before: ZERO, after: shas.headSha }, apiUrl: gh.url, workspace: repo!.dir });
    expect(gh.count()).toBe(0);
    expect(run.code).toBe(1);
    expect(findingRules(run.outputs.report)).toEqual(['family-reduction']);
  });

  it('pull_request_target never reads the change from the workspace, only from the API', async () => {
    const { shas, base, head } = prRepo();
    gh.addPull({ number: 31, base, head, shas });
    const run = await runAction({
      eventName: 'pull_request_target',
      payload: prPayload(gh, 31, shas),
      apiUrl: gh.url,
      workspace: repo!.dir,
      inputs: { comment: 'never' },
    });
    expect(run.stdout).not.toContain('Reading the change from local git');
    expect(gh.count('pulls.listFiles')).toBe(1);
    expect(run.code).toBe(1);
    expect(findingRules(run.outputs.report)).toEqual(['family-reduction']);
  });
});

describe('inputs and config', () => {
  it('rejects an invalid fail-on value with the accepted values', async () => {
    const run = await runAction({ eventName: 'pull_request', payload: {}, apiUrl: gh.url, inputs: { 'fail-on': 'eror' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Invalid 'fail-on' value 'eror'. Expected one of: error, warning, notice, never.");
    expect(gh.count()).toBe(0);
  });

  it('applies rule levels from the config file at the base revision (contents API)', async () => {
    const base = gh.addCommit({ [CONFIG]: kubeadm(DUAL), '.github/service-cidr-guard.yml': 'rules:\n  family-reduction: warning\n' });
    const head = gh.addCommit({ [CONFIG]: kubeadm(V4), '.github/service-cidr-guard.yml': 'rules:\n  family-reduction: warning\n' }, [base]);
    const run = await runAction({ eventName: 'push', payload: { before: base, after: head }, apiUrl: gh.url });
    expect(run.code).toBe(0);
    expect(run.annotations.find((a) => a.properties.title === 'family-reduction')?.command).toBe('warning');
    expect(gh.requests.some((r) => r.route === 'repos.getContent' && r.url.includes(`ref=${base}`) && r.url.includes('service-cidr-guard.yml'))).toBe(
      true,
    );
  });

  it('never reads the config file from the workspace (the pull request checkout)', async () => {
    const { base, head } = rangeCommits();
    repo = new GitRepo(); // a directory holding a permissive config, as a PR checkout would (no matching commits: the API is used)
    mkdirSync(path.join(repo.dir, '.github'), { recursive: true });
    writeFileSync(path.join(repo.dir, '.github/service-cidr-guard.yml'), 'rules:\n  family-reduction: off\nexclude: ["**"]\n');
    const run = await runAction({ eventName: 'push', payload: { before: base, after: head }, apiUrl: gh.url, workspace: repo.dir });
    expect(run.code).toBe(1);
    expect(findingRules(run.outputs.report)).toEqual(['family-reduction']);
  });

  it('reads an explicit config outside the workspace (a file the workflow wrote) from disk', async () => {
    const { base, head } = rangeCommits();
    repo = new GitRepo();
    const outside = path.join(path.dirname(repo.dir), `${path.basename(repo.dir)}-guard.yml`);
    writeFileSync(outside, 'rules:\n  family-reduction: warning\n');
    try {
      const run = await runAction({
        eventName: 'push',
        payload: { before: base, after: head },
        apiUrl: gh.url,
        workspace: repo.dir,
        inputs: { config: outside },
      });
      expect(run.code).toBe(0);
      expect(run.annotations.find((a) => a.properties.title === 'family-reduction')?.command).toBe('warning');
    } finally {
      rmSync(outside, { force: true });
    }
  });

  it('fails on a config file with an unknown key', async () => {
    const base = gh.addCommit({ [CONFIG]: kubeadm(DUAL), 'guard.yml': 'rulez: {}\n' });
    const head = gh.addCommit({ [CONFIG]: kubeadm(V4), 'guard.yml': 'rulez: {}\n' }, [base]);
    const run = await runAction({ eventName: 'push', payload: { before: base, after: head }, apiUrl: gh.url, inputs: { config: 'guard.yml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("guard.yml: unknown key 'rulez'. Expected one of: kubernetes-version, paths, exclude, rules.");
  });

  it('fails when an explicitly named config file is missing at the base revision', async () => {
    const { base, head } = rangeCommits();
    const run = await runAction({ eventName: 'push', payload: { before: base, after: head }, apiUrl: gh.url, inputs: { config: 'nope.yml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Config file 'nope.yml' (input 'config') does not exist at the base revision");
  });

  it('writes the SARIF file when asked', async () => {
    const { base, head } = rangeCommits();
    repo = new GitRepo();
    const run = await runAction({
      eventName: 'push',
      payload: { before: base, after: head },
      apiUrl: gh.url,
      workspace: repo.dir,
      inputs: { 'sarif-file': 'out/guard.sarif' },
    });
    expect(run.code).toBe(1);
    const file = path.join(repo.dir, 'out/guard.sarif');
    expect(existsSync(file)).toBe(true);
    const sarif = JSON.parse(readFileSync(file, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(JSON.stringify(sarif.runs[0].results)).toContain('family-reduction');
  });
});
