// Injection (issue 5, item 4): nothing a pull request controls (file names, values, YAML text and comments,
// suppression reasons, other people's comments) may become a workflow command in the log, HTML or Markdown
// structure in the sticky comment or the job summary, a second output, or broken JSON / SARIF. The bundled
// action runs against the loopback GitHub; the assertions read the raw stdout, the comment body the server
// received, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and the SARIF file.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub, type Tree } from '../support/fake-github.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { DUAL, kubeadm, prPayload, V4 } from '../support/action-fixtures.js';
import { COMMENT_MARKER } from '../../src/report/github/comment.js';

const TOKEN = 'ghs_test_token';

/** Hostile file names: workflow commands after a newline, pre-escaped sequences, property separators. */
const HOSTILE_NAMES = [
  'clusters/a\n::error::INJECTED-NAME-NEWLINE/kubeadm.yaml',
  'clusters/b\r::add-mask::INJECTED-NAME-CR/kubeadm.yaml',
  'clusters/c%0A::stop-commands::INJECTED-NAME-ESCAPED%25/kubeadm.yaml',
  'clusters/d,title=pwn,line=1::set-output name=blocked::false/kubeadm.yaml',
  'clusters/e | `x` <details> @octocat ![i](https://evil.example/i.png) [l](https://evil.example)/kubeadm.yaml',
  'clusters/f <!-- service-cidr-guard --> </table>/kubeadm.yaml',
];

/** A hostile value: quoted YAML with newlines, workflow commands, Markdown and HTML. */
const HOSTILE_VALUE =
  '10.96.0.0/16\\n::set-output name=blocked::false\\n::error::INJECTED-VALUE\\r\\n::add-mask::x | <details> `x` @octocat ![i](https://evil.example/i.png) [l](https://evil.example) </table> <!-- service-cidr-guard --> %0A::warning::INJECTED-VALUE-ESCAPED';

const HOSTILE_REASON =
  'ok ::add-mask::INJECTED-REASON <img src=x onerror=alert(1)> @octocat | </table> <!-- service-cidr-guard --> `x` [l](https://evil.example)';

function kubeadmWithValue(value: string): string {
  return kubeadm(`"${value}"`);
}

function kubeadmSuppressed(value: string): string {
  return kubeadm(value).replace(
    `serviceSubnet: ${value}`,
    `serviceSubnet: ${value}  # service-cidr-guard: allow family-reduction -- ${HOSTILE_REASON}`,
  );
}

function hostileTrees(): [Tree, Tree] {
  const base: Tree = {};
  const head: Tree = {};
  for (const name of HOSTILE_NAMES) {
    base[name] = kubeadm(DUAL);
    head[name] = kubeadm(V4); // family-reduction: blocking, at a hostile path
  }
  base['clusters/value/kubeadm.yaml'] = kubeadm(V4);
  head['clusters/value/kubeadm.yaml'] = kubeadmWithValue(HOSTILE_VALUE); // invalid-range, quoting the value
  base['clusters/suppressed/kubeadm.yaml'] = kubeadm(DUAL);
  head['clusters/suppressed/kubeadm.yaml'] = kubeadmSuppressed(V4); // suppressed, with a hostile reason
  base['clusters/comments/kubeadm.yaml'] = kubeadm(DUAL);
  head['clusters/comments/kubeadm.yaml'] = `# ::error::INJECTED-YAML-COMMENT\n# <!-- service-cidr-guard --> @octocat\n${kubeadm(V4)}`;
  base['clusters/templated/kubeadm.yaml'] = kubeadm(V4);
  head['clusters/templated/kubeadm.yaml'] = kubeadm('{{ .Values.x }}::error::INJECTED-TEMPLATE <b>@octocat</b>');
  return [base, head];
}

let gh: FakeGitHub;
let nextPull = 500;

async function runPull(base: Tree, head: Tree, inputs: Record<string, string> = {}, workspace?: string): Promise<ActionRun & { number: number }> {
  const number = nextPull++;
  const shas = gh.addPull({ number, base, head });
  const run = await runAction({ eventName: 'pull_request_target', payload: prPayload(gh, number, shas), apiUrl: gh.url, inputs, workspace });
  return { ...run, number };
}

/** Workflow commands the action means to emit, as @actions/core writes them. */
const ALLOWED_COMMAND = /^::(error|warning|notice|debug)(?: [a-zA-Z]+=[^,:\r\n]*(?:,[a-zA-Z]+=[^,:\r\n]*)*)?::[^\r\n]*$/;

/** Every line the runner could read as a command (it trims the line first) must be one we meant to write. */
function unexpectedCommands(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('::') || l.startsWith('##['))
    .filter((l) => !ALLOWED_COMMAND.test(l) && l !== `::add-mask::${TOKEN}`);
}

/** Markdown/HTML structure that must never come from the PR (each is a raw, unescaped form). */
const RAW_STRUCTURE = ['<details> `x`', '<img', '<!-- service-cidr-guard --> </table>', '</table>', '![i](', '](https://evil.example', '<b>'];

function expectInertMarkdown(markdown: string): void {
  for (const raw of RAW_STRUCTURE) expect(markdown).not.toContain(raw);
  // A mention notifies only as @name: every @ from the PR is followed by a zero-width space.
  expect(markdown).not.toMatch(/@octocat/);
  // The marker appears at most once, and only at the very start (our own).
  expect(markdown.split(COMMENT_MARKER).length - 1).toBeLessThanOrEqual(1);
  if (markdown.includes(COMMENT_MARKER)) expect(markdown.startsWith(COMMENT_MARKER)).toBe(true);
  // Every table row keeps its five cells: no unescaped | from the PR.
  for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
    expect(line.split(/(?<!\\)\|/).length - 2).toBe(5);
  }
  // Our own <details> blocks are balanced, and no line from the PR opens or closes one.
  expect((markdown.match(/<details>/g) ?? []).length).toBe((markdown.match(/<\/details>/g) ?? []).length);
  for (const line of markdown.split('\n').filter((l) => /<\/?details>/.test(l))) expect(line).toMatch(/^<\/?details>$/);
}

describe('a hostile pull request cannot inject', () => {
  let run: ActionRun & { number: number };
  let sarif: { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };

  // One run of the whole hostile pull request; each test reads one channel of it.
  beforeAll(async () => {
    gh = await new FakeGitHub().start();
    const workspace = mkdtempSync(path.join(tmpdir(), 'scg-inj-'));
    const [base, head] = hostileTrees();
    run = await runPull(base, head, { comment: 'always', 'check-run': 'true', 'sarif-file': 'out/guard.sarif' }, workspace);
    sarif = JSON.parse(readFileSync(path.join(workspace, 'out/guard.sarif'), 'utf8'));
  });
  afterAll(async () => {
    await gh.stop();
  });

  it('workflow commands into the log', () => {
    expect(unexpectedCommands(run.stdout)).toEqual([]);
    for (const tag of [
      'INJECTED-NAME-NEWLINE',
      'INJECTED-NAME-CR',
      'INJECTED-NAME-ESCAPED',
      'INJECTED-VALUE',
      'INJECTED-REASON',
      'INJECTED-YAML-COMMENT',
      'INJECTED-TEMPLATE',
    ]) {
      for (const line of run.stdout.split(/\r|\n/))
        expect(line.trim().startsWith(`::`) && line.includes(`::${tag}`) && !ALLOWED_COMMAND.test(line.trim())).toBe(false);
    }
    expect(run.stdout).not.toMatch(/^\s*::(stop-commands|add-mask::(?!ghs_test_token$)|set-output|save-state|set-env|add-path)/m);
    // The hostile names are there, escaped the way @actions/core escapes properties (% \r \n : ,).
    expect(run.stdout).toContain('file=clusters/a%0A%3A%3Aerror%3A%3AINJECTED-NAME-NEWLINE/kubeadm.yaml,');
    expect(run.stdout).toContain('file=clusters/b%0D%3A%3Aadd-mask%3A%3AINJECTED-NAME-CR/kubeadm.yaml,');
    expect(run.stdout).toContain('file=clusters/c%250A%3A%3Astop-commands%3A%3AINJECTED-NAME-ESCAPED%2525/kubeadm.yaml,');
    expect(run.stdout).toContain('file=clusters/d%2Ctitle=pwn%2Cline=1%3A%3Aset-output name=blocked%3A%3Afalse/kubeadm.yaml,');
    // The token is printed once, in the add-mask command the runner consumes, and nowhere else.
    expect(run.stdout.split(TOKEN).length - 1).toBe(1);
    expect(run.stderr).not.toContain(TOKEN);
  });

  it('annotations carry the hostile file names intact, escaped as properties', () => {
    const files = run.annotations.filter((a) => a.command === 'error' && a.properties.file).map((a) => a.properties.file);
    // GitHub shows 10 errors per level; the hostile ones come first alphabetically (clusters/a... to f...).
    for (const name of HOSTILE_NAMES) expect(files).toContain(name);
    for (const a of run.annotations)
      expect(a.properties.title === undefined || /^[a-z:, -]+$/.test(a.properties.title) || a.properties.title.startsWith('service-cidr-guard')).toBe(
        true,
      );
  });

  it('a second output or a forged verdict through GITHUB_OUTPUT', () => {
    expect(Object.keys(run.outputs).sort()).toEqual(['blocked', 'counts', 'report']);
    expect(run.outputs.blocked).toBe('true');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.outputs.report);
    const files: string[] = report.findings.map((f: { file: string }) => f.file);
    for (const name of HOSTILE_NAMES) expect(files).toContain(name);
    const suppressed = report.findings.find((f: { file: string }) => f.file === 'clusters/suppressed/kubeadm.yaml');
    expect(suppressed).toMatchObject({ suppressed: true });
    expect(suppressed.suppressedBy ?? '').toContain('INJECTED-REASON');
  });

  it('Markdown or HTML structure into the job summary', () => {
    expect(run.summary).toContain('service-cidr-guard');
    expectInertMarkdown(run.summary);
    // The hostile text is there, shown as text.
    expect(run.summary).toContain('INJECTED\\-REASON'); // escapeMarkdown escapes '-' too
    expect(run.summary).toContain('&lt;details&gt;');
  });

  it('Markdown or HTML structure or a second marker into the sticky comment', () => {
    const body = gh.comments.get(run.number)?.[0]?.body ?? '';
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expectInertMarkdown(body);
  });

  it('broken SARIF: valid JSON whose URIs decode back to the file names', () => {
    const uris = sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    const decoded = uris.map((u) => u.split('/').map(decodeURIComponent).join('/'));
    for (const name of HOSTILE_NAMES) expect(decoded).toContain(name);
    for (const u of uris) expect(u).not.toMatch(/[\s<>|`\n\r]/);
  });

  it('check-run annotations keep the file names as paths, one annotation per finding', () => {
    const paths = (gh.checkRuns[0]?.annotations ?? []).map((a) => (a as { path: string }).path);
    for (const name of HOSTILE_NAMES) expect(paths).toContain(name);
  });
});

describe('sticky comment marker spoofing', () => {
  const CONFIG = 'clusters/prod/kubeadm.yaml';
  beforeEach(async () => {
    gh = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await gh.stop();
  });

  it.each([['CONTRIBUTOR'], ['FIRST_TIME_CONTRIBUTOR'], ['NONE']])(
    'ignores a marker comment written by a %s and posts its own',
    async (association) => {
      const number = nextPull;
      const spoof = {
        id: 1,
        body: `${COMMENT_MARKER}\n✅ all clear, nothing to see`,
        user: { login: 'mallory', type: 'User' },
        author_association: association,
      };
      gh.comments.set(number, [spoof]);
      const run = await runPull({ [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
      expect(run.code).toBe(1);
      const list = gh.comments.get(number)!;
      expect(list[0].body).toBe(spoof.body); // the stranger's comment is left alone
      expect(gh.count('issues.updateComment')).toBe(0);
      expect(list).toHaveLength(2);
      expect(list[1].user.type).toBe('Bot');
      expect(list[1].body).toContain('family-reduction');
    },
  );

  it('keeps updating its own comment when a stranger later posts a marker comment', async () => {
    const base = { [CONFIG]: kubeadm(DUAL) };
    const first = await runPull(base, { [CONFIG]: kubeadm(V4) });
    const list = gh.comments.get(first.number)!;
    list.unshift({ id: 2, body: `${COMMENT_MARKER}\nfake green`, user: { login: 'mallory', type: 'User' }, author_association: 'CONTRIBUTOR' });
    // Same pull request, new head: our comment (not mallory's) must be the one updated.
    const shas = gh.addPull({ number: first.number, base, head: { [CONFIG]: kubeadm(DUAL) } });
    const again = await runAction({ eventName: 'pull_request', payload: prPayload(gh, first.number, shas), apiUrl: gh.url });
    expect(again.code).toBe(0);
    const after = gh.comments.get(first.number)!;
    expect(after.find((c) => c.id === 2)?.body).toBe(`${COMMENT_MARKER}\nfake green`);
    const ours = after.filter((c) => c.user.type === 'Bot');
    expect(ours).toHaveLength(1);
    expect(ours[0].body).not.toContain('family-reduction');
  });

  it('still takes over a marker comment of a repository member (a personal access token)', async () => {
    const number = nextPull;
    gh.comments.set(number, [{ id: 3, body: `${COMMENT_MARKER}\nold`, user: { login: 'ops-bot-user', type: 'User' }, author_association: 'MEMBER' }]);
    await runPull({ [CONFIG]: kubeadm(DUAL) }, { [CONFIG]: kubeadm(V4) });
    expect(gh.count('issues.updateComment')).toBe(1);
    expect(gh.comments.get(number)).toHaveLength(1);
  });
});
