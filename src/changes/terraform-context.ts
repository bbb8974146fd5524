// The unchanged Terraform files of the directories a change touches (issue 13, follow the value): a changed
// main.tf whose `var.svc` is set in an unchanged terraform.tfvars is resolved with it. Read through the same
// TreeReader as the overlays' stacks (src/changes/overlay-context.ts): one listing and one blob batch at the head,
// before the change streams, so the engine's hook (EngineOptions.readUnchangedDirectory) only looks the directory
// up in a prefetched map and stays pure.
//
// Fail closed: a directory the reader cannot list or read (budget spent, API fault, an unreadable file) and a
// directory where a changed Terraform file is not handed to the engine (filtered out) answer undefined, which the
// engine treats as an incomplete directory (src/formats/distributions/terraform-directory.ts), as without a reader.

import type { EngineOptions } from '../model.js';
import { isTerraformPath } from '../formats/distributions/terraform-directory.js';
import { terraformDirOf } from '../formats/distributions/terraform-values.js';
import type { TreeReader } from './overlay-context.js';

export type UnchangedTerraformFile = { path: string; text: string };
/** By directory ('' = repository root): its unchanged Terraform files at the head, or undefined = incomplete. */
export type TerraformNeighbours = Map<string, UnchangedTerraformFile[] | undefined>;

/**
 * Fills `into` with the unchanged Terraform files of each directory holding one of `enginePaths` that is a
 * Terraform file. `changedPaths` are every changed path of the change (both names of a rename): they are never
 * read as unchanged. Zero reads when the change has no Terraform file. Never throws.
 */
export async function readTerraformNeighbours(
  changedPaths: readonly string[],
  enginePaths: readonly string[],
  reader: TreeReader,
  into: TerraformNeighbours = new Map(),
): Promise<TerraformNeighbours> {
  const dirs = [...new Set(enginePaths.filter(isTerraformPath).map(terraformDirOf))];
  if (dirs.length === 0) return into;
  const changed = new Set(changedPaths);
  try {
    const listed = await reader.list('after', dirs);
    const wanted = new Map<string, string[]>();
    for (const dir of dirs) {
      const paths = (listed.get(dir) ?? [])
        .map((name) => (dir === '' ? name : `${dir}/${name}`))
        .filter((p) => isTerraformPath(p) && !changed.has(p));
      wanted.set(dir, paths);
    }
    const all = [...wanted.values()].flat();
    const contents = all.length > 0 ? await reader.read('after', all) : new Map();
    for (const [dir, paths] of wanted) {
      const files: UnchangedTerraformFile[] = [];
      let complete = true;
      for (const p of paths) {
        const c = contents.get(p);
        if (c && 'text' in c) files.push({ path: p, text: c.text });
        else complete = false; // listed yet not read as text (binary, too large, gone): the directory is not known whole
      }
      into.set(dir, complete ? files : undefined);
    }
  } catch {
    for (const dir of dirs) into.set(dir, undefined);
  }
  return into;
}

/** Marks incomplete the directory of each changed Terraform path the engine will not see (filtered out). */
export function withholdDirectories(neighbours: TerraformNeighbours, withheld: Iterable<string>): void {
  for (const p of withheld) if (isTerraformPath(p)) neighbours.set(terraformDirOf(p), undefined);
}

/** The engine's hook over a prefetched map: pure, synchronous, never throws. */
export function unchangedDirectoryReader(neighbours: TerraformNeighbours): NonNullable<EngineOptions['readUnchangedDirectory']> {
  return (dir) => neighbours.get(dir);
}
