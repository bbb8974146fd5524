// Findings and reports for renderer tests: built here, never copied from a renderer's output.
import type { FileProblem, Finding, Report } from '../../src/model.js';
import { buildReport } from '../../src/verdict.js';

export function makeFinding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'family-reduction',
    level: 'error',
    file: 'clusters/prod/kubeadm.yaml',
    line: 4,
    column: 18,
    endLine: 4,
    endColumn: 30,
    format: 'kubeadm',
    component: 'kube-apiserver',
    setting: 'networking.serviceSubnet',
    before: ['10.96.0.0/12', 'fd00:10:96::/108'],
    after: ['10.96.0.0/12'],
    message: 'dual-stack 10.96.0.0/12,fd00:10:96::/108 becomes single-stack 10.96.0.0/12',
    remediation: 'keep the secondary range',
    suppressed: false,
    ...over,
  };
}

export function makeReport(findings: Finding[], problems: FileProblem[] = []): Report {
  return buildReport(findings, problems, 'error');
}

export const KUBEADM_AFTER = [
  'apiVersion: kubeadm.k8s.io/v1beta4',
  'kind: ClusterConfiguration',
  'networking:',
  '  serviceSubnet: 10.96.0.0/12',
  '',
].join('\n');
