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
// The young generation: V8 doubles each semi-space from 1 MiB up to 16 MiB as objects survive (heap/new-spaces.cc,
// SemiSpaceNewSpace::Grow: new capacity = --semi-space-growth-factor x current, read at each growth, so it takes
// effect when set after start-up, unlike --max-semi-space-size, fixed when the heap is set up). Both semi-spaces
// are touched in turn, so a grown young generation is 32 MiB of resident memory holding ~1-4 MiB of live objects
// between scavenges. A factor of 1 keeps it at 2 x 1 MiB: on the kops v1.29.0..v1.33.2 range (10,912 files) the
// CLI process peaked at 117 MiB instead of 152 MiB, the 50,000-file synthetic change at 99 MiB instead of 134 MiB,
// for ~5 % more CPU (more scavenges; bench/cost.mjs).
setFlagsFromString('--semi-space-growth-factor=1');

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
