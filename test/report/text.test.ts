import { describe, expect, it } from '@jest/globals';
import { renderText } from '../../src/report/text.js';
import { KUBEADM_AFTER, makeFinding, makeReport } from './sample.js';

const ESC = '\x1b';

describe('renderText', () => {
  it('starts each finding with file:line:col: level rule: message', () => {
    const out = renderText(makeReport([makeFinding()]));
    expect(out.split('\n')[0]).toBe(
      'clusters/prod/kubeadm.yaml:4:18: error family-reduction: dual-stack 10.96.0.0/12,fd00:10:96::/108 becomes single-stack 10.96.0.0/12',
    );
  });

  it('shows the source line with carets exactly under the value', () => {
    const out = renderText(makeReport([makeFinding()]), { readText: () => KUBEADM_AFTER });
    const lines = out.split('\n');
    const src = lines.find((l) => l.includes('serviceSubnet'))!;
    const caret = lines[lines.indexOf(src) + 1];
    const valueStart = src.indexOf('10.96.0.0/12');
    expect(caret.indexOf('^')).toBe(valueStart);
    expect(caret.slice(valueStart)).toBe('^'.repeat('10.96.0.0/12'.length));
  });

  it.each([
    ['tab-indented line', '\tserviceSubnet: 10.0.0.0/24', 17, 28, '\t', 11],
    ['span past the line end', 'x: 10.0.0.0/24', 4, 99, '', 11],
    ['empty span', 'x: 10.0.0.0/24', 4, 4, '', 1],
    ['span wrapping to the next line', 'x: 10.0.0.0/24', 4, 2, '', 11],
  ])('caret for a %s', (_name, text, column, endColumn, prefixTabs, carets) => {
    const endLine = _name === 'span wrapping to the next line' ? 2 : 1;
    const out = renderText(makeReport([makeFinding({ line: 1, column, endLine, endColumn })]), { readText: () => text });
    const caretLine = out.split('\n').find((l) => l.includes('^'))!;
    const body = caretLine.slice(caretLine.indexOf('| ') + 2);
    expect(body.replace(/\^+$/, '')).toBe(text.slice(0, column - 1).replace(/[^\t]/g, ' '));
    expect(body.match(/\^+$/)![0].length).toBe(carets);
    expect(body.startsWith(prefixTabs)).toBe(true);
  });

  it('shows no excerpt when the file text is unknown, and before/after and remediation always', () => {
    const out = renderText(makeReport([makeFinding()]), { readText: () => undefined });
    expect(out).not.toContain('^');
    expect(out).toContain('before: 10.96.0.0/12,fd00:10:96::/108');
    expect(out).toContain('after: 10.96.0.0/12');
    expect(out).toContain('remediation: keep the secondary range');
  });

  it('is not coloured unless asked', () => {
    expect(renderText(makeReport([makeFinding()]))).not.toContain(ESC);
    expect(renderText(makeReport([makeFinding()]), { color: true })).toContain(`${ESC}[31m`);
  });

  it('summarises counts, suppressed findings, problems and the verdict', () => {
    const report = makeReport(
      [
        makeFinding(),
        makeFinding({ level: 'warning', rule: 'component-mismatch', line: 8 }),
        makeFinding({ line: 9, suppressed: true, suppressedBy: 'inline comment: migration planned' }),
      ],
      [{ file: 'z.yaml', line: 2, message: 'YAML error: bad indentation' }],
    );
    const out = renderText(report);
    expect(out.trimEnd().split('\n').at(-1)).toBe('service-cidr-guard: 1 error, 1 warning, 0 notices, 1 suppressed, 1 problem: blocked');
    expect(out).toContain('(suppressed: inline comment: migration planned)');
    expect(out).toContain('z.yaml:2: problem: YAML error: bad indentation');
  });

  it('says passed when nothing blocks', () => {
    const out = renderText(makeReport([makeFinding({ level: 'notice', rule: 'dual-stack-upgrade' })]));
    expect(out).toMatch(/0 errors, 0 warnings, 1 notice, 0 problems: passed\n$/);
  });

  it('neutralises terminal control characters and workflow-command lines from PR content', () => {
    const out = renderText(makeReport([makeFinding({ file: '::error::x.yaml', message: `evil ${ESC}[2J\rfake` })]));
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\r');
    expect(out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(out).toContain('./::error::x.yaml:4:18');
  });

  it('keeps the lines of a multi-line remediation, indented', () => {
    const out = renderText(makeReport([makeFinding({ remediation: 'add a ServiceCIDR:\napiVersion: networking.k8s.io/v1\nkind: ServiceCIDR' })]));
    expect(out).toContain('  remediation: add a ServiceCIDR:\n    apiVersion: networking.k8s.io/v1\n    kind: ServiceCIDR\n');
  });
});
