// Which changed paths the scan looks at: the `paths` / `exclude` inputs and config keys. A small glob
// matcher instead of a dependency (Node's path.matchesGlob is still experimental on Node 20/22 and warns).
// Semantics follow GitHub's own workflow `paths:` filters, which users already know
// (docs.github.com "Workflow syntax for GitHub Actions", "Filter pattern cheat sheet"):
//   `*` any characters except `/`, `**` any characters including `/`, `?` one character except `/`,
//   `[abc]` / `[a-z]` a character class, `{a,b}` alternatives; a pattern matches the whole repo-relative path.

/** Patterns are written one a line or comma separated (action inputs are single strings); a comma inside
 * `{a,b}` belongs to the pattern. */
export function splitGlobList(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  let current = '';
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    if (c === '}' && depth > 0) depth--;
    if (c === '\n' || (c === ',' && depth === 0)) {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}

/** Compiles one glob to an anchored regular expression; throws a sentence naming the pattern when malformed. */
export function compileGlob(glob: string): RegExp {
  let re = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        // `**/` also matches zero directories, so `**/kubeadm.yaml` matches `kubeadm.yaml` at the root.
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) throw new Error(`Invalid glob '${glob}': unclosed '['.`);
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = end;
    } else if (c === '{') {
      braceDepth++;
      re += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      re += ')';
    } else if (c === ',' && braceDepth > 0) {
      re += '|';
    } else if (c === '\\' && i + 1 < glob.length) {
      i++;
      re += escapeRegExp(glob[i]);
    } else {
      re += escapeRegExp(c);
    }
  }
  if (braceDepth > 0) throw new Error(`Invalid glob '${glob}': unclosed '{'.`);
  return new RegExp('^' + re + '$');
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
}

export type PathFilter = (path: string) => boolean;

/** A path is scanned when it matches one of `paths` (or `paths` is empty) and none of `exclude`. */
export function createPathFilter(paths: readonly string[], exclude: readonly string[]): PathFilter {
  const include = paths.map(compileGlob);
  const skip = exclude.map(compileGlob);
  return (path: string) => {
    const p = path.replace(/^\.\//, '');
    if (include.length > 0 && !include.some((r) => r.test(p))) return false;
    return !skip.some((r) => r.test(p));
  };
}
