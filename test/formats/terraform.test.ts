import { describe, expect, it } from '@jest/globals';
import { terraformFormat } from '../../src/formats/distributions/terraform.js';
import { manifestRows, readCorpus, run, serviceRanges } from './run-format-corpus.js';

const eks = (network: string): string => `resource "aws_eks_cluster" "main" {\n  name    = "prod"\n  version = "1.32"\n${network}}\n`;

describe('terraform managed clusters', () => {
  it.each([
    ['EKS service_ipv4_cidr', eks('  kubernetes_network_config {\n    service_ipv4_cidr = "172.20.0.0/16"\n  }\n'), '172.20.0.0/16', 5, /EKS/],
    [
      'AKS service_cidr',
      'resource "azurerm_kubernetes_cluster" "aks" {\n  network_profile {\n    network_plugin = "azure"\n    service_cidr   = "10.0.0.0/16"\n  }\n}\n',
      '10.0.0.0/16',
      4,
      /AKS/,
    ],
    [
      'AKS dual-stack service_cidrs',
      'resource "azurerm_kubernetes_cluster" "aks" {\n  network_profile {\n    service_cidrs = ["10.0.0.0/16", "fd00::/108"]\n  }\n}\n',
      '10.0.0.0/16,fd00::/108',
      3,
      /AKS/,
    ],
    [
      'GKE services_ipv4_cidr_block',
      'resource "google_container_cluster" "gke" {\n  ip_allocation_policy {\n    cluster_ipv4_cidr_block  = "10.4.0.0/14"\n    services_ipv4_cidr_block = "10.8.0.0/20"\n  }\n}\n',
      '10.8.0.0/20',
      4,
      /GKE/,
    ],
  ])('%s', (_name, text, value, line, platform) => {
    const [s] = serviceRanges(run(terraformFormat, text, 'main.tf'));
    expect(s).toMatchObject({ value, origin: 'explicit', component: 'platform', format: 'terraform' });
    expect(s.span.line).toBe(line);
    expect(s.immutable).toMatch(/forces replacement/);
    expect(s.immutable).toMatch(platform);
  });

  it('reads the EKS version and keeps pod and DNS settings in the cluster group', () => {
    const x = run(
      terraformFormat,
      'resource "azurerm_kubernetes_cluster" "aks" {\n  kubernetes_version = "1.31.2"\n  network_profile {\n    service_cidr   = "10.0.0.0/16"\n    dns_service_ip = "10.0.0.10"\n    pod_cidr       = "10.244.0.0/16"\n  }\n}\n',
    );
    const [s] = serviceRanges(x);
    expect(s.kubernetesVersion).toBe('1.31');
    expect(x.settings.find((t) => t.role === 'pod-range')).toMatchObject({ value: '10.244.0.0/16', group: s.group });
    expect(x.settings.find((t) => t.role === 'dns-address')).toMatchObject({ value: '10.0.0.10', group: s.group });
  });

  it.each([
    ['no network block (Computed: the cloud chose)', eks('')],
    ['block without the argument', eks('  kubernetes_network_config {\n    ip_family = "ipv6"\n  }\n')],
    [
      'GKE lets the cloud pick a /20',
      'resource "google_container_cluster" "g" {\n  ip_allocation_policy {\n    services_ipv4_cidr_block = "/20"\n  }\n}\n',
    ],
  ])('absence gives no setting and no default: %s', (_name, text) => {
    const x = run(terraformFormat, text, 'main.tf');
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems).toEqual([]);
  });

  it.each([
    ['variable', eks('  kubernetes_network_config {\n    service_ipv4_cidr = var.service_cidr\n  }\n'), 'var.service_cidr'],
    ['interpolation', eks('  kubernetes_network_config {\n    service_ipv4_cidr = "${local.prefix}.0.0/16"\n  }\n'), '${local.prefix}'],
    [
      'list with a reference',
      'resource "azurerm_kubernetes_cluster" "a" {\n  network_profile {\n    service_cidrs = ["10.0.0.0/16", var.v6]\n  }\n}\n',
      'var.v6',
    ],
  ])('expression value -> hidesRange problem naming it: %s', (_name, text, expression) => {
    const x = run(terraformFormat, text, 'main.tf');
    expect(serviceRanges(x)).toEqual([]);
    const p = x.problems.find((q) => q.hidesRange);
    expect(p?.message).toContain(expression);
    expect(p?.line).toBe(text.split('\n').findIndex((l) => l.includes(expression)) + 1);
  });

  it('ignores other resources and non-Terraform files', () => {
    expect(run(terraformFormat, 'resource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n').settings).toEqual([]);
    expect(run(terraformFormat, 'apiVersion: v1\nkind: ConfigMap\n').settings).toEqual([]);
  });

  it('keeps two clusters of one file apart', () => {
    const text =
      eks('  kubernetes_network_config {\n    service_ipv4_cidr = "172.20.0.0/16"\n  }\n') +
      eks('  kubernetes_network_config {\n    service_ipv4_cidr = "10.100.0.0/16"\n  }\n').replace('"main"', '"dr"');
    const groups = serviceRanges(run(terraformFormat, text)).map((s) => s.group);
    expect(groups).toEqual(['terraform/aws_eks_cluster.main', 'terraform/aws_eks_cluster.dr']);
  });

  it.each([
    ['unclosed resource', 'resource "aws_eks_cluster" "x" {\n  kubernetes_network_config {\n    service_ipv4_cidr = "10.0.0.0/16"\n'],
    ['garbage after the name', 'resource "aws_eks_cluster" "x" ][ {\n'],
    ['unterminated heredoc', 'resource "aws_eks_cluster" "x" {\n  a = <<EOT\n'],
  ])('malformed: %s does not throw and reports a problem', (_name, text) => {
    const x = run(terraformFormat, text, 'main.tf');
    expect(x.problems.length).toBeGreaterThan(0);
  });
});

const rows = manifestRows(['servicecidr', 'terraform']);
(rows ? describe : describe.skip)('terraform corpus', () => {
  it.each((rows ?? []).map((r) => [r.path] as const))('%s yields nothing and does not crash', (p) => {
    expect(run(terraformFormat, readCorpus(p), p)).toEqual({ settings: [], problems: [] });
  });
});
