import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../src/model.js';
import { applySuppressions, readSuppressions } from '../src/suppressions.js';

const finding = (line: number, rule: Finding['rule'] = 'family-reduction'): Finding => ({
  rule,
  level: 'error',
  file: 'a.yaml',
  line,
  column: 3,
  endLine: line,
  endColumn: 10,
  format: 'kubeadm',
  component: 'kube-apiserver',
  setting: 'networking.serviceSubnet',
  before: null,
  after: null,
  message: 'm',
  remediation: 'r',
  suppressed: false,
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
    const { suppressions, problems } = readSuppressions(`${text}\n`, 'a.yaml');
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

describe('markers count only in real comments of the file syntax', () => {
  const M = 'service-cidr-guard: allow family-reduction -- ok';
  it.each([
    // YAML
    ['a.yaml', `x: 1 # ${M}`, true],
    ['a.yaml', `# ${M}`, true],
    ['a.yaml', `x: "# ${M}"`, false],
    ['a.yaml', `x: '# ${M}'`, false],
    ['a.yaml', `x: {a: 1, b: "v # ${M}"}`, false],
    ['a.yaml', `- "--flag=1 # ${M}"`, false],
    ['a.yaml', `x: a#${M}`, false],
    ['a.yaml (apostrophe in a plain scalar is text)', `x: it's # ${M}`, true],
    ['a.yml', `x: 'it''s # ${M}'`, false],
    // shell and other flag files
    ['run.sh', `kube-apiserver --a=1 # ${M}`, true],
    ['run.sh', `echo "# ${M}"`, false],
    ['run.sh', `echo '# ${M}'`, false],
    ['run.sh', `echo a\\# ${M}`, false],
    ['run.sh', `echo a#${M}`, false],
    // HCL
    ['main.tf', `a = 1 # ${M}`, true],
    ['main.tf', `a = 1 // ${M}`, true],
    ['main.tf', `a = 1 /* ${M} */`, true],
    ['main.tf', `a = "# ${M}"`, false],
    ['main.tf', `a = "// ${M}"`, false],
    // systemd: whole-line comments only
    ['kube-apiserver.service', `# ${M}`, true],
    ['kube-apiserver.service', `; ${M}`, true],
    ['kube-apiserver.service', `ExecStart=/usr/bin/kube-apiserver --a=1 # ${M}`, false],
    // JSON has no comments
    ['a.json', `{"x": "# ${M}"}`, false],
  ])('%s: %s → %s', (file, line, counts) => {
    const name = file.split(' ')[0];
    expect(readSuppressions(`${line}\n`, name).suppressions.length > 0).toBe(counts);
  });

  it('a YAML double-quoted scalar that spans lines hides a marker on its second line', () => {
    const text = `x: "first\n  # ${M}\n  end"\ny: 2\n`;
    expect(readSuppressions(text, 'a.yaml').suppressions).toEqual([]);
  });

  it('a shell string that spans lines hides a marker; after it closes, comments count again', () => {
    const text = `ARGS="--a=1\n# ${M}\n"\n# ${M}\n`;
    expect(readSuppressions(text, 'kube-apiserver.env').suppressions.map((s) => s.line)).toEqual([4]);
  });

  it('a block scalar in YAML is read as the embedded script it holds', () => {
    const text = `args:\n  - |\n    kube-apiserver --a=1 # ${M}\n    echo "# ${M}"\nnext: 1 # ${M}\n`;
    expect(readSuppressions(text, 'pod.yaml').suppressions.map((s) => s.line)).toEqual([3, 5]);
  });

  it('a comment on the last line of a block scalar does not reach the key after the block', () => {
    const text = `networking:\n  note: |\n    # ${M}\n  serviceSubnet: 10.96.0.0/12\n`;
    const { suppressions } = readSuppressions(text, 'kubeadm.yaml');
    expect(applySuppressions([finding(4)], suppressions)[0].suppressed).toBe(false);
    const twin = `networking:\n  note: "x"\n  # ${M}\n  serviceSubnet: 10.96.0.0/12\n`;
    expect(applySuppressions([finding(4)], readSuppressions(twin, 'kubeadm.yaml').suppressions)[0].suppressed).toBe(true);
  });

  it('a suppression the base side does not have is marked as added by the change', () => {
    const head = readSuppressions(`x: 1 # ${M}\n`, 'a.yaml').suppressions;
    const [added] = applySuppressions([finding(1)], head, []);
    expect(added).toMatchObject({ suppressed: true, suppressionAdded: true });
    expect(added.suppressedBy).toContain('added by this change');
    const base = readSuppressions(`# moved\nx: 0 # ${M}\n`, 'a.yaml').suppressions;
    const [kept] = applySuppressions([finding(1)], head, base);
    expect(kept.suppressed).toBe(true);
    expect(kept.suppressionAdded).toBeUndefined();
  });
});
