// Start-up: the bundled action (node dist/index.js) on a pull request with no cluster config, served by the
// loopback GitHub server without added latency, against `node -e 0` (the cost of starting Node at all).
import { pullRequestPayload, runActionBundle } from './action-run.mjs';
import { ordinaryManifest } from './generate.mjs';
import { runMeasured } from './processes.mjs';
import { median, repeat } from './stats.mjs';

export async function benchStartup({ repoRoot, bundle, FakeGitHub, runs = 7 }) {
  const fake = await new FakeGitHub().start();
  try {
    const base = { 'README.md': '# fleet\n', 'apps/web/deployment.yaml': ordinaryManifest(2, 0) };
    const head = {
      'README.md': '# fleet\n\nMore words.\n',
      'apps/web/deployment.yaml': ordinaryManifest(2, 1),
      'apps/web/service.yaml': ordinaryManifest(1, 0),
    };
    const shas = fake.addPull({ number: 3, base, head });
    const payload = pullRequestPayload(fake, 3, shas);
    const once = async () => {
      const r = await runActionBundle({ repoRoot, bundle, apiUrl: fake.url, payload });
      if (r.code !== 0 || r.outputs.blocked !== 'false')
        throw new Error(`start-up run: exit ${r.code}, blocked=${r.outputs.blocked}: ${r.stdout.slice(-300)}`);
      return r.wallMs;
    };
    const nodeOnce = async () => (await runMeasured(process.execPath, ['-e', '0'])).wallMs;
    await once();
    await nodeOnce();
    const action = [];
    const node = [];
    // Interleaved, so that a noisy neighbour slows both alike.
    await repeat(runs, async () => {
      action.push(await once());
      node.push(await nodeOnce());
    });
    return { actionMs: median(action), nodeMs: median(node), runs, requests: fake.requests.length / (runs + 1) };
  } finally {
    await fake.stop();
  }
}
