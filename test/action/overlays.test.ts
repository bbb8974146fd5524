// Issue 13, overlays in API mode: the bundled action against the loopback GitHub reads a changed overlay's
// unchanged base through GraphQL (one tree listing and one blob batch per revision), within a request budget,
// and fails closed when the budget or GitHub stops it.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub, type RecordedRequest, type Tree } from '../support/fake-github.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { kubeadm, prPayload, V4 } from '../support/action-fixtures.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
});

const UNIT_PATH = 'hosts/cp1/etc/systemd/system/kube-apiserver.service';
const DROP_IN_PATH = 'hosts/cp1/etc/systemd/system/kube-apiserver.service.d/10-override.conf';
const UNIT = (range: string) =>
  `[Unit]\nDescription=Kubernetes API Server\n\n[Service]\nExecStart=/usr/local/bin/kube-apiserver \\\n  --etcd-servers=https://10.0.0.10:2379 \\\n  --service-cluster-ip-range=${range}\nRestart=on-failure\n`;
const DROP_IN = (range: string) =>
  `[Service]\nExecStart=\nExecStart=/usr/local/bin/kube-apiserver \\\n  --etcd-servers=https://10.0.0.10:2379 \\\n  --service-cluster-ip-range=${range} \\\n  --v=2\n`;

async function runPull(number: number, base: Tree, head: Tree, extraEnv?: Record<string, string>): Promise<ActionRun> {
  const shas = gh.addPull({ number, base, head });
  return runAction({ eventName: 'pull_request', payload: prPayload(gh, number, shas), apiUrl: gh.url, extraEnv });
}

const queryOf = (r: RecordedRequest): string => String((r.body as { query?: string } | undefined)?.query ?? '');
const treeQueries = () => gh.requests.filter((r) => r.route === 'graphql' && queryOf(r).includes('on Tree'));
/** Blob batches that read the unit: the overlay's context (the changed files never include it). */
const unitReads = () => gh.requests.filter((r) => r.route === 'graphql' && JSON.stringify(r.body).includes(`:${UNIT_PATH}"`));
const findings = (run: ActionRun) =>
  (JSON.parse(run.outputs.report) as { findings: { rule: string; file: string; line: number; level: string; message: string }[] }).findings;

describe('a systemd drop-in in API mode', () => {
  it('reads the unchanged unit at base and head in 4 extra requests and reports the reset range at the drop-in', async () => {
    const run = await runPull(
      1,
      { [UNIT_PATH]: UNIT('10.32.0.0/24') },
      { [UNIT_PATH]: UNIT('10.32.0.0/24'), [DROP_IN_PATH]: DROP_IN('10.200.0.0/16') },
    );
    expect(findings(run).map((f) => [f.rule, f.file, f.line])).toEqual([['primary-range-change', DROP_IN_PATH, 5]]);
    expect(run.code).toBe(1);
    // Measured: 2 tree listings (base, head) + 2 blob batches (base, head) on top of the 1 head batch of the change.
    expect(treeQueries()).toHaveLength(2);
    expect(unitReads()).toHaveLength(2);
    expect(gh.count('graphql')).toBe(5);
    // The contents API is only used for the gate config at the base (as in every run), not for the stack.
    expect(gh.requests.filter((r) => r.route === 'repos.getContent' && r.url.includes('systemd'))).toHaveLength(0);
  });

  it("the safe twin: a drop-in with the unit's own range passes", async () => {
    const run = await runPull(
      2,
      { [UNIT_PATH]: UNIT('10.32.0.0/24') },
      { [UNIT_PATH]: UNIT('10.32.0.0/24'), [DROP_IN_PATH]: DROP_IN('10.32.0.0/24') },
    );
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a change without overlays spends no request on stacks', async () => {
    const CONFIG = 'clusters/prod/kubeadm.yaml';
    const run = await runPull(3, { [CONFIG]: kubeadm(V4) }, { [CONFIG]: kubeadm(V4, 'v1.33.2') });
    expect(run.code).toBe(0);
    expect(treeQueries()).toHaveLength(0);
  });

  it('fails closed (unreadable-config) when the request budget for stacks is spent', async () => {
    const run = await runPull(
      4,
      { [UNIT_PATH]: UNIT('10.32.0.0/24') },
      { [UNIT_PATH]: UNIT('10.32.0.0/24'), [DROP_IN_PATH]: DROP_IN('10.200.0.0/16') },
      { SERVICE_CIDR_GUARD_CONTEXT_REQUESTS: '2' },
    );
    const [f] = findings(run);
    expect(findings(run)).toHaveLength(1);
    expect(f).toMatchObject({ rule: 'unreadable-config', level: 'error', file: DROP_IN_PATH, line: 5 });
    expect(f.message).toContain('the request budget for reading overlay stacks (2 API requests) is spent');
    expect(run.code).toBe(1);
    // The listings were within the budget; the blob batches were not sent.
    expect(treeQueries()).toHaveLength(2);
    expect(unitReads()).toHaveLength(0);
  });

  it('fails closed when GitHub answers the stack listing with an error', async () => {
    gh.fail('graphql', { kind: 'graphql-error', message: 'Something went wrong while executing your query.', match: 'on Tree' });
    const run = await runPull(
      5,
      { [UNIT_PATH]: UNIT('10.32.0.0/24') },
      { [UNIT_PATH]: UNIT('10.32.0.0/24'), [DROP_IN_PATH]: DROP_IN('10.200.0.0/16') },
      // The error is retried three times first: in 50 ms units instead of 1 s (14 s of waiting), as in
      // test/action/faults.test.ts, which keeps one case in real seconds.
      { SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS: '0.05' },
    );
    expect(findings(run).map((f) => [f.rule, f.level, f.line])).toEqual([['unreadable-config', 'error', 5]]);
    expect(findings(run)[0].message).toContain('could not be read from GitHub');
    expect(run.code).toBe(1);
  });

  it('a drop-in whose value the change does not touch passes even when the budget is spent', async () => {
    const run = await runPull(
      6,
      { [UNIT_PATH]: UNIT('10.32.0.0/24'), [DROP_IN_PATH]: DROP_IN('10.32.0.0/24') },
      { [UNIT_PATH]: UNIT('10.32.0.0/24'), [DROP_IN_PATH]: DROP_IN('10.32.0.0/24').replace('--v=2', '--v=4') },
      { SERVICE_CIDR_GUARD_CONTEXT_REQUESTS: '0' },
    );
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('k3s config.yaml.d in API mode', () => {
  const CONFIG = 'nodes/server/config.yaml';
  const base = { [CONFIG]: 'cluster-cidr: 10.42.0.0/16\nservice-cidr: 10.43.0.0/16\n' };

  it('an added 50-net.yaml with another service-cidr is reported at its line', async () => {
    const run = await runPull(7, base, { ...base, 'nodes/server/config.yaml.d/50-net.yaml': 'service-cidr: 10.96.0.0/16\n' });
    expect(findings(run).map((f) => [f.rule, f.file, f.line])).toEqual([['primary-range-change', 'nodes/server/config.yaml.d/50-net.yaml', 1]]);
    expect(treeQueries()).toHaveLength(2);
  });

  it('an unchanged later file found by the listing wins over it: passes', async () => {
    const later = { ...base, 'nodes/server/config.yaml.d/99-pin.yaml': 'service-cidr: 10.43.0.0/16\n' };
    const run = await runPull(8, later, { ...later, 'nodes/server/config.yaml.d/50-net.yaml': 'service-cidr: 10.96.0.0/16\n' });
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
  });
});
