// The Terraform files of one change, grouped by directory, so a `var.x` in main.tf can be resolved from the
// terraform.tfvars of the same change (and a tfvars change alone can be placed on the argument it feeds).
// The engine streams a change file by file (src/engine.ts ChangeCollector); Terraform files (.tf, .tfvars) are
// held back until the end of the change, within a character budget, then analysed with their directory.
// Past the budget a file is analysed alone: what it cannot resolve stays hidden (fail closed), never passes.
//
// Unchanged files of the same directory (a terraform.tfvars next to a changed main.tf) are read through
// `ReadUnchangedDirectory` when the change source provides one (EngineOptions.readUnchangedDirectory); then the
// directory is `complete`: an unused variable is unused, and a value found only in an unchanged file is reported
// at the changed argument it reaches.

import type { ChangedFile, EngineOptions } from '../../model.js';
import { readTerraformFile } from './terraform.js';
import { TerraformDirectory, terraformDirOf, terraformFileKind, type TfFileRecord } from './terraform-values.js';

/**
 * The unchanged Terraform files (`*.tf`, `terraform.tfvars`, `*.auto.tfvars`, other `*.tfvars`) directly in `dir`
 * ('' = repository root), with their text at the head (the same at the base, being unchanged). Files of the change
 * may be included: they are skipped. Must not throw; a directory it cannot list gives undefined (then the
 * directory counts as incomplete, as without a reader).
 */
export type ReadUnchangedDirectory = NonNullable<EngineOptions['readUnchangedDirectory']>;

/** The directory each side of one file is read with. */
export interface TerraformSides {
  before?: TerraformDirectory;
  after?: TerraformDirectory;
}

/** Characters of Terraform files held back per change (beyond: analysed alone, as they come). */
export const MAX_HELD_TERRAFORM_CHARS = 4 * 1024 * 1024;

export function isTerraformPath(path: string): boolean {
  return terraformFileKind(path) !== null;
}

export class TerraformChangeBuffer {
  private readonly byDir = new Map<string, ChangedFile[]>();
  private chars = 0;

  /** Holds a Terraform file back until the end of the change; false when it is to be analysed now. */
  take(file: ChangedFile): boolean {
    if (!isTerraformPath(file.path) || file.unreadableReason) return false;
    const size = (file.before?.length ?? 0) + (file.after?.length ?? 0);
    if (this.chars + size > MAX_HELD_TERRAFORM_CHARS) return false;
    this.chars += size;
    const dir = terraformDirOf(file.path);
    const list = this.byDir.get(dir) ?? [];
    list.push(file);
    this.byDir.set(dir, list);
    return true;
  }

  /** Every held file with the directories its two sides are read with; empties the buffer. */
  *drain(readUnchanged?: ReadUnchangedDirectory): Iterable<{ file: ChangedFile; sides: TerraformSides }> {
    for (const [dir, files] of this.byDir) {
      const neighbours = readNeighbours(dir, files, readUnchanged);
      const complete = neighbours !== undefined;
      const side = (pick: (f: ChangedFile) => { path: string; text: string } | null): TerraformDirectory => {
        const records: TfFileRecord[] = [];
        for (const f of files) {
          const s = pick(f);
          const r = s ? readTerraformFile(s.path, s.text, true) : null;
          if (r) records.push(r);
        }
        for (const n of neighbours ?? []) records.push(n);
        return new TerraformDirectory(records, complete);
      };
      const before = side((f) => (f.before !== undefined ? { path: f.previousPath ?? f.path, text: f.before } : null));
      const after = side((f) => (f.after !== undefined ? { path: f.path, text: f.after } : null));
      for (const file of files) yield { file, sides: { before, after } };
    }
    this.byDir.clear();
    this.chars = 0;
  }
}

function readNeighbours(dir: string, files: ChangedFile[], readUnchanged?: ReadUnchangedDirectory): TfFileRecord[] | undefined {
  if (!readUnchanged) return undefined;
  let listed: Iterable<{ path: string; text: string }> | undefined;
  try {
    listed = readUnchanged(dir);
  } catch {
    return undefined;
  }
  if (!listed) return undefined;
  const changed = new Set(files.flatMap((f) => [f.path, f.previousPath ?? f.path]));
  const out: TfFileRecord[] = [];
  for (const n of listed) {
    if (changed.has(n.path) || terraformDirOf(n.path) !== dir || !isTerraformPath(n.path)) continue;
    const r = readTerraformFile(n.path, n.text, false);
    if (r) out.push(r);
  }
  return out;
}
