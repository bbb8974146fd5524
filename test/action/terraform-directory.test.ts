// Terraform in API mode: the bundled action against the loopback GitHub reads the unchanged Terraform files of a
// changed main.tf's directory at the head (one GraphQL tree listing and one blob batch, in the context request
// budget SERVICE_CIDR_GUARD_CONTEXT_REQUESTS) and follows `var.svc` into the unchanged terraform.tfvars; a spent
// budget or a GitHub fault leaves the directory incomplete: fail closed.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub, type RecordedRequest, type Tree } from '../support/fake-github.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { prPayload } from '../support/action-fixtures.js';
import { GitRepo } from '../support/git-repo.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
});

const MAIN = (value: string) =>
  `resource "aws_eks_cluster" "main" {\n  name     = "prod"\n  role_arn = aws_iam_role.cluster.arn\n\n  kubernetes_network_config {\n    service_ipv4_cidr = ${value}\n  }\n}\n`;
const VARIABLES = 'variable "svc" {\n  type = string\n}\n';
const TFVARS = (range: string) => `region = "eu-west-1"\nsvc    = "${range}"\n`;

/** Base: main.tf with the literal 10.100.0.0/16; head: main.tf reads var.svc; variables.tf and the tfvars unchanged. */
const trees = (tfvarsRange: string): [Tree, Tree] => {
  const unchanged = { 'infra/variables.tf': VARIABLES, 'infra/terraform.tfvars': TFVARS(tfvarsRange), 'README.md': '# infra\n' };
  return [
    { ...unchanged, 'infra/main.tf': MAIN('"10.100.0.0/16"') },
    { ...unchanged, 'infra/main.tf': MAIN('var.svc') },
  ];
};

async function runPull(number: number, [base, head]: [Tree, Tree], extraEnv?: Record<string, string>): Promise<ActionRun> {
  const shas = gh.addPull({ number, base, head });
  return runAction({ eventName: 'pull_request', payload: prPayload(gh, number, shas), apiUrl: gh.url, extraEnv });
}

const queryOf = (r: RecordedRequest): string => String((r.body as { query?: string } | undefined)?.query ?? '');
const treeQueries = () => gh.requests.filter((r) => r.route === 'graphql' && queryOf(r).includes('on Tree'));
/** Blob batches that read the unchanged tfvars (the changed files never include it). */
const tfvarsReads = () => gh.requests.filter((r) => r.route === 'graphql' && JSON.stringify(r.body).includes(':infra/terraform.tfvars"'));
const findings = (run: ActionRun) =>
  (
    JSON.parse(run.outputs.report) as {
      findings: { rule: string; file: string; line: number; level: string; before: string[] | null; after: string[] | null; setting: string }[];
    }
  ).findings;

describe('a changed main.tf whose value is in the unchanged terraform.tfvars (API mode)', () => {
  it('var.svc = 172.20.0.0/16 in the unchanged tfvars: immutable-platform-change, in 2 extra requests', async () => {
    const run = await runPull(1, trees('172.20.0.0/16'));
    expect(findings(run).map((f) => [f.rule, f.file, f.line, f.before, f.after])).toEqual([
      ['immutable-platform-change', 'infra/main.tf', 6, ['10.100.0.0/16'], ['172.20.0.0/16']],
    ]);
    expect(findings(run)[0].setting).toContain('value from infra/terraform.tfvars');
    expect(run.code).toBe(1);
    // Measured: 1 tree listing (head) + 1 blob batch (variables.tf, terraform.tfvars at the head) on top of the
    // 2 batches of the change (main.tf at head, then at base); the README is listed but never read.
    expect(treeQueries()).toHaveLength(1);
    expect(tfvarsReads()).toHaveLength(1);
    expect(JSON.stringify(tfvarsReads()[0].body)).toContain(':infra/variables.tf"');
    expect(JSON.stringify(gh.requests.filter((r) => r.route === 'graphql').map((r) => r.body))).not.toContain('README.md');
    expect(gh.count('graphql')).toBe(4);
  });

  it('the safe twin: var.svc = 10.100.0.0/16 in the unchanged tfvars passes', async () => {
    const run = await runPull(2, trees('10.100.0.0/16'));
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(gh.count('graphql')).toBe(4);
  });

  it('with a budget of 1 request the listing is read but not the files: the directory is incomplete, fail closed', async () => {
    const run = await runPull(3, trees('10.100.0.0/16'), { SERVICE_CIDR_GUARD_CONTEXT_REQUESTS: '1' });
    expect(findings(run).map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['unreadable-config', 'error', 'infra/main.tf', 6]]);
    expect(run.code).toBe(1);
    expect(treeQueries()).toHaveLength(1);
    expect(tfvarsReads()).toHaveLength(0);
  });

  it('fails closed when GitHub answers the directory listing with an error', async () => {
    gh.fail('graphql', { kind: 'graphql-error', message: 'Something went wrong while executing your query.', match: 'on Tree' });
    const run = await runPull(4, trees('10.100.0.0/16'), { SERVICE_CIDR_GUARD_RETRY_UNIT_SECONDS: '0.05' });
    expect(findings(run).map((f) => [f.rule, f.level, f.line])).toEqual([['unreadable-config', 'error', 6]]);
    expect(run.code).toBe(1);
  });

  it('a change without Terraform files spends no request on directories', async () => {
    const run = await runPull(5, [{ 'docs/a.yaml': 'serviceSubnet: 10.96.0.0/12\n' }, { 'docs/a.yaml': 'serviceSubnet: 10.96.0.0/12\n# note\n' }]);
    expect(treeQueries()).toHaveLength(0);
    expect(run.code).toBe(0);
  });
});

describe("the action's git path", () => {
  let repo: GitRepo | undefined;
  afterEach(() => {
    repo?.remove();
    repo = undefined;
  });

  it('push in a checkout: the unchanged tfvars is read from local git, zero API requests', async () => {
    repo = new GitRepo();
    const [baseTree, headTree] = trees('172.20.0.0/16');
    const base = repo.commit(baseTree, 'base');
    const head = repo.commit(headTree, 'head');
    const run = await runAction({ eventName: 'push', payload: { before: base, after: head }, apiUrl: gh.url, workspace: repo.dir });
    expect(run.stdout).toContain('Reading the change from local git');
    expect(findings(run).map((f) => [f.rule, f.file, f.line, f.before, f.after])).toEqual([
      ['immutable-platform-change', 'infra/main.tf', 6, ['10.100.0.0/16'], ['172.20.0.0/16']],
    ]);
    expect(run.code).toBe(1);
    expect(gh.count()).toBe(0);
  });
});
