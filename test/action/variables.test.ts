// Issue 13, variables from another file in API mode: the bundled action against the loopback GitHub reads the file
// a changed script sources through GraphQL (one blob batch per revision), from the context request budget, and
// fails closed when the budget is spent.
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

const SCRIPT_PATH = 'cluster/scripts/start.sh';
const VARS_PATH = 'cluster/scripts/vars.sh';
const SCRIPT = (use: string) =>
  `#!/bin/bash\nset -euo pipefail\n. "$(dirname "$0")/vars.sh"\n\nexec /usr/local/bin/kube-apiserver \\\n  --etcd-servers="\${ETCD_SERVERS}" \\\n  --service-cluster-ip-range=${use}\n`;
const VARS = (range: string) => `# sourced by start.sh\nETCD_SERVERS=https://10.0.0.10:2379\nSVC_RANGE=${range}\n`;

async function runPull(number: number, base: Tree, head: Tree, extraEnv?: Record<string, string>): Promise<ActionRun> {
  const shas = gh.addPull({ number, base, head });
  return runAction({ eventName: 'pull_request', payload: prPayload(gh, number, shas), apiUrl: gh.url, extraEnv });
}

/** Blob batches that read the vars file: the script's sourced file (the change never includes it). */
const varsReads = () => gh.requests.filter((r: RecordedRequest) => r.route === 'graphql' && JSON.stringify(r.body).includes(`:${VARS_PATH}"`));
const findings = (run: ActionRun) =>
  (JSON.parse(run.outputs.report) as { findings: { rule: string; file: string; line: number; level: string; message: string }[] }).findings;

describe('a script that sources an unchanged vars file, in API mode', () => {
  it('reads the vars file at base and head in 2 extra requests and reports the new value at the flag', async () => {
    const run = await runPull(
      1,
      { [SCRIPT_PATH]: SCRIPT('10.96.0.0/12'), [VARS_PATH]: VARS('10.100.0.0/16') },
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('10.100.0.0/16') },
    );
    expect(findings(run).map((f) => [f.rule, f.file, f.line])).toEqual([['primary-range-change', SCRIPT_PATH, 7]]);
    expect(findings(run)[0].message).toContain(`SVC_RANGE (${VARS_PATH} line 3`);
    expect(run.code).toBe(1);
    // Measured: the change's own head and base batches, then one batch per revision for the vars file.
    expect(varsReads()).toHaveLength(2);
    expect(gh.count('graphql')).toBe(4);
  });

  it('the safe twin: the vars file holds the range the script wrote', async () => {
    const run = await runPull(
      2,
      { [SCRIPT_PATH]: SCRIPT('10.96.0.0/12'), [VARS_PATH]: VARS('10.96.0.0/12') },
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('10.96.0.0/12') },
    );
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(varsReads()).toHaveLength(2);
  });

  it('fails closed (unreadable-config) when the request budget is spent', async () => {
    const run = await runPull(
      3,
      { [SCRIPT_PATH]: SCRIPT('10.96.0.0/12'), [VARS_PATH]: VARS('10.96.0.0/12') },
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('10.96.0.0/12') },
      { SERVICE_CIDR_GUARD_CONTEXT_REQUESTS: '0' },
    );
    expect(findings(run).map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['unreadable-config', 'error', SCRIPT_PATH, 7]]);
    expect(findings(run)[0].message).toContain('request budget');
    expect(run.code).toBe(1);
    expect(varsReads()).toHaveLength(0);
  });
});

describe('a vars file changed alone, sourced by an unchanged script of its directory, in API mode', () => {
  const treeQueries = () =>
    gh.requests.filter((r: RecordedRequest) => r.route === 'graphql' && String((r.body as { query?: string }).query ?? '').includes('on Tree'));

  it('lists the directory, reads the script and the base of the vars file (3 extra requests) and reports at the definition', async () => {
    const run = await runPull(
      4,
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('10.96.0.0/12') },
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('10.100.0.0/16') },
    );
    expect(findings(run).map((f) => [f.rule, f.file, f.line])).toEqual([['primary-range-change', VARS_PATH, 3]]);
    expect(findings(run)[0].message).toContain(`on line 7 of ${SCRIPT_PATH}`);
    expect(run.code).toBe(1);
    // Measured: the change's head batch, then one listing of the directory and its parent (their only subdirectory
    // is the directory itself: no second listing), one batch for the script at the head and one for the vars file
    // at the base.
    expect(treeQueries()).toHaveLength(1);
    expect(gh.count('graphql')).toBe(4);
  });

  it('the safe twin: a variable that does not reach the flag', async () => {
    const run = await runPull(
      5,
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('10.96.0.0/12') },
      { [SCRIPT_PATH]: SCRIPT('"${SVC_RANGE}"'), [VARS_PATH]: VARS('10.96.0.0/12').replace('10.0.0.10', '10.0.0.11') },
    );
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('a script that sources a file that sources another, in API mode', () => {
  const NESTED = (use: string) =>
    `#!/bin/bash\nset -euo pipefail\ncd "$(dirname "$0")"\n. ./lib/common.sh\n\nexec /usr/local/bin/kube-apiserver \\\n  --etcd-servers="\${ETCD_SERVERS}" \\\n  --service-cluster-ip-range=${use}\n`;
  const COMMON_PATH = 'cluster/scripts/lib/common.sh';
  const ENV_PATH = 'cluster/scripts/cluster.env';
  // Relative paths in a sourced file are the working directory's (the script's), as bash opens them.
  const tree = (use: string, range: string): Tree => ({
    [SCRIPT_PATH]: NESTED(use),
    [COMMON_PATH]: '. ./cluster.env\nETCD_SERVERS="https://${ETCD_HOST}:2379"\n',
    [ENV_PATH]: `ETCD_HOST=10.0.0.10\nSVC_RANGE=${range}\n`,
  });
  const reads = (p: string) => gh.requests.filter((r: RecordedRequest) => r.route === 'graphql' && JSON.stringify(r.body).includes(`:${p}"`));

  it('reads the second-level file in one more batch per revision (4 extra requests) and reports at the flag', async () => {
    const run = await runPull(6, tree('10.96.0.0/12', '10.100.0.0/16'), tree('"${SVC_RANGE}"', '10.100.0.0/16'));
    expect(findings(run).map((f) => [f.rule, f.file, f.line])).toEqual([['primary-range-change', SCRIPT_PATH, 8]]);
    expect(findings(run)[0].message).toContain(`SVC_RANGE (${ENV_PATH} line 2`);
    expect(run.code).toBe(1);
    // Measured: the change's head and base batches, then one batch per revision for common.sh, then for cluster.env.
    expect(reads(COMMON_PATH)).toHaveLength(2);
    expect(reads(ENV_PATH)).toHaveLength(2);
    expect(gh.count('graphql')).toBe(6);
  });

  it('the safe twin: the second-level file holds the range the script wrote', async () => {
    const run = await runPull(7, tree('10.96.0.0/12', '10.96.0.0/12'), tree('"${SVC_RANGE}"', '10.96.0.0/12'));
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(gh.count('graphql')).toBe(6);
  });

  it('a sourced file changed alone that sources another: read as its script reads it (2 more requests), reported at the definition', async () => {
    const SCRIPT_BESIDE = `#!/bin/bash\nset -euo pipefail\ncd "$(dirname "$0")"\n. ./common.sh\nexec /usr/local/bin/kube-apiserver --etcd-servers="\${ETCD_SERVERS}" --service-cluster-ip-range="\${SVC_RANGE}"\n`;
    const COMMON_BESIDE = 'cluster/scripts/common.sh';
    const common = (range: string) => `. ./cluster.env\nETCD_SERVERS="https://\${ETCD_HOST}:2379"\nSVC_RANGE=${range}\n`;
    const files = (range: string): Tree => ({ [SCRIPT_PATH]: SCRIPT_BESIDE, [COMMON_BESIDE]: common(range), [ENV_PATH]: 'ETCD_HOST=10.0.0.10\n' });
    const run = await runPull(9, files('10.96.0.0/12'), files('10.100.0.0/16'));
    expect(findings(run).map((f) => [f.rule, f.file, f.line])).toEqual([['primary-range-change', COMMON_BESIDE, 3]]);
    expect(findings(run)[0].message).toContain(`on line 5 of ${SCRIPT_PATH}`);
    // Measured: the change's head batch, the directory listing, the script at the head, the common file's base, then
    // one batch per revision for cluster.env.
    expect(reads(ENV_PATH)).toHaveLength(2);
    expect(gh.count('graphql')).toBe(6);
  });

  it('fails closed (unreadable-config) when the budget is spent before the second level', async () => {
    const run = await runPull(8, tree('10.96.0.0/12', '10.96.0.0/12'), tree('"${SVC_RANGE}"', '10.96.0.0/12'), {
      SERVICE_CIDR_GUARD_CONTEXT_REQUESTS: '2',
    });
    expect(findings(run).map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['unreadable-config', 'error', SCRIPT_PATH, 8]]);
    expect(findings(run)[0].message).toContain('request budget');
    expect(run.code).toBe(1);
    expect(reads(COMMON_PATH)).toHaveLength(2);
    expect(reads(ENV_PATH)).toHaveLength(0);
  });
});

describe('a vars file changed alone, sourced by an unchanged script near its directory, in API mode', () => {
  const treeQueries = () =>
    gh.requests.filter((r: RecordedRequest) => r.route === 'graphql' && String((r.body as { query?: string }).query ?? '').includes('on Tree'));
  /** The script at `startPath` sources `source` (relative to its directory), the vars file at `envPath`. */
  const layout =
    (startPath: string, source: string, envPath: string) =>
    (etcd: string, range: string): Tree => ({
      'README.md': '# cluster\n',
      [startPath]: `#!/bin/bash\nset -euo pipefail\n. "$(dirname "$0")/${source}"\nexec /usr/local/bin/kube-apiserver --etcd-servers="\${ETCD_SERVERS}" --service-cluster-ip-range="\${SVC_RANGE}"\n`,
      [envPath]: `ETCD_SERVERS=https://${etcd}:2379\nSVC_RANGE=${range}\n`,
    });
  /** The range moved in the vars file: reported at its definition (line 2), naming the flag's line in the script. */
  const expectReported = (run: ActionRun, envPath: string, startPath: string) => {
    expect(findings(run).map((f) => [f.rule, f.file, f.line])).toEqual([['primary-range-change', envPath, 2]]);
    expect(findings(run)[0].message).toContain(`on line 4 of ${startPath}`);
    expect(run.code).toBe(1);
  };

  describe('in a sibling directory (scripts/start.sh sources ../config/cluster.env)', () => {
    const files = layout('scripts/start.sh', '../config/cluster.env', 'config/cluster.env');

    it('lists the directory and its parent, then the parent’s subdirectories (2 listings) and reports at the definition', async () => {
      const run = await runPull(10, files('10.0.0.10', '10.96.0.0/12'), files('10.0.0.10', '10.100.0.0/16'));
      expectReported(run, 'config/cluster.env', 'scripts/start.sh');
      // Measured: the change's head batch, the listing of config/ and the root, the listing of scripts/, the script
      // at the head and the env file's base.
      expect(treeQueries()).toHaveLength(2);
      expect(gh.count('graphql')).toBe(5);
    });

    it('the safe twin: a variable that does not reach the flag', async () => {
      const run = await runPull(11, files('10.0.0.10', '10.96.0.0/12'), files('10.0.0.11', '10.96.0.0/12'));
      expect(findings(run)).toEqual([]);
      expect(run.code).toBe(0);
      expect(treeQueries()).toHaveLength(2);
      expect(gh.count('graphql')).toBe(5);
    });

    it('a budget spent at the second listing: not searched, said in the log (as a budget spent at the first)', async () => {
      const run = await runPull(14, files('10.0.0.10', '10.96.0.0/12'), files('10.0.0.10', '10.100.0.0/16'), {
        SERVICE_CIDR_GUARD_CONTEXT_REQUESTS: '1',
      });
      expect(findings(run)).toEqual([]);
      expect(run.stdout).toContain('were not searched: the request budget');
      expect(treeQueries()).toHaveLength(1);
    });
  });

  // Measured: the parent's only subdirectory is the vars file's own, so one listing; a subdirectory is a second one.
  it.each([
    {
      where: 'the parent directory',
      pr: 12,
      startPath: 'cluster/start.sh',
      source: 'config/cluster.env',
      envPath: 'cluster/config/cluster.env',
      listings: 1,
      requests: 4,
    },
    {
      where: 'a subdirectory',
      pr: 13,
      startPath: 'cluster/bin/start.sh',
      source: '../cluster.env',
      envPath: 'cluster/cluster.env',
      listings: 2,
      requests: 5,
    },
  ])(
    'in $where ($startPath sources $source): reported at the definition, $listings listing(s), $requests requests',
    async ({ pr, startPath, source, envPath, listings, requests }) => {
      const files = layout(startPath, source, envPath);
      const run = await runPull(pr, files('10.0.0.10', '10.96.0.0/12'), files('10.0.0.10', '10.100.0.0/16'));
      expectReported(run, envPath, startPath);
      expect(treeQueries()).toHaveLength(listings);
      expect(gh.count('graphql')).toBe(requests);
    },
  );
});
