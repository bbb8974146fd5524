// Golden cases: test/cases/<format>/<scenario>/{before,after}.<ext} + expected.json (see test/cases/README.md), or,
// for a change of several files (moves, splits, symlinks), {before,after}/ trees analysed as one change.
// UPDATE_GOLDEN=1 rewrites expected.json from the engine's output; review those diffs like code.

import { describe, expect, it } from '@jest/globals';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { followSymlink, type PathEntry } from '../src/changes/symlinks.js';
import { analyzeChanges, analyzeFile } from '../src/engine.js';
import type { ChangedFile, ContextFile, EngineOptions, RuleId } from '../src/model.js';
import { RULE_IDS } from '../src/rules.js';
import { sortFindings } from '../src/verdict.js';

const CASES = path.resolve('test/cases');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenCase {
  name: string;
  dir: string;
  file: ChangedFile;
  /** A change of several files: the trees under before/ and after/ (a symlink is read as its target in its tree). */
  trees?: boolean;
  options: EngineOptions;
}

function findCases(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (!statSync(p).isDirectory()) continue;
    const files = readdirSync(p);
    if (files.some((f) => /^(before|after)(\.|$)/.test(f))) out.push(p);
    else out.push(...findCases(p));
  }
  return out.sort();
}

function loadCase(dir: string): GoldenCase {
  const files = readdirSync(dir);
  const optionsFile = path.join(dir, 'options.json');
  if (files.includes('before') || files.includes('after')) {
    const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
    return { name: path.relative(CASES, dir), dir, file: { path: '' }, trees: true, options };
  }
  const beforeName = files.find((f) => f.startsWith('before.'));
  const afterName = files.find((f) => f.startsWith('after.'));
  const read = (f: string | undefined) => (f ? readFileSync(path.join(dir, f), 'utf8') : undefined);
  const optionsPath = path.join(dir, 'options.json');
  const file: ChangedFile = {
    path: afterName ?? beforeName!,
    previousPath: afterName && beforeName ? beforeName : undefined,
    before: read(beforeName),
    after: read(afterName),
  };
  // Overlays (issue 13): the repository path of the changed file and the other files of its stack.
  const contextPath = path.join(dir, 'context.json');
  if (existsSync(contextPath)) {
    const spec = JSON.parse(readFileSync(contextPath, 'utf8')) as CaseContext;
    file.path = spec.path;
    file.previousPath = undefined;
    if (spec.contextUnreadable !== undefined) file.contextUnreadable = spec.contextUnreadable;
    const files = (map: CaseContext['context']) =>
      Object.entries(map ?? {}).map(([repoPath, sides]): ContextFile => {
        const { before, after } = typeof sides === 'string' ? { before: sides, after: sides } : sides;
        return { path: repoPath, before: read(before ?? undefined), after: read(after ?? undefined) };
      });
    if (spec.context) file.context = files(spec.context);
    // Variables from other files (issue 13): the files this one reads, the unchanged files that read it.
    if (spec.variableFiles) file.variableFiles = files(spec.variableFiles);
    if (spec.variableReaders) file.variableReaders = files(spec.variableReaders);
  }
  return {
    name: path.relative(CASES, dir),
    dir,
    file,
    options: existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {},
  };
}

/** Every file path under `root` (relative, `/`-separated), symlinks included, not followed. */
function listTree(root: string, under = ''): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(path.join(root, under)).flatMap((name) => {
    const rel = under ? `${under}/${name}` : name;
    const st = lstatSync(path.join(root, rel));
    return st.isDirectory() ? listTree(root, rel) : [rel];
  });
}

/** What a tree path holds, for the change sources' symlink rules (src/changes/symlinks.ts). */
function entryIn(root: string, rel: string): PathEntry {
  const full = path.join(root, rel);
  if (!existsSync(full) && !isLink(full)) return { kind: 'missing' };
  if (isLink(full)) return { kind: 'link', target: readlinkSync(full) };
  return { kind: 'file', content: { text: readFileSync(full, 'utf8') } };
}

function isLink(full: string): boolean {
  try {
    return lstatSync(full).isSymbolicLink();
  } catch {
    return false;
  }
}

async function sideOf(root: string, rel: string): Promise<string | undefined> {
  const entry = entryIn(root, rel);
  if (entry.kind === 'missing') return undefined;
  const content = entry.kind === 'file' ? entry.content : await followSymlink(rel, entry.target, async (q) => entryIn(root, q));
  if ('unreadable' in content) throw new Error(`${rel}: ${content.unreadable}`);
  return content.text;
}

/** The change between the case's before/ and after/ trees: deleted, added and changed files, in path order. */
async function changeOfTrees(dir: string): Promise<ChangedFile[]> {
  const [b, a] = [path.join(dir, 'before'), path.join(dir, 'after')];
  const paths = [...new Set([...listTree(b), ...listTree(a)])].sort();
  const out: ChangedFile[] = [];
  for (const p of paths) {
    const file: ChangedFile = { path: p, before: await sideOf(b, p), after: await sideOf(a, p) };
    if (file.before !== file.after) out.push(file);
  }
  return out;
}

/**
 * context.json: `path` is the changed file's repository path; `context` maps each other file of its stack to a
 * file of the case folder (the same on both sides) or to `{before, after}` file names (null = absent there);
 * `variableFiles` / `variableReaders` likewise (issue 13: sourced files, EnvironmentFile=, and their readers).
 */
interface CaseContext {
  path: string;
  context?: Record<string, string | { before: string | null; after: string | null }>;
  contextUnreadable?: string;
  /** The same shape as `context`: files this one reads variables from (`source`, EnvironmentFile=). */
  variableFiles?: Record<string, string | { before: string | null; after: string | null }>;
  /** The same shape: unchanged files that read variables from this one. */
  variableReaders?: Record<string, string | { before: string | null; after: string | null }>;
}

const cases = existsSync(CASES) ? findCases(CASES).map(loadCase) : [];

describe('golden cases', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    let actual: { findings: unknown[]; problems: unknown[] };
    if (c.trees) {
      const report = analyzeChanges(await changeOfTrees(c.dir), c.options);
      actual = { findings: sortFindings(report.findings), problems: report.problems };
    } else {
      const result = analyzeFile(c.file, c.options);
      actual = { findings: sortFindings(result.findings), problems: result.problems };
    }
    const expectedPath = path.join(c.dir, 'expected.json');
    if (UPDATE) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    expect(existsSync(expectedPath)).toBe(true);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    expect(actual).toEqual(expected);
  });

  it('every rule id has at least one case that produces it', () => {
    const seen = new Set<RuleId>();
    for (const c of cases) {
      const expectedPath = path.join(c.dir, 'expected.json');
      if (!existsSync(expectedPath)) continue;
      for (const f of JSON.parse(readFileSync(expectedPath, 'utf8')).findings as { rule: RuleId }[]) seen.add(f.rule);
    }
    const missing = RULE_IDS.filter((r) => !seen.has(r));
    expect(missing).toEqual([]);
  });
});
