import { describe, expect, it } from '@jest/globals';
import { buildReport, isBlocking } from '../src/verdict.js';
import type { Finding } from '../src/model.js';

const finding = (level: Finding['level'], suppressed = false): Finding => ({
  rule: 'family-reduction',
  level,
  file: 'a.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  format: 'kubeadm',
  component: 'kube-apiserver',
  setting: 'networking.serviceSubnet',
  before: ['10.96.0.0/12', 'fd00::/108'],
  after: ['10.96.0.0/12'],
  message: 'm',
  remediation: 'r',
  suppressed,
});

describe('verdict', () => {
  it.each([
    ['error', 'error', true],
    ['warning', 'error', false],
    ['warning', 'warning', true],
    ['notice', 'warning', false],
    ['notice', 'notice', true],
    ['error', 'never', false],
  ] as const)('%s finding with fail-on %s blocks: %s', (level, failOn, expected) => {
    expect(isBlocking(finding(level), failOn)).toBe(expected);
  });
  it('a suppressed finding never blocks', () => {
    expect(buildReport([finding('error', true)], [], 'notice').blocked).toBe(false);
  });
});
