// API mode (the workspace is not a checkout) against the loopback GitHub: a config replaced by a symlink is read as
// its target's content, as in git mode (issue 13, item 3). GitHub's GraphQL Blob holds a symlink's target path and no
// file mode; the contents API answers a symlink to a normal file with that file, any other with `type: "symlink"`.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub, FakeSymlink, type Tree } from '../support/fake-github.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { prPayload } from '../support/action-fixtures.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
});

const vars = (range: string, comment: string) =>
  `---\n# ${comment}\nkube_version: v1.32.5\nkube_service_addresses: ${range}\nkube_pods_subnet: 10.233.64.0/18\n`;
const LINKED = 'contrib/openstack/group_vars/all.yml';
const SHARED = 'inventory/sample/group_vars/all.yml';
const LINK = new FakeSymlink('../../../inventory/sample/group_vars/all.yml');

async function runPull(number: number, base: Tree, head: Tree): Promise<ActionRun> {
  const shas = gh.addPull({ number, base, head });
  return runAction({ eventName: 'pull_request', payload: prPayload(gh, number, shas), apiUrl: gh.url });
}

const findings = (run: ActionRun) =>
  (
    JSON.parse(run.outputs.report).findings as {
      rule: string;
      level: string;
      file: string;
      line: number;
      before: string[] | null;
      after: string[] | null;
    }[]
  ).map((f) => [f.rule, f.level, f.file, f.line, f.before, f.after]);

/** Paths asked of the contents API, besides the gate's own config (read at the base on every run). */
const contentsRequests = () =>
  gh.requests
    .filter((r) => r.route === 'repos.getContent')
    .map((r) =>
      decodeURIComponent(r.url)
        .split('?')[0]
        .replace(/^.*\/contents\//, ''),
    )
    .filter((p) => p !== '.github/service-cidr-guard.yml');

describe('pull_request through the API: symlinks', () => {
  it('a file replaced by a symlink to vars with another range blocks, with one contents request for the link', async () => {
    const run = await runPull(
      1,
      { [LINKED]: vars('10.233.0.0/18', 'own'), [SHARED]: vars('10.96.0.0/12', 'shared') },
      { [LINKED]: LINK, [SHARED]: vars('10.96.0.0/12', 'shared') },
    );
    expect(run.code).toBe(1);
    expect(findings(run)).toEqual([['primary-range-change', 'error', LINKED, 4, ['10.233.0.0/18'], ['10.96.0.0/12']]]);
    expect(contentsRequests()).toEqual([LINKED]);
  });

  it('is silent when the target sets the same range', async () => {
    const run = await runPull(
      2,
      { [LINKED]: vars('10.233.0.0/18', 'own'), [SHARED]: vars('10.233.0.0/18', 'shared') },
      { [LINKED]: LINK, [SHARED]: vars('10.233.0.0/18', 'shared') },
    );
    expect(run.code).toBe(0);
    expect(findings(run)).toEqual([]);
  });

  it('fails closed when the new link points outside the repository and the old file set a range', async () => {
    const run = await runPull(3, { [LINKED]: vars('10.233.0.0/18', 'own') }, { [LINKED]: new FakeSymlink('../../../../elsewhere/all.yml') });
    expect(run.code).toBe(1);
    expect(findings(run)).toEqual([['unreadable-config', 'error', LINKED, 1, null, null]]);
    expect(JSON.parse(run.outputs.report).findings[0].message).toMatch(/outside the repository/);
  });

  it('reads a one-line file that only looks like a link as the file it is (one probe, no finding)', async () => {
    const run = await runPull(4, { VERSION: 'v1.0.0' }, { VERSION: 'v1.1.0' });
    expect(run.code).toBe(0);
    expect(contentsRequests()).toEqual(['VERSION']);
  });
});
