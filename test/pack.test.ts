// The npm package works from its tarball in an empty directory (issue 7): `npm pack`, install the tarball into
// an empty project without network, then run `npx --no-install service-cidr-guard` there. The runtime
// dependencies are bundled into dist/ by ncc, so the installed package must run with nothing but itself:
// the test removes every other package from node_modules before running it.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve('.');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  dependencies?: Record<string, string>;
};
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** npm settings of the jest process (npm run sets npm_config_*) must not leak into the child npm: only the cache is kept. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) || /^npm_config_cache$/i.test(k)) env[k] = v;
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' };
}

interface PackedFile {
  path: string;
  mode: number;
}

describe('npm package', () => {
  let work: string;
  let project: string;
  let packed: { filename: string; files: PackedFile[] };
  const run = (cmd: string, args: string[]): SpawnSyncReturns<string> =>
    spawnSync(cmd, args, { cwd: project, env: cleanEnv(), encoding: 'utf8', timeout: 30_000 });

  beforeAll(() => {
    if (!existsSync(path.join(repoRoot, pkg.bin['service-cidr-guard']!))) {
      execFileSync(NPM, ['run', 'build:cli'], { cwd: repoRoot, stdio: 'ignore' });
    }
    work = mkdtempSync(path.join(os.tmpdir(), 'scg-pack-'));
    const out = path.join(work, 'out');
    project = path.join(work, 'project');
    mkdirSync(out);
    mkdirSync(project);
    const json = execFileSync(NPM, ['pack', '--json', '--pack-destination', out], { cwd: repoRoot, env: cleanEnv(), encoding: 'utf8' });
    packed = (JSON.parse(json) as { filename: string; files: PackedFile[] }[])[0]!;
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
    // --offline: no network. Declared dependencies are taken from the npm cache (npm ci filled it); they are
    // deleted again below, because the bundle must not need them.
    const install = spawnSync(
      NPM,
      ['install', '--offline', '--omit=dev', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', path.join(out, packed.filename)],
      { cwd: project, env: cleanEnv(), encoding: 'utf8', timeout: 45_000 },
    );
    if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
    const modules = path.join(project, 'node_modules');
    for (const entry of readdirSync(modules)) {
      if (entry !== pkg.name && entry !== '.bin') rmSync(path.join(modules, entry), { recursive: true, force: true });
    }
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs the bundles, the action metadata and the documents, and no sources or tests', () => {
    const names = packed.files.map((f) => f.path);
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml', 'dist/index.js', pkg.bin['service-cidr-guard']!]) {
      expect(names).toContain(needed);
    }
    expect(names.filter((n) => /^(src|test|scripts|bench|examples|node_modules)\//.test(n))).toEqual([]);
  });

  it('declares what a package on the registry needs', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.license).toBe('Apache-2.0');
    expect(readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(pkg.engines.node).toMatch(/^>=\s*20/);
    expect(readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8')).toContain(`## [${pkg.version}]`);
  });

  it('installs the command as a bin', () => {
    expect(existsSync(path.join(project, 'node_modules', '.bin', 'service-cidr-guard'))).toBe(true);
    expect(readdirSync(path.join(project, 'node_modules')).sort()).toEqual(['.bin', pkg.name]);
  });

  it('npx service-cidr-guard --version prints the package version', () => {
    const r = run(NPX, ['--no-install', 'service-cidr-guard', '--version']);
    expect(r.stderr).not.toMatch(/Cannot find (module|package)/);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('npx service-cidr-guard diff blocks an unsafe example (exit 1)', () => {
    const dir = path.join(repoRoot, 'examples', 'family-reduction');
    const r = run(NPX, [
      '--no-install',
      'service-cidr-guard',
      'diff',
      path.join(dir, 'before.yaml'),
      path.join(dir, 'after.yaml'),
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { blocked: boolean; findings: { rule: string }[] };
    expect(report.blocked).toBe(true);
    expect(report.findings.map((f) => f.rule)).toContain('family-reduction');
  });

  it('npx service-cidr-guard diff lets the supported upgrade through (exit 0)', () => {
    const dir = path.join(repoRoot, 'examples', 'dual-stack-upgrade');
    const r = run(NPX, ['--no-install', 'service-cidr-guard', 'diff', path.join(dir, 'before.yaml'), path.join(dir, 'after.yaml')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/notice dual-stack-upgrade:/);
  });
});
