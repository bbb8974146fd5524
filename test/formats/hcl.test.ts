import { describe, expect, it } from '@jest/globals';
import { hclAttribute, hclBlocks, parseHcl, type HclExpr } from '../../src/formats/distributions/terraform-hcl.js';

/** The one attribute `a` of a file `<text>`. */
function attr(text: string): HclExpr | undefined {
  return hclAttribute(parseHcl(text).body, 'a')?.expr;
}

describe('hcl expressions', () => {
  it.each([
    ['plain string', 'a = "10.0.0.0/16"\n', { kind: 'string', value: '10.0.0.0/16' }],
    ['escaped quote', 'a = "x\\"y"\n', { kind: 'string', value: 'x"y' }],
    ['escaped interpolation $${', 'a = "$${x}"\n', { kind: 'string', value: '${x}' }],
    ['interpolation', 'a = "${var.cidr}"\n', { kind: 'template', expression: '${var.cidr}' }],
    ['directive', 'a = "%{ if x }y%{ endif }"\n', { kind: 'template', expression: '%{ if x }' }],
    ['reference', 'a = var.service_cidr\n', { kind: 'other', raw: 'var.service_cidr' }],
    ['function call', 'a = cidrsubnet(local.x, 4, 1)\n', { kind: 'other', raw: 'cidrsubnet(local.x, 4, 1)' }],
    ['number', 'a = 42\n', { kind: 'other', raw: '42' }],
    ['string then operator', 'a = "x" == "y" ? 1 : 2\n', { kind: 'other', raw: '"x" == "y" ? 1 : 2' }],
    ['trailing # comment', 'a = "10.1.0.0/16" # note\n', { kind: 'string', value: '10.1.0.0/16' }],
    ['trailing // comment', 'a = "10.1.0.0/16" // note\n', { kind: 'string', value: '10.1.0.0/16' }],
  ])('%s', (_name, text, expected) => {
    expect(attr(text)).toMatchObject(expected);
  });

  it('reads a multi-line list of strings with positions', () => {
    const e = attr('a = [\n  "10.0.0.0/16",\n  "fd00::/108",\n]\n');
    expect(e?.kind).toBe('list');
    if (e?.kind !== 'list') return;
    expect(e.items.map((i) => (i.kind === 'string' ? i.value : i.raw))).toEqual(['10.0.0.0/16', 'fd00::/108']);
    expect(e.items[1].span).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 15 });
  });

  it('keeps a list with a reference item as a list whose item is "other"', () => {
    const e = attr('a = ["10.0.0.0/16", var.v6]\n');
    expect(e?.kind === 'list' && e.items[1]).toMatchObject({ kind: 'other', raw: 'var.v6' });
  });
});

describe('hcl structure', () => {
  const text = [
    '# header',
    '/* block',
    '   comment with resource "x" "y" { */',
    'resource "aws_eks_cluster" "main" {',
    '  name = "prod" // trailing',
    '  policy = <<EOF',
    '{ "not": "a block" }',
    '  service_ipv4_cidr = "wrong"',
    'EOF',
    '  tags = { env = "prod", team = "x" }',
    '  kubernetes_network_config {',
    '    service_ipv4_cidr = "172.20.0.0/16"',
    '  }',
    '}',
    'module "m" { source = "./m" }',
    '',
  ].join('\n');

  it('reads blocks, labels, attributes and skips comments and heredocs', () => {
    const { body, errors } = parseHcl(text);
    expect(errors).toEqual([]);
    const [res] = hclBlocks(body, 'resource');
    expect(res.labels).toEqual(['aws_eks_cluster', 'main']);
    expect(res.span.line).toBe(4);
    expect(hclAttribute(res.body, 'service_ipv4_cidr')).toBeNull(); // only in the heredoc
    const [net] = hclBlocks(res.body, 'kubernetes_network_config');
    const cidr = hclAttribute(net.body, 'service_ipv4_cidr');
    expect(cidr?.expr).toMatchObject({ kind: 'string', value: '172.20.0.0/16', span: { line: 12, column: 25, endLine: 12, endColumn: 40 } });
    expect(cidr?.nameSpan).toMatchObject({ line: 12, column: 5 });
    expect(hclBlocks(body, 'module')[0].labels).toEqual(['m']);
    expect(hclAttribute(hclBlocks(body, 'module')[0].body, 'source')?.expr).toMatchObject({ kind: 'string', value: './m' });
  });

  it.each([
    ['unclosed block', 'resource "a" "b" {\n  x = 1\n', /unclosed block/],
    ['stray brace', '}\nx = 1\n', /unexpected "}"/],
    ['unterminated string', 'x = "abc\ny = 2\n', /unterminated string/],
    ['unterminated heredoc', 'x = <<EOF\nabc\n', /unterminated heredoc/],
    ['garbage', '@@@\nx = 1\n', /unexpected character/],
  ])('collects errors and keeps going: %s', (_name, input, message) => {
    const { errors } = parseHcl(input);
    expect(errors.some((e) => message.test(e.message))).toBe(true);
  });

  it('survives deep nesting without recursion overflow', () => {
    const deep = 'a {\n'.repeat(5000) + '}\n'.repeat(5000);
    expect(() => parseHcl(deep)).not.toThrow();
  });
});
