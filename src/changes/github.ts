// Where the action's (path, before, after) triples come from (SPEC §8):
//   1. local git, when the workspace is a checkout holding both revisions: zero API calls;
//   2. otherwise the GitHub API: the changed-file list, then contents in batches, fetching the base side only
//      for files whose content can matter.
// Fail closed: anything that stops us from seeing a relevant file throws, and the run fails; it never passes.
import type { ChangedFile, EngineOptions } from '../model.js';
import { MAX_FILE_BYTES, readGitChanges, readGitFileAt } from './git.js';
import type { ChangeRequest, PullRequestChange, RangeChange } from './event.js';
import type { GitHub } from './github-client.js';
import {
  blobKey,
  fetchBlobs,
  followApiSymlinks,
  listTreeEntries,
  listTrees,
  MAX_BLOBS_PER_QUERY,
  readFileAt,
  type BlobContent,
  type BlobRef,
} from './github-contents.js';
import {
  readRepositoryServiceRanges,
  repositoryServiceRangesReader,
  type RepositorySearch,
  type RepositoryServiceRanges,
} from './servicecidr-context.js';
import { classifyFile } from '../file-kind.js';
import { attachContext, readOverlayContext, type TreeContent, type TreeReader } from './overlay-context.js';
import { attachVariableFiles, attachVariableReaders, mayHoldVariables, readVariableReaders } from './variable-context.js';
import { apiDirectorySearch, type EntryReader } from './api-reader-search.js';
import { readTerraformNeighbours, unchangedDirectoryReader, withholdDirectories, type TerraformNeighbours } from './terraform-context.js';
import { findMergeBase, findParent, hasCommits } from './github-git.js';
import type { PathFilter } from './path-filter.js';
import { mayMentionServiceRange, removedLinesOf } from '../prefilter.js';

/** pulls.listFiles returns at most 3,000 files (docs.github.com/rest/pulls/pulls#list-pull-requests-files). */
export const MAX_LISTED_PR_FILES = 3000;
/** The compare API lists at most 300 files (docs.github.com/rest/commits/commits#compare-two-commits). */
export const MAX_COMPARE_FILES = 300;
export const FILES_PER_PAGE = 100;

export const FETCH_DEPTH_HINT =
  'Check out the repository with actions/checkout and `fetch-depth: 0` before this step (on pull_request) so that the change is read from local git.';

/**
 * The two revisions being compared, known before any content is read: the policy (config file) is read at
 * `before`, never from the pull request (SPEC §9), and decides which files are read at all.
 */
export interface RevisionView {
  source: 'git' | 'api';
  /** The base side of the comparison: the merge base (pull requests, merge groups) or the pushed-over commit. */
  before: string;
  head: string;
  /** A file's text at `before`; undefined when it does not exist there. Throws when it cannot tell. */
  readBase(path: string): Promise<string | undefined>;
  /** Every changed path (both names of a rename), before any filter. */
  changedPaths: string[];
}

export interface Scope {
  filter: PathFilter;
  /** Paths read on both sides whenever they changed, whatever the filter and the prefilter say (the gate config). */
  alwaysRead?: string[];
}

export interface ChangeSourceOptions {
  /** GITHUB_WORKSPACE; undefined or not a repository = API only. */
  workspace?: string;
  /** Decides the scope from the base revision, once the revisions are known. */
  scope: (view: RevisionView) => Promise<Scope>;
  /** Created on first use, so a run served by git makes no API call at all. */
  github: () => GitHub;
  /** Most API requests spent reading the changed overlays' stacks (issue 13); default MAX_CONTEXT_REQUESTS. */
  contextRequests?: number;
  log: { info(message: string): void; debug(message: string): void };
}

export interface CollectedChanges {
  files: ChangedFile[];
  source: 'git' | 'api' | 'none';
  /** Labels read from the API (fresher than the event payload on a re-run). */
  labels?: string[];
  /** Head commit the contents were read at. */
  headSha?: string;
  /** The pull request's author, when read from the API. */
  author?: string;
  /** The unchanged Terraform files of the change's directories at the head, prefetched (src/changes/terraform-context.ts). */
  readUnchangedDirectory?: EngineOptions['readUnchangedDirectory'];
  /** Git mode: unchanged configs of the head tree for a changed ServiceCIDR (src/changes/servicecidr-context.ts). */
  readRepositoryServiceRanges?: EngineOptions['readRepositoryServiceRanges'];
}

/** One entry of pulls.listFiles or compare `files`. */
export interface ListedFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

export async function collectChanges(request: ChangeRequest, options: ChangeSourceOptions): Promise<CollectedChanges> {
  if (request.kind === 'none') {
    options.log.info(`Nothing to check: ${request.reason}.`);
    return { files: [], source: 'none' };
  }
  const fromGit = request.kind === 'pull-request' && request.apiOnly ? undefined : await readFromGit(request, options);
  if (fromGit) return fromGit;
  return request.kind === 'pull-request' ? readPullRequestFromApi(request, options) : readRangeFromApi(request, options);
}

async function readFromGit(request: PullRequestChange | RangeChange, options: ChangeSourceOptions): Promise<CollectedChanges | undefined> {
  const cwd = options.workspace;
  if (!cwd) return undefined;
  const head = request.kind === 'pull-request' ? request.headSha : request.head;
  const base = request.kind === 'pull-request' ? request.baseSha : request.base;
  if (!(await hasCommits(cwd, base ? [base, head] : [head]))) {
    options.log.info('The workspace does not hold both revisions: reading the change through the GitHub API.');
    return undefined;
  }
  // The "before" side is the merge base, as in GitHub's own diff; for a first push, the head's parent.
  const before = base ? await findMergeBase(cwd, base, head) : await findParent(cwd, head);
  if (!before) {
    options.log.info('No merge base or parent in the local history (shallow clone?): reading the change through the GitHub API.');
    return undefined;
  }
  options.log.info(`Reading the change from local git: ${before.slice(0, 12)}...${head.slice(0, 12)}.`);
  const terraformNeighbours: TerraformNeighbours = new Map();
  const repositoryServiceRanges: RepositoryServiceRanges = {};
  const files = await readGitChanges({ cwd, base: before, head, terraformNeighbours, repositoryServiceRanges });
  const scope = await options.scope({
    source: 'git',
    before,
    head,
    readBase: (p) => readGitFileAt(cwd, before, p),
    changedPaths: files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])),
  });
  const always = new Set(scope.alwaysRead ?? []);
  // The same relevance test as the API path, so both sources report the same findings for the same change
  // (a binary or unrelated file is not a cluster config in either mode).
  const relevant = files.filter(
    (f) =>
      always.has(f.path) ||
      (keepPath(f.path, f.previousPath, scope.filter) &&
        ((f.before !== undefined && mayMentionServiceRange(f.before)) ||
          (f.after !== undefined && mayMentionServiceRange(f.after)) ||
          (f.variableReaders?.length ?? 0) > 0)),
  );
  // A changed Terraform file left out here leaves its directory incomplete for the engine (fail closed).
  const kept = new Set(relevant.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])));
  withholdDirectories(
    terraformNeighbours,
    files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])).filter((p) => !kept.has(p)),
  );
  return {
    files: relevant,
    source: 'git',
    headSha: head,
    readUnchangedDirectory: unchangedDirectoryReader(terraformNeighbours),
    readRepositoryServiceRanges: repositoryServiceRangesReader(repositoryServiceRanges),
  };
}

function keepPath(path: string, previous: string | undefined, filter: PathFilter): boolean {
  return filter(path) || (previous !== undefined && filter(previous));
}

async function readPullRequestFromApi(request: PullRequestChange, options: ChangeSourceOptions): Promise<CollectedChanges> {
  const gh = options.github();
  const { owner, repo } = request;
  const { data: pr } = await gh.octokit.rest.pulls.get({ owner, repo, pull_number: request.number });
  const headSha = pr.head.sha;
  // The "before" side is the merge base (what the PR's "Files changed" tab shows), not the current base tip.
  const { data: cmp } = await gh.octokit.rest.repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead: `${pr.base.sha}...${headSha}`,
    per_page: 1,
  });
  const before = cmp.merge_base_commit.sha;
  const listed = await listPullFiles(gh, owner, repo, request.number, pr.changed_files);
  if (pr.changed_files > listed.length) {
    throw new Error(
      `Pull request #${request.number} changes ${pr.changed_files} files but the GitHub API lists only ${listed.length} ` +
        `(pulls.listFiles stops at ${MAX_LISTED_PR_FILES}); the unlisted files could change the Service range, so the check fails closed. ${FETCH_DEPTH_HINT}`,
    );
  }
  options.log.info(
    `Reading ${listed.length} changed files of #${request.number} through the GitHub API (${before.slice(0, 12)}...${headSha.slice(0, 12)}).`,
  );
  const scope = await options.scope(apiView(gh, owner, repo, before, headSha, listed));
  const terraformNeighbours: TerraformNeighbours = new Map();
  const repositoryServiceRanges: RepositoryServiceRanges = {};
  const files = await readListedFiles(gh, owner, repo, listed, before, headSha, {
    ...scope,
    log: options.log,
    contextRequests: options.contextRequests,
    terraformNeighbours,
    repositoryServiceRanges,
  });
  const labels = (pr.labels ?? []).map((l) => l.name).filter((n): n is string => typeof n === 'string');
  return {
    files,
    source: 'api',
    labels,
    headSha,
    author: pr.user?.login,
    readUnchangedDirectory: unchangedDirectoryReader(terraformNeighbours),
    readRepositoryServiceRanges: repositoryServiceRangesReader(repositoryServiceRanges),
  };
}

async function readRangeFromApi(request: RangeChange, options: ChangeSourceOptions): Promise<CollectedChanges> {
  const gh = options.github();
  const { owner, repo } = request;
  let base = request.base;
  if (!base) {
    const { data: commit } = await gh.octokit.rest.repos.getCommit({ owner, repo, ref: request.head, per_page: 1 });
    base = commit.parents[0]?.sha;
    if (!base) {
      throw new Error(`Commit ${request.head.slice(0, 12)} is the first commit of the repository: the API cannot compare it. ${FETCH_DEPTH_HINT}`);
    }
  }
  const { data: cmp } = await gh.octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${request.head}` });
  const listed = (cmp.files ?? []) as ListedFile[];
  if (listed.length >= MAX_COMPARE_FILES) {
    throw new Error(
      `The comparison ${base.slice(0, 12)}...${request.head.slice(0, 12)} lists ${listed.length} files, the most the GitHub compare API returns; ` +
        `files beyond it could change the Service range, so the check fails closed. Check out the repository with actions/checkout and \`fetch-depth: 0\` before this step.`,
    );
  }
  const before = cmp.merge_base_commit.sha;
  options.log.info(`Reading ${listed.length} changed files through the GitHub API (${before.slice(0, 12)}...${request.head.slice(0, 12)}).`);
  const scope = await options.scope(apiView(gh, owner, repo, before, request.head, listed));
  const terraformNeighbours: TerraformNeighbours = new Map();
  const repositoryServiceRanges: RepositoryServiceRanges = {};
  const files = await readListedFiles(gh, owner, repo, listed, before, request.head, {
    ...scope,
    log: options.log,
    contextRequests: options.contextRequests,
    terraformNeighbours,
    repositoryServiceRanges,
  });
  return {
    files,
    source: 'api',
    headSha: request.head,
    readUnchangedDirectory: unchangedDirectoryReader(terraformNeighbours),
    readRepositoryServiceRanges: repositoryServiceRangesReader(repositoryServiceRanges),
  };
}

function apiView(gh: GitHub, owner: string, repo: string, before: string, head: string, listed: readonly ListedFile[]): RevisionView {
  return {
    source: 'api',
    before,
    head,
    readBase: (p) => readFileAt(gh, owner, repo, { sha: before, path: p }),
    changedPaths: listed.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
  };
}

/**
 * Turns a list of changed files into ChangedFiles for the engine, reading as little as possible:
 * all head sides in batches, then base sides only where the content can matter (SPEC §8).
 */
export async function readListedFiles(
  gh: GitHub,
  owner: string,
  repo: string,
  listed: readonly ListedFile[],
  beforeSha: string,
  headSha: string,
  options: Scope &
    Pick<ChangeSourceOptions, 'log' | 'contextRequests'> & {
      /** Filled with the unchanged Terraform files of the changed files' directories (one listing, one batch, in the budget). */
      terraformNeighbours?: TerraformNeighbours;
      /** Filled, when a changed file declares a ServiceCIDR, with the configs beside it (a listing and a batch, in the budget). */
      repositoryServiceRanges?: RepositoryServiceRanges;
    },
): Promise<ChangedFile[]> {
  const always = new Set(options.alwaysRead ?? []);
  const relevant = listed.filter(
    (f) => f.status !== 'unchanged' && (always.has(f.filename) || keepPath(f.filename, f.previous_filename, options.filter)),
  );
  const headRefs: BlobRef[] = relevant.filter((f) => f.status !== 'removed').map((f) => ({ sha: headSha, path: f.filename }));
  const heads = await fetchBlobs(gh, owner, repo, headRefs);
  // Symlinks are read as their targets (src/changes/symlinks.ts), as in git mode.
  await followApiSymlinks(gh, owner, repo, headRefs, heads);

  const plans = relevant.map((f) => {
    const after = f.status === 'removed' ? undefined : heads.get(blobKey({ sha: headSha, path: f.filename }));
    const hasBase = f.status !== 'added' && f.status !== 'copied';
    const needBase =
      hasBase &&
      (f.status === 'removed' ||
        f.status === 'renamed' ||
        always.has(f.filename) ||
        f.patch === undefined ||
        mentions(after) ||
        mayMentionServiceRange(removedLinesOf(f.patch)));
    const basePath = f.previous_filename ?? f.filename;
    return { f, after, needBase, baseRef: { sha: beforeSha, path: basePath } };
  });
  const baseRefs = plans.filter((p) => p.needBase).map((p) => p.baseRef);
  const bases = await fetchBlobs(gh, owner, repo, baseRefs);
  await followApiSymlinks(gh, owner, repo, baseRefs, bases);

  const out: ChangedFile[] = [];
  /** Changed files with no Service range key that a script beside them may source (issue 13: their readers are searched). */
  const mayFeed: { f: ListedFile; after: BlobContent }[] = [];
  for (const { f, after, needBase, baseRef } of plans) {
    const before = needBase ? bases.get(blobKey(baseRef)) : undefined;
    if (after?.kind === 'too-large' || before?.kind === 'too-large') {
      // Same as git mode: a file over the limit is listed as a problem with its size, never read or dropped.
      out.push(toChangedFile(f, needBase ? before : undefined, after));
      continue;
    }
    if (!always.has(f.filename) && !mentions(after) && !mentions(before)) {
      if (after?.kind === 'missing' || before?.kind === 'missing') {
        // Listed as changed, yet not readable: we cannot tell whether it matters, so fail closed.
        throw new Error(`Cannot read ${f.filename} (${f.status}) from GitHub: the file could change the Service range, so the check fails closed.`);
      }
      if (after?.kind === 'text' && f.status === 'modified' && mayHoldVariables(f.filename)) mayFeed.push({ f, after });
      else options.log.debug(`skip ${f.filename}: no Service range key on either side`);
      continue;
    }
    out.push(toChangedFile(f, needBase ? before : undefined, after));
  }
  // Issue 13: the changed overlays' stacks (their base and the other overlays), within a request budget.
  if (out.length > 0 || mayFeed.length > 0) {
    const reader = githubTreeReader(gh, owner, repo, beforeSha, headSha, options.contextRequests ?? MAX_CONTEXT_REQUESTS);
    // Only the overlays the engine will read (a listed file with no Service range key on either side is not).
    const context = await readOverlayContext(
      out.map((f) => f.path),
      reader,
    ).catch((e: unknown) => ({
      error: `the files this overlay overrides could not be read from GitHub: ${e instanceof Error ? e.message : String(e)}`,
    }));
    const forOverlays = reader.used();
    if (forOverlays > 0) options.log.info(`Read the stacks of the changed overlays in ${forOverlays} API request(s).`);
    for (const file of out) attachContext(file, context);
    // Issue 13: the files the changed scripts and units read variables from (`source`, EnvironmentFile=): one blob
    // batch per revision, from the same budget; spent = handed over as unreadable (the readers fail closed).
    await attachVariableFiles(out, reader);
    const forStacks = reader.used();
    if (forStacks > forOverlays)
      options.log.info(`Read the files the changed scripts and units source in ${forStacks - forOverlays} API request(s).`);
    if (options.terraformNeighbours) {
      // The same reader, so the same budget: a listing and a blob batch at the head. Spent or failed = the
      // directory is incomplete for the engine (fail closed), never an error of the run.
      const seen = new Set(out.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])));
      const changed = listed.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
      await readTerraformNeighbours(changed, [...seen], reader, options.terraformNeighbours);
      withholdDirectories(
        options.terraformNeighbours,
        changed.filter((p) => !seen.has(p)),
      );
      if (reader.used() > forStacks)
        options.log.info(`Read the unchanged Terraform files of the changed directories in ${reader.used() - forStacks} API request(s).`);
    }
    if (options.repositoryServiceRanges) {
      // Issue 13: a ServiceCIDR against the default range of unchanged configs. The API has no grep: only the
      // ServiceCIDR file's directory and its parent are listed, with what is left of the same budget (spent = not read).
      const usedBefore = reader.used();
      const changed = listed.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
      await readRepositoryServiceRanges(
        changed,
        out.filter((f) => f.after !== undefined).map((f) => f.path),
        apiRepositorySearch(out, reader),
        reader,
        (p) => classifyFile(p) === 'config',
        options.repositoryServiceRanges,
      );
      if (reader.used() > usedBefore)
        options.log.info(`Read the configs beside the changed ServiceCIDR objects in ${reader.used() - usedBefore} API request(s).`);
    }
    if (mayFeed.length > 0) await readApiVariableReaders(mayFeed, listed, reader, out, options.log);
  }
  return out;
}

/**
 * Issue 13: a changed file with no Service range key that an unchanged script near it sources (the API has no grep:
 * its directory, its parent and their subdirectories are listed at the head, src/changes/api-reader-search.ts; their
 * scripts and units read at the head, the files they read and the changed file's base read), from what is left of
 * the budget. Found = the file joins the change with its
 * readers (src/changes/variable-context.ts); spent or failed = not searched, said in the log.
 */
async function readApiVariableReaders(
  mayFeed: readonly { f: ListedFile; after: BlobContent }[],
  listed: readonly ListedFile[],
  reader: EntryReader & { used(): number },
  out: ChangedFile[],
  log: ChangeSourceOptions['log'],
): Promise<void> {
  const usedBefore = reader.used();
  const changed = listed.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
  try {
    const found = await readVariableReaders(
      mayFeed.map((m) => m.f.filename),
      changed,
      apiDirectorySearch(reader),
      reader,
    );
    const fed = mayFeed.filter((m) => found.has(m.f.filename));
    const bases =
      fed.length > 0
        ? await reader.read(
            'before',
            fed.map((m) => m.f.filename),
          )
        : new Map<string, TreeContent>();
    const withReaders: ChangedFile[] = [];
    for (const m of fed) {
      const base = bases.get(m.f.filename);
      const before: BlobContent | undefined =
        base && 'text' in base
          ? { kind: 'text', text: base.text }
          : base && 'unreadable' in base
            ? { kind: 'unreadable', reason: base.unreadable }
            : undefined;
      withReaders.push(attachVariableReaders(toChangedFile(m.f, before, m.after), found));
    }
    // A changed vars file that sources another (`. ./cluster.env`) is read as its readers source it: those files
    // too, one blob batch per revision and level, only when it names any (spent = unreadable, fail closed).
    await attachVariableFiles(withReaders, reader);
    out.push(...withReaders);
  } catch (e) {
    log.info(
      `The scripts beside ${mayFeed.length} changed file(s) without a Service range key were not searched: ${e instanceof Error ? e.message : String(e)}.`,
    );
  }
  if (reader.used() > usedBefore)
    log.info(
      `Searched the readers of ${mayFeed.length} changed file(s) without a Service range key in ${reader.used() - usedBefore} API request(s).`,
    );
}

/**
 * API requests a run may spend reading unchanged files: for overlay stacks two tree listings (base, head) and two
 * blob batches of up to MAX_BLOBS_PER_QUERY files each; for the directories of changed Terraform files one listing
 * and one batch at the head. A change that needs more fails closed for the overlays that set a range, and leaves
 * its Terraform directories incomplete (a value it cannot follow is not passed).
 */
export const MAX_CONTEXT_REQUESTS = 6;

/** Reads unchanged files through GraphQL, counting requests against `budget` (src/changes/overlay-context.ts). */
export function githubTreeReader(
  gh: GitHub,
  owner: string,
  repo: string,
  beforeSha: string,
  headSha: string,
  budget: number,
): EntryReader & { used(): number } {
  let used = 0;
  const spend = (n: number): void => {
    if (used + n > budget) {
      throw new Error(`the request budget for reading overlay stacks (${budget} API request${budget === 1 ? '' : 's'}) is spent`);
    }
    used += n;
  };
  const shaOf = (rev: 'before' | 'after'): string => (rev === 'before' ? beforeSha : headSha);
  return {
    used: () => used,
    async list(rev, dirs) {
      if (dirs.length === 0) return new Map();
      spend(1);
      return listTrees(gh, owner, repo, shaOf(rev), dirs);
    },
    async entries(rev, dirs) {
      if (dirs.length === 0) return new Map();
      spend(1);
      return listTreeEntries(gh, owner, repo, shaOf(rev), dirs);
    },
    async read(rev, paths) {
      const out = new Map<string, TreeContent>();
      if (paths.length === 0) return out;
      spend(Math.ceil(paths.length / MAX_BLOBS_PER_QUERY));
      const sha = shaOf(rev);
      const blobs = await fetchBlobs(
        gh,
        owner,
        repo,
        paths.map((path) => ({ sha, path })),
      );
      for (const path of paths) {
        const b = blobs.get(blobKey({ sha, path }));
        out.set(
          path,
          b?.kind === 'text'
            ? { text: b.text }
            : b?.kind === 'missing' || !b
              ? { missing: true }
              : {
                  unreadable:
                    b.kind === 'binary' ? 'a binary file' : b.kind === 'unreadable' ? b.reason : `${b.byteSize} bytes, above the size limit`,
                },
        );
      }
      return out;
    },
  };
}

function mentions(content: BlobContent | undefined): boolean {
  if (content?.kind === 'too-large') return content.partial !== undefined && mayMentionServiceRange(content.partial);
  return content?.kind === 'text' && mayMentionServiceRange(content.text);
}

function toChangedFile(f: ListedFile, before: BlobContent | undefined, after: BlobContent | undefined): ChangedFile {
  const file: ChangedFile = { path: f.filename };
  if (f.status === 'renamed' && f.previous_filename) file.previousPath = f.previous_filename;
  const reasons: string[] = [];
  for (const [side, content] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (content?.kind === 'text') {
      file[side] = content.text;
      if (content.note) {
        file.notes ??= [];
        file.notes.push(`${side}: ${content.note}`);
      }
    } else if (content?.kind === 'unreadable' && side === 'before') {
      // A base-side link that led nowhere gave no reader a config: the file is new to this change (as in git mode).
      file.notes ??= [];
      file.notes.push(`before: ${content.reason}; read as absent`);
    } else if (content?.kind === 'unreadable') {
      reasons.push(`${side}: ${content.reason}`);
      file.unreadableSides ??= [];
      file.unreadableSides.push(side);
    } else if (content?.kind === 'binary') {
      reasons.push(`the ${side === 'before' ? 'base' : 'head'} side is a binary file`);
      file.unreadableSides ??= [];
      file.unreadableSides.push(side);
    } else if (content?.kind === 'too-large') {
      reasons.push(
        `the ${side === 'before' ? 'base' : 'head'} side is ${content.byteSize} bytes, larger than the ${MAX_FILE_BYTES}-byte limit; it was not read`,
      );
      file.unreadableSides ??= [];
      file.unreadableSides.push(side);
      if (content.partial !== undefined) file[side] = content.partial; // its head, for the engine's range key scan
    } else if (content?.kind === 'missing') {
      throw new Error(
        `Cannot read ${side === 'before' ? (f.previous_filename ?? f.filename) : f.filename} at the ${side === 'before' ? 'base' : 'head'} from GitHub: the check fails closed.`,
      );
    }
  }
  if (reasons.length > 0) file.unreadableReason = reasons.join('; ');
  return file;
}

/** Concurrent pulls.listFiles pages: the page count is known from changed_files, so the pages need not wait on each other's Link header. */
const LIST_PAGE_CONCURRENCY = 4;

/**
 * Every listed file of a pull request, in order. Pages are fetched a few at a time; a page shorter than
 * FILES_PER_PAGE ends the list (the PR may have changed since pulls.get), and a full last page is followed by
 * the next one, so the result is what paginating through `Link` gives.
 */
async function listPullFiles(gh: GitHub, owner: string, repo: string, pullNumber: number, changedFiles: number): Promise<ListedFile[]> {
  const maxPages = Math.ceil(MAX_LISTED_PR_FILES / FILES_PER_PAGE);
  const expected = Math.min(maxPages, Math.max(1, Math.ceil(Math.min(changedFiles, MAX_LISTED_PR_FILES) / FILES_PER_PAGE)));
  const fetchPage = async (page: number): Promise<ListedFile[]> =>
    (await gh.octokit.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: FILES_PER_PAGE, page })).data as ListedFile[];
  const pages: ListedFile[][] = new Array(expected);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(LIST_PAGE_CONCURRENCY, expected) }, async () => {
      while (next < expected) {
        const page = next++;
        pages[page] = await fetchPage(page + 1);
      }
    }),
  );
  // The PR grew after pulls.get: keep reading while pages come back full.
  for (let page = expected + 1; page <= maxPages && pages[pages.length - 1].length === FILES_PER_PAGE; page++) {
    pages.push(await fetchPage(page));
  }
  return pages.flat();
}

/**
 * Issue 13, API mode: the changed files' own text says which declare a ServiceCIDR (no request); the candidates are
 * the files of each such file's directory and its parent at the head (one tree listing), the engine keeping those
 * that set a default Service range.
 */
function apiRepositorySearch(files: readonly ChangedFile[], reader: TreeReader): RepositorySearch {
  let objects: string[] = [];
  return {
    async declaringServiceCidr(paths) {
      const wanted = new Set(paths);
      objects = files.filter((f) => wanted.has(f.path) && f.after !== undefined && /kind:\s*["']?ServiceCIDR/.test(f.after)).map((f) => f.path);
      return objects;
    },
    async namingServiceRangeKey() {
      const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
      const dirs = [...new Set(objects.flatMap((p) => [dirOf(p), ...(p.includes('/') ? [dirOf(dirOf(p))] : [])]))];
      const listedDirs = await reader.list('after', dirs);
      return [...listedDirs].flatMap(([dir, names]) => names.map((n) => (dir === '' ? n : `${dir}/${n}`)));
    },
  };
}
