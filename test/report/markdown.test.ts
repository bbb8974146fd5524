import { describe, expect, it } from '@jest/globals';
import { escapeMarkdown, renderMarkdown } from '../../src/report/markdown.js';
import { RULES } from '../../src/rules.js';
import { makeFinding, makeReport } from './sample.js';

const ZWSP = '&#8203;';

describe('escapeMarkdown', () => {
  it.each([
    ['plain CIDR', '10.96.0.0/12', '10.96.0.0/12'],
    ['IPv6 CIDR', 'fd00:10:96::/112', 'fd00:10:96::/112'],
    ['table pipe', 'a|b', 'a\\|b'],
    ['backticks', '`code`', '\\`code\\`'],
    ['HTML tag', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['entity stays literal', '&lt;', '&amp;lt;'],
    ['link', '[click](https://evil.example)', '\\[click\\]\\(https://evil.example\\)'],
    ['image', '![x](https://evil.example/p.png)', '\\!\\[x\\]\\(https://evil.example/p.png\\)'],
    ['mention', '@kubernetes/sig-network', `@${ZWSP}kubernetes/sig\\-network`],
    ['emphasis', '*bold* _it_ ~~gone~~', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['heading marker', '# title', '\\# title'],
    ['line breaks', 'a\nb\r\nc', 'a b c'],
    ['backslash itself', 'a\\|b', 'a\\\\\\|b'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each(['<script>alert(1)</script>', 'x | y | `z` | [a](b) ![c](d) @team <!-- hidden -->', '</details><details open>'])(
    'leaves no raw HTML, unescaped pipe, bracket, backtick or mention in %j',
    (input) => {
      const out = escapeMarkdown(input);
      expect(out).not.toMatch(/[<>]/);
      expect(out).not.toMatch(/(^|[^\\])[|[\]`()]/);
      expect(out).not.toMatch(/@(?!&#8203;)/);
    },
  );
});

describe('renderMarkdown', () => {
  const report = () =>
    makeReport(
      [
        makeFinding(),
        makeFinding({
          rule: 'dual-stack-upgrade',
          level: 'notice',
          file: 'kind/a.yaml',
          line: 2,
          before: ['10.96.0.0/16'],
          after: ['10.96.0.0/16', 'fd00:10:96::/112'],
        }),
        makeFinding({ file: 'z.yaml', line: 5, suppressed: true, suppressedBy: "pull request label 'service-cidr-change-approved'" }),
      ],
      [{ file: 'charts/x.yaml', line: 3, message: 'templated value {{ .Values.cidr }}' }],
    );

  it('headlines a blocked report and counts by level', () => {
    const md = renderMarkdown(report(), { failOn: 'error' });
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^## ❌ .*unsafe.*\(fail-on: error\)$/);
    expect(lines[2]).toBe('1 error · 0 warnings · 1 notice · 1 suppressed · 1 unreadable');
  });

  it('headlines a clean report differently from one with non-blocking findings', () => {
    expect(renderMarkdown(makeReport([])).split('\n')[0]).toMatch(/^## ✅ .*no Service IP range changes/);
    const nonBlocking = makeReport([makeFinding({ level: 'notice', rule: 'dual-stack-upgrade' })]);
    expect(renderMarkdown(nonBlocking).split('\n')[0]).toMatch(/^## ✅ .*nothing blocks/);
  });

  it('tabulates active findings with location and before → after', () => {
    const md = renderMarkdown(report());
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Level') && !l.startsWith('| ---'));
    expect(rows[0]).toBe(
      '| 🛑 error | `family-reduction` | clusters/prod/kubeadm.yaml:4 | 10.96.0.0/12, fd00:10:96::/108 → 10.96.0.0/12 | dual\\-stack 10.96.0.0/12,fd00:10:96::/108 becomes single\\-stack 10.96.0.0/12 |',
    );
    expect(rows[1]).toContain('`dual-stack-upgrade` | kind/a.yaml:2 | 10.96.0.0/16 → 10.96.0.0/16, fd00:10:96::/112');
  });

  it('explains each active finding in <details> with the apiserver behaviour and remediation', () => {
    const md = renderMarkdown(report());
    expect(md.match(/<details>/g)).toHaveLength(2);
    expect(md).toContain(
      `<summary><code>family-reduction</code> · ${RULES['family-reduction'].title}</summary>\n\n**Where:** clusters/prod/kubeadm.yaml:4\n`,
    );
    // Nothing from the PR inside the HTML block lines, where Markdown escaping would not apply.
    for (const line of md.split('\n').filter((l) => l.startsWith('<summary>'))) expect(line).not.toContain('yaml');
    expect(md).toContain(`**What the apiserver will do:** ${escapeMarkdown(RULES['family-reduction'].apiserver)}`);
    expect(md).toContain('**Remediation:** keep the secondary range');
    expect(renderMarkdown(report(), { details: false })).not.toContain('<details>');
  });

  it('lists suppressed findings separately with who suppressed them', () => {
    const md = renderMarkdown(report());
    const section = md.slice(md.indexOf('### Suppressed findings'));
    expect(section).toContain("z.yaml:5 | 10.96.0.0/12, fd00:10:96::/108 → 10.96.0.0/12 | pull request label 'service\\-cidr\\-change\\-approved' |");
    expect(md.slice(0, md.indexOf('### Suppressed findings'))).not.toContain('z.yaml');
  });

  it('lists problems', () => {
    const md = renderMarkdown(report());
    expect(md).toContain('- charts/x.yaml:3: templated value \\{\\{ .Values.cidr \\}\\}');
  });

  it('shows an absent side as none', () => {
    expect(renderMarkdown(makeReport([makeFinding({ rule: 'invalid-range', before: null })]))).toContain('| _none_ → 10.96.0.0/12 |');
  });

  it('cannot be broken out of by a hostile file name, value or message', () => {
    const hostile = makeFinding({
      file: 'x|</details><img src=x>@admin[a](b).yaml',
      message: 'value `10.0.0.0/8` | @everyone\n## injected heading',
      after: ['<b>bold</b>'],
    });
    const md = renderMarkdown(makeReport([hostile]));
    const row = md.split('\n').find((l) => l.startsWith('| 🛑'))!;
    // Exactly the 6 cell separators of a 5-column row: nothing the PR wrote splits a cell.
    expect(row.match(/(^|[^\\])\|/g)).toHaveLength(6);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md.match(/<\/details>/g)).toHaveLength(1);
    expect(md).not.toMatch(/@(?!&#8203;)/);
    expect(md.split('\n').some((l) => l.startsWith('## injected'))).toBe(false);
  });

  it('puts a manifest carried by the remediation in a fence its content cannot close', () => {
    const remediation = 'add this object:\napiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\n# ```\n# <img src=x> @team';
    const md = renderMarkdown(makeReport([makeFinding({ remediation })]));
    const lines = md.split('\n');
    const open = lines.indexOf('````');
    expect(lines[open - 2]).toBe('**Remediation:** add this object:');
    expect(lines.slice(open + 1, open + 6)).toEqual([
      'apiVersion: networking.k8s.io/v1',
      'kind: ServiceCIDR',
      '# ```',
      '# <img src=x> @team',
      '````',
    ]);
  });
});
