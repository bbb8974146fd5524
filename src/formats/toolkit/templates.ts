// Template and variable syntaxes that hide a value until something renders the file, in one place for every
// format: Helm/Go and Jinja `{{ }}` / `{% %}`, shell, envsubst and Terraform `${…}` (also `${VAR:=default}`),
// Terraform directives `%{ }`, Kubernetes container `$(VAR)` expansion, bare `$VAR` (envsubst, heredocs),
// makejinja `#{ }#`, sed-style `<placeholder>` and `__PLACEHOLDER__`. None of these characters can occur in a CIDR
// list, so a hit in a range value is never a false alarm on a literal range. Unclosed expressions (a value cut
// by a line break) count too.

const TEMPLATE_PATTERNS: readonly RegExp[] = [
  /\{\{[\s\S]*?(\}\}|$)/,
  /\{%[\s\S]*?(%\}|$)/,
  /\$\{[^}]*\}?/,
  /%\{[^}]*\}?/,
  /\$\([^)]*\)?/,
  /\$[A-Za-z_][A-Za-z0-9_]*/,
  /#\{[\s\S]*?(\}#|$)/,
  /<[A-Za-z_][^<>]*>/,
  /__[A-Za-z0-9_]+__/,
];

/** The first (leftmost) template expression in a text, or null when the text is literal. */
export function findTemplateExpression(text: string): string | null {
  let best: { index: number; text: string } | null = null;
  for (const re of TEMPLATE_PATTERNS) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.index)) best = { index: m.index, text: m[0] };
  }
  return best ? best.text : null;
}

// ---- Jinja as Ansible renders it (issue 11: precision) ----
//
// Ansible renders a template with Jinja2 before any program reads it: `{{ x }}` is replaced by the value of
// the variable x (jinja2 Environment defaults: variable_start_string `{{`, variable_end_string `}}`), and blanks
// inside the delimiters are no part of the output. So an identifier inside `{{ }}` is a variable READ, not a
// key the file sets, and `{{''}}` renders exactly as `{{ '' }}`.

/** `{{ … }}` expressions on one line. */
const JINJA_EXPRESSION = /\{\{[^\n]*?\}\}/g;

/**
 * The line with the bare identifiers inside its `{{ … }}` expressions blanked (same length, so columns and
 * indentation stay): `127.0.0.1,{{ kube_service_addresses }}` (a no_proxy list) names the Service range but
 * sets nothing. String literals inside the expression are kept: `{{ '--service-cluster-ip-range=' + r }}` writes
 * a flag.
 */
export function withoutExpressionReferences(line: string): string {
  if (!line.includes('{{')) return line;
  return line.replace(JINJA_EXPRESSION, (expr) =>
    expr.replace(/('[^']*'|"[^"]*")|[A-Za-z_][A-Za-z0-9_]*/g, (m, quoted: string | undefined) => (quoted ? m : ' '.repeat(m.length))),
  );
}

/**
 * The text with the blanks inside each `{{ … }}` and `{% … %}` removed (quoted strings inside kept as written):
 * two lines equal under it render the same (ansible-lint's var-spacing rule rewrites `{{''}}` into `{{ '' }}`).
 */
export function expressionsTight(text: string): string {
  if (!text.includes('{{') && !text.includes('{%')) return text;
  return text.replace(/\{\{[^\n]*?\}\}|\{%[^\n]*?%\}/g, (e) => e.replace(/('[^']*'|"[^"]*")|\s+/g, (_m, quoted: string | undefined) => quoted ?? ''));
}

/**
 * Variables whose value IS a Service range that the gate reads where it is set (kubespray's inventory and role
 * defaults, src/formats/distributions/kubespray.ts), and the family switches that only choose among them.
 */
const SERVICE_RANGE_VARIABLES = new Set(['kube_service_addresses', 'kube_service_addresses_ipv6', 'kube_service_subnets']);
const FAMILY_SWITCHES = new Set(['ipv4_stack', 'ipv6_stack', 'enable_dual_stack_networks']);
const JINJA_WORDS = new Set(['if', 'else', 'and', 'or', 'not', 'is', 'defined', 'true', 'false', 'True', 'False', 'bool', 'join']);

/**
 * True when a value, as written after its key or flag, is nothing but a read of kubespray's Service range
 * variables: `{{ kube_service_addresses }}`, or the dual-stack forms (`{{ a }}{{ ',' + a_ipv6 if switch else '' }}`,
 * `{{ a }}{% if switch %},{{ a_ipv6 }}{% endif %}`), in quotes or not. Such a value renders to the range the gate
 * already checks where the variable is set. A literal, another variable, a filter other than join, or any other
 * template syntax makes it false.
 */
export function isServiceRangeVariableReference(value: string): boolean {
  let v = value.trim().replace(/\s+#[^"'{}]*$/, '');
  v = v.replace(/\{%-?\s*(?:(?:if|elif)\s+(?:not\s+)?([A-Za-z_][A-Za-z0-9_]*)(?:\s*\|\s*bool)?|else|endif)\s*-?%\}/g, (m, id: string | undefined) =>
    id === undefined || FAMILY_SWITCHES.has(id) ? '' : m,
  );
  if (v.includes('{%')) return false;
  v = v.replace(/^["']|["']$/g, '');
  const expressions = v.match(JINJA_EXPRESSION);
  if (!expressions) return false;
  if (!/^[\s,]*$/.test(v.replace(JINJA_EXPRESSION, ''))) return false;
  let names = 0;
  for (const e of expressions) {
    const body = e.slice(2, -2).replace(/^-|-$/g, '');
    const rest = body.replace(/'[,\s]*'|"[,\s]*"/g, ' ').replace(/[A-Za-z_][A-Za-z0-9_]*/g, (id) => {
      if (SERVICE_RANGE_VARIABLES.has(id)) names++;
      else if (!FAMILY_SWITCHES.has(id) && !JINJA_WORDS.has(id)) return '\u0000';
      return ' ';
    });
    if (!/^[\s+|()]*$/.test(rest)) return false;
  }
  return names > 0;
}

/**
 * What a templated `key: value`, `--flag={{ … }}` or `VAR="--flag={{ … }}"` line sets: the text from the first
 * `{{` on, when the text before it ends with `=` or `: ` (and an optional quote). Null when there is none.
 */
export function lineValue(line: string): string | null {
  const at = line.indexOf('{{');
  if (at < 0) return null;
  return /(=|:[ \t]+)["']?[ \t]*$/.test(line.slice(0, at)) ? line.slice(at) : null;
}
