// Runs a program as a child process the way a user or the runner does, measuring wall time and peak RSS.
// Peak RSS, in order of preference:
//   1. GNU time (`/usr/bin/time -f %M`): getrusage(2) ru_maxrss of the child as reaped by wait4(2), which also
//      covers the grandchildren it waited for (git cat-file under the CLI);
//   2. VmHWM from /proc/<pid>/status, polled while the process runs (Linux, no GNU time);
//   3. none (reported as n/a).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
/** How often VmHWM is sampled when GNU time is missing: the high-water mark itself is exact, polling only has to see the process alive. */
const VMHWM_POLL_MS = 5;

function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  // BusyBox time has no -f; GNU time prints its version with --version.
  try {
    return readFileSync(GNU_TIME).includes('GNU');
  } catch {
    return false;
  }
}
const GNU_TIME_OK = hasGnuTime();

/**
 * Spawns `command args` and resolves with its exit code, output, wall time (ms) and peak RSS (bytes or null).
 * `measureRss` wraps the command in GNU time when available.
 */
export function runMeasured(command, args, { cwd, env, input, measureRss = false } = {}) {
  const dir = measureRss && GNU_TIME_OK ? mkdtempSync(path.join(tmpdir(), 'scg-bench-time-')) : null;
  const timeFile = dir ? path.join(dir, 'time.txt') : null;
  const [cmd, argv] = timeFile ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let hwmKb = 0;
    let poller;
    if (measureRss && !timeFile) {
      poller = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
        } catch {
          // the process has exited, or there is no /proc
        }
      }, VMHWM_POLL_MS);
    }
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (poller) clearInterval(poller);
      let peakRssBytes = null;
      let rssMethod = 'none';
      if (timeFile) {
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb) && kb > 0) {
          peakRssBytes = kb * 1024;
          rssMethod = 'GNU time %M';
        }
        rmSync(dir, { recursive: true, force: true });
      } else if (hwmKb > 0) {
        peakRssBytes = hwmKb * 1024;
        rssMethod = '/proc VmHWM (polled)';
      }
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        wallMs,
        peakRssBytes,
        rssMethod,
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** Runs a command to completion and returns stdout as a Buffer; rejects on a non-zero exit. */
export function runChecked(command, args, { cwd, env, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString('utf8').trim()}`)),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
