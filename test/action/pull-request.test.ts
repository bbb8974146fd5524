// The bundled action (dist/index.js) run as the runner runs it, against a fake GitHub on 127.0.0.1:
// pull_request events served through the API (the workspace is not a checkout).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub, type Tree } from '../support/fake-github.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { DUAL, kubeadm, prPayload, SERVICE_SUBNET_LINE, V4 } from '../support/action-fixtures.js';
import { COMMENT_MARKER } from '../../src/report/github/comment.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
});

const CONFIG = 'clusters/prod/kubeadm.yaml';

async function runPull(
  number: number,
  base: Tree,
  head: Tree,
  opts: {
    labels?: string[];
    inputs?: Record<string, string>;
    runId?: string;
    renames?: [string, string][];
    noPatch?: string[];
    env?: Record<string, string>;
  } = {},
): Promise<ActionRun> {
  const shas = gh.addPull({ number, base, head, labels: opts.labels, renames: opts.renames, noPatch: opts.noPatch });
  return runAction({
    eventName: 'pull_request',
    payload: prPayload(gh, number, shas, opts.labels),
    apiUrl: gh.url,
    inputs: opts.inputs,
    extraEnv: { ...(opts.runId ? { GITHUB_RUN_ID: opts.runId } : {}), ...opts.env },
  });
}

const comments = (n: number) => gh.comments.get(n) ?? [];

describe('pull_request through the API', () => {
  it('blocks a kubeadm family reduction with an error annotation on the serviceSubnet line', async () => {
    const run = await runPull(1, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.command === 'error' && a.properties.file);
    expect(errors).toHaveLength(1);
    expect(errors[0].properties).toMatchObject({ title: 'family-reduction', file: CONFIG, line: String(SERVICE_SUBNET_LINE) });
    expect(run.outputs.blocked).toBe('true');
    expect(JSON.parse(run.outputs.counts)).toMatchObject({ error: 1 });
    const report = JSON.parse(run.outputs.report);
    expect(report.findings[0]).toMatchObject({ rule: 'family-reduction', before: ['10.96.0.0/16', 'fd00:10:96::/112'], after: ['10.96.0.0/16'] });
    expect(run.summary).toContain('family-reduction');
    expect(comments(1)).toHaveLength(1);
    expect(comments(1)[0].body.startsWith(COMMENT_MARKER)).toBe(true);
    // The diff is against the merge base, not the moved base tip.
    expect(gh.requests.some((r) => r.route === 'repos.compare')).toBe(true);
  });

  it('passes a clean pull request without posting a comment', async () => {
    const run = await runPull(2, { [CONFIG]: kubeadm(V4), 'README.md': 'a\n' }, { [CONFIG]: kubeadm(V4, 'v1.33.2'), 'README.md': 'b\n' });
    expect(run.code).toBe(0);
    expect(run.outputs.blocked).toBe('false');
    expect(run.annotations.filter((a) => a.command === 'error')).toHaveLength(0);
    expect(comments(2)).toHaveLength(0);
    expect(gh.count('issues.createComment')).toBe(0);
  });

  it('lets the single-stack to dual-stack upgrade through with a notice', async () => {
    const run = await runPull(3, { [CONFIG]: kubeadm(V4) }, { [CONFIG]: kubeadm(DUAL) });
    expect(run.code).toBe(0);
    expect(run.annotations.find((a) => a.properties.title === 'dual-stack-upgrade')).toMatchObject({
      command: 'notice',
      properties: { file: CONFIG, line: String(SERVICE_SUBNET_LINE) },
    });
    expect(JSON.parse(run.outputs.counts)).toMatchObject({ error: 0, notice: 1 });
  });

  it('updates its one comment on a re-run instead of adding another, and skips identical bodies', async () => {
    await runPull(4, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
    const again = await runPull(4, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
    expect(again.code).toBe(1);
    expect(gh.count('issues.updateComment')).toBe(0); // same body: no PATCH
    await runPull(4, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) }, { runId: '9999' });
    expect(gh.count('issues.updateComment')).toBe(1);
    expect(comments(4)).toHaveLength(1);
    expect(comments(4)[0].body).toContain('9999');
  });

  it('turns the comment clean when the pull request is fixed', async () => {
    const blocked = await runPull(5, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
    expect(blocked.code).toBe(1);
    expect(comments(5)[0].body).toContain('family-reduction');
    const fixed = await runPull(5, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(DUAL, 'v1.33.2') });
    expect(fixed.code).toBe(0);
    expect(comments(5)).toHaveLength(1);
    expect(comments(5)[0].body).not.toContain('family-reduction');
    expect(comments(5)[0].body).toContain('✅');
  });

  it('keeps annotations, summary and verdict when a fork token cannot write (403)', async () => {
    gh.fail('issues.createComment', { status: 403, message: 'Resource not accessible by integration' });
    gh.fail('checks.create', { status: 403, message: 'Resource not accessible by integration' });
    const run = await runPull(6, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) }, { inputs: { 'check-run': 'true' } });
    expect(run.code).toBe(1);
    expect(run.annotations.some((a) => a.command === 'error' && a.properties.title === 'family-reduction')).toBe(true);
    expect(run.summary).toContain('family-reduction');
    const notices = run.annotations.filter((a) => a.command === 'notice' && /read-only/.test(a.message));
    expect(notices).toHaveLength(2);
    expect(run.outputs.blocked).toBe('true');
  });

  it('approves every finding with the allow-label and records it', async () => {
    const run = await runPull(7, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) }, { labels: ['service-cidr-change-approved'] });
    expect(run.code).toBe(0);
    expect(run.outputs.blocked).toBe('false');
    expect(JSON.parse(run.outputs.counts)).toMatchObject({ error: 0, suppressed: 1 });
    const report = JSON.parse(run.outputs.report);
    expect(report.findings[0].suppressed).toBe(true);
    expect(report.findings[0].suppressedBy).toContain('service-cidr-change-approved');
    // The summary records who is responsible (the label; markdown-escaped there).
    expect(run.summary).toContain('Suppressed findings');
    expect(run.summary.replace(/\\/g, '')).toContain("label 'service-cidr-change-approved'");
  });

  it('does not approve with a different label', async () => {
    const run = await runPull(8, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) }, { labels: ['lgtm'] });
    expect(run.code).toBe(1);
  });

  it('fails closed on a pull request larger than the 3,000 files GitHub lists', async () => {
    const head: Tree = {};
    for (let i = 0; i < 3001; i++) head[`apps/app-${String(i).padStart(4, '0')}.txt`] = `${i}\n`;
    const run = await runPull(9, {}, head);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('fetch-depth: 0');
    expect(run.stdout).toMatch(/changes 3001 files but the GitHub API lists only 3000/);
    expect(gh.count('pulls.listFiles')).toBe(30);
    expect(gh.count('graphql')).toBe(0);
  });

  it('reads a 253-file pull request with two cluster configs in at most 25 requests', async () => {
    const base: Tree = { 'clusters/a/kubeadm.yaml': kubeadm(DUAL), 'clusters/b/kubeadm.yaml': kubeadm(V4) };
    const head: Tree = { 'clusters/a/kubeadm.yaml': kubeadm(V4), 'clusters/b/kubeadm.yaml': kubeadm(DUAL) };
    for (let i = 0; i < 251; i++) {
      base[`docs/page-${i}.md`] = `old ${i}\n`;
      head[`docs/page-${i}.md`] = `new ${i}\n`;
    }
    const run = await runPull(10, base, head);
    expect(gh.count()).toBeLessThanOrEqual(25);
    expect(gh.count('pulls.listFiles')).toBe(3);
    expect(gh.count('graphql')).toBe(4); // 3 head batches of <=100 + 1 base batch for the 2 configs
    expect(run.code).toBe(1);
    const rules = JSON.parse(run.outputs.report).findings.map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`);
    expect(rules).toEqual(['clusters/a/kubeadm.yaml family-reduction', 'clusters/b/kubeadm.yaml dual-stack-upgrade']);
  });

  it('compares a renamed file with its previous path', async () => {
    const run = await runPull(
      11,
      { 'old/kubeadm.yaml': kubeadm(DUAL) },
      { 'new/kubeadm.yaml': kubeadm(V4) },
      { renames: [['old/kubeadm.yaml', 'new/kubeadm.yaml']] },
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.report).findings[0]).toMatchObject({ file: 'new/kubeadm.yaml', rule: 'family-reduction' });
  });

  it('passes a pure rename', async () => {
    const run = await runPull(
      12,
      { 'old/kubeadm.yaml': kubeadm(DUAL) },
      { 'new/kubeadm.yaml': kubeadm(DUAL) },
      { renames: [['old/kubeadm.yaml', 'new/kubeadm.yaml']] },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.report).findings.filter((f: { level: string }) => f.level !== 'notice')).toEqual([]);
  });

  it('reads the base side of a deleted cluster config and does not block', async () => {
    const run = await runPull(13, { [CONFIG]: kubeadm(DUAL) }, {});
    expect(run.code).toBe(0);
    const graphqlBodies = gh.requests.filter((r) => r.route === 'graphql').map((r) => JSON.stringify(r.body));
    expect(graphqlBodies.some((b) => b.includes(CONFIG))).toBe(true);
  });

  it('skips binary files without failing', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const run = await runPull(14, { 'img/logo.png': Buffer.from([0x89, 0x50, 0, 1]) }, { 'img/logo.png': png });
    expect(run.code).toBe(0);
    expect(run.outputs.blocked).toBe('false');
  });

  it('lists a file over the size limit as a problem without downloading it', async () => {
    gh.graphqlTextLimit = 100; // GitHub truncates large blobs in GraphQL; the REST download must not follow
    const huge = `# ${'x'.repeat(6 * 1024 * 1024)}\n`;
    const run = await runPull(91, { 'big.yaml': 'a: 1\n' }, { 'big.yaml': huge });
    // The only contents request reads the gate config at the base; the big file is never downloaded.
    expect(gh.requests.filter((r) => r.route === 'repos.getContent' && r.url.includes('big.yaml'))).toHaveLength(0);
    const report = JSON.parse(run.outputs.report);
    expect(report.problems).toEqual([
      { file: 'big.yaml', line: 1, message: expect.stringContaining('larger than the 5242880-byte limit; it was not read') },
    ]);
  });

  it('fetches the base side when GitHub leaves the patch out', async () => {
    const run = await runPull(15, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) }, { noPatch: [CONFIG] });
    expect(run.code).toBe(1);
  });

  it('does not fetch the base side of files that never mention a range', async () => {
    await runPull(16, { 'a.md': 'x\n', 'b.md': 'y\n' }, { 'a.md': 'x2\n', 'b.md': 'y2\n' });
    expect(gh.count('graphql')).toBe(1);
  });

  it('fetches the base side when only the removed lines mention a range key', async () => {
    // The head no longer names the key (it is gone), the removed line did: the base must be read.
    const base = { 'cluster.env': 'KUBE_API_ARGS="--service-cluster-ip-range=10.0.0.0/16"\nOTHER=1\n' };
    const head = { 'cluster.env': 'OTHER=1\n' };
    await runPull(17, base, head);
    expect(gh.count('graphql')).toBe(2);
  });

  it('reads a blob GraphQL truncates through the REST contents API (raw)', async () => {
    gh.graphqlTextLimit = 100;
    const run = await runPull(18, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
    expect(run.code).toBe(1);
    // Both sides of the file (the third contents request reads the gate config at the base).
    expect(gh.requests.filter((r) => r.route === 'repos.getContent' && r.url.includes('kubeadm.yaml'))).toHaveLength(2);
  });

  it('fails closed naming the file when its content cannot be fetched', async () => {
    gh.graphqlTextLimit = 100;
    gh.fail('repos.getContent', { status: 404 });
    const run = await runPull(19, { [CONFIG]: kubeadm(V4) }, { [CONFIG]: kubeadm(V4, 'v1.33.2') });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Cannot read ${CONFIG}`);
  });

  it('retries a 5xx and a secondary rate limit (429 with retry-after)', async () => {
    gh.fail('graphql', { status: 502, times: 1 });
    gh.fail('pulls.listFiles', { status: 429, times: 1, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit.' });
    // Retry waits in 50 ms units instead of 1 s (test/action/faults.test.ts keeps one case in real seconds).
    const run = await runPull(20, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) }, { env: { SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS: '0.05' } });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.report).findings[0].rule).toBe('family-reduction');
    expect(gh.requests.filter((r) => r.route === 'graphql' && r.status === 502)).toHaveLength(1);
    expect(gh.requests.filter((r) => r.route === 'pulls.listFiles' && r.status === 429)).toHaveLength(1);
  });

  it('fails the run when the API refuses to list the files (never a pass)', async () => {
    gh.fail('pulls.listFiles', { status: 404 });
    const run = await runPull(21, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
    expect(run.code).toBe(1);
    expect(run.outputs.blocked).toBeUndefined();
  });

  it('posts a check run with annotations in batches of 50 and caps log annotations at 10 per level', async () => {
    const base: Tree = {};
    const head: Tree = {};
    for (let i = 0; i < 60; i++) {
      base[`c/${String(i).padStart(2, '0')}/kubeadm.yaml`] = kubeadm(DUAL);
      head[`c/${String(i).padStart(2, '0')}/kubeadm.yaml`] = kubeadm(V4);
    }
    const run = await runPull(22, base, head, { inputs: { 'check-run': 'true', comment: 'never' } });
    expect(run.code).toBe(1);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0].annotations).toHaveLength(60);
    expect(gh.checkRuns[0].updates).toBe(1);
    expect(gh.checkRuns[0].conclusion).toBe('failure');
    const fileErrors = run.annotations.filter((a) => a.command === 'error' && a.properties.file);
    expect(fileErrors).toHaveLength(10);
    expect(run.annotations.some((a) => a.command === 'notice' && /50 errors more are listed in the job summary/.test(a.message))).toBe(true);
    expect(gh.count('issues.listComments')).toBe(0);
  });

  it('logs a reporting failure (422 on the comment) as a warning and keeps the verdict', async () => {
    gh.fail('issues.createComment', { status: 422, message: 'Validation Failed' });
    const clean = await runPull(24, { [CONFIG]: kubeadm(V4) }, { [CONFIG]: kubeadm(V4, 'v1.33.2') }, { inputs: { comment: 'always' } });
    expect(clean.code).toBe(0);
    expect(clean.annotations.some((a) => a.command === 'warning' && /Could not write the pull request comment/.test(a.message))).toBe(true);
    const blocked = await runPull(25, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
    expect(blocked.code).toBe(1);
  });

  it('honours paths and exclude inputs', async () => {
    const run = await runPull(23, { [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) }, { inputs: { exclude: 'clusters/prod/**' } });
    expect(run.code).toBe(0);
    expect(gh.count('graphql')).toBe(0);
  });
});
