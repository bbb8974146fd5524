// The bundled CLI (dist/cli/index.js) run as a child process, exactly as a user or CI runs it, in a
// temporary git repository. The bundle is the one jest's global setup keeps up to date with src/ (one build
// per run, shared by every test file).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIT_TEST_ENV, TempRepo } from './git-repo.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(repoRoot, 'dist/cli/index.js');

const kubeadm = (cidr: string) =>
  `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.33.1\nnetworking:\n  serviceSubnet: ${cidr}\n`;
const DUAL = '10.96.0.0/12,fd00:10:96::/108';
const SINGLE = '10.96.0.0/12';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(cwd: string, ...args: string[]): Run {
  return cliWith({ cwd }, ...args);
}

/** The CLI with extra environment and/or standard input. */
function cliWith(opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }, ...args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_TEST_ENV, ...opts.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'TERM']) if (!opts.env || !(name in opts.env)) delete env[name];
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: opts.cwd, env, encoding: 'utf8', timeout: 30000, input: opts.input ?? '' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The line the CLI writes to stderr before a repository scan. */
const rangeLine = (base: string, how: string, head = 'the working tree'): string =>
  `service-cidr-guard: comparing ${base.slice(0, 12)} (${how}) with ${head}\n`;

let repo: TempRepo;
let scratch: string;

beforeAll(() => {
  repo = new TempRepo('scg-cli-');
  repo.write('clusters/prod/kubeadm.yaml', kubeadm(DUAL));
  repo.write('clusters/lab/kubeadm.yaml', kubeadm(SINGLE));
  repo.write('README.md', 'hello\n');
  repo.commit('base');
  repo.write('README.md', 'second commit so HEAD~1 exists\n');
  repo.commit('docs');
  scratch = mkdtempSync(path.join(os.tmpdir(), 'scg-cli-files-'));
}, 120000);

afterAll(() => {
  repo?.cleanup();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function scratchFile(name: string, text: string): string {
  const p = path.join(scratch, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

describe('bundle', () => {
  it('is an executable node script', () => {
    expect(readFileSync(BUNDLE, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints help and version with exit 0', () => {
    const help = cli(repo.dir, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('service-cidr-guard [options] diff OLD NEW');
    const version = cli(repo.dir, '--version');
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });
});

describe('scan of the working tree', () => {
  beforeAll(() => {
    // Working-tree edits on top of HEAD: prod loses its IPv6 range (error), lab gains one (notice).
    repo.write('clusters/prod/kubeadm.yaml', kubeadm(SINGLE));
    repo.write('clusters/lab/kubeadm.yaml', kubeadm(DUAL));
  });

  it('exits 1 on an error finding and prints it compiler-style with the source line', () => {
    const r = cli(repo.dir, '--base', 'HEAD');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(rangeLine(repo.git('rev-parse', 'HEAD').trim(), '--base HEAD'));
    expect(r.stdout).toMatch(/^clusters\/prod\/kubeadm\.yaml:5:18: error family-reduction: /m);
    expect(r.stdout).toContain(`  5 |   serviceSubnet: ${SINGLE}`);
    expect(r.stdout).toMatch(/clusters\/lab\/kubeadm\.yaml:5:18: notice dual-stack-upgrade: /);
    expect(r.stdout).toMatch(/: blocked\n$/);
    expect(r.stdout).not.toContain('\x1b['); // stdout is a pipe: no colour
  });

  it('uses HEAD~1 as the base when the branch has no upstream', () => {
    const r = cli(repo.dir, '--format', 'json');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(rangeLine(repo.git('rev-parse', 'HEAD~1').trim(), 'HEAD~1 (the branch has no upstream)'));
    expect(
      JSON.parse(r.stdout)
        .findings.map((f: { rule: string }) => f.rule)
        .sort(),
    ).toEqual(['dual-stack-upgrade', 'family-reduction']);
  });

  it.each([
    ['never', 0],
    ['error', 1],
    ['warning', 1],
    ['notice', 1],
  ])('--fail-on %s exits %i', (failOn, status) => {
    expect(cli(repo.dir, '--base', 'HEAD', '--fail-on', failOn).status).toBe(status);
  });

  it('exits 0 when only a notice is in scope (pathspec)', () => {
    const r = cli(repo.dir, '--base', 'HEAD', 'clusters/lab');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('dual-stack-upgrade');
    expect(r.stdout).not.toContain('family-reduction');
    expect(cli(repo.dir, '--base', 'HEAD', '--fail-on', 'notice', 'clusters/lab').status).toBe(1);
  });

  it('applies the exclude globs of --config', () => {
    const config = scratchFile('guard.yml', 'exclude:\n  - "clusters/prod/**"\n');
    const r = cli(repo.dir, '--base', 'HEAD', '--config', config, '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['clusters/lab/kubeadm.yaml']);
  });

  it('writes the v1 JSON report', () => {
    const r = cli(repo.dir, '--base', 'HEAD', '--format', 'json');
    const report = JSON.parse(r.stdout);
    // The v1 keys in contract order; `skipped` is an addition (SPEC §6 allows additions, not renames).
    expect(Object.keys(report)).toEqual(['version', 'blocked', 'findings', 'problems', 'skipped']);
    expect(report.skipped).toEqual(expect.objectContaining({ files: expect.any(Number) }));
    expect(report.version).toBe(1);
    expect(report.blocked).toBe(true);
    const fr = report.findings.find((f: { rule: string }) => f.rule === 'family-reduction');
    expect(fr).toMatchObject({
      level: 'error',
      file: 'clusters/prod/kubeadm.yaml',
      line: 5,
      column: 18,
      before: ['10.96.0.0/12', 'fd00:10:96::/108'],
      after: ['10.96.0.0/12'],
      suppressed: false,
    });
  });

  it('writes SARIF 2.1.0', () => {
    const r = cli(repo.dir, '--base', 'HEAD', '--format', 'sarif');
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.name).toBe('service-cidr-guard');
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'family-reduction');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'clusters/prod/kubeadm.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 18, endLine: 5, endColumn: 30 },
    });
    expect(log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'dual-stack-upgrade').level).toBe('note');
  });

  it('writes Markdown with a blocked headline', () => {
    const r = cli(repo.dir, '--base', 'HEAD', '--format', 'markdown');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^## ❌ /);
    expect(r.stdout).toContain('| `family-reduction` | clusters/prod/kubeadm.yaml:5 |');
  });
});

describe('diff OLD NEW', () => {
  it('compares two files and reports NEW', () => {
    const oldFile = scratchFile('old/kubeadm.yaml', kubeadm(DUAL));
    scratchFile('new/kubeadm.yaml', kubeadm(SINGLE));
    const r = cli(scratch, 'diff', oldFile, 'new/kubeadm.yaml', '--format', 'json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: 'family-reduction', file: 'new/kubeadm.yaml' });
  });

  it('treats /dev/null as OLD for an added file: only validation of the new value', () => {
    scratchFile('added.yaml', kubeadm('10.96.0.0/33'));
    const r = cli(scratch, 'diff', '/dev/null', 'added.yaml', '--format', 'json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['invalid-range']);
    expect(report.findings[0].file).toBe('added.yaml');
    expect(report.findings[0].before).toBeNull();
  });

  it('treats /dev/null as NEW for a deleted file and reports OLD', () => {
    scratchFile('deleted.yaml', kubeadm(SINGLE));
    const r = cli(scratch, 'diff', 'deleted.yaml', '/dev/null', '--format', 'json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f: { file: string; level: string }) => f.file === 'deleted.yaml' && f.level === 'notice')).toBe(true);
  });

  it('exits 0 with nothing to report for identical files', () => {
    const a = scratchFile('same-a.yaml', kubeadm(SINGLE));
    const b = scratchFile('same-b.yaml', kubeadm(SINGLE));
    const r = cli(scratch, 'diff', a, b);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('service-cidr-guard: 0 errors, 0 warnings, 0 notices, 0 problems: passed\n');
  });
});

describe('errors: exit 2 with one line on stderr', () => {
  it.each([
    [
      ['--fail-on', 'eror'],
      "service-cidr-guard: Invalid --fail-on value 'eror'. Did you mean 'error'? Expected one of: error, warning, notice, never.\n",
    ],
    [['--bogus'], "service-cidr-guard: Unknown option '--bogus'. Run 'service-cidr-guard --help' for usage.\n"],
    [['--fromat', 'json'], "service-cidr-guard: Unknown option '--fromat'. Did you mean '--format'? Run 'service-cidr-guard --help' for usage.\n"],
    [['dmeo', 'examples'], "service-cidr-guard: Unknown command 'dmeo'. Did you mean 'demo'? (A pathspec named 'dmeo' goes after '--'.)\n"],
    [['--base', 'no-such-rev'], "service-cidr-guard: Unknown base revision 'no-such-rev': not a commit in this repository.\n"],
    [['diff', 'missing-old.yaml', 'missing-new.yaml'], 'service-cidr-guard: file not found: missing-old.yaml\n'],
    [
      ['explain', 'famly-reduction'],
      "service-cidr-guard: Unknown rule 'famly-reduction'. Did you mean 'family-reduction'? List the rules with: service-cidr-guard rules\n",
    ],
    [['--config', 'no-such-config.yml'], "service-cidr-guard: Cannot read --config file 'no-such-config.yml': ENOENT.\n"],
  ])('%j', (args, stderr) => {
    const r = cli(repo.dir, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
  });

  it('a config file the config parser rejects', () => {
    const config = scratchFile('bad.yml', 'rulez: {}\n');
    const r = cli(repo.dir, '--config', config);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("unknown key 'rulez'");
  });

  it('outside a git repository', () => {
    const r = cli(scratch);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `service-cidr-guard: ${scratch} is not inside a git repository. To compare two files, run: service-cidr-guard diff OLD NEW\n`,
    );
  });
});

describe('demo DIR', () => {
  it('runs every case, prints a closing summary of rule ids and exits 0 despite errors', () => {
    const dir = path.join(scratch, 'demo');
    scratchFile('demo/reduction/before.yaml', kubeadm(DUAL));
    scratchFile('demo/reduction/after.yaml', kubeadm(SINGLE));
    scratchFile('demo/nested/upgrade/before.yaml', kubeadm(SINGLE));
    scratchFile('demo/nested/upgrade/after.yaml', kubeadm(DUAL));
    const r = cli(scratch, 'demo', dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('=== reduction ===\nreduction/after.yaml:5:18: error family-reduction');
    expect(r.stdout).toContain('=== nested/upgrade ===\nnested/upgrade/after.yaml:5:18: notice dual-stack-upgrade');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2 cases; rules seen: dual-stack-upgrade, family-reduction');
    const json = JSON.parse(cli(scratch, 'demo', dir, '--format', 'json').stdout);
    expect(json.rulesSeen).toEqual(['dual-stack-upgrade', 'family-reduction']);
    expect(json.cases.map((c: { name: string }) => c.name)).toEqual(['nested/upgrade', 'reduction']);
  });

  it('exits 2 when the directory has no cases', () => {
    const empty = path.join(scratch, 'empty-demo');
    mkdirSync(empty, { recursive: true });
    const r = cli(scratch, 'demo', empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^service-cidr-guard: No demo cases in /);
  });
});

describe('habits of command-line linters', () => {
  it('reads one side of diff from standard input (-)', () => {
    scratchFile('stdin-new.yaml', kubeadm(SINGLE));
    const r = cliWith({ cwd: scratch, input: kubeadm(DUAL) }, 'diff', '-', 'stdin-new.yaml', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string; file: string }) => [f.rule, f.file])).toEqual([
      ['family-reduction', 'stdin-new.yaml'],
    ]);
    // A deleted file read from standard input is reported as (stdin).
    const gone = cliWith({ cwd: scratch, input: kubeadm(SINGLE) }, 'diff', '-', '/dev/null', '--format', 'json');
    expect(JSON.parse(gone.stdout).findings[0].file).toBe('(stdin)');
  });

  it('reads a non-regular file: bash process substitution <(git show HEAD~1:f)', () => {
    const script = `"${process.execPath}" "${BUNDLE}" diff <(git show HEAD~1:clusters/prod/kubeadm.yaml) clusters/prod/kubeadm.yaml --format json`;
    // HEAD~1 holds DUAL; the working tree was changed to SINGLE by the scan tests above (or is DUAL).
    const r = spawnSync('bash', ['-c', script], { cwd: repo.dir, env: { ...process.env, ...GIT_TEST_ENV }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const working = readFileSync(path.join(repo.dir, 'clusters/prod/kubeadm.yaml'), 'utf8');
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(working === kubeadm(DUAL) ? [] : ['family-reduction']);
    expect(r.status).toBe(working === kubeadm(DUAL) ? 0 : 1);
  });

  it("'help' prints the usage instead of scanning a pathspec named help", () => {
    const r = cli(repo.dir, 'help');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('service-cidr-guard [options] diff OLD NEW');
  });

  it('writes --output FORMAT=FILE reports beside the console output', () => {
    const out = path.join(scratch, 'out');
    mkdirSync(out, { recursive: true });
    const r = cli(repo.dir, '--base', 'HEAD', '--output', `sarif=${out}/r.sarif`, '--output', `junit=${out}/j.xml`);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error family-reduction/); // text on the console
    expect(JSON.parse(readFileSync(path.join(out, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(path.join(out, 'j.xml'), 'utf8')).toContain('<failure message=');
    const bad = cli(repo.dir, '--base', 'HEAD', '--output', `json=${out}/no/such/dir/r.json`);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`service-cidr-guard: Cannot write --output json=${out}/no/such/dir/r.json: file not found:`);
  });

  it.each<[string, string[], NodeJS.ProcessEnv, boolean]>([
    ['a pipe', [], {}, false],
    ['--color always', ['--color', 'always'], {}, true],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, true],
    ['--color never beats FORCE_COLOR', ['--color', 'never'], { FORCE_COLOR: '1' }, false],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, false],
  ])('colour on %s: %j %j -> %s', (_name, args, env, coloured) => {
    const r = cliWith({ cwd: repo.dir, env }, '--base', 'HEAD', ...args);
    expect(r.stdout.includes('\x1b[')).toBe(coloured);
  });

  it('lists the rules and explains one, from the rule metadata', () => {
    const list = cli(repo.dir, 'rules');
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^family-reduction +error +Dual-stack to single-stack$/m);
    const one = cli(repo.dir, 'explain', 'family-reduction');
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n')[0]).toBe('family-reduction: Dual-stack to single-stack (default level: error)');
    expect(one.stdout).toContain('docs/rules.md#family-reduction');
  });

  it('compares with the empty tree before the first commit (the pre-commit hook: --base HEAD)', () => {
    const fresh = new TempRepo('scg-first-');
    try {
      fresh.write('kubeadm.yaml', kubeadm('10.96.0.0/33'));
      fresh.git('add', '-A');
      const r = cli(fresh.dir, '--base', 'HEAD', '--format', 'json', '--', 'kubeadm.yaml');
      expect(r.stderr).toBe(rangeLine('4b825dc642cb6eb9a060e54bf8d69288fbee4904', 'the empty tree (no commit yet)'));
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['invalid-range']);
      // Without --base too (no upstream, no HEAD~1, no HEAD).
      expect(cli(fresh.dir, '--format', 'json').stderr).toContain('(the empty tree (no commit yet))');
    } finally {
      fresh.cleanup();
    }
  });
});
