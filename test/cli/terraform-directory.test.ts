// Terraform in git mode: the bundled CLI (dist/cli/index.js) in a real temporary repository follows a changed
// main.tf's `var.svc` into the unchanged terraform.tfvars of its directory, read from git at the head (or from the
// working tree), through EngineOptions.readUnchangedDirectory (src/changes/terraform-context.ts).
import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanJson, TempRepo } from './git-repo.js';
import type { Finding } from '../../src/model.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(repoRoot, 'dist/cli/index.js');

const scan = (cwd: string, ...args: string[]) => scanJson(BUNDLE, cwd, ...args);

const brief = (f: Finding) => ({ rule: f.rule, file: f.file, line: f.line, before: f.before, after: f.after });

const MAIN = (value: string) =>
  `resource "aws_eks_cluster" "main" {\n  name     = "prod"\n  role_arn = aws_iam_role.cluster.arn\n\n  kubernetes_network_config {\n    service_ipv4_cidr = ${value}\n  }\n}\n`;
const VARIABLES = 'variable "svc" {\n  type = string\n}\n';
const TFVARS = (range: string) => `region = "eu-west-1"\nsvc    = "${range}"\n`;

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/** Base: main.tf with the literal 10.100.0.0/16; head: main.tf reads var.svc, the other files unchanged. */
function literalToVariable(tfvarsRange: string, commitHead = true): { dir: string; from: string; to?: string } {
  repo = new TempRepo('scg-tfdir-');
  repo.write('infra/main.tf', MAIN('"10.100.0.0/16"'));
  repo.write('infra/variables.tf', VARIABLES);
  repo.write('infra/terraform.tfvars', TFVARS(tfvarsRange));
  const from = repo.commit('base');
  repo.write('infra/main.tf', MAIN('var.svc'));
  return { dir: repo.dir, from, to: commitHead ? repo.commit('head') : undefined };
}

describe('a changed main.tf whose value is in the unchanged terraform.tfvars (git mode)', () => {
  it('literal 10.100.0.0/16 → var.svc = 10.100.0.0/16 in the unchanged tfvars: silent', () => {
    const r = literalToVariable('10.100.0.0/16');
    const out = scan(r.dir, '--base', r.from, '--head', r.to!);
    expect(out.report.findings).toEqual([]);
    expect(out.report.problems).toEqual([]);
    expect(out.status).toBe(0);
  });

  it('literal 10.100.0.0/16 → var.svc = 172.20.0.0/16 in the unchanged tfvars: immutable-platform-change at main.tf', () => {
    const r = literalToVariable('172.20.0.0/16');
    const out = scan(r.dir, '--base', r.from, '--head', r.to!);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'immutable-platform-change', file: 'infra/main.tf', line: 6, before: ['10.100.0.0/16'], after: ['172.20.0.0/16'] },
    ]);
    expect(out.report.findings[0].setting).toContain('value from infra/terraform.tfvars');
    expect(out.status).toBe(1);
  });

  it('against the working tree (no --head) the unchanged tfvars is read from disk', () => {
    const r = literalToVariable('172.20.0.0/16', false);
    const out = scan(r.dir, '--base', r.from);
    expect(out.report.findings.map(brief)).toEqual([
      { rule: 'immutable-platform-change', file: 'infra/main.tf', line: 6, before: ['10.100.0.0/16'], after: ['172.20.0.0/16'] },
    ]);
    expect(out.status).toBe(1);
  });

  it("a tfvars in another directory is not this directory's: the variable has no value in reach, fail closed", () => {
    repo = new TempRepo('scg-tfdir-');
    repo.write('infra/main.tf', MAIN('"10.100.0.0/16"'));
    repo.write('infra/variables.tf', VARIABLES);
    repo.write('other/terraform.tfvars', TFVARS('10.100.0.0/16'));
    const from = repo.commit('base');
    repo.write('infra/main.tf', MAIN('var.svc'));
    const to = repo.commit('head');
    const out = scan(repo.dir, '--base', from, '--head', to);
    expect(out.report.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['unreadable-config', 'infra/main.tf', 6]]);
    expect(out.status).toBe(1);
  });

  it('a changed tfvars left out of the scan (config exclude) leaves the directory incomplete: fail closed, not its head text', () => {
    repo = new TempRepo('scg-tfdir-');
    repo.write('.github/service-cidr-guard.yml', 'exclude:\n  - "**/*.tfvars"\n');
    repo.write('infra/main.tf', MAIN('"10.100.0.0/16"'));
    repo.write('infra/variables.tf', VARIABLES);
    repo.write('infra/terraform.tfvars', TFVARS('172.20.0.0/16'));
    const from = repo.commit('base');
    repo.write('infra/main.tf', MAIN('var.svc'));
    repo.write('infra/terraform.tfvars', TFVARS('10.100.0.0/16'));
    const to = repo.commit('head');
    const out = scan(repo.dir, '--base', from, '--head', to);
    expect(out.report.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['unreadable-config', 'infra/main.tf', 6]]);
    expect(out.status).toBe(1);
  });
});
