// File contents at a commit, fetched in batches: one GraphQL query reads up to MAX_BLOBS_PER_QUERY blobs
// through aliased `object(expression: "<sha>:<path>")` fields, so a 250-file PR costs 3 requests, not 250.
// Blobs GraphQL will not return in full (isTruncated, or text withheld) are read through the REST contents
// API as raw bytes (`Accept: application/vnd.github.raw`, files up to 100 MB:
// docs.github.com/rest/repos/contents#get-repository-content).
import { MAX_GRAPHQL_READ_CONCURRENCY, type GitHub } from './github-client.js';
import { type DecodedText, decodeText, MAX_FILE_BYTES } from './decode-text.js';
import { symlinkTarget } from './symlinks.js';

/**
 * Blobs GitHub calls binary that are read again as bytes, through the contents API's JSON form (which carries
 * the bytes of files up to 1 MB: docs.github.com/rest/repos/contents "Size limits"), so that decode-text.ts
 * decides as for local git: UTF-16/UTF-32 with a BOM, and text with a stray NUL byte, are text. Bounded, so a
 * PR full of images costs at most this many extra requests; the rest stay binary (reported as a problem).
 */
export const MAX_BINARY_REREADS = 50;
const MAX_JSON_CONTENT_BYTES = 1024 * 1024;

/** Aliases per GraphQL query: keeps each response well under GitHub's response-size and timeout limits. */
export const MAX_BLOBS_PER_QUERY = 100;
/** Concurrent REST fallbacks (GitHub asks for serial or few concurrent requests to avoid secondary limits). */
export const MAX_REST_CONCURRENCY = 4;

export interface BlobRef {
  sha: string;
  path: string;
}

export type BlobContent =
  | { kind: 'text'; text: string /** How it was read, e.g. through a symlink: a problem line for people. */; note?: string }
  /** Known not to be readable (a symlink out of the repository, dangling, a loop): the engine fails closed. */
  | { kind: 'unreadable'; reason: string }
  | { kind: 'binary'; byteSize: number }
  /** Over MAX_FILE_BYTES: not downloaded (the contents API would hand over up to 100 MB); reported, not read. */
  | { kind: 'too-large'; byteSize: number; partial?: string }
  | { kind: 'missing' };

interface GraphBlob {
  text: string | null;
  isBinary: boolean | null;
  byteSize: number;
  isTruncated: boolean;
}

export function blobKey(ref: BlobRef): string {
  return `${ref.sha}:${ref.path}`;
}

/** Fetches every blob; the map is keyed by blobKey(). Throws (fail closed) when GitHub cannot be read. */
export async function fetchBlobs(gh: GitHub, owner: string, repo: string, refs: readonly BlobRef[]): Promise<Map<string, BlobContent>> {
  const out = new Map<string, BlobContent>();
  const unique = [...new Map(refs.map((r) => [blobKey(r), r])).values()];
  const needRest: BlobRef[] = [];
  const needBytes: BlobRef[] = [];
  const batches: BlobRef[][] = [];
  for (let i = 0; i < unique.length; i += MAX_BLOBS_PER_QUERY) batches.push(unique.slice(i, i + MAX_BLOBS_PER_QUERY));
  // Batches run a few at a time, as many as the reader client lets through at once.
  await forEachLimited(batches, MAX_GRAPHQL_READ_CONCURRENCY, async (batch) => {
    let result: Record<string, GraphBlob | null>;
    try {
      result = await queryBlobs(gh, owner, repo, batch);
    } catch (e) {
      // Fail closed, and say which files could not be read (the retries are spent by now).
      throw new Error(`Cannot read ${describeFiles(batch)} from GitHub, so the check fails closed: ${(e as Error).message}`);
    }
    batch.forEach((ref, j) => {
      const blob = result[`f${j}`];
      if (!blob || typeof blob !== 'object' || !('byteSize' in blob)) {
        // null: no such path at that commit; an object without Blob fields: a submodule or a tree.
        out.set(blobKey(ref), blob === null || blob === undefined ? { kind: 'missing' } : { kind: 'binary', byteSize: 0 });
      } else if (blob.isBinary) {
        if (blob.byteSize <= MAX_JSON_CONTENT_BYTES && needBytes.length < MAX_BINARY_REREADS) needBytes.push(ref);
        else out.set(blobKey(ref), { kind: 'binary', byteSize: blob.byteSize });
      } else if (blob.byteSize > MAX_FILE_BYTES) {
        // Whatever text GitHub returned of it is kept as its readable head (decode-text.ts, MAX_PARTIAL_BYTES).
        const partial = typeof blob.text === 'string' ? decodeText(Buffer.from(blob.text, 'utf8'), blob.byteSize) : null;
        out.set(blobKey(ref), {
          kind: 'too-large',
          byteSize: blob.byteSize,
          ...(partial && 'partial' in partial ? { partial: partial.partial } : {}),
        });
      } else if (blob.isTruncated || blob.text === null) {
        needRest.push(ref);
      } else {
        out.set(blobKey(ref), { kind: 'text', text: blob.text });
      }
    });
  });
  await forEachLimited(needBytes, MAX_REST_CONCURRENCY, async (ref) => {
    let decoded: DecodedText;
    try {
      decoded = decodeText(await fetchBytes(gh, owner, repo, ref));
    } catch (e) {
      throw new Error(`Cannot read ${ref.path} at ${ref.sha.slice(0, 12)}: ${(e as Error).message}`);
    }
    out.set(blobKey(ref), 'text' in decoded ? { kind: 'text', text: decoded.text } : { kind: 'binary', byteSize: 0 });
  });
  await forEachLimited(needRest, MAX_REST_CONCURRENCY, async (ref) => {
    try {
      out.set(blobKey(ref), { kind: 'text', text: await fetchRaw(gh, owner, repo, ref) });
    } catch (e) {
      throw new Error(`Cannot read ${ref.path} at ${ref.sha.slice(0, 12)}: ${(e as Error).message}`);
    }
  });
  return out;
}

async function queryBlobs(gh: GitHub, owner: string, repo: string, batch: BlobRef[]): Promise<Record<string, GraphBlob | null>> {
  // Expressions travel as variables, never spliced into the query text: paths may hold quotes or backslashes.
  const vars = batch.map((_, j) => `$e${j}: String!`).join(', ');
  const fields = batch.map((_, j) => `f${j}: object(expression: $e${j}) { ... on Blob { text isBinary byteSize isTruncated } }`).join('\n    ');
  const query = `query($owner: String!, $name: String!, ${vars}) {\n  repository(owner: $owner, name: $name) {\n    ${fields}\n  }\n}`;
  const variables: Record<string, string> = { owner, name: repo };
  for (const [j, ref] of batch.entries()) variables[`e${j}`] = `${ref.sha}:${ref.path}`;
  type Answer = { repository: Record<string, GraphBlob | null> | null };
  // A plain POST rather than octokit.graphql: the endpoint URL comes from GITHUB_GRAPHQL_URL (GHES serves it
  // at /api/graphql), and a response with `errors` may still carry the other aliases' data.
  const res = await gh.reader.request({ method: 'POST', url: gh.graphqlUrl, query, variables });
  const payload = res.data as { data?: Answer | null; errors?: { message: string }[] };
  const data = payload.data;
  if (!data?.repository) {
    const why = payload.errors?.map((e) => e.message).join('; ') || 'no data';
    throw new Error(`GitHub GraphQL blob query failed: ${why}`);
  }
  // A failed alias is null here: read as "missing", which fails closed only if the file could matter.
  if (!data.repository) throw new Error(`GitHub GraphQL: repository ${owner}/${repo} not found or not readable.`);
  return data.repository;
}

/**
 * One file's text at a commit through the contents API (the gate config at the base revision): undefined
 * when GitHub answers 404 (no such file there); any other failure throws, so the run fails closed.
 */
export async function readFileAt(gh: GitHub, owner: string, repo: string, ref: BlobRef): Promise<string | undefined> {
  try {
    return await fetchRaw(gh, owner, repo, ref);
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw new Error(`Cannot read ${ref.path} at ${ref.sha.slice(0, 12)} from GitHub: ${(e as Error).message}`);
  }
}

async function fetchRaw(gh: GitHub, owner: string, repo: string, ref: BlobRef): Promise<string> {
  const res = await gh.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
    owner,
    repo,
    path: ref.path,
    ref: ref.sha,
    headers: { accept: 'application/vnd.github.raw' },
  });
  const data: unknown = res.data;
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return textOf(decodeText(new Uint8Array(data)));
  // Some proxies ignore the raw media type and answer with the JSON form (base64 content).
  const json = data as { content?: string; encoding?: string; size?: number };
  if (json && json.encoding === 'base64' && typeof json.content === 'string') {
    return decodeContentBase64(json.content, json.size);
  }
  throw new Error(`unexpected contents response for ${ref.path}`);
}

/** A file's bytes through the contents API's JSON form (base64, files up to 1 MB). */
async function fetchBytes(gh: GitHub, owner: string, repo: string, ref: BlobRef): Promise<Uint8Array> {
  const res = await gh.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: ref.path, ref: ref.sha });
  const json = res.data as { content?: string; encoding?: string; size?: number };
  if (json?.encoding !== 'base64' || typeof json.content !== 'string') throw new Error(`unexpected contents response for ${ref.path}`);
  return decodeBase64Bytes(json.content, json.size);
}

/** Text of decoded bytes; what cannot be text is read as lossy UTF-8 (the engine's limits then apply). */
function textOf(d: ReturnType<typeof decodeText>): string {
  return 'text' in d ? d.text : (d.partial ?? '');
}

/**
 * Decodes the contents API's base64 strictly. Node's decoder skips characters outside the alphabet and
 * stops at a short last group without complaint, so a damaged or cut answer would become a shorter file,
 * one that may no longer hold the Service range line: a silent pass. GitHub wraps the base64 at 60
 * characters with \n, and gives the byte size of the file beside it.
 */
export function decodeContentBase64(content: string, size: number | undefined): string {
  const bytes = decodeBase64Bytes(content, size);
  const decoded = decodeText(bytes);
  return 'text' in decoded ? decoded.text : bytes.toString('utf8');
}

function decodeBase64Bytes(content: string, size: number | undefined): Buffer {
  const compact = content.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw new Error('the contents API answered with damaged base64');
  }
  const bytes = Buffer.from(compact, 'base64');
  if (typeof size === 'number' && bytes.length !== size) {
    throw new Error(`the contents API answered ${bytes.length} bytes of a ${size}-byte file`);
  }
  return bytes;
}

function describeFiles(batch: readonly BlobRef[]): string {
  const names = batch.slice(0, 5).map((r) => r.path);
  const more = batch.length > names.length ? ` and ${batch.length - names.length} more` : '';
  return `${batch.length === 1 ? 'the file' : `${batch.length} files`} ${names.join(', ')}${more}`;
}

async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(workers);
}

/** The files and the subdirectories directly inside a directory (names only). */
export interface TreeEntries {
  files: string[];
  dirs: string[];
}

/**
 * Issue 13: the names of the files directly inside directories at a commit, in ONE GraphQL query (aliased
 * `object(expression: "<sha>:<dir>") { ... on Tree { entries { name type } } }`). An absent directory lists
 * nothing. Throws when GitHub cannot be read.
 */
export async function listTrees(gh: GitHub, owner: string, repo: string, sha: string, dirs: readonly string[]): Promise<Map<string, string[]>> {
  const entries = await listTreeEntries(gh, owner, repo, sha, dirs);
  return new Map([...entries].map(([d, e]) => [d, e.files]));
}

/** listTrees with the subdirectories too (the same one query: the entries' type tells them apart). */
export async function listTreeEntries(
  gh: GitHub,
  owner: string,
  repo: string,
  sha: string,
  dirs: readonly string[],
): Promise<Map<string, TreeEntries>> {
  const out = new Map<string, TreeEntries>(dirs.map((d) => [d, { files: [], dirs: [] }]));
  if (dirs.length === 0) return out;
  const vars = dirs.map((_, j) => `$e${j}: String!`).join(', ');
  const fields = dirs.map((_, j) => `d${j}: object(expression: $e${j}) { ... on Tree { entries { name type } } }`).join('\n    ');
  const query = `query($owner: String!, $name: String!, ${vars}) {\n  repository(owner: $owner, name: $name) {\n    ${fields}\n  }\n}`;
  const variables: Record<string, string> = { owner, name: repo };
  for (const [j, d] of dirs.entries()) variables[`e${j}`] = `${sha}:${d}`;
  const res = await gh.reader.request({ method: 'POST', url: gh.graphqlUrl, query, variables });
  const payload = res.data as {
    data?: { repository: Record<string, { entries?: { name: string; type: string }[] } | null> | null } | null;
    errors?: { message: string }[];
  };
  const repository = payload.data?.repository;
  if (!repository) throw new Error(`GitHub GraphQL tree query failed: ${payload.errors?.map((e) => e.message).join('; ') || 'no data'}`);
  dirs.forEach((d, j) => {
    const entries = repository[`d${j}`]?.entries ?? [];
    // A submodule is a `commit` entry: neither a file nor a directory of this repository.
    out.set(d, {
      files: entries.filter((e) => e.type === 'blob').map((e) => e.name),
      dirs: entries.filter((e) => e.type === 'tree').map((e) => e.name),
    });
  });
  return out;
}

/**
 * Symlink probes per run: GraphQL's Blob carries no file mode, so a blob whose whole text looks like a link target
 * (one line, no newline, no `key: value` or `flag=value`) is asked of the contents API, which tells a symlink apart
 * (docs.github.com/rest/repos/contents#get-repository-content, "If the content is a symlink"). Real links are rare;
 * the bound keeps a PR of one-line files cheap, and each probe is one counted REST request.
 */
export const MAX_SYMLINK_PROBES = 20;

/** A blob text git could have stored for a symlink (its target path, no trailing newline). */
export function looksLikeSymlinkTarget(text: string): boolean {
  return text.length > 0 && text.length <= 1024 && !/[\n\r\0=]|:\s/.test(text) && text.trim() === text;
}

/**
 * Reads symlinks in `blobs` (keyed by blobKey) as their targets' contents, as git mode does (src/changes/symlinks.ts).
 * The contents API answers a symlink whose target is a normal file of the repository with that file's content, and
 * any other symlink (outside the repository, dangling, a directory) with `{ type: "symlink", target }`: the first is
 * read with a note, the second is unreadable (fail closed). A probe answering the blob's own text is a plain file.
 */
export async function followApiSymlinks(
  gh: GitHub,
  owner: string,
  repo: string,
  refs: readonly BlobRef[],
  blobs: Map<string, BlobContent>,
): Promise<void> {
  const probes = refs.filter((r) => {
    const b = blobs.get(blobKey(r));
    return b?.kind === 'text' && looksLikeSymlinkTarget(b.text);
  });
  await forEachLimited(probes.slice(0, MAX_SYMLINK_PROBES), MAX_REST_CONCURRENCY, async (ref) => {
    const linkText = (blobs.get(blobKey(ref)) as { text: string }).text;
    let data: { type?: string; target?: string; path?: string; content?: string; encoding?: string; size?: number };
    try {
      data = (await gh.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: ref.path, ref: ref.sha }))
        .data as typeof data;
    } catch (e) {
      throw new Error(`Cannot read ${ref.path} at ${ref.sha.slice(0, 12)}: ${(e as Error).message}`);
    }
    const resolved = symlinkTarget(ref.path, linkText);
    if (data?.type === 'symlink') {
      const why =
        'problem' in resolved
          ? `is ${resolved.problem}`
          : `is a symlink to ${resolved.path}, which is not a file of the repository (a dangling link, a directory or a loop)`;
      blobs.set(blobKey(ref), { kind: 'unreadable', reason: `${ref.path} ${why}; the gate reads only files of the repository` });
      return;
    }
    if (data?.type !== 'file' || data.encoding !== 'base64' || typeof data.content !== 'string') {
      if (data?.type === 'file' && (data.size ?? 0) > MAX_JSON_CONTENT_BYTES) {
        blobs.set(blobKey(ref), {
          kind: 'unreadable',
          reason: `${ref.path} may be a symlink to a file larger than the contents API hands over (${data.size} bytes)`,
        });
      }
      return; // a directory or a submodule answer: the blob stays as GraphQL read it
    }
    const text = decodeContentBase64(data.content, data.size);
    if (text === linkText) return; // a plain one-line file
    const via = typeof data.path === 'string' && data.path !== ref.path ? data.path : 'path' in resolved ? resolved.path : linkText;
    blobs.set(blobKey(ref), { kind: 'text', text, note: `a symlink to ${via}, read as that file's content` });
  });
}
