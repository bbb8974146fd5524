// jest's test order (jest.config.js testSequencer). jest starts the files it timed on an earlier run longest
// first, so that the two workers finish together; on a fresh clone (CI) it has no timings and orders by file
// size, which started the suite's longest file (test/hardening/mutations.test.ts, a small file) near the end,
// with one worker idle while it ran. Here a file jest has not timed yet gets the figure below (milliseconds,
// from one `npm test` run on this 2-core machine on 2026-12-01, shared with other jobs; only their order
// matters), and any other untimed file 1 s: long files still start first. Failed files still run first, and
// jest's own timings win once it has them.
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const EXPECTED_MS = new Map([
  ['test/hardening/mutations.test.ts', 41200],
  ['test/action/faults.test.ts', 31800],
  ['test/adversarial/policy-action.test.ts', 27300],
  ['test/action/pull-request.test.ts', 22200],
  ['test/cli/cli.test.ts', 11100],
  ['test/adversarial/unread-limits.test.ts', 9000],
  ['test/cli/overlays.test.ts', 6000],
  ['test/action/events.test.ts', 5800],
  ['test/cli/servicecidr-repository.test.ts', 5000],
  ['test/cli/moves.test.ts', 4700],
  ['test/cli/git.test.ts', 4600],
  ['test/action/injection.test.ts', 4500],
  ['test/report/formats.test.ts', 4400],
  ['test/action/overlays.test.ts', 4200],
  ['test/action/terraform-directory.test.ts', 3900],
  ['test/hardening/properties.test.ts', 3800],
  ['test/adversarial/policy-cli.test.ts', 3300],
  ['test/cli/variables.test.ts', 3000],
  ['test/prefilter-superset.test.ts', 2900],
  ['test/pack.test.ts', 2900],
  ['test/docs.test.ts', 2800],
  ['test/cli/terraform-directory.test.ts', 2600],
  ['test/action/variables.test.ts', 2500],
  ['test/action/symlinks.test.ts', 2500],
  ['test/golden.test.ts', 2000],
]);

class LongestFirst extends Sequencer {
  time(test) {
    const timed = super.time(test);
    if (timed != null) return timed;
    return EXPECTED_MS.get(path.relative(ROOT, test.path).split(path.sep).join('/')) ?? 1000;
  }
}

module.exports = LongestFirst;
