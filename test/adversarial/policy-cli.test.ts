// Issue 10 in the CLI's git mode: the policy comes from --base (as in the action, so local and CI verdicts
// match), pathspecs that select nothing are said, and a `!pathspec` is refused instead of matching nothing.
// The bundled CLI (dist/cli/index.js) runs as a child process in a temporary repository.
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIT_TEST_ENV, TempRepo } from '../cli/git-repo.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(ROOT, 'dist/cli/index.js');
const CONFIG = 'clusters/prod/kubeadm.yaml';
const POLICY = '.github/service-cidr-guard.yml';
const kubeadm = (cidr: string) =>
  `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.33.1\nnetworking:\n  serviceSubnet: ${cidr}\n`;
const DUAL = '10.96.0.0/12,fd00:10:96::/108';
const V4 = '10.96.0.0/12';

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd,
    env: { ...process.env, ...GIT_TEST_ENV, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 30000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const rules = (stdout: string) => JSON.parse(stdout).findings.map((f: { rule: string; level: string }) => `${f.rule}:${f.level}`);

let repo: TempRepo | undefined;
// The bundle is built once per test run by jest's global setup (test/support/global-setup.mjs).
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/** A base commit with a dual-stack config and the given policy; returns its sha. */
function baseWith(policy: string | undefined): string {
  repo = new TempRepo('scg-adv-cli-');
  repo.write(CONFIG, kubeadm(DUAL));
  if (policy !== undefined) repo.write(POLICY, policy);
  return repo.commit('base');
}

describe('CLI git mode: policy from --base', () => {
  it('a permissive config in the working tree is not used: the unsafe change still blocks', () => {
    const base = baseWith(undefined);
    repo!.write(CONFIG, kubeadm(V4));
    repo!.write(POLICY, 'exclude: ["**"]\nrules:\n  family-reduction: off\n');
    const r = cli(repo!.dir, '--base', base, '--format', 'json');
    expect(r.status).toBe(1);
    expect(rules(r.stdout)).toEqual(['gate-config-change:error', 'family-reduction:error']);
  });

  it('a permissive config committed in the head revision is not used either', () => {
    const base = baseWith('rules:\n  non-canonical-range: off\n');
    repo!.write(CONFIG, kubeadm(V4));
    repo!.write(POLICY, 'rules:\n  family-reduction: notice\n');
    const head = repo!.commit('head');
    const r = cli(repo!.dir, '--base', base, '--head', head, '--format', 'json');
    expect(r.status).toBe(1);
    expect(rules(r.stdout)).toContain('family-reduction:error');
  });

  it("safe twin: the base's config is used, by default, like the action", () => {
    const base = baseWith('rules:\n  family-reduction: warning\n');
    repo!.write(CONFIG, kubeadm(V4));
    const r = cli(repo!.dir, '--base', base, '--format', 'json');
    expect(r.status).toBe(0);
    expect(rules(r.stdout)).toEqual(['family-reduction:warning']);
  });

  it('an explicit --config FILE is still read from disk', () => {
    const base = baseWith(undefined);
    repo!.write(CONFIG, kubeadm(V4));
    repo!.write('local-guard.yml', 'rules:\n  family-reduction: notice\n');
    const r = cli(repo!.dir, '--base', base, '--config', 'local-guard.yml', '--format', 'json');
    expect(r.status).toBe(0);
    expect(rules(r.stdout)).toEqual(['family-reduction:notice']);
  });
});

describe('CLI scope', () => {
  it('a pathspec or a config glob that matches no changed file is said on stderr', () => {
    const base = baseWith('paths: ["clusters/**", "clustres/**"]\n');
    repo!.write(CONFIG, kubeadm(V4));
    const r = cli(repo!.dir, '--base', base, 'clusters', 'nowhere');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("pathspec 'nowhere' matches no changed file");
    expect(r.stderr).not.toContain("pathspec 'clusters'");
    expect(r.stderr).toContain("config 'paths' pattern 'clustres/**' matches no changed file");
  });

  it('a !pathspec is refused with exit 2 and names the git spelling', () => {
    const base = baseWith(undefined);
    repo!.write(CONFIG, kubeadm(V4));
    const r = cli(repo!.dir, '--base', base, '!clusters/lab');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("write ':!clusters/lab'");
  });

  it("safe twin: git's own exclude magic works and is not reported as unmatched", () => {
    const base = baseWith(undefined);
    repo!.write(CONFIG, kubeadm(V4));
    const r = cli(repo!.dir, '--base', base, '--format', 'json', '.', ':!clusters/prod');
    expect(r.status).toBe(0);
    expect(rules(r.stdout)).toEqual([]);
    // The only stderr line is the compared range (no pattern reported as unmatched).
    expect(r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('service-cidr-guard: comparing '))).toEqual([]);
  });
});
