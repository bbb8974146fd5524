// Runs a program as a child process the way a user or the runner does, measuring wall time and peak RSS.
// Peak RSS, in order of preference:
//   1. GNU time (`/usr/bin/time -f %M`): getrusage(2) ru_maxrss of the child as reaped by wait4(2). For the
//      children it waited for (git cat-file under the CLI) this is the LARGEST ONE's peak, not a sum: a CLI at
//      150 MiB beside a git child at 160 MiB reads as 160 MiB;
//   2. VmHWM from /proc/<pid>/status, polled while the process runs (Linux, no GNU time);
//   3. none (reported as n/a).
// `measureTree` (Linux) measures what the machine really holds for the run: the whole process tree (the program
// and every git child it spawns) is sampled every TREE_POLL_MS through /proc/<pid>/task/<tid>/children, and the
// peak is the largest sum of VmRSS over one sample (shared pages, e.g. libc, counted once per process: an
// overestimate), with what each process held in that sample (`peakAt`). Each process's own peak (VmHWM, exact up
// to its last sample) is reported beside it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
/** Sampling period of the process-tree measure: git children live from milliseconds to the whole run. */
const TREE_POLL_MS = 10;
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
export function runMeasured(command, args, { cwd, env, input, measureRss = false, measureTree = false } = {}) {
  if (measureTree && existsSync('/proc/self/task')) return runTreeMeasured(command, args, { cwd, env, input });
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

/** kB fields of /proc/<pid>/status, or null when the process is gone. */
function statusOf(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** The pids of a process and all its descendants (children of every thread: node spawns from its main thread). */
function treeOf(root) {
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const c of readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
      } catch {
        // the thread or process has exited
      }
    }
  }
  return out;
}

/** utime + stime of a process in clock ticks (proc(5): fields 14 and 15 of /proc/<pid>/stat; USER_HZ = 100 on Linux). */
function cpuTicksOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** A short name for a process: `node`, `git cat-file`, `git diff`, ... */
function roleOf(pid) {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const name = path.basename(argv[0] ?? '?');
    if (name !== 'git') return name;
    // git [-c k=v]... <subcommand>
    for (let i = 1; i < argv.length; i++) {
      if (argv[i] === '-c' || argv[i] === '-C') i++;
      else if (!argv[i].startsWith('-')) return `git ${argv[i]}`;
    }
    return 'git';
  } catch {
    return '?';
  }
}

/**
 * runMeasured with `measureTree`: the same result, with peakRssBytes = the process tree's peak (sum of VmRSS
 * over one sample) and `processes`: each role's largest own peak (VmHWM) and how many such processes ran.
 */
function runTreeMeasured(command, args, { cwd, env, input }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let treePeakKb = 0;
    let peakParts = []; // [role, rssKb] of each process in the sample with the largest sum
    const perPid = new Map(); // pid -> { role, hwmKb }
    const sample = () => {
      let sum = 0;
      const parts = [];
      for (const pid of treeOf(child.pid)) {
        const st = statusOf(pid);
        if (!st) continue;
        sum += st.rssKb;
        // Read again each time: a git child reads as `node` between fork and exec.
        const known = perPid.get(pid) ?? { role: '?', hwmKb: 0, cpuTicks: 0 };
        const role = roleOf(pid);
        if (role !== '?') known.role = role;
        parts.push([known.role, st.rssKb]);
        known.hwmKb = Math.max(known.hwmKb, st.hwmKb);
        known.cpuTicks = Math.max(known.cpuTicks, cpuTicksOf(pid));
        perPid.set(pid, known);
      }
      if (sum > treePeakKb) [treePeakKb, peakParts] = [sum, parts];
    };
    const poller = setInterval(sample, TREE_POLL_MS);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(poller);
      const processes = {};
      let cpuTicks = 0;
      for (const { role, hwmKb, cpuTicks: ticks } of perPid.values()) {
        if (!processes[role]) processes[role] = { count: 0, peakRssBytes: 0, cpuMs: 0 };
        const p = processes[role];
        p.count++;
        p.peakRssBytes = Math.max(p.peakRssBytes, hwmKb * 1024);
        p.cpuMs += ticks * 10;
        cpuTicks += ticks;
      }
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        wallMs,
        peakRssBytes: treePeakKb > 0 ? treePeakKb * 1024 : null,
        rssMethod: `process tree (sum of VmRSS of the program and its git children, sampled every ${TREE_POLL_MS} ms)`,
        processes,
        // What the tree held at its peak: `node 117 MiB + git cat-file 30 MiB` (which processes overlap there).
        peakAt: peakParts.map(([role, kb]) => `${role} ${(kb / 1024).toFixed(0)} MiB`).join(' + '),
        // CPU time of the tree (user + system, as last sampled): unlike wall time, it does not grow when other
        // work on the machine takes the CPU.
        cpuMs: cpuTicks * 10,
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
