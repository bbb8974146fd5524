// jest's test order (jest.config.js testSequencer). jest starts the files it timed on an earlier run longest
// first, so that the two workers finish together; on a fresh clone (CI) it has no timings and orders by file
// size, which started the suite's longest file (test/hardening/mutations.test.ts, a small file) near the end,
// with one worker idle while it ran. Here a file jest has not timed yet gets the figure below (milliseconds,
// measured on this 2-core machine, only their order matters), and any other untimed file 1 s: long files still
// start first. Failed files still run first, and jest's own timings win once it has them.
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const EXPECTED_MS = new Map([
  ['test/hardening/mutations.test.ts', 52000],
  ['test/action/faults.test.ts', 33800],
  ['test/adversarial/policy-action.test.ts', 29500],
  ['test/cli/cli.test.ts', 26900],
  ['test/action/pull-request.test.ts', 24900],
  ['test/cli/git.test.ts', 19600],
  ['test/action/overlays.test.ts', 11400],
  ['test/action/events.test.ts', 11000],
  ['test/pack.test.ts', 9900],
  ['test/adversarial/unread-limits.test.ts', 9000],
  ['test/action/terraform-directory.test.ts', 8200],
  ['test/cli/overlays.test.ts', 7500],
  ['test/cli/terraform-directory.test.ts', 6600],
  ['test/cli/moves.test.ts', 6400],
  ['test/adversarial/policy-cli.test.ts', 5200],
  ['test/report/formats.test.ts', 4500],
  ['test/action/injection.test.ts', 4400],
  ['test/formats/flag-text.test.ts', 4300],
  ['test/hardening/properties.test.ts', 4100],
  ['test/docs.test.ts', 4100],
  ['test/cli/servicecidr-repository.test.ts', 4000],
  ['test/adversarial/unread-encodings.test.ts', 3600],
  ['test/action/servicecidr-repository.test.ts', 3300],
  ['test/action/symlinks.test.ts', 2900],
  ['test/prefilter-superset.test.ts', 2800],
  ['test/hardening/limits.test.ts', 2600],
  ['test/golden.test.ts', 2400],
]);

class LongestFirst extends Sequencer {
  time(test) {
    const timed = super.time(test);
    if (timed != null) return timed;
    return EXPECTED_MS.get(path.relative(ROOT, test.path).split(path.sep).join('/')) ?? 1000;
  }
}

module.exports = LongestFirst;
