import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../src/model.js';
import { applySuppressions, readSuppressions } from '../src/suppressions.js';

const finding = (line: number, rule: Finding['rule'] = 'family-reduction'): Finding => ({
  rule, level: 'error', file: 'a.yaml', line, column: 3, endLine: line, endColumn: 10, format: 'kubeadm',
  component: 'kube-apiserver', setting: 'networking.serviceSubnet', before: null, after: null, message: 'm',
  remediation: 'r', suppressed: false,
});

describe('inline suppressions', () => {
  it('a trailing comment on the finding line suppresses it and records the reason', () => {
    const text = 'a: 1\n  serviceSubnet: 10.96.0.0/12 # service-cidr-guard: allow family-reduction -- IPv6 retired, see CHG-42\n';
    const { suppressions, problems } = readSuppressions(text, 'a.yaml');
    expect(problems).toEqual([]);
    const [f] = applySuppressions([finding(2)], suppressions);
    expect(f.suppressed).toBe(true);
    expect(f.suppressedBy).toBe('inline comment at line 2: IPv6 retired, see CHG-42');
  });

  it('a comment-only line applies to the next line, not further', () => {
    const text = '# service-cidr-guard: allow family-reduction -- planned\nx: 1\ny: 2\n';
    const { suppressions } = readSuppressions(text, 'a.yaml');
    const [next, later] = applySuppressions([finding(2), finding(3)], suppressions);
    expect(next.suppressed).toBe(true);
    expect(later.suppressed).toBe(false);
  });

  it('a trailing comment does not reach the next line', () => {
    const { suppressions } = readSuppressions('x: 1 # service-cidr-guard: allow family-reduction -- ok\ny: 2\n', 'a.yaml');
    expect(applySuppressions([finding(2)], suppressions)[0].suppressed).toBe(false);
  });

  it('only suppresses the named rule', () => {
    const { suppressions } = readSuppressions('x: 1 # service-cidr-guard: allow invalid-range -- ok\n', 'a.yaml');
    expect(applySuppressions([finding(1)], suppressions)[0].suppressed).toBe(false);
  });

  it.each([
    ['x: 1 # service-cidr-guard: allow family-reduction', "suppression of 'family-reduction' has no reason and is ignored"],
    ['x: 1 # service-cidr-guard: allow family-reduction --   ', "suppression of 'family-reduction' has no reason and is ignored"],
    ['x: 1 # service-cidr-guard: allow no-such-rule -- because', "suppression names an unknown rule 'no-such-rule'"],
    ['x: 1 # service-cidr-guard: allow', 'suppression comment not understood'],
  ])('%s is reported, and suppresses nothing', (text, message) => {
    const { suppressions, problems } = readSuppressions(text + '\n', 'a.yaml');
    expect(suppressions).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(1);
    expect(problems[0].message).toContain(message);
    expect(applySuppressions([finding(1)], suppressions)[0].suppressed).toBe(false);
  });

  it('understands // comments (Terraform) and CRLF line ends', () => {
    const { suppressions } = readSuppressions('a = 1\r\n  b = 2 // service-cidr-guard: allow primary-range-change -- new cluster\r\n', 'main.tf');
    expect(suppressions).toEqual([{ line: 2, rule: 'primary-range-change', reason: 'new cluster', standalone: false }]);
  });
});
