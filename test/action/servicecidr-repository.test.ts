// Issue 13, a ServiceCIDR against the unchanged configs beside it in API mode: the bundled action against the
// loopback GitHub lists the object's directory and its parent at the head (one GraphQL tree query) and reads the
// files found (one blob batch), within SERVICE_CIDR_GUARD_CONTEXT_REQUESTS; spent = not compared, never blocking.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub, type RecordedRequest, type Tree } from '../support/fake-github.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { prPayload } from '../support/action-fixtures.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
});

const KUBEADM = (service: string) =>
  `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.34.1\nnetworking:\n  serviceSubnet: ${service}\n  podSubnet: 10.244.0.0/16\n`;
const OBJECT = (cidr: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\nmetadata:\n  name: extra-service-range\nspec:\n  cidrs:\n  - ${cidr}\n`;
const CONFIG = 'clusters/prod/kubeadm-config.yaml';
const ADDED = 'clusters/prod/network/extra-service-range.yaml';

async function runPull(number: number, base: Tree, head: Tree, extraEnv?: Record<string, string>): Promise<ActionRun> {
  const shas = gh.addPull({ number, base, head });
  return runAction({ eventName: 'pull_request', payload: prPayload(gh, number, shas), apiUrl: gh.url, extraEnv });
}

const queryOf = (r: RecordedRequest): string => String((r.body as { query?: string } | undefined)?.query ?? '');
const treeQueries = () => gh.requests.filter((r) => r.route === 'graphql' && queryOf(r).includes('on Tree'));
const configReads = () => gh.requests.filter((r) => r.route === 'graphql' && JSON.stringify(r.body).includes(`:${CONFIG}"`));
const findings = (run: ActionRun) =>
  (JSON.parse(run.outputs.report) as { findings: { rule: string; file: string; line: number; level: string; message: string }[] }).findings;

describe('an added ServiceCIDR in API mode', () => {
  it('overlapping the serviceSubnet of the unchanged kubeadm config in its parent directory: range-overlap (notice) in 2 extra requests', async () => {
    const run = await runPull(1, { [CONFIG]: KUBEADM('10.96.0.0/12') }, { [CONFIG]: KUBEADM('10.96.0.0/12'), [ADDED]: OBJECT('10.100.0.0/16') });
    expect(findings(run).map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['range-overlap', 'notice', ADDED, 7]]);
    expect(findings(run)[0].message).toContain(`${CONFIG}:5`);
    // Measured: 1 tree listing (the object's directory and its parent, at the head) + 1 blob batch, on top of the change's own head batch.
    expect(treeQueries()).toHaveLength(1);
    expect(configReads()).toHaveLength(1);
    expect(gh.count('graphql')).toBe(3);
  });

  it('the safe twin: a range outside it passes, with the same 2 requests', async () => {
    const run = await runPull(2, { [CONFIG]: KUBEADM('10.96.0.0/12') }, { [CONFIG]: KUBEADM('10.96.0.0/12'), [ADDED]: OBJECT('10.112.0.0/16') });
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(gh.count('graphql')).toBe(3);
  });

  it('a change without a ServiceCIDR spends no request on it', async () => {
    const run = await runPull(
      3,
      { [CONFIG]: KUBEADM('10.96.0.0/12') },
      { [CONFIG]: KUBEADM('10.96.0.0/12'), 'clusters/prod/other.yaml': KUBEADM('10.96.0.0/12') },
    );
    expect(treeQueries()).toHaveLength(0);
    expect(run.code).toBe(0);
  });

  it('with the budget at 0 the repository is not read: no finding, no error, no notice', async () => {
    const run = await runPull(
      4,
      { [CONFIG]: KUBEADM('10.96.0.0/12') },
      { [CONFIG]: KUBEADM('10.96.0.0/12'), [ADDED]: OBJECT('10.100.0.0/16') },
      { SERVICE_CIDR_GUARD_CONTEXT_REQUESTS: '0' },
    );
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(treeQueries()).toHaveLength(0);
  });
});
