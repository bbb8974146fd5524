// The files a shell script writes through heredocs (`cat > kubeadm.conf <<EOF … EOF`), as the YAML readers see
// them (issue 11, precision). The program that reads such a file (kubeadm --config, kubectl apply -f -) reads the
// heredoc's body, never the script around it: each body is its own file with its own YAML document set, and the
// script's commands are no YAML at all. Parsing the whole script as one YAML stream instead glues the script's
// commands to the last document of each heredoc (an `EOF` line and the next `elif` become part of a kubeadm
// ClusterConfiguration), which then "has YAML errors" though kubeadm reads it without any.
//
// The view keeps every offset of the script (so positions map back to the script's lines without a table): the
// bodies stand where they are, every other character becomes a blank (line ends kept), and the line before each
// body (the operator's line, or the previous body's delimiter) starts with `---`, so each body begins a document
// set of its own. Bash's rules (bash(1) "Here Documents"):
// - the body starts on the line after the command that holds the operator (after its `\` continuations) and ends
//   at a line that is exactly the delimiter; several operators on one command read their bodies in order;
// - `<<-` strips leading tabs from the body lines and the delimiter line (here they become blanks: a uniform
//   indentation, which YAML reads the same);
// - an unquoted delimiter expands `$x`, `${x}` and `$(…)` in the body: the template toolkit reads those as
//   templates (a value that is only known when the script runs).
// When the script is not plainly a set of heredocs the view is not used (null) and the whole text is read as
// before (fail closed): a body with no end, a YAML-looking line outside every body (a multi-line quoted string
// that writes a config), or a body whose `---` line would not fit.

/** Script file names (also as templates: `start.sh.j2`). */
const SCRIPT_NAME = /\.(sh|bash|ksh|zsh|ash)(\.(j2|tpl|tmpl|erb|in))?$/i;
/** A heredoc operator (not a here-string `<<<`): `<<EOF`, `<<-EOF`, `<<'EOF'`, `<< "EOF"`. */
const OPERATOR = /(?<!<)<<(?!<)(-?)[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
/** A line that only a YAML document would hold: outside every body it means the script writes YAML another way. */
const YAML_SIGNATURE = /^[ \t]*(?:apiVersion|kind)[ \t]*:/m;

export interface HeredocView {
  /** The script with every character outside the bodies blanked, and a `---` line before each body. */
  text: string;
  /** [start, end) offsets of each body in the script (and in `text`). */
  bodies: { start: number; end: number }[];
}

/** The heredoc view of a shell script, or null when the text is no script with heredocs (read as a whole). */
export function heredocView(path: string, text: string): HeredocView | null {
  if (!text.startsWith('#!') && !SCRIPT_NAME.test(path)) return null;
  if (!text.includes('<<')) return null;
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const bodies: { from: number; to: number; strip: boolean }[] = []; // line ranges [from, to)
  const pending: { delimiter: string; strip: boolean }[] = [];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li].replace(/\r$/, '');
    if (!/^[ \t]*#/.test(line)) {
      for (const m of line.matchAll(OPERATOR)) pending.push({ delimiter: m[3], strip: m[1] === '-' });
    }
    if (pending.length === 0 || /(^|[^\\])\\$/.test(line)) continue;
    // The command ends on this line: its bodies follow, in order.
    let at = li + 1;
    for (const { delimiter, strip } of pending) {
      let end = at;
      const isEnd = (l: string) => (strip ? l.replace(/^\t+/, '') : l).replace(/\r$/, '') === delimiter;
      while (end < lines.length && !isEnd(lines[end])) end++;
      if (end >= lines.length) return null; // no end: bash reads to the end of the file, with a warning
      bodies.push({ from: at, to: end, strip });
      at = end + 1;
    }
    pending.length = 0;
    li = at - 1;
  }
  if (pending.length > 0 || bodies.length === 0) return null;
  // Line by line (no per-character array: a script may be megabytes long).
  const out = new Array<string>(lines.length);
  const outside: string[] = [];
  for (let l = 0; l < lines.length; l++) out[l] = lines[l];
  for (const b of bodies) {
    if (!b.strip) continue;
    for (let l = b.from; l < b.to; l++) out[l] = out[l].replace(/^\t+/, (tabs) => ' '.repeat(tabs.length));
  }
  const inBody = new Uint8Array(lines.length);
  for (const b of bodies) inBody.fill(1, b.from, b.to);
  for (let l = 0; l < lines.length; l++) {
    if (inBody[l]) continue;
    outside.push(lines[l]);
    out[l] = lines[l].replace(/[^\r]/g, ' ');
  }
  if (YAML_SIGNATURE.test(outside.join('\n'))) return null;
  for (const b of bodies) {
    // The line before the body is outside every body (the operator's line or the previous delimiter).
    const before = b.from - 1;
    if (lines[before].replace(/\r$/, '').length < 3) return null;
    out[before] = `---${out[before].slice(3)}`;
  }
  return {
    text: out.join('\n'),
    bodies: bodies.map((b) => ({ start: starts[b.from], end: b.to > b.from ? starts[b.to - 1] + lines[b.to - 1].length : starts[b.from] })),
  };
}
