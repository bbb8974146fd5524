#!/usr/bin/env node
// Command-line entry (bundled to dist/cli/index.js): only runs the orchestrator and hands its status to
// the process. process.exitCode, not process.exit(), so stdout is flushed even when piped.
import { runCli } from './cli/run.js';

void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => process.stdin,
}).then((code) => {
  process.exitCode = code;
});
