// The project's own workflows (issue 7): every third-party action pinned to a full commit SHA, and a release
// workflow for vX.Y.Z tags that publishes immutable releases (draft, attach, publish) and moves the major tag.
// The release notes step is run here on the real CHANGELOG.md, so a changelog the workflow cannot read fails now,
// not on the day of the release.

import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  name?: string;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  needs?: string | string[];
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS_DIR = path.resolve('.github/workflows');
const files = readdirSync(WORKFLOWS_DIR).filter((f) => /\.ya?ml$/.test(f));
const texts = new Map(files.map((f) => [f, readFileSync(path.join(WORKFLOWS_DIR, f), 'utf8')]));
const release = parse(texts.get('release.yml') ?? '') as Workflow;
const releaseSteps = Object.values(release.jobs ?? {}).flatMap((j) => j.steps);
const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };

describe('workflows of this repository', () => {
  it.each(files.map((f) => [f]))('%s pins every third-party action to a full commit SHA with its version beside it', (file) => {
    const lines = texts
      .get(file)!
      .split('\n')
      .filter((l) => /^\s*-?\s*uses:/.test(l));
    for (const line of lines) {
      const ref = /uses:\s*(\S+)/.exec(line)![1]!;
      if (ref.startsWith('./')) continue; // the action of this repository, from the checkout
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(line).toMatch(/#\s*v\d+(\.\d+){0,2}\s*$/);
    }
  });

  it.each(files.map((f) => [f]))('%s grants only contents: read at the top level', (file) => {
    expect((parse(texts.get(file)!) as Workflow).permissions).toEqual({ contents: 'read' });
  });
});

describe('release workflow', () => {
  it('runs for vX.Y.Z tags only', () => {
    expect(Object.keys(release.on)).toEqual(['push']);
    expect(release.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+'] });
  });

  it('only the publishing job can write, and it runs after the verification', () => {
    const writers = Object.entries(release.jobs).filter(([, j]) => j.permissions?.contents === 'write');
    expect(writers.map(([id]) => id)).toEqual(['publish']);
    expect(release.jobs.publish!.needs).toBe('verify');
  });

  it('tests the tag and checks dist/ before anything is published', () => {
    const verify = release.jobs.verify!.steps.map((s) => s.run ?? '').join('\n');
    expect(verify).toMatch(/npm test/);
    expect(verify).toMatch(/git diff --exit-code[^\n]*dist\//);
    expect(verify).toMatch(/package\.json/);
    expect(verify).toMatch(/CHANGELOG\.md/);
  });

  it('creates the release as a draft with the package attached, then publishes it (immutable releases)', () => {
    const script = releaseSteps.map((s) => s.run ?? '').join('\n');
    const create = script.search(/gh release create "\$TAG" --draft[^\n]*out\/\*\.tgz/);
    const publish = script.search(/gh release edit "\$TAG" --draft=false/);
    expect(create).toBeGreaterThanOrEqual(0);
    expect(publish).toBeGreaterThan(create);
    expect(script).not.toMatch(/gh release upload/); // an asset cannot be added to a published immutable release
  });

  it('moves the major tag, and never a vX.Y.Z tag', () => {
    const step = releaseSteps.find((s) => /major tag/i.test(s.name ?? ''))!;
    expect(step.run).toMatch(/major="\$\{TAG%%\.\*\}"/);
    expect(step.run).toMatch(/git push --force origin "refs\/tags\/\$major"/);
    const major = spawnSync('bash', ['-c', 'TAG=v12.3.4; echo "${TAG%%.*}"'], { encoding: 'utf8' }).stdout.trim();
    expect(major).toBe('v12');
  });

  it('its release-notes step reads the section of the current version from CHANGELOG.md', () => {
    const step = releaseSteps.find((s) => /release notes/i.test(s.name ?? ''))!;
    const awk = /awk -v v="\$version" '([\s\S]*?)' CHANGELOG\.md/.exec(step.run!)![1]!;
    const r = spawnSync('awk', ['-v', `v=${pkg.version}`, awk, 'CHANGELOG.md'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/^## \[/m); // stops at the next version
    expect(r.stdout).not.toMatch(/^\[[^\]]+\]: /m); // link references are left out
  });
});

describe('the version, the tags and the documents agree', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const major = `v${pkg.version.split('.')[0]}`;
  it('the README pins the major tag release.yml moves for this version', () => {
    const readme = readFileSync('README.md', 'utf8');
    const pins = [...readme.matchAll(/uses: OWNER\/service-cidr-guard@(\S+)/g)].map((m) => m[1]);
    expect(pins.length).toBeGreaterThan(0);
    expect(new Set(pins)).toEqual(new Set([major]));
    // The pre-commit example pins the release tag itself.
    expect(readme).toMatch(new RegExp(`rev: v${pkg.version.replace(/\./g, '\\.')}\\b`));
  });
  it('SECURITY.md supports that major version', () => {
    expect(readFileSync('SECURITY.md', 'utf8')).toMatch(new RegExp(`Supported versions: .*\\(\`${major}\``));
  });
});

describe('repository hygiene', () => {
  it('Dependabot updates the actions and the npm dependencies, grouped', () => {
    const cfg = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { updates: { 'package-ecosystem': string; groups?: object }[] };
    expect(cfg.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of cfg.updates) expect(Object.keys(u.groups ?? {}).length).toBeGreaterThan(0);
  });
  it('every actions/* action is at a Node 24 major (checkout, setup-node, upload/download-artifact v5 or later)', () => {
    for (const text of texts.values()) {
      for (const m of text.matchAll(/uses:\s*actions\/([\w-]+)@[0-9a-f]{40}\s*#\s*v(\d+)/g))
        expect(`${m[1]} v${m[2]} ${Number(m[2]) >= 5 ? 'node24' : 'node20'}`).toBe(`${m[1]} v${m[2]} node24`);
    }
  });
  it('a CodeQL workflow scans the sources', () => {
    expect(texts.get('codeql.yml')).toMatch(/github\/codeql-action\/analyze@/);
  });
});
