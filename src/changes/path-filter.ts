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
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      re += `[${body.replace(/\\/g, '\\\\')}]`;
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
  return new RegExp(`^${re}$`);
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

export type PathFilter = (path: string) => boolean;

/** A pattern of a `paths` / `exclude` list: `!glob` negates (GitHub `paths:` filter semantics). */
interface Pattern {
  glob: string;
  negate: boolean;
  re: RegExp;
}

function compilePatterns(globs: readonly string[], name: string): Pattern[] {
  const patterns = globs.map((glob) => {
    const negate = glob.startsWith('!');
    return { glob, negate, re: compileGlob(negate ? glob.slice(1) : glob) };
  });
  // GitHub refuses a filter made of negations only ("you must also define at least one path without the !
  // character", docs.github.com "Workflow syntax": on.<push|pull_request>.paths): it would match nothing.
  if (patterns.length > 0 && patterns.every((p) => p.negate)) {
    throw new Error(
      `'${name}' holds only negated patterns (${globs.join(', ')}): a '!pattern' removes paths that an earlier pattern added, so add a positive pattern before it (e.g. '**').`,
    );
  }
  return patterns;
}

/** Ordered matching: the last pattern that matches decides, a `!pattern` saying no (GitHub `paths:`). */
function matchesList(patterns: readonly Pattern[], path: string): boolean {
  let matched = false;
  for (const p of patterns) if (p.re.test(path)) matched = !p.negate;
  return matched;
}

/**
 * A path is scanned when `paths` is empty or selects it, and `exclude` does not. Both lists are ordered: a
 * later `!pattern` takes back what an earlier pattern matched (`exclude: ['clusters/**', '!clusters/prod/**']`
 * skips every cluster but prod). Throws on a list of negations only.
 */
export function createPathFilter(paths: readonly string[], exclude: readonly string[]): PathFilter {
  const include = compilePatterns(paths, 'paths');
  const skip = compilePatterns(exclude, 'exclude');
  return (path: string) => {
    const p = path.replace(/^\.\//, '');
    if (include.length > 0 && !matchesList(include, p)) return false;
    return !matchesList(skip, p);
  };
}

/** Patterns (as written, `!` kept) that match none of `paths`: a scope that says nothing is reported, not silent. */
export function unmatchedPatterns(globs: readonly string[], paths: readonly string[]): string[] {
  return globs.filter((glob) => {
    const re = compileGlob(glob.startsWith('!') ? glob.slice(1) : glob);
    return !paths.some((p) => re.test(p.replace(/^\.\//, '')));
  });
}
