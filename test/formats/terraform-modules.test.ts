// Terraform registry modules (src/formats/distributions/terraform-modules.ts) and variable resolution
// (terraform-values.ts, terraform-directory.ts).

import { describe, expect, it } from '@jest/globals';
import { terraformFormat, readTerraformFile } from '../../src/formats/distributions/terraform.js';
import { moduleOfSource } from '../../src/formats/distributions/terraform-modules.js';
import { TerraformDirectory, type TfFileRecord } from '../../src/formats/distributions/terraform-values.js';
import { TerraformChangeBuffer, MAX_HELD_TERRAFORM_CHARS } from '../../src/formats/distributions/terraform-directory.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import { run, serviceRanges } from './run-format-corpus.js';

describe('module sources', () => {
  it.each([
    ['terraform-aws-modules/eks/aws', 'terraform-aws-modules/eks/aws'],
    ['registry.terraform.io/terraform-aws-modules/eks/aws', 'terraform-aws-modules/eks/aws'],
    ['git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=v20.8.5', 'terraform-aws-modules/eks/aws'],
    ['github.com/terraform-aws-modules/terraform-aws-eks', 'terraform-aws-modules/eks/aws'],
    ['git@github.com:terraform-aws-modules/terraform-aws-eks.git', 'terraform-aws-modules/eks/aws'],
    ['Azure/aks/azurerm', 'Azure/aks/azurerm'],
    ['git::https://github.com/Azure/terraform-azurerm-aks.git?ref=9.4.1', 'Azure/aks/azurerm'],
    ['terraform-google-modules/kubernetes-engine/google', 'terraform-google-modules/kubernetes-engine/google'],
    ['terraform-google-modules/kubernetes-engine/google//modules/private-cluster', 'terraform-google-modules/kubernetes-engine/google'],
    [
      'terraform-google-modules/kubernetes-engine/google//modules/beta-autopilot-private-cluster',
      'terraform-google-modules/kubernetes-engine/google',
    ],
    [
      'git::https://github.com/terraform-google-modules/terraform-google-kubernetes-engine.git//modules/safer-cluster-update-variant?ref=v36.0.0',
      'terraform-google-modules/kubernetes-engine/google',
    ],
  ])('%s is %s', (source, id) => {
    expect(moduleOfSource(source)?.id).toBe(id);
  });

  it.each([
    ['a node group submodule is not a cluster', 'terraform-aws-modules/eks/aws//modules/eks-managed-node-group'],
    ['a GKE node pool submodule is not a cluster', 'terraform-google-modules/kubernetes-engine/google//modules/gke-node-pool'],
    ['a fork with another name', 'example/eks/aws'],
    ['a local path', '../modules/eks'],
    ['the VPC module', 'terraform-aws-modules/vpc/aws'],
  ])('%s: %s', (_name, source) => {
    expect(moduleOfSource(source)).toBeNull();
  });
});

const eksModule = (inputs: string, source = 'terraform-aws-modules/eks/aws'): string =>
  `module "eks" {\n  source  = "${source}"\n  version = "~> 20.0"\n${inputs}}\n`;

describe('module inputs', () => {
  it('reads the EKS module input at its line, with the module version and the EKS wording', () => {
    const [s] = serviceRanges(
      run(terraformFormat, eksModule('  cluster_version = "1.31"\n  cluster_service_ipv4_cidr = "172.20.0.0/16"\n'), 'eks.tf'),
    );
    expect(s).toMatchObject({
      value: '172.20.0.0/16',
      setting: 'module.eks.cluster_service_ipv4_cidr',
      group: 'terraform/module.eks',
      kubernetesVersion: '1.31',
    });
    expect(s.span.line).toBe(5);
    expect(s.immutable).toMatch(/forces replacement of the EKS cluster/);
  });

  it('an input absent or null gives no setting (EKS chooses at creation)', () => {
    expect(run(terraformFormat, eksModule('  cluster_name = "x"\n'), 'eks.tf')).toEqual({ settings: [], problems: [] });
    expect(run(terraformFormat, eksModule('  cluster_service_ipv4_cidr = null\n'), 'eks.tf')).toEqual({ settings: [], problems: [] });
  });

  it('ignores a module with another source that happens to use the same input name', () => {
    expect(run(terraformFormat, eksModule('  cluster_service_ipv4_cidr = "10.0.0.0/16"\n', './modules/eks'), 'eks.tf').settings).toEqual([]);
  });

  it('reads the AKS module list, DNS and pod inputs', () => {
    const x = run(
      terraformFormat,
      'module "aks" {\n  source = "Azure/aks/azurerm"\n  net_profile_service_cidrs = ["10.0.0.0/16", "fd00::/108"]\n  net_profile_dns_service_ip = "10.0.0.10"\n  net_profile_pod_cidr = "10.244.0.0/16"\n}\n',
      'aks.tf',
    );
    expect(serviceRanges(x).map((s) => s.value)).toEqual(['10.0.0.0/16,fd00::/108']);
    expect(x.settings.find((s) => s.role === 'dns-address')?.value).toBe('10.0.0.10');
    expect(x.settings.find((s) => s.role === 'pod-range')?.value).toBe('10.244.0.0/16');
  });

  it('GKE: a range name with no subnetwork in reach is a hidden value naming the range, never a made-up CIDR', () => {
    const x = run(
      terraformFormat,
      'module "gke" {\n  source = "terraform-google-modules/kubernetes-engine/google"\n  ip_range_services = "svc"\n}\n',
      'gke.tf',
    );
    expect(x.settings).toEqual([]);
    expect(x.problems).toEqual([expect.objectContaining({ line: 3, hidesRange: true })]);
    expect(x.problems[0].message).toContain('"svc"');
  });

  it('GKE: the raw resource services_secondary_range_name resolves like the module input', () => {
    const text =
      'resource "google_container_cluster" "c" {\n  ip_allocation_policy {\n    services_secondary_range_name = google_compute_subnetwork.s.secondary_ip_range[1].range_name\n  }\n}\n';
    const x = run(terraformFormat, text, 'gke.tf');
    expect(x.settings).toEqual([]);
    expect(x.problems[0]).toMatchObject({ line: 3, hidesRange: true });
    const named = run(
      terraformFormat,
      text.replace(/= google.*\n/, '= "svc"\n') +
        'resource "google_compute_subnetwork" "s" {\n  secondary_ip_range {\n    range_name    = "svc"\n    ip_cidr_range = "10.8.0.0/20"\n  }\n}\n',
      'gke.tf',
    );
    expect(serviceRanges(named)).toEqual([expect.objectContaining({ value: '10.8.0.0/20', span: expect.objectContaining({ line: 9 }) })]);
  });
});

const eks = (value: string): string =>
  `resource "aws_eks_cluster" "main" {\n  kubernetes_network_config {\n    service_ipv4_cidr = ${value}\n  }\n}\n`;

function record(path: string, text: string, inChange = true): TfFileRecord {
  const r = readTerraformFile(path, text, inChange);
  if (!r) throw new Error(`not read: ${path}`);
  return r;
}

function extractIn(dir: TerraformDirectory, path: string, text: string) {
  return terraformFormat.extract(new Source(path, text, dir));
}

describe('variables and locals', () => {
  it('follows local → var → default in one file and points at the literal', () => {
    const text = `${eks('local.cidr')}locals {\n  cidr = var.svc\n}\nvariable "svc" {\n  default = "172.20.0.0/16"\n}\n`;
    const [s] = serviceRanges(run(terraformFormat, text, 'main.tf'));
    expect(s).toMatchObject({ value: '172.20.0.0/16', setting: 'local.cidr → var.svc → kubernetes_network_config.service_ipv4_cidr' });
    expect(s.span.line).toBe(10);
  });

  it.each([
    ['a function call', 'cidrsubnet(var.vpc, 4, 1)', 'an expression (cidrsubnet(var.vpc, 4, 1))'],
    ['a ternary', 'var.ipv6 ? null : "10.0.0.0/16"', 'an expression (var.ipv6 ? null : "10.0.0.0/16")'],
    ['an undeclared variable', 'var.nope', 'var.nope has no value in reach'],
    ['a variable without default', 'var.svc', 'var.svc has no value in reach'],
    ['a reference cycle', 'local.a', 'refers to itself'],
  ])('%s stays hidden, at the argument, with the reason', (_name, value, reason) => {
    const text = `${eks(value)}variable "svc" {\n  type = string\n}\nlocals {\n  a = local.b\n  b = local.a\n}\n`;
    const x = run(terraformFormat, text, 'main.tf');
    expect(x.settings).toEqual([]);
    const p = x.problems.find((q) => q.hidesRange);
    expect(x.problems.filter((q) => q.hidesRange).map((q) => q.line)).toContain(3);
    expect(p?.message).toContain(reason);
  });

  const main = record('infra/main.tf', `${eks('var.svc')}variable "svc" {\n  default = "10.0.0.0/16"\n}\n`, false);
  it.each([
    ['the default alone', [], '10.0.0.0/16', 'infra/main.tf'],
    ['terraform.tfvars over the default', [['infra/terraform.tfvars', 'svc = "10.1.0.0/16"\n']], '10.1.0.0/16', 'infra/terraform.tfvars'],
    [
      '*.auto.tfvars over terraform.tfvars, the last name in lexical order winning',
      [
        ['infra/terraform.tfvars', 'svc = "10.1.0.0/16"\n'],
        ['infra/b.auto.tfvars', 'svc = "10.3.0.0/16"\n'],
        ['infra/a.auto.tfvars', 'svc = "10.2.0.0/16"\n'],
      ],
      '10.3.0.0/16',
      'infra/b.auto.tfvars',
    ],
    ['a named tfvars file is not loaded without -var-file', [['infra/prod.tfvars', 'svc = "10.9.0.0/16"\n']], '10.0.0.0/16', 'infra/main.tf'],
  ])('precedence: %s', (_name, others, value, file) => {
    const dir = new TerraformDirectory([main, ...others.map(([p, t]) => record(p, t, false))], true);
    const r = dir.resolve(main.args[0].expr, main.path, main.path);
    expect(r).toMatchObject({ kind: 'value', text: value, file });
  });

  it('the file that holds the literal reports it; the file of the argument stays silent when that file is in the change', () => {
    const tf = record('infra/main.tf', eks('var.svc'));
    const vars = record('infra/terraform.tfvars', 'svc = "10.1.0.0/16"\n');
    const dir = new TerraformDirectory([tf, vars], false);
    expect(extractIn(dir, 'infra/main.tf', '')).toEqual({ settings: [], problems: [] });
    const [s] = serviceRanges(extractIn(dir, 'infra/terraform.tfvars', ''));
    expect(s).toMatchObject({
      value: '10.1.0.0/16',
      setting: 'var.svc → kubernetes_network_config.service_ipv4_cidr',
      span: expect.objectContaining({ line: 1 }),
    });
  });

  it('a named tfvars file reports the value it passes with -var-file', () => {
    const tf = record('infra/main.tf', `${eks('var.svc')}variable "svc" {\n  default = "10.0.0.0/16"\n}\n`, false);
    const prod = record('infra/prod.tfvars', 'svc = "10.9.0.0/16"\n');
    const [s] = serviceRanges(extractIn(new TerraformDirectory([tf, prod], true), 'infra/prod.tfvars', ''));
    expect(s.value).toBe('10.9.0.0/16');
  });

  it('a complete directory with no use of a service-looking variable says nothing; an incomplete one fails closed', () => {
    const vars = record('infra/terraform.tfvars', 'service_cidr = "10.1.0.0/16"\nregion = "x"\n');
    expect(extractIn(new TerraformDirectory([vars], true), vars.path, '').problems).toEqual([]);
    const open = extractIn(new TerraformDirectory([vars], false), vars.path, '').problems;
    expect(open).toEqual([expect.objectContaining({ line: 1, hidesRange: true, setting: 'var.service_cidr' })]);
  });
});

describe('held Terraform files', () => {
  it('groups a change by directory, hands each side its directory and lets the rest through', () => {
    const buffer = new TerraformChangeBuffer();
    expect(buffer.take({ path: 'a/main.tf', before: eks('var.svc'), after: `${eks('var.svc')}\n` })).toBe(true);
    expect(buffer.take({ path: 'a/terraform.tfvars', before: 'svc = "10.0.0.0/16"\n', after: 'svc = "10.1.0.0/16"\n' })).toBe(true);
    expect(buffer.take({ path: 'b/terraform.tfvars', after: 'svc = "10.2.0.0/16"\n' })).toBe(true);
    expect(buffer.take({ path: 'a/kubeadm.yaml', after: 'x' })).toBe(false);
    expect(buffer.take({ path: 'a/big.tf', after: 'x'.repeat(MAX_HELD_TERRAFORM_CHARS) })).toBe(false);
    const out = [...buffer.drain()];
    expect(out.map((o) => o.file.path)).toEqual(['a/main.tf', 'a/terraform.tfvars', 'b/terraform.tfvars']);
    expect(out[0].sides.after?.files.map((f) => f.path)).toEqual(['a/main.tf', 'a/terraform.tfvars']);
    expect(out[2].sides.before?.files).toEqual([]);
    expect(out[0].sides.after?.complete).toBe(false);
  });

  it('reads unchanged neighbours through the reader, skipping the changed files and other directories', () => {
    const buffer = new TerraformChangeBuffer();
    buffer.take({ path: 'a/terraform.tfvars', before: 'svc = "10.0.0.0/16"\n', after: 'svc = "10.1.0.0/16"\n' });
    const asked: string[] = [];
    const [o] = [
      ...buffer.drain((d) => {
        asked.push(d);
        return [
          { path: 'a/main.tf', text: eks('var.svc') },
          { path: 'a/terraform.tfvars', text: 'stale' },
          { path: 'a/sub/x.tf', text: eks('"10.0.0.0/16"') },
        ];
      }),
    ];
    expect(asked).toEqual(['a']);
    expect(o.sides.after?.complete).toBe(true);
    expect(o.sides.after?.files.map((f) => [f.path, f.inChange])).toEqual([
      ['a/terraform.tfvars', true],
      ['a/main.tf', false],
    ]);
  });
});

describe('terraform-google-modules/network secondary_ranges', () => {
  const net = (ranges: string): string =>
    `module "vpc" {\n  source = "terraform-google-modules/network/google//modules/subnets"\n  secondary_ranges = {\n${ranges}\n  }\n}\nmodule "gke" {\n  source = "terraform-google-modules/kubernetes-engine/google"\n  ip_range_services = "svc"\n}\n`;

  it('reads the range the GKE module names, at the CIDR literal', () => {
    const x = run(
      terraformFormat,
      net('    s = [{ range_name = "pods", ip_cidr_range = "10.4.0.0/14" },\n      { range_name = "svc", ip_cidr_range = "10.8.0.0/20" }]'),
      'net.tf',
    );
    const [s] = serviceRanges(x);
    expect(s).toMatchObject({ value: '10.8.0.0/20', span: { line: 5, column: 45, endLine: 5, endColumn: 58 } });
  });

  it('a templated CIDR or range name stays hidden', () => {
    const x = run(terraformFormat, net('    s = [{ range_name = "svc", ip_cidr_range = "${var.prefix}.0.0/20" }]'), 'net.tf');
    expect(x.settings).toEqual([]);
    expect(x.problems.some((p) => p.hidesRange && p.line === 4)).toBe(true);
  });
});

describe('Terraform files are not YAML', () => {
  it('a heredoc that looks like YAML in variables.tf raises no YAML problem', async () => {
    const { extractSide } = await import('../../src/engine.js');
    const text = 'variable "net_profile_service_cidr" {\n  description = <<-EOT\n---\ncluster: a: b\n  EOT\n  type = string\n  default = null\n}\n';
    expect(extractSide('variables.tf', text).problems.filter((p) => /YAML/.test(p.message))).toEqual([]);
    expect(extractSide('variables.yaml', text).problems.some((p) => /YAML/.test(p.message))).toBe(true);
  });
});
