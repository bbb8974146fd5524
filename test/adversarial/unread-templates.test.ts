// Issue 10 item 3 / issue 11 item 2: a templated Service range value. The gate cannot evaluate it, so a change
// that touches the expression blocks (a person must approve); an unchanged templated line draws nothing; an
// added file with a templated range is a warning (nothing running changes).

import { describe, expect, it } from '@jest/globals';
import { analyzeFile } from '../../src/engine.js';

const kubeadm = (subnet: string, pod = '10.244.0.0/16', comment = '') =>
  `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: ${pod}\n  serviceSubnet: ${subnet}${comment}\n`;
const kubespray = (value: string, other = 'calico') =>
  `---\nkube_network_plugin: ${other}\nkube_service_addresses: ${value}\nkube_pods_subnet: 10.233.64.0/18\n`;
const tf = (value: string, name = 'prod') =>
  `resource "aws_eks_cluster" "main" {\n  name = "${name}"\n  kubernetes_network_config {\n    service_ipv4_cidr = ${value}\n  }\n}\n`;
const script = (value: string, extra = '') => `#!/bin/sh\n${extra}exec kube-apiserver --service-cluster-ip-range=${value}\n`;

const rulesOf = (before: string | undefined, after: string | undefined, path = 'x.yaml') =>
  analyzeFile({ path, before, after }).findings.map((f) => [f.rule, f.level, f.line]);

describe('unread: templated values whose expression changed block', () => {
  it.each([
    ['Helm in kubeadm', kubeadm('"{{ .Values.a }}"'), kubeadm('"{{ .Values.b }}"'), 'k.yaml', 5],
    ['Jinja in kubespray', kubespray('"{{ a }}"'), kubespray('"{{ b }}"'), 'k.yml', 3],
    ['Terraform interpolation', tf('"${var.a}"'), tf('"${var.b}"'), 'main.tf', 4],
    ['Terraform expression', tf('var.a'), tf('var.b'), 'main.tf', 4],
    ['shell variable', script('"$A"'), script('"$B"'), 'run.sh', 2],
    ['a literal becomes a template', kubeadm('10.96.0.0/12'), kubeadm('"{{ .Values.a }}"'), 'k.yaml', 5],
    ['a template becomes a literal', kubeadm('"{{ .Values.a }}"'), kubeadm('10.96.0.0/12'), 'k.yaml', 5],
  ])('%s: error at the value line', (_name, before, after, path, line) => {
    expect(rulesOf(before, after, path)).toEqual([['unreadable-config', 'error', line]]);
  });
});

describe('unread: unchanged templated values draw nothing', () => {
  it.each([
    ['Helm, another line changed', kubeadm('"{{ .Values.a }}"'), kubeadm('"{{ .Values.a }}"', '10.245.0.0/16'), 'k.yaml'],
    ['Jinja, another line changed', kubespray('"{{ a }}"'), kubespray('"{{ a }}"', 'cilium'), 'k.yml'],
    ['Terraform, another line changed', tf('var.a'), tf('var.a', 'staging'), 'main.tf'],
    ['shell variable, a line added above', script('"$A"'), script('"$A"', 'set -e\n'), 'run.sh'],
    [
      'Helm, only a trailing comment on the value line changed',
      kubeadm('"{{ .Values.a }}"'),
      kubeadm('"{{ .Values.a }}"', undefined, '  # from values.yaml'),
      'k.yaml',
    ],
  ])('%s', (_name, before, after, path) => {
    expect(rulesOf(before, after, path)).toEqual([]);
  });
});

describe('unread: added and deleted files with a templated range', () => {
  it('an added file: warning (nothing running changes), not blocking', () => {
    expect(rulesOf(undefined, kubeadm('"{{ .Values.a }}"'), 'k.yaml')).toEqual([['unreadable-config', 'warning', 5]]);
  });
  it('a deleted file: a notice, never blocking', () => {
    expect(rulesOf(kubeadm('"{{ .Values.a }}"'), undefined, 'k.yaml')).toEqual([['unreadable-config', 'notice', 5]]);
  });
});
