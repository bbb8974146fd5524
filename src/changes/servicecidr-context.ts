// The unchanged configs of the repository that may set a cluster's default Service range, for the overlap check
// of a ServiceCIDR object the change adds or changes (issue 13; the engine side is src/engine/servicecidr-checks.ts
// ServiceCidrOverlapTracker.repositoryOverlaps). Read before the change streams, like the Terraform neighbours
// (src/changes/terraform-context.ts), so the engine's hook (EngineOptions.readRepositoryServiceRanges) only hands
// over what was prefetched and stays pure and synchronous.
//
// Git mode (API mode: src/changes/github.ts apiRepositorySearch lists the object's directory and its parent instead).
// Cost: nothing unless a changed file at the head names a ServiceCIDR object (one `git grep` over the changed
// paths). Then one `git grep -l` of the head tree for the Service range keys of src/engine/range-keys.ts, the paths
// that can be configs kept (src/file-kind.ts), at most MAX_REPOSITORY_CANDIDATES of them read through the same
// TreeReader as the overlays' stacks (one `git cat-file --batch`). Capped: said once in the report's problems.
// Never throws and never blocks: a search or read that fails leaves the check to the change's own files.

import type { RepositoryConfigs } from '../model.js';
import type { TreeReader } from './overlay-context.js';

/** At most this many unchanged candidate configs are read (the nearest to the ServiceCIDR files first). */
export const MAX_REPOSITORY_CANDIDATES = 50;

export interface RepositorySearch {
  /** Those of `paths` whose text at the head declares a ServiceCIDR object (a cheap over-approximation). */
  declaringServiceCidr(paths: readonly string[]): Promise<string[]>;
  /** Every path of the head tree whose text names a Service range key. */
  namingServiceRangeKey(): Promise<string[]>;
}

/** Filled before the change streams; undefined configs = not read (no ServiceCIDR in the change, or no search). */
export interface RepositoryServiceRanges {
  configs?: RepositoryConfigs;
}

/** How many path components two paths share (the nearer candidate is read first when the search is capped). */
function sharedDepth(a: string, b: string): number {
  const x = a.split('/').slice(0, -1);
  const y = b.split('/').slice(0, -1);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/**
 * Fills `into.configs` when one of `enginePaths` (the changed paths the engine reads) declares a ServiceCIDR at
 * the head. `changedPaths` (every path of the change, both names of a rename) are never candidates; `canBeConfig`
 * keeps the paths that can be cluster configs.
 */
export async function readRepositoryServiceRanges(
  changedPaths: readonly string[],
  enginePaths: readonly string[],
  search: RepositorySearch,
  reader: TreeReader,
  canBeConfig: (path: string) => boolean,
  into: RepositoryServiceRanges = {},
  cap = MAX_REPOSITORY_CANDIDATES,
): Promise<RepositoryServiceRanges> {
  if (enginePaths.length === 0) return into;
  try {
    const objects = await search.declaringServiceCidr(enginePaths);
    if (objects.length === 0) return into;
    const changed = new Set(changedPaths);
    const nearness = (p: string) => Math.max(...objects.map((o) => sharedDepth(o, p)));
    const candidates = (await search.namingServiceRangeKey())
      .filter((p) => !changed.has(p) && canBeConfig(p))
      .sort((a, b) => nearness(b) - nearness(a) || (a < b ? -1 : a > b ? 1 : 0));
    const taken = candidates.slice(0, cap);
    const contents = taken.length > 0 ? await reader.read('after', taken) : new Map();
    const files: RepositoryConfigs['files'] = [];
    for (const p of taken) {
      const c = contents.get(p);
      if (c && 'text' in c) files.push({ path: p, text: c.text }); // unreadable candidates are left out: they never block here
    }
    into.configs = { files };
    if (candidates.length > taken.length)
      into.configs.note = `The ServiceCIDR overlap check read only the ${taken.length} of ${candidates.length} unchanged files of the repository that name a Service range key nearest to the ServiceCIDR (a cap); the default range of a cluster configured in the others was not compared.`;
  } catch {
    // The search is an extra: without it the change's own files are compared, as before.
  }
  return into;
}

/** The engine's hook over the prefetched configs: pure, synchronous, never throws. */
export function repositoryServiceRangesReader(ranges: RepositoryServiceRanges): () => RepositoryConfigs | undefined {
  return () => ranges.configs;
}
