import { it } from '@jest/globals';
import { FakeGitHub, type Fault, type RouteName } from '../../support/fake-github.js';
import { runAction } from './run-old.js';
import { DUAL, kubeadm, prPayload, V4 } from '../../support/action-fixtures.js';
const CONFIG = 'clusters/prod/kubeadm.yaml';
const cases: [string, RouteName, Fault, boolean?][] = [
  ['graphql hangs forever', 'graphql', { kind: 'hang' }],
  ['raw contents truncated always', 'repos.getContent', { kind: 'truncate' }, true],
  ['bad base64 always', 'repos.getContent', { kind: 'bad-base64' }, true],
  ['listFiles malformed JSON once', 'pulls.listFiles', { kind: 'malformed-json', times: 1 }],
  ['graphql malformed once', 'graphql', { kind: 'malformed-json', times: 1 }],
  ['primary rate limit 1h', 'pulls.listFiles', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }, message: 'API rate limit exceeded' }],
];
it.each(cases)('%s', async (_n, route, fault, small) => {
  const gh = await new FakeGitHub().start();
  if (small) gh.graphqlTextLimit = 10;
  gh.fail(route, fault);
  const shas = gh.addPull({ number: 7, base: { [CONFIG]: kubeadm(DUAL), 'docs/a.md': 'a\n' }, head: { [CONFIG]: kubeadm(V4), 'docs/a.md': 'b\n' } });
  const t = Date.now();
  const run = await runAction({ eventName: 'pull_request', payload: prPayload(gh, 7, shas), apiUrl: gh.url, inputs: { comment: 'never' } });
  console.log(`${_n}: exit ${run.code} in ${Date.now() - t} ms; blocked=${run.outputs.blocked}; ${run.stdout.split('\n').filter((l) => l.startsWith('::error::')).join(' | ').slice(0, 300)}`);
  await gh.stop();
}, 70000);
