// A loopback HTTP server that behaves like the parts of GitHub's REST and GraphQL APIs the action uses, so
// the bundled action (dist/index.js) can be run end to end as a child process against it. It holds commits
// as path -> content trees, derives pull-request file lists (status, previous_filename, patch) from them,
// paginates with `Link` headers as GitHub does, applies GitHub's caps (3,000 listed PR files, 300 compare
// files), answers aliased GraphQL blob queries, and can be told to fail a route (403/404/422/429/5xx),
// optionally only for requests naming one file: hang, answer slowly, drop the connection, cut the body,
// send malformed JSON, damaged base64 or a GraphQL error (see FaultKind).
// Every request is recorded (with the fault that answered it and its arrival time) so tests can count them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

export type Tree = Record<string, string | Buffer | FakeSymlink>;

/**
 * A symlink in a fake tree. Like GitHub: its blob (GraphQL `object(expression:)`, listFiles' patch) is the target
 * path; the contents API answers with the target file's content when the target is a normal file of the
 * repository, else with `{ type: "symlink", target }` (docs.github.com/rest/repos/contents#get-repository-content,
 * "If the content is a symlink").
 */
export class FakeSymlink {
  constructor(readonly target: string) {}
}

export interface FakeFileEntry {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  patch?: string;
  additions: number;
  deletions: number;
  changes: number;
  sha: string;
}

export interface PullOptions {
  number: number;
  base: Tree;
  head: Tree;
  /** Renames as [from, to]: `to` must be in head and `from` in base. */
  renames?: [string, string][];
  labels?: string[];
  /** The PR's author (`user.login`); default FakeGitHub.DEFAULT_AUTHOR. */
  author?: string;
  /**
   * Issue events of the PR, oldest first. Default: one `labeled` event per label, applied by
   * FakeGitHub.MAINTAINER (a collaborator with write permission).
   */
  events?: FakeIssueEvent[];
  /** Paths whose `patch` GitHub leaves out (large diffs). */
  noPatch?: string[];
  /** Pretend the PR changes this many files (to exercise the 3,000-file cap beyond the real list). */
  changedFiles?: number;
  fork?: boolean;
  /** Use these commit ids (e.g. those of a real local repository) instead of derived ones. */
  shas?: { mergeBaseSha: string; headSha: string; baseSha: string };
}

/**
 * How a scripted fault misbehaves:
 * - `status` (default): answer `status` with a JSON `{message}` body and `headers`;
 * - `hang`: accept the request and never answer (until the server stops): a GitHub that stopped responding;
 * - `slow`: wait `delayMs`, then answer normally;
 * - `drop`: destroy the connection without an answer (a reset socket);
 * - `truncate`: answer normally but cut the connection half-way through the body (Content-Length kept);
 * - `malformed-json`: 200 with `application/json` and a body that is not JSON;
 * - `bad-base64`: contents API only: the JSON form (as if the raw media type were ignored) whose base64
 *   `content` is cut in half and carries characters outside the base64 alphabet, with the true `size`;
 * - `graphql-error`: 200 with `{data: null, errors: [...]}` carrying `message` (GitHub's GraphQL timeout
 *   answer is "Something went wrong while executing your query...").
 */
export type FaultKind = 'status' | 'hang' | 'slow' | 'drop' | 'truncate' | 'malformed-json' | 'bad-base64' | 'graphql-error';

export interface Fault {
  /** HTTP status for kind `status` (the default kind). */
  status?: number;
  kind?: FaultKind;
  /** How many times the fault fires before the route works again (default: always). */
  times?: number;
  headers?: Record<string, string>;
  message?: string;
  /** For kind `slow`: milliseconds to wait before answering. */
  delayMs?: number;
  /** Fire only on requests whose URL or body contains this text (e.g. one file's path). */
  match?: string;
}

export type RouteName =
  | 'pulls.get'
  | 'pulls.listFiles'
  | 'repos.compare'
  | 'repos.getCommit'
  | 'graphql'
  | 'repos.getContent'
  | 'issues.listComments'
  | 'issues.createComment'
  | 'issues.updateComment'
  | 'checks.create'
  | 'checks.update'
  | 'issues.listEvents'
  | 'repos.getCollaboratorPermission'
  | 'teams.getMembership'
  | 'unknown';

export interface RecordedRequest {
  method: string;
  url: string;
  route: RouteName;
  status: number;
  body?: unknown;
  /** The scripted fault kind that answered this request, if any. */
  fault?: FaultKind;
  /** Milliseconds since the server started, when the request arrived. */
  at?: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  /** The commenter's role in the repository (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE...). */
  author_association?: string;
}

export interface FakeIssueEvent {
  event: 'labeled' | 'unlabeled' | 'assigned' | 'review_requested' | 'head_ref_force_pushed';
  actor: string;
  label?: string;
}

/** A collaborator's role as GitHub names it (role_name); `permission` folds maintain into write, triage into read. */
export type FakeRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion?: string;
  annotations: unknown[];
  updates: number;
}

/** pulls.listFiles stops at 3,000 files (docs.github.com/rest/pulls/pulls#list-pull-requests-files). */
const LIST_FILES_CAP = 3000;
/** The compare API lists at most 300 files. */
const COMPARE_FILES_CAP = 300;

export function shaOf(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function isBinary(content: string | Buffer | FakeSymlink): boolean {
  return Buffer.isBuffer(content) && content.includes(0);
}

function textOf(content: string | Buffer | FakeSymlink): string {
  return content instanceof FakeSymlink ? content.target : typeof content === 'string' ? content : content.toString('utf8');
}

/** The blob git stores for a tree entry (a symlink's blob is its target path). */
function blobOf(content: string | Buffer | FakeSymlink): Buffer {
  return Buffer.isBuffer(content) ? content : Buffer.from(textOf(content));
}

/** What GitHub's contents API reads for a path: a symlink to a normal file of the tree is that file; else itself. */
function followFakeLink(tree: Tree, path: string): { path: string; content: string | Buffer | FakeSymlink } | undefined {
  let at = path;
  let content = tree[at];
  for (let hop = 0; hop < 40 && content instanceof FakeSymlink; hop++) {
    if (content.target.startsWith('/')) break;
    const next = posix.normalize(posix.join(posix.dirname(at), content.target));
    if (next.startsWith('../') || tree[next] === undefined) break;
    at = next;
    content = tree[at];
  }
  if (content === undefined) return undefined;
  return content instanceof FakeSymlink ? { path, content: tree[path] } : { path: at, content };
}

/** A whole-file unified diff hunk: enough for the action, which only reads the removed lines. */
function patchOf(before: string | undefined, after: string | undefined): string {
  const a = before === undefined ? [] : before.replace(/\n$/, '').split('\n');
  const b = after === undefined ? [] : after.replace(/\n$/, '').split('\n');
  return [`@@ -${a.length ? 1 : 0},${a.length} +${b.length ? 1 : 0},${b.length} @@`, ...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)].join('\n');
}

export class FakeGitHub {
  static readonly DEFAULT_AUTHOR = 'octocat';
  static readonly MAINTAINER = 'maintainer';
  readonly owner = 'acme';
  readonly repo = 'fleet';
  /** Repository collaborators and their roles; anyone else reads a public repository ('read'). */
  readonly collaborators = new Map<string, FakeRole>([
    [FakeGitHub.MAINTAINER, 'write'],
    [FakeGitHub.DEFAULT_AUTHOR, 'write'],
  ]);
  /** Team members by `org/slug`. */
  readonly teams = new Map<string, string[]>();
  readonly requests: RecordedRequest[] = [];
  readonly commits = new Map<string, { tree: Tree; parents: string[] }>();
  readonly pulls = new Map<number, { options: PullOptions; baseSha: string; headSha: string; mergeBaseSha: string; files: FakeFileEntry[] }>();
  readonly comments = new Map<number, FakeComment[]>();
  readonly checkRuns: FakeCheckRun[] = [];
  /** GraphQL returns isTruncated (and no text) above this many bytes, as GitHub does for large blobs. */
  graphqlTextLimit = 512 * 1024;
  private faults = new Map<RouteName, Fault[]>();
  private hanging = new Set<ServerResponse>();
  private startedAt = Date.now();
  private server: Server | undefined;
  private nextId = 1000;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.startedAt = Date.now();
    return this;
  }

  async stop(): Promise<void> {
    // Requests held by a `hang` fault would keep close() waiting forever.
    for (const res of this.hanging) res.socket?.destroy();
    this.hanging.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Removes a file from a stored commit after the PR was listed: GitHub then cannot return its blob. */
  deleteBlob(sha: string, path: string): void {
    const commit = this.commits.get(sha);
    if (!commit) return;
    // A copy: the tree object may be shared with the caller (and other pulls).
    commit.tree = { ...commit.tree };
    delete commit.tree[path];
  }

  /** Stores a commit; its sha is derived from its tree and parents. */
  addCommit(tree: Tree, parents: string[] = [], seed = ''): string {
    const digest = Object.entries(tree)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([p, c]) => `${p}\0${typeof c === 'string' ? c : c instanceof FakeSymlink ? `symlink:${c.target}` : c.toString('base64')}`)
      .join('\n');
    const sha = shaOf(`${seed}|${parents.join(',')}|${digest}`);
    this.commits.set(sha, { tree, parents });
    return sha;
  }

  /** A PR whose merge base holds `base` and whose head holds `head`; the base branch tip moved on by one commit. */
  addPull(options: PullOptions): { baseSha: string; headSha: string; mergeBaseSha: string } {
    let mergeBaseSha: string, headSha: string, baseSha: string;
    if (options.shas) {
      ({ mergeBaseSha, headSha, baseSha } = options.shas);
      this.commits.set(mergeBaseSha, { tree: options.base, parents: [] });
      this.commits.set(headSha, { tree: options.head, parents: [mergeBaseSha] });
      if (baseSha !== mergeBaseSha) this.commits.set(baseSha, { tree: options.base, parents: [mergeBaseSha] });
    } else {
      mergeBaseSha = this.addCommit(options.base, [], `mb${options.number}`);
      headSha = this.addCommit(options.head, [mergeBaseSha], `head${options.number}`);
      // The base branch has moved on since the PR was opened: the diff must still be against the merge base.
      baseSha = this.addCommit({ ...options.base, 'UNRELATED-BASE-CHANGE.md': 'moved on\n' }, [mergeBaseSha], `base${options.number}`);
    }
    const files = this.diff(options.base, options.head, options.renames ?? [], new Set(options.noPatch ?? []));
    this.pulls.set(options.number, { options, baseSha, headSha, mergeBaseSha, files });
    return { baseSha, headSha, mergeBaseSha };
  }

  diff(base: Tree, head: Tree, renames: [string, string][], noPatch: Set<string>): FakeFileEntry[] {
    const out: FakeFileEntry[] = [];
    const renamedFrom = new Map(renames.map(([from, to]) => [to, from]));
    const renamedAway = new Set(renames.map(([from]) => from));
    const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
    for (const p of paths) {
      if (renamedAway.has(p) && !(p in head)) continue;
      const from = renamedFrom.get(p);
      const before = from !== undefined ? base[from] : base[p];
      const after = head[p];
      if (before !== undefined && after !== undefined && textOf(before) === textOf(after) && from === undefined) continue;
      const status: FakeFileEntry['status'] =
        from !== undefined ? 'renamed' : before === undefined ? 'added' : after === undefined ? 'removed' : 'modified';
      const binary = (before !== undefined && isBinary(before)) || (after !== undefined && isBinary(after));
      const patch = binary || noPatch.has(p) ? undefined : patchOf(before && textOf(before), after && textOf(after));
      out.push({
        filename: p,
        status,
        ...(from !== undefined ? { previous_filename: from } : {}),
        ...(patch !== undefined ? { patch } : {}),
        additions: 1,
        deletions: 1,
        changes: 2,
        sha: shaOf(p + textOf(after ?? '')),
      });
    }
    return out;
  }

  /** Makes the next `times` requests of a route fail (default: all of them). */
  fail(route: RouteName, fault: Fault): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), fault]);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  count(route?: RouteName): number {
    return route ? this.requests.filter((r) => r.route === route).length : this.requests.length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const route = routeOf(method, url.pathname);
    const record: RecordedRequest = { method, url: url.pathname + url.search, route, status: 0, body, at: Date.now() - this.startedAt };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const isText = typeof data === 'string';
      res.writeHead(status, {
        'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        'x-ratelimit-remaining': '4999',
        ...headers,
      });
      res.end(isText ? data : JSON.stringify(data));
    };
    if (!/^(token|bearer) /i.test(req.headers.authorization ?? '')) return send(401, { message: 'Requires authentication' });

    const queue = this.faults.get(route);
    const index = queue?.findIndex((f) => f.match === undefined || decodeURIComponent(record.url).includes(f.match) || raw.includes(f.match)) ?? -1;
    const fault = index >= 0 ? queue![index] : undefined;
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) queue!.splice(index, 1);
      record.fault = fault.kind ?? 'status';
    }
    const answer = (): [number, unknown, Record<string, string>?] => {
      try {
        return this.answer(route, method, url, body, req);
      } catch (e) {
        return [500, { message: (e as Error).message }];
      }
    };
    switch (fault?.kind ?? (fault ? 'status' : undefined)) {
      case undefined: {
        const [status, data, headers] = answer();
        return send(status, data, headers);
      }
      case 'status':
        return send(fault!.status ?? 500, { message: fault!.message ?? `scripted fault ${fault!.status ?? 500}` }, fault!.headers);
      case 'hang':
        this.hanging.add(res);
        return;
      case 'slow': {
        await new Promise((resolve) => setTimeout(resolve, fault!.delayMs ?? 1000));
        const [status, data, headers] = answer();
        return send(status, data, headers);
      }
      case 'drop':
        record.status = -1;
        req.socket.destroy();
        return;
      case 'truncate': {
        const [status, data, headers] = answer();
        const text = Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
        record.status = status;
        res.writeHead(status, {
          'content-type': typeof data === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
          'content-length': String(text.length),
          'x-ratelimit-remaining': '4999',
          ...headers,
        });
        res.write(text.subarray(0, Math.floor(text.length / 2)));
        setTimeout(() => res.socket?.destroy(), 50);
        return;
      }
      case 'malformed-json':
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999' });
        res.end('{"data": {"repository": {"f0": {"text": "apiVersion: kubeadm');
        return;
      case 'bad-base64': {
        const [status, data] = answer();
        if (status !== 200 || typeof data !== 'string') return send(status, data);
        const encoded = Buffer.from(data).toString('base64');
        const broken = `${encoded.slice(0, Math.floor(encoded.length / 2))}!*\n`;
        return send(200, { type: 'file', path: url.pathname, encoding: 'base64', size: Buffer.byteLength(data), content: broken });
      }
      case 'graphql-error':
        return send(200, {
          data: null,
          errors: [
            {
              message:
                fault!.message ??
                'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.',
            },
          ],
        });
    }
  }

  private answer(route: RouteName, method: string, url: URL, body: unknown, req: IncomingMessage): [number, unknown, Record<string, string>?] {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const notFound: [number, unknown] = [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
    if (route !== 'graphql' && route !== 'teams.getMembership' && (parts[1] !== this.owner || parts[2] !== this.repo)) return notFound;
    const q = url.searchParams;
    switch (route) {
      case 'pulls.get': {
        const pr = this.pulls.get(Number(parts[4]));
        if (!pr) return notFound;
        const full = `${this.owner}/${this.repo}`;
        return [
          200,
          {
            number: pr.options.number,
            state: 'open',
            user: { login: pr.options.author ?? FakeGitHub.DEFAULT_AUTHOR, type: 'User' },
            changed_files: pr.options.changedFiles ?? pr.files.length,
            labels: (pr.options.labels ?? []).map((name, i) => ({ id: i + 1, name })),
            head: { sha: pr.headSha, ref: 'feature', repo: { full_name: pr.options.fork ? `fork/${this.repo}` : full, fork: !!pr.options.fork } },
            base: { sha: pr.baseSha, ref: 'main', repo: { full_name: full } },
          },
        ];
      }
      case 'pulls.listFiles': {
        const pr = this.pulls.get(Number(parts[4]));
        if (!pr) return notFound;
        return this.page(pr.files.slice(0, LIST_FILES_CAP), q, url);
      }
      case 'repos.compare': {
        const [base, head] = parts.slice(4).join('/').split('...');
        if (!this.commits.has(base) || !this.commits.has(head)) return notFound;
        const mergeBase = this.mergeBase(base, head);
        const files = this.diff(this.commits.get(mergeBase)!.tree, this.commits.get(head)!.tree, [], new Set());
        return [
          200,
          {
            status: 'ahead',
            merge_base_commit: { sha: mergeBase },
            base_commit: { sha: base },
            files: files.slice(0, COMPARE_FILES_CAP),
            commits: [],
          },
        ];
      }
      case 'repos.getCommit': {
        const c = this.commits.get(parts[4]);
        if (!c) return notFound;
        return [200, { sha: parts[4], parents: c.parents.map((sha) => ({ sha })), files: [] }];
      }
      case 'repos.getContent': {
        const path = parts.slice(4).join('/');
        const ref = q.get('ref') ?? '';
        const tree = this.commits.get(ref)?.tree;
        const found = tree && followFakeLink(tree, path);
        if (!found) return notFound;
        const content = found.content;
        if (content instanceof FakeSymlink) return [200, { type: 'symlink', target: content.target, path, size: content.target.length }];
        if ((req.headers.accept ?? '').includes('application/vnd.github.raw')) return [200, textOf(content)];
        const buf = blobOf(content);
        return [200, { type: 'file', path: found.path, encoding: 'base64', size: buf.length, content: buf.toString('base64') }];
      }
      case 'graphql':
        return [200, this.graphql(body as { query: string; variables?: Record<string, string> })];
      case 'issues.listComments': {
        const list = this.comments.get(Number(parts[4])) ?? [];
        return this.page(list, q, url);
      }
      case 'issues.createComment': {
        const n = Number(parts[4]);
        const comment: FakeComment = {
          id: this.nextId++,
          body: (body as { body: string }).body,
          user: { login: 'github-actions[bot]', type: 'Bot' },
          author_association: 'NONE',
        };
        this.comments.set(n, [...(this.comments.get(n) ?? []), comment]);
        return [201, comment];
      }
      case 'issues.updateComment': {
        const id = Number(parts[5]);
        for (const list of this.comments.values()) {
          const c = list.find((x) => x.id === id);
          if (c) {
            c.body = (body as { body: string }).body;
            return [200, c];
          }
        }
        return notFound;
      }
      case 'issues.listEvents': {
        const pr = this.pulls.get(Number(parts[4]));
        if (!pr) return notFound;
        const events =
          pr.options.events ?? (pr.options.labels ?? []).map((label): FakeIssueEvent => ({ event: 'labeled', actor: FakeGitHub.MAINTAINER, label }));
        const list = events.map((e, i) => ({
          id: 5000 + i,
          event: e.event,
          actor: { login: e.actor, type: e.actor.endsWith('[bot]') ? 'Bot' : 'User' },
          ...(e.label !== undefined ? { label: { name: e.label, color: 'ededed' } } : {}),
          created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        }));
        return this.page(list, q, url);
      }
      case 'repos.getCollaboratorPermission': {
        // GitHub: 404 for a user that does not exist; on a public repository anyone else has 'read'.
        const login = parts[4];
        const role = [...this.collaborators].find(([l]) => l.toLowerCase() === login.toLowerCase())?.[1] ?? 'read';
        const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
        return [200, { permission, role_name: role, user: { login, type: 'User' } }];
      }
      case 'teams.getMembership': {
        const [, org, , slug, , login] = parts;
        const members = this.teams.get(`${org}/${slug}`);
        if (!members?.some((m) => m.toLowerCase() === login.toLowerCase())) return notFound;
        return [200, { state: 'active', role: 'member', url: `${this.url}/orgs/${org}/teams/${slug}/memberships/${login}` }];
      }
      case 'checks.create': {
        const b = body as { name: string; head_sha: string; conclusion?: string; output?: { annotations?: unknown[] } };
        if ((b.output?.annotations?.length ?? 0) > 50) return [422, { message: 'Only 50 annotations are allowed per request' }];
        const run: FakeCheckRun = {
          id: this.nextId++,
          name: b.name,
          head_sha: b.head_sha,
          conclusion: b.conclusion,
          annotations: [...(b.output?.annotations ?? [])],
          updates: 0,
        };
        this.checkRuns.push(run);
        return [201, run];
      }
      case 'checks.update': {
        const run = this.checkRuns.find((r) => r.id === Number(parts[4]));
        if (!run) return notFound;
        const b = body as { output?: { annotations?: unknown[] } };
        if ((b.output?.annotations?.length ?? 0) > 50) return [422, { message: 'Only 50 annotations are allowed per request' }];
        run.annotations.push(...(b.output?.annotations ?? []));
        run.updates++;
        return [200, run];
      }
      default:
        void method;
        return notFound;
    }
  }

  /** GitHub-style pagination: per_page (max 100), page, and a Link header with next/last. */
  private page(items: unknown[], q: URLSearchParams, url: URL): [number, unknown, Record<string, string>] {
    const perPage = Math.min(Number(q.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(q.get('page') ?? 1) || 1, 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return u.toString();
    };
    const links: string[] = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return [200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {}];
  }

  private mergeBase(a: string, b: string): string {
    const ancestors = (sha: string): string[] => {
      const seen: string[] = [];
      const queue = [sha];
      while (queue.length) {
        const s = queue.shift()!;
        if (seen.includes(s)) continue;
        seen.push(s);
        queue.push(...(this.commits.get(s)?.parents ?? []));
      }
      return seen;
    };
    const ofA = new Set(ancestors(a));
    return ancestors(b).find((s) => ofA.has(s)) ?? a;
  }

  /** The direct entries of a directory of a stored tree, as GraphQL's Tree.entries; null when there is none. */
  private treeEntries(tree: Tree, dir: string): { entries: { name: string; type: string }[] } | null {
    const prefix = dir === '' ? '' : `${dir.replace(/\/$/, '')}/`;
    const entries = new Map<string, string>();
    for (const p of Object.keys(tree)) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      entries.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'blob' : 'tree');
    }
    return entries.size ? { entries: [...entries].map(([name, type]) => ({ name, type })) } : null;
  }

  /** Answers `repository(owner,name){ fN: object(expression: $eN) { ... on Blob {...} } }` queries. */
  private graphql(body: { query: string; variables?: Record<string, string> }): unknown {
    const vars = body.variables ?? {};
    if (vars.owner !== this.owner || vars.name !== this.repo) {
      return { data: { repository: null }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }] };
    }
    const repository: Record<string, unknown> = {};
    for (const m of body.query.matchAll(/(\w+): object\(expression: \$(\w+)\)/g)) {
      const [sha, ...rest] = String(vars[m[2]]).split(':');
      const tree = this.commits.get(sha)?.tree;
      const content = tree?.[rest.join(':')];
      if (content === undefined) {
        // A directory: `... on Tree { entries { name type } }` (issue 13, overlay stacks); null when absent.
        repository[m[1]] = tree ? this.treeEntries(tree, rest.join(':')) : null;
        continue;
      }
      const buf = blobOf(content);
      const binary = isBinary(content);
      const truncated = !binary && buf.length > this.graphqlTextLimit;
      repository[m[1]] = { text: binary || truncated ? null : buf.toString('utf8'), isBinary: binary, byteSize: buf.length, isTruncated: truncated };
    }
    return { data: { repository } };
  }
}

function routeOf(method: string, path: string): RouteName {
  const table: [string, RegExp, RouteName][] = [
    ['POST', /^\/graphql$/, 'graphql'],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/, 'pulls.get'],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/, 'pulls.listFiles'],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/compare\/.+$/, 'repos.compare'],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+$/, 'repos.getCommit'],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/contents\/.+$/, 'repos.getContent'],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/, 'issues.listComments'],
    ['POST', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/, 'issues.createComment'],
    ['PATCH', /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/, 'issues.updateComment'],
    ['POST', /^\/repos\/[^/]+\/[^/]+\/check-runs$/, 'checks.create'],
    ['PATCH', /^\/repos\/[^/]+\/[^/]+\/check-runs\/\d+$/, 'checks.update'],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/events$/, 'issues.listEvents'],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/collaborators\/[^/]+\/permission$/, 'repos.getCollaboratorPermission'],
    ['GET', /^\/orgs\/[^/]+\/teams\/[^/]+\/memberships\/[^/]+$/, 'teams.getMembership'],
  ];
  return table.find(([m, re]) => m === method && re.test(path))?.[2] ?? 'unknown';
}
