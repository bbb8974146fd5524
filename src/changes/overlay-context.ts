// Reading the unchanged files of the base and head trees that a change's overlays need (issue 13), for any
// change source: the source supplies a TreeReader (git: `git ls-tree` + `git cat-file`; GitHub API: a GraphQL
// tree listing and a blob batch), this module decides what to read (src/overlays/stacks.ts contextPathsFor)
// and hands each changed overlay its stack as ChangedFile.context.
//
// The mechanism is not tied to overlays: a format that needs sibling files by path (a terraform.tfvars beside
// variables.tf, a vars file next to a playbook) can add a request kind to contextPathsFor and read its answer
// from ChangedFile.context the same way.

import type { ChangedFile, ContextFile } from '../model.js';
import { contextPathsFor, membersOf } from '../overlays/stacks.js';

export type Revision = 'before' | 'after';

/** One side of one path: its text, absent at that revision, or there but not readable as text. */
export type TreeContent = { text: string } | { missing: true } | { unreadable: string };

export interface TreeReader {
  /** Names of the files directly inside each directory at a revision (an absent directory lists nothing). */
  list(revision: Revision, dirs: readonly string[]): Promise<Map<string, string[]>>;
  /** The contents of paths at a revision. */
  read(revision: Revision, paths: readonly string[]): Promise<Map<string, TreeContent>>;
}

/**
 * Each changed overlay's stack, by the overlay's path. Zero reads when the change has no overlay. Throws when the
 * reader does (the caller marks the overlays' context unreadable: fail closed in the engine).
 */
export async function readOverlayContext(changedPaths: readonly string[], reader: TreeReader): Promise<Map<string, ContextFile[]>> {
  const out = new Map<string, ContextFile[]>();
  const request = contextPathsFor(changedPaths);
  if (request.stacks.size === 0) return out;
  const [listedBefore, listedAfter] = [await reader.list('before', request.dirs), await reader.list('after', request.dirs)];
  const members = new Map<string, string[]>();
  for (const stack of request.stacks.values()) {
    const names = [...new Set([...(listedBefore.get(stack.dir) ?? []), ...(listedAfter.get(stack.dir) ?? [])])];
    members.set(stack.key, [...stack.bases, ...membersOf(stack, names)]);
  }
  // Changed members of a stack are read again here: their text at both revisions is part of the stack.
  const paths = [...new Set([...members.values()].flat())];
  const [before, after] = [await reader.read('before', paths), await reader.read('after', paths)];
  for (const path of changedPaths) {
    const stack = [...request.stacks.values()].find((s) => s.dir === dirOf(path) && s.isMember(path.slice(path.lastIndexOf('/') + 1)));
    if (!stack) continue;
    out.set(
      path,
      members
        .get(stack.key)!
        .filter((p) => p !== path)
        .map((p) => contextFile(p, before.get(p), after.get(p))),
    );
  }
  return out;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * A file of the base and head trees as a ContextFile. A path the reader did not answer for is unreadable ("not
 * read"), never taken as absent: only `{ missing: true }` says a file does not exist (fail closed, SPEC §9).
 */
export function contextFile(path: string, before: TreeContent | undefined, after: TreeContent | undefined): ContextFile {
  const file: ContextFile = { path };
  const reasons: string[] = [];
  for (const [side, content] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (content && 'text' in content) file[side] = content.text;
    else if (content && 'unreadable' in content) reasons.push(`${side === 'before' ? 'base' : 'head'}: ${content.unreadable}`);
    else if (!content) reasons.push(`${side === 'before' ? 'base' : 'head'}: not read`);
  }
  if (reasons.length) file.unreadable = reasons.join('; ');
  return file;
}

/** Puts each overlay's stack on its changed file, or the reason it could not be read. */
export function attachContext(file: ChangedFile, context: Map<string, ContextFile[]> | { error: string }): ChangedFile {
  if ('error' in context) {
    if (contextPathsFor([file.path]).stacks.size > 0) file.contextUnreadable = context.error as string;
    return file;
  }
  const stack = context.get(file.path);
  if (stack) file.context = stack;
  return file;
}
