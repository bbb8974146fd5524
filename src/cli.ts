#!/usr/bin/env node
// Command-line entry (bundled to dist/cli/index.js): only runs the orchestrator and hands its status to
// the process. process.exitCode, not process.exit(), so stdout is flushed even when piped.
import { setFlagsFromString } from 'node:v8';
import { runCli } from './cli/run.js';

// Issue 11 item 5 (peak memory). V8 lets the old generation grow to several times its live size between two
// full collections (heap/memory-controller.cc, MemoryController::DynamicGrowingFactor: up to 4x). A 10,912-file
// git range keeps ~13 MiB live, yet its heap reached 100-124 MiB, nearly all garbage of files already analysed.
// A fixed growth of 25 % (--heap-growing-percent, read each time the limit is recomputed, so it takes effect
// when set after start-up) kept the CLI process at ~150 MiB instead of ~200 MiB, for ~5 % more CPU (bench/cost.mjs).
setFlagsFromString('--heap-growing-percent=25');

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
