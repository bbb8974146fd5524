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
