// Step 2b of the flag readers: which control-plane program an argv runs (kube-apiserver, kube-controller-manager,
// hyperkube's sub-commands, through wrappers and `sh -c`), and the value pflag gives one of its flags. The argv
// comes from step 2a (2a-tokenise-shell.ts) or from YAML items (2-yaml-args.ts); which of several invocations
// actually runs is step 3 (3-invocation-that-runs.ts).
//
// Flag syntax follows spf13/pflag, which kube-apiserver and kube-controller-manager parse with (through cobra and
// k8s.io/component-base/cli/run.go):
//   --flag=value, --flag value (two items; pflag takes the next argument for a non-boolean flag even when it
//   starts with "-"), the last occurrence wins (pflag calls Value.Set again; a string flag keeps the last value),
//   "--" ends flag parsing (spf13/pflag flag.go parseArgs), and "_" in a flag name is read as "-"
//   (component-base/cli/flag WordSepNormalizeFunc, installed by cli.Run via SetGlobalNormalizationFunc).
// A single dash is NOT a long flag in pflag: "-service-cluster-ip-range=x" is parsed as the shorthand cluster
// "s", "e", ... and fails with `unknown shorthand flag: 's' in -service-cluster-ip-range=x`
// (spf13/pflag flag.go parseSingleShortArg), so the component refuses to start. It is reported, not read.

import { tokenizeShell, type Arg } from './2a-tokenise-shell.js';
import { resolveRunning, ShellRunWalker } from './3-invocation-that-runs.js';
import type { Lookup } from './variables.js';

export type ControlPlaneComponent = 'kube-apiserver' | 'kube-controller-manager';

export interface Invocation {
  component: ControlPlaneComponent;
  /** The program word (or the hyperkube sub-command), used as the position of a default value. */
  program: Arg;
  /** Arguments after the program (and after the hyperkube sub-command). */
  args: Arg[];
  /**
   * Set when several invocations of this component may run with different ranges and the reader cannot tell
   * which one does (src/formats/flags/3-invocation-that-runs.ts): the range is reported as unreadable, blocking.
   */
  ambiguity?: string;
}

/** Nesting of `sh -c "…"` wrappers followed before giving up (a wrapper inside a wrapper is already rare). */
export const MAX_SHELL_NESTING = 3;

// ---------------------------------------------------------------- program identification

/** Words that run the next word as the program (`exec kube-apiserver …`, `sudo -E kube-apiserver …`). */
export const WRAPPERS: ReadonlySet<string> = new Set(['exec', 'sudo', 'nohup', 'env', 'time', 'command', 'nice', 'ionice', 'setsid', 'stdbuf']);

/**
 * Index of the word that is the program of one argv: leading `NAME=value` assignments and wrappers (with their
 * options) do not change the program. `argv.length` when there is none. Every command-line reader (control-plane
 * programs, `k3s server`, `kops create cluster`) finds its program this way.
 */
export function programIndex(argv: readonly Arg[]): number {
  let i = 0;
  for (;;) {
    const w = argv[i]?.text;
    if (w === undefined) return argv.length;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) i++;
    else if (WRAPPERS.has(programName(w))) {
      i++;
      while (argv[i]?.text.startsWith('-')) i++;
    } else return i;
  }
}
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'zsh']);

/** The program's base name: any directory prefix (POSIX or Windows) and a Windows `.exe` suffix dropped. */
export function programName(word: string): string {
  const base = word.replace(/^.*[\\/]/, '');
  return base.replace(/\.exe$/i, '');
}

/** kube-apiserver / kube-controller-manager by program name, including hyperkube's sub-command names. */
function componentOf(name: string): ControlPlaneComponent | null {
  if (name === 'kube-apiserver') return 'kube-apiserver';
  if (name === 'kube-controller-manager') return 'kube-controller-manager';
  return null;
}

/**
 * hyperkube (the all-in-one binary up to Kubernetes 1.18, kubernetes/kubernetes cmd/hyperkube) dispatches on its
 * first argument; both the short (`apiserver`, `controller-manager`) and the long names were accepted.
 */
function hyperkubeComponent(sub: string): ControlPlaneComponent | null {
  if (sub === 'apiserver' || sub === 'kube-apiserver') return 'kube-apiserver';
  if (sub === 'controller-manager' || sub === 'kube-controller-manager') return 'kube-controller-manager';
  return null;
}

/**
 * The control-plane programs one argv runs. Only kube-apiserver and kube-controller-manager count: other
 * programs that take a flag of the same name (kube-router, kube-ovn, …) consume the range, they do not set it.
 */
export function findInvocations(argv: readonly Arg[], depth = 0, environment?: Lookup): Invocation[] {
  const i = programIndex(argv);
  if (i >= argv.length) return [];
  const program = argv[i];
  // A URL is data (a download of the binary, `curl -LO https://dl.k8s.io/…/kube-apiserver` split over lines), never
  // the program that runs; `command -v kube-apiserver` / `-V` only looks the program up.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(program.text)) return [];
  const lookup = argv.slice(0, i).some((a, k) => a.text === 'command' && /^-[vV]+$/.test(argv[k + 1]?.text ?? ''));
  if (lookup) return [];
  const name = programName(program.text);
  const direct = componentOf(name);
  if (direct) return [{ component: direct, program, args: argv.slice(i + 1) }];
  if (name === 'hyperkube') {
    const sub = argv[i + 1];
    const component = sub ? hyperkubeComponent(sub.text) : null;
    return component && sub ? [{ component, program: sub, args: argv.slice(i + 2) }] : [];
  }
  if (SHELLS.has(name) && depth < MAX_SHELL_NESTING) {
    // `sh -c 'script'`, `bash -ec "…"`, `sh -e -c …`: the first operand after an option cluster holding `c`
    // is the script (POSIX sh: "-c  Read commands from the command_string operand").
    let j = i + 1;
    let hasC = false;
    while (argv[j] && /^[-+][A-Za-z]+$/.test(argv[j].text)) {
      if (argv[j].text.startsWith('-') && argv[j].text.includes('c')) hasC = true;
      j++;
    }
    const script = argv[j];
    if (!hasC || !script) return [];
    // The operands after the command string are $0, $1, … of the script (POSIX sh -c); which invocation of the
    // script runs is decided by src/formats/flags/3-invocation-that-runs.ts (the last `exec`, not a decoy after `false &&`).
    // The script sees the variables of its environment (a container's env: issue 13).
    const walker = new ShellRunWalker(argv.slice(j + 2), depth + 1, environment);
    walker.feed(tokenizeShell(script.text, script.offsets));
    return resolveRunning(walker.invocations, (offset) => offset);
  }
  return [];
}

// ---------------------------------------------------------------- flag reading

export interface FlagOccurrence {
  /** The argument holding the flag name. */
  flag: Arg;
  value: string;
  /** The argument holding the value (the flag's own for `--flag=value`) and where the value starts in it. */
  valueArg: Arg;
  valueIndex: number;
  /** File offsets [start, end) of the value. */
  valueStart: number;
  valueEnd: number;
  form: 'equals' | 'separate';
}

export interface FlagReading {
  /** The occurrence pflag keeps (the last one), if any. */
  last?: FlagOccurrence;
  /** A single-dash spelling: pflag rejects it and the component does not start. */
  singleDash?: Arg;
  /** `--flag` as the last argument: pflag fails with "flag needs an argument". */
  missingValue?: Arg;
  /** Opaque arguments after the last occurrence (or anywhere when there is none): they may set the flag too. */
  opaqueAfter: Arg[];
}

/**
 * Flags of kube-apiserver and kube-controller-manager that take no separate value (bool flags, and the
 * component-base --version flag whose NoOptDefVal is "true"), from their --help output. A flag not listed here
 * is read as taking the next argument, as pflag does for every non-boolean flag.
 */
const BOOLEAN_FLAGS: ReadonlySet<string> = new Set([
  'add-dir-header',
  'allocate-node-cidrs',
  'allow-privileged',
  'alsologtostderr',
  'anonymous-auth',
  'audit-log-compress',
  'audit-log-truncate-enabled',
  'audit-webhook-truncate-enabled',
  'configure-cloud-routes',
  'contention-profiling',
  'disable-http2-serving',
  'enable-aggregator-routing',
  'enable-bootstrap-token-auth',
  'enable-dynamic-provisioning',
  'enable-garbage-collector',
  'enable-hostpath-provisioner',
  'enable-logs-handler',
  'enable-priority-and-fairness',
  'enable-swagger-ui',
  'enable-taint-manager',
  'help',
  'h',
  'kubelet-https',
  'leader-elect',
  'logtostderr',
  'one-output',
  'permit-address-sharing',
  'permit-port-sharing',
  'profiling',
  'service-account-extend-token-expiration',
  'service-account-lookup',
  'skip-headers',
  'skip-log-headers',
  'use-service-account-credentials',
  'version',
  'watch-cache',
]);

function normalizeName(name: string): string {
  return name.replace(/_/g, '-');
}

/** Reads one string flag from the arguments after the program, with pflag's rules (see the file header). */
export function readFlag(args: readonly Arg[], flagName: string): FlagReading {
  const reading: FlagReading = { opaqueAfter: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const t = arg.text;
    if (t === '--') break;
    if (arg.opaque) {
      reading.opaqueAfter.push(arg);
      continue;
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const name = normalizeName(eq < 0 ? t.slice(2) : t.slice(2, eq));
      if (name !== flagName) {
        // pflag gives a non-boolean flag written without "=" the next argument as its value, whatever it looks
        // like (spf13/pflag flag.go parseLongArg: `len(a) > 0` → `value = a[0]; a = a[1:]`): in
        // `--etcd-servers --service-cluster-ip-range=x` the range flag is etcd-servers' value, not a flag.
        // Boolean flags (NoOptDefVal set) do not take it; the others of these components are not boolean.
        if (eq < 0 && !BOOLEAN_FLAGS.has(name) && i + 1 < args.length && !args[i + 1].opaque) i++;
        continue;
      }
      if (eq >= 0) {
        reading.last = {
          flag: arg,
          value: t.slice(eq + 1),
          valueArg: arg,
          valueIndex: eq + 1,
          valueStart: arg.offsets[eq + 1],
          valueEnd: arg.offsets[t.length],
          form: 'equals',
        };
      } else if (i + 1 < args.length) {
        const next = args[++i];
        reading.last = {
          flag: arg,
          value: next.text,
          valueArg: next,
          valueIndex: 0,
          valueStart: next.offsets[0],
          valueEnd: next.offsets[next.text.length],
          form: 'separate',
        };
      } else {
        reading.missingValue = arg;
        continue;
      }
      reading.opaqueAfter = [];
      reading.missingValue = undefined;
    } else if (t.startsWith('-') && t.length > 1) {
      const eq = t.indexOf('=');
      const name = normalizeName(eq < 0 ? t.slice(1) : t.slice(1, eq));
      if (name === flagName) reading.singleDash = arg;
    }
  }
  return reading;
}
