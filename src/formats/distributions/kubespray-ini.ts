// kubespray's INI inventories (inventory/<cluster>/inventory.ini, hosts.ini): `[all:vars]`,
// `[k8s_cluster:vars]` … sections with `kube_service_addresses=10.233.0.0/18`. They are the same variables as
// the YAML group_vars, so they are read by the same code (kubespray.ts extractVars: defaults, stack switches,
// group identity): this file turns the vars sections that reach the control plane into a YAML document whose
// lines are the INI file's lines, and maps each position back.
//
// Upstream ansible/ansible lib/ansible/plugins/inventory/ini.py:
// - `_parse`: a line is stripped; an empty line or one starting with `#` or `;` is skipped; `[group:vars]`
//   opens a vars section (groupname pattern `^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:\#.*)?$`);
// - `_parse_variable_definition`: key and value split at the first `=` and stripped; `_parse_value` tries
//   `ast.literal_eval` (so `"10.233.0.0/18"` loses its quotes, `True` is a bool) and otherwise keeps the text
//   as written — an inline `# comment` stays part of the value, as Ansible reads it.
// Precedence (Ansible "How variables are merged"): a child group's vars override its parent's, `all` is the
// lowest; kubespray's control-plane group `kube_control_plane` (formerly `kube-master`) is a child of
// `k8s_cluster` (formerly `k8s-cluster`), so a key is taken from the most specific of those sections, and the
// last line within one section. Other groups' vars do not reach the control plane and are not read.

/** Vars sections that reach kube-apiserver's hosts, least specific first. */
const SECTIONS = ['all', 'k8s-cluster', 'k8s_cluster', 'kube-master', 'kube_control_plane'] as const;

const GROUP_HEADER = /^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$/;
/** Plain YAML scalars that stay exactly the text written (anything else is single-quoted). */
const PLAIN = /^[A-Za-z0-9_./:,+-]+$/;

/** True when the text is an Ansible INI inventory with a vars section (a YAML or shell file never is). */
export function isIniInventory(text: string): boolean {
  return /^[ \t]*\[[^:\]\s]+:vars\][ \t]*(?:#.*)?\r?$/m.test(text);
}

/**
 * The control plane's vars of an INI inventory as a YAML document with the same line numbers, and for each
 * line the column shift from the YAML text back to the INI text.
 */
export function iniVarsAsYaml(text: string): { yaml: string; toIni: (line: number, column: number) => { line: number; column: number } } {
  const lines = text.split(/\r?\n/);
  const winner = new Map<string, { line: number; rank: number; key: string; value: string; valueColumn: number }>();
  let rank = -1;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line[0] === '#' || line[0] === ';') return;
    const header = GROUP_HEADER.exec(line);
    if (header) {
      rank = header[2] === 'vars' ? SECTIONS.indexOf(header[1] as (typeof SECTIONS)[number]) : -1;
      return;
    }
    const eq = raw.indexOf('=');
    if (rank < 0 || eq < 0) return;
    const key = raw.slice(0, eq).trim();
    const rest = raw.slice(eq + 1);
    const value = rest.trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return;
    const previous = winner.get(key);
    if (previous && previous.rank > rank) return;
    winner.set(key, { line: i, rank, key, value, valueColumn: eq + 2 + (rest.length - rest.trimStart().length) });
  });

  const out: string[] = lines.map(() => '');
  const shift = new Map<number, { by: number; from: number; to: number }>();
  for (const w of winner.values()) {
    // ast.literal_eval of a quoted string is its content.
    const quoted = /^(["'])(.*)\1$/.exec(w.value);
    const content = quoted ? quoted[2] : w.value;
    const contentColumn = w.valueColumn + (quoted ? 1 : 0);
    const plain = PLAIN.test(content) && !/^[-:,]/.test(content);
    out[w.line] = `${w.key}: ${plain ? content : `'${content.replace(/'/g, "''")}'`}`;
    // A quoted YAML scalar's span includes its quotes: clamp to the value as the INI file writes it.
    shift.set(w.line + 1, { by: contentColumn - (w.key.length + 3 + (plain ? 0 : 1)), from: contentColumn, to: contentColumn + content.length });
  }
  const toIni = (line: number, column: number) => {
    const s = shift.get(line);
    return { line, column: s ? Math.min(Math.max(column + s.by, s.from), s.to) : column };
  };
  return { yaml: out.join('\n'), toIni };
}
