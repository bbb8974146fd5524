// Issue 10, "the pull request can neither steer the gate": the bundled action (dist/index.js) run as the
// runner runs it against the loopback fake GitHub. Every blocking case has a safe twin that passes, so a
// gate that blocked everything would fail here as surely as one that passed everything.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub, type FakeIssueEvent, type Tree } from '../support/fake-github.js';
import { GitRepo } from '../support/git-repo.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { DUAL, kubeadm, prPayload, SERVICE_SUBNET_LINE, V4 } from '../support/action-fixtures.js';

const CONFIG = 'clusters/prod/kubeadm.yaml';
const POLICY = '.github/service-cidr-guard.yml';
const LABEL = 'service-cidr-change-approved';
const PERMISSIVE = 'exclude: ["**"]\nrules:\n  family-reduction: notice\n  primary-range-change: off\n';

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

interface PullCase {
  base?: Tree;
  head?: Tree;
  labels?: string[];
  events?: FakeIssueEvent[];
  author?: string;
  inputs?: Record<string, string>;
}

/** An unsafe change (dual-stack to IPv4 only) unless the case gives its own trees. */
async function runPull(number: number, c: PullCase = {}): Promise<ActionRun> {
  const shas = gh.addPull({
    number,
    base: c.base ?? { [CONFIG]: kubeadm(DUAL) },
    head: c.head ?? { [CONFIG]: kubeadm(V4) },
    labels: c.labels,
    events: c.events,
    author: c.author,
  });
  // Retries against scripted faults are real HTTP retries, in units of 50 ms instead of 1 s (as in test/action/faults.test.ts).
  return runAction({
    eventName: 'pull_request',
    payload: prPayload(gh, number, shas, c.labels),
    apiUrl: gh.url,
    inputs: c.inputs,
    extraEnv: FAST_RETRIES,
  });
}

const FAST_RETRIES = { SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS: '0.05' };

const rules = (run: ActionRun) =>
  JSON.parse(run.outputs.report).findings.map(
    (f: { rule: string; level: string; suppressed: boolean }) => `${f.rule}:${f.level}${f.suppressed ? ':suppressed' : ''}`,
  );
const plain = (s: string) => s.replace(/\\/g, '').replace(/\u200b|&#8203;/g, '');

describe('policy comes from the base', () => {
  it('a PR that adds a permissive config next to an unsafe change still blocks, and the config change is an error', async () => {
    const run = await runPull(1, { head: { [CONFIG]: kubeadm(V4), [POLICY]: PERMISSIVE } });
    expect(run.code).toBe(1);
    expect(rules(run)).toEqual(['gate-config-change:error', 'family-reduction:error']);
    const gate = run.annotations.find((a) => a.properties.title === 'gate-config-change');
    expect(gate?.command).toBe('error');
    expect(gate?.message).toContain("exclude adds '**'");
    expect(gate?.message).toContain('rule primary-range-change: error → off');
    // Read at the merge base, never at the head.
    const pr = gh.pulls.get(1)!;
    const policyReads = gh.requests.filter((r) => r.route === 'repos.getContent' && r.url.includes('service-cidr-guard.yml'));
    expect(policyReads.some((r) => r.url.includes(`ref=${pr.mergeBaseSha}`))).toBe(true);
  });

  it('safe twin: the same PR approved by a maintainer passes, the approval named', async () => {
    const run = await runPull(2, { head: { [CONFIG]: kubeadm(V4), [POLICY]: PERMISSIVE }, labels: [LABEL] });
    expect(run.code).toBe(0);
    expect(rules(run)).toEqual(['gate-config-change:error:suppressed', 'family-reduction:error:suppressed']);
    expect(plain(run.summary)).toContain(`Approved by @${FakeGitHub.MAINTAINER}`);
  });

  it('safe twin: a config change that only makes the gate stricter, next to a safe change, passes with a notice', async () => {
    const run = await runPull(3, {
      base: { [CONFIG]: kubeadm(V4), [POLICY]: 'rules:\n  non-canonical-range: off\n' },
      head: { [CONFIG]: kubeadm(V4, 'v1.33.2'), [POLICY]: 'rules:\n  non-canonical-range: warning\n' },
    });
    expect(run.code).toBe(0);
    expect(rules(run)).toEqual(['gate-config-change:notice']);
  });

  it('the base config still applies: a rule the base lowered stays lowered whatever the PR writes', async () => {
    const lowered = 'rules:\n  family-reduction: warning\n';
    const run = await runPull(4, {
      base: { [CONFIG]: kubeadm(DUAL), [POLICY]: lowered },
      head: { [CONFIG]: kubeadm(V4), [POLICY]: 'rules:\n  family-reduction: error\n' },
    });
    expect(run.code).toBe(0);
    expect(rules(run)).toEqual(['gate-config-change:notice', 'family-reduction:warning']);
  });

  it('git mode: a config changed in the PR head is not used; the base one is', async () => {
    repo = new GitRepo();
    const mergeBaseSha = repo.commit({ [CONFIG]: kubeadm(DUAL), [POLICY]: 'rules:\n  non-canonical-range: off\n' }, 'base');
    const headSha = repo.commit({ [CONFIG]: kubeadm(V4), [POLICY]: PERMISSIVE }, 'head');
    const run = await runAction({
      eventName: 'pull_request',
      payload: prPayload(gh, 5, { baseSha: mergeBaseSha, headSha }),
      apiUrl: gh.url,
      workspace: repo.dir, // the checkout holds the PR head, permissive config included
      inputs: { comment: 'never' },
    });
    expect(run.stdout).toContain('Reading the change from local git');
    expect(gh.count()).toBe(0);
    expect(run.code).toBe(1);
    expect(rules(run)).toEqual(['gate-config-change:error', 'family-reduction:error']);
  });
});

describe('approvals need a second person', () => {
  it('a label applied by the PR author is ignored and the report says so', async () => {
    const run = await runPull(10, { labels: [LABEL], events: [{ event: 'labeled', actor: 'octocat', label: LABEL }] });
    expect(run.code).toBe(1);
    expect(rules(run)).toEqual(['family-reduction:error']);
    expect(plain(run.summary)).toContain("applied by @octocat, the pull request's author");
    expect(run.annotations.some((a) => a.command === 'warning' && /does not approve/.test(a.message))).toBe(true);
    expect(plain(gh.comments.get(10)?.[0]?.body ?? '')).toContain("the pull request's author");
  });

  it('safe twin: a label applied by a maintainer with write permission approves; the report names them', async () => {
    const run = await runPull(11, { labels: [LABEL], events: [{ event: 'labeled', actor: FakeGitHub.MAINTAINER, label: LABEL }] });
    expect(run.code).toBe(0);
    expect(rules(run)).toEqual(['family-reduction:error:suppressed']);
    expect(JSON.parse(run.outputs.report).findings[0].suppressedBy).toContain(`applied by @${FakeGitHub.MAINTAINER} (write permission`);
    expect(plain(run.summary)).toContain(`Approved by @${FakeGitHub.MAINTAINER} (write permission on the repository)`);
    // A few requests at most: one page of events and one permission lookup.
    expect(gh.count('issues.listEvents')).toBe(1);
    expect(gh.count('repos.getCollaboratorPermission')).toBe(1);
  });

  it('a label applied by a read-only user is ignored', async () => {
    const run = await runPull(12, { labels: [LABEL], events: [{ event: 'labeled', actor: 'drive-by', label: LABEL }] });
    expect(run.code).toBe(1);
    expect(plain(run.summary)).toContain('applied by @drive-by, who has neither write permission');
  });

  it('safe twin: the same user listed in approvers approves', async () => {
    const run = await runPull(13, {
      labels: [LABEL],
      events: [{ event: 'labeled', actor: 'drive-by', label: LABEL }],
      inputs: { approvers: 'someone-else, drive-by' },
    });
    expect(run.code).toBe(0);
    expect(plain(run.summary)).toContain("Approved by @drive-by (listed in the 'approvers' input)");
    expect(gh.count('repos.getCollaboratorPermission')).toBe(0);
  });

  it('a member of a listed team approves; a team the user is not in does not', async () => {
    gh.teams.set('acme/network-leads', ['netlead']);
    const events: FakeIssueEvent[] = [{ event: 'labeled', actor: 'netlead', label: LABEL }];
    const member = await runPull(14, { labels: [LABEL], events, inputs: { approvers: 'acme/network-leads' } });
    expect(member.code).toBe(0);
    expect(plain(member.summary)).toContain('member of acme/network-leads');
    const other = await runPull(15, { labels: [LABEL], events, inputs: { approvers: 'acme/other-team' } });
    expect(other.code).toBe(1);
  });

  it('a listed approver who is the PR author still cannot approve their own change', async () => {
    const run = await runPull(16, {
      author: 'drive-by',
      labels: [LABEL],
      events: [{ event: 'labeled', actor: 'drive-by', label: LABEL }],
      inputs: { approvers: 'drive-by' },
    });
    expect(run.code).toBe(1);
  });

  it('the newest labeling counts: a maintainer label removed and re-applied by the author is ignored', async () => {
    const events: FakeIssueEvent[] = [
      { event: 'labeled', actor: FakeGitHub.MAINTAINER, label: LABEL },
      { event: 'unlabeled', actor: 'octocat', label: LABEL },
      { event: 'labeled', actor: 'octocat', label: LABEL },
    ];
    const run = await runPull(17, { labels: [LABEL], events });
    expect(run.code).toBe(1);
  });

  it('finds the labeler on the last page of a long event history with at most 3 requests for events', async () => {
    const events: FakeIssueEvent[] = Array.from({ length: 250 }, (_, i) => ({ event: 'assigned', actor: `user${i}` }));
    events.splice(120, 0, { event: 'labeled', actor: FakeGitHub.MAINTAINER, label: LABEL });
    const run = await runPull(18, { labels: [LABEL], events });
    expect(run.code).toBe(0);
    expect(gh.count('issues.listEvents')).toBeLessThanOrEqual(3);
  });

  it.each([
    ['issues.listEvents', 500],
    ['issues.listEvents', 403],
    ['repos.getCollaboratorPermission', 403],
    ['repos.getCollaboratorPermission', 502],
  ] as const)(
    'an API fault on %s (HTTP %d) never turns the label into a pass',
    async (route, status) => {
      gh.fail(route, { status, message: 'scripted' });
      const run = await runPull(19, { labels: [LABEL] });
      expect(run.code).toBe(1);
      expect(run.outputs.blocked).toBe('true');
      expect(plain(run.summary)).toMatch(/could not (tell|be checked)/);
    },
    60_000,
  );
});

describe('the fork case: read-only token, writes refused with 403', () => {
  const readOnly = () => {
    gh.fail('issues.createComment', { status: 403, message: 'Resource not accessible by integration' });
    gh.fail('issues.updateComment', { status: 403, message: 'Resource not accessible by integration' });
    gh.fail('checks.create', { status: 403, message: 'Resource not accessible by integration' });
  };

  it('an unsafe change from a fork still blocks', async () => {
    readOnly();
    const shas = gh.addPull({ number: 20, base: { [CONFIG]: kubeadm(DUAL) }, head: { [CONFIG]: kubeadm(V4), [POLICY]: PERMISSIVE }, fork: true });
    const run = await runAction({ eventName: 'pull_request', payload: prPayload(gh, 20, shas), apiUrl: gh.url, inputs: { 'check-run': 'true' } });
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.command === 'error' && a.properties.file === CONFIG)?.properties.line).toBe(String(SERVICE_SUBNET_LINE));
  });

  it('safe twin: a safe change from a fork passes', async () => {
    readOnly();
    const shas = gh.addPull({ number: 21, base: { [CONFIG]: kubeadm(V4) }, head: { [CONFIG]: kubeadm(V4, 'v1.33.2') }, fork: true });
    const run = await runAction({ eventName: 'pull_request', payload: prPayload(gh, 21, shas), apiUrl: gh.url, inputs: { 'check-run': 'true' } });
    expect(run.code).toBe(0);
  });

  it('safe twin: a fork PR approved by a maintainer passes (the approval needs only reads)', async () => {
    readOnly();
    const shas = gh.addPull({ number: 22, base: { [CONFIG]: kubeadm(DUAL) }, head: { [CONFIG]: kubeadm(V4) }, labels: [LABEL], fork: true });
    const run = await runAction({ eventName: 'pull_request', payload: prPayload(gh, 22, shas, [LABEL]), apiUrl: gh.url });
    expect(run.code).toBe(0);
  });
});

describe('suppressions', () => {
  const withMarker = (marker: string) => kubeadm(V4).replace('  serviceSubnet:', `${marker}\n  serviceSubnet:`);

  // The finding is on the flow mapping's line; the marker text sits in a quoted value on that same line.
  const flow = (tail: string) =>
    `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.33.1\nnetworking: {serviceSubnet: ${V4}, ${tail}\n`;

  it('a marker inside a quoted YAML value does not suppress', async () => {
    const run = await runPull(30, { head: { [CONFIG]: flow('dnsDomain: "# service-cidr-guard: allow family-reduction -- quoted"}') } });
    expect(run.code).toBe(1);
    expect(rules(run)).toEqual(['family-reduction:error']);
  });

  it('safe twin: the same marker as a real comment on that line suppresses', async () => {
    const run = await runPull(31, { head: { [CONFIG]: flow('dnsDomain: "cluster.local"} # service-cidr-guard: allow family-reduction -- quoted') } });
    expect(run.code).toBe(0);
    expect(rules(run)).toEqual(['family-reduction:error:suppressed']);
  });

  it('safe twin: the same marker in a real comment suppresses, and is listed as added by the PR', async () => {
    const run = await runPull(32, { head: { [CONFIG]: withMarker('  # service-cidr-guard: allow family-reduction -- IPv6 retired, CHG-7') } });
    expect(run.code).toBe(0);
    expect(rules(run)).toEqual(['family-reduction:error:suppressed']);
    expect(plain(run.summary)).toContain('Suppressions added by this change');
  });

  it('require-approval-for-suppressions: a marker the PR adds does not count without an approval', async () => {
    const head = { [CONFIG]: withMarker('  # service-cidr-guard: allow family-reduction -- IPv6 retired, CHG-7') };
    const run = await runPull(33, { head, inputs: { 'require-approval-for-suppressions': 'true' } });
    expect(run.code).toBe(1);
    expect(plain(run.summary)).toContain('Suppressions added by this change');
    expect(JSON.parse(run.outputs.report).findings[0].message).toContain('does not count');
  });

  it('safe twin: with a maintainer approval it passes; a marker already on the base needs none', async () => {
    const marker = '  # service-cidr-guard: allow family-reduction -- IPv6 retired, CHG-7';
    const approved = await runPull(34, {
      head: { [CONFIG]: withMarker(marker) },
      labels: [LABEL],
      inputs: { 'require-approval-for-suppressions': 'true' },
    });
    expect(approved.code).toBe(0);
    const older = await runPull(35, {
      base: { [CONFIG]: kubeadm(DUAL).replace('  serviceSubnet:', `${marker}\n  serviceSubnet:`) },
      head: { [CONFIG]: withMarker(marker) },
      inputs: { 'require-approval-for-suppressions': 'true' },
    });
    expect(older.code).toBe(0);
    expect(plain(older.summary)).not.toContain('Suppressions added by this change');
  });
});

describe('scope that matches nothing is said', () => {
  it('a paths or exclude glob that matches no changed file is a notice', async () => {
    const run = await runPull(40, { inputs: { paths: 'clusters/**\nclustres/**', exclude: 'sandbox/**' } });
    expect(run.code).toBe(1);
    const scope = run.annotations.filter((a) => a.properties.title === 'service-cidr-guard: scope').map((a) => a.message);
    expect(scope).toEqual(["'paths' pattern 'clustres/**' matches no changed file.", "'exclude' pattern 'sandbox/**' matches no changed file."]);
  });

  it('a !pattern takes back what an earlier glob matched (GitHub paths: semantics)', async () => {
    const excluded = await runPull(41, { inputs: { exclude: 'clusters/**\n!clusters/prod/**' } });
    expect(excluded.code).toBe(1); // prod is taken back into the scan
    const skipped = await runPull(42, { inputs: { exclude: '!clusters/prod/**\nclusters/**' } });
    expect(skipped.code).toBe(0); // the later positive glob wins
  });

  it('a list of negations only is refused with a clear error instead of matching nothing', async () => {
    const run = await runPull(43, { inputs: { paths: '!clusters/lab/**' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("'paths' holds only negated patterns");
  });
});
