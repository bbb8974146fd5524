// k3s / RKE2 server flags on a command line (issue 13): a systemd unit's `ExecStart=/usr/local/bin/k3s server
// --service-cidr=…` (what the get.k3s.io installer writes), `rke2 server …` in a script, and the installer's
// `INSTALL_K3S_EXEC="server --service-cidr=…"` in scripts, env files and unit `Environment=` lines. The YAML
// spellings (config.yaml, Ansible vars, cloud-init strings) are src/formats/distributions/k3s.ts; the defaults,
// the dual-stack immutability and the group are the same as there.
//
// k3s parses its flags with urfave/cli on Go's flag package: `--service-cidr value`, `--service-cidr=value` and the
// single-dash spellings are all accepted (Go flag: "One or two dashes may be used; they are equivalent"), and
// `service-cidr` / `cluster-cidr` are StringSlice flags (k3s-io/k3s pkg/cli/cmds/server.go ServiceCIDR,
// ClusterCIDR: `cli.StringSliceFlag`), so repeated occurrences accumulate ("a,b"). The default service CIDR is
// 10.43.0.0/16 (k3s-io/k3s pkg/cli/cmds/server.go `Usage: "(networking) IPv4/IPv6 network CIDRs to use for service
// IPs (default: 10.43.0.0/16)"`, applied in pkg/daemons/config defaults; RKE2 the same, docs.rke2.io).
//
// INSTALL_K3S_EXEC (get.k3s.io install.sh): "Command with flags to use for launching k3s in the systemd service,
// if the command is not specified will default to 'agent' if K3S_URL is set or 'server' if not. The final systemd
// command resolves to a combination of EXEC and script args ($@)": a fragment of the command line, so a flag it
// does not carry is not a default (the script args or config.yaml may carry it).

import type { Extraction, Problem, Setting, SettingRole } from '../../model.js';
import { K3S_DEFAULT_SERVICE_CIDR, K3S_DUAL_STACK_IMMUTABLE } from '../distributions/k3s.js';
import { settingMaker } from '../toolkit/read-values.js';
import { findTemplateExpression } from '../toolkit/templates.js';
import type { Source } from '../toolkit/yaml-source.js';
import { tokenizeShell, type Arg } from './2a-tokenise-shell.js';
import { programIndex, programName } from './2b-find-invocations.js';
import { variablePath } from './4-invocation-settings.js';

const FORMAT = 'k3s';
/** The group of the k3s config.yaml reader (distributions/k3s.ts idOf([])): one k3s server's settings. */
const K3S_GROUP = 'k3s/config';
export const INSTALL_K3S_EXEC_LINE = /(?:^|[\s;&|(])(?:export[ \t]+)?INSTALL_K3S_EXEC=/;
/**
 * INSTALL_RKE2_EXEC is not read like INSTALL_K3S_EXEC. rancher/rke2 install.sh (9d03d45, setup_env):
 * "INSTALL_RKE2_EXEC: This is an alias for INSTALL_RKE2_TYPE, included for compatibility with K3s. If both are set,
 * INSTALL_RKE2_TYPE is preferred" (`INSTALL_RKE2_TYPE="${INSTALL_RKE2_EXEC:-server}"`): it only picks the rke2-server
 * or rke2-agent package, and the unit the tarball or RPM ships runs `rke2 server` without flags. Flags written in
 * it never reach rke2 (only the early installer copied from k3s's, e.g. 00f69cf, passed them on), so they are listed as a
 * problem that says where the range is really set, never read as the range.
 */
export const INSTALL_RKE2_EXEC_LINE = /(?:^|[\s;&|(])(?:export[ \t]+)?INSTALL_RKE2_EXEC=/;

/** The arguments after `k3s server` / `rke2 server` in one argv, or null when it runs no k3s/RKE2 server. */
export function k3sServerArgs(argv: readonly Arg[]): { program: Arg; distribution: 'k3s' | 'rke2'; args: Arg[] } | null {
  const i = programIndex(argv);
  const program = argv[i];
  if (!program) return null;
  const name = programName(program.text);
  if (name !== 'k3s' && name !== 'rke2') return null;
  if (argv[i + 1]?.text !== 'server') return null;
  return { program, distribution: name, args: argv.slice(i + 2) };
}

interface FlagValue {
  value: string;
  arg: Arg;
  from: number;
}

/** Every occurrence of a StringSlice flag (`--name=v`, `--name v`, single dash too), in order. */
function readSlice(args: readonly Arg[], name: string): { values: FlagValue[]; opaque: Arg[] } {
  const values: FlagValue[] = [];
  const opaque: Arg[] = [];
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (t === '--') break;
    if (args[i].opaque) opaque.push(args[i]);
    const m = /^--?([A-Za-z0-9-]+)(=?)/.exec(t);
    if (!m || m[1] !== name) continue;
    if (m[2] === '=') values.push({ value: t.slice(m[0].length), arg: args[i], from: m[0].length });
    else if (i + 1 < args.length) {
      values.push({ value: args[i + 1].text, arg: args[i + 1], from: 0 });
      i++;
    }
  }
  return { values, opaque };
}

/**
 * Settings of one k3s/RKE2 server command line. `fragment`: the arguments are only part of the command line
 * (INSTALL_K3S_EXEC), so an absent flag is unknown rather than the default.
 */
export function k3sServerSettings(source: Source, label: string, program: Arg, args: readonly Arg[], fragment: boolean): Extraction {
  const make = settingMaker({ format: FORMAT, group: K3S_GROUP });
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  const id = `k3s/${label}`;
  const read = (flag: 'service-cidr' | 'cluster-cidr', role: SettingRole) => {
    const { values, opaque } = readSlice(args, flag);
    const setting = `--${flag}`;
    for (const v of values) {
      const hidden = v.arg.unresolved?.[0];
      const expression = hidden ? null : findTemplateExpression(v.value);
      if (hidden || expression) {
        const p = source.position(hidden ? hidden.useOffset : v.arg.offsets[v.from]);
        const problem: Problem = {
          line: p.line,
          column: p.column,
          message: hidden
            ? `${setting} of the k3s/RKE2 server reads ${hidden.written}, which cannot be resolved here: ${hidden.reason}`
            : `${setting} is templated (${expression}): the Service range cannot be read until the template is rendered`,
          hidesRange: role === 'service-range',
          setting,
          format: FORMAT,
        };
        if (hidden?.definitionOffsets.length) problem.reachedFrom = hidden.definitionOffsets.map((o) => source.position(o).line);
        if (hidden?.files?.length) {
          problem.fromFiles = hidden.files;
          problem.variables = [hidden.name];
        }
        problems.push(problem);
        return;
      }
    }
    if (values.length === 0) {
      if (role !== 'service-range' || fragment) return;
      if (opaque.length > 0) {
        // An expansion may carry the flag; said only where the text names it (else the range is config.yaml's).
        if (!/service-cidr/i.test(source.text)) return;
        const p = source.position(opaque[0].offsets[0]);
        problems.push({
          line: p.line,
          column: p.column,
          message: `${setting} of the k3s/RKE2 server may be set by ${opaque[0].text}, expanded outside this file`,
          hidesRange: true,
          setting,
          format: FORMAT,
        });
        return;
      }
      settings.push(
        make({
          subject: `${id}/${role}`,
          role,
          component: 'platform',
          setting,
          value: K3S_DEFAULT_SERVICE_CIDR,
          origin: 'default',
          span: source.span(program.offsets[0], program.offsets[program.text.length]),
          defaultNote: 'k3s/RKE2 default when --service-cidr is not given (docs.k3s.io/cli/server)',
        }),
      );
      return;
    }
    const value = values.map((v) => v.value).join(',');
    const first = values[0];
    const last = values[values.length - 1];
    const through = values.length === 1 ? variablePath(source, `the k3s/RKE2 server ${setting}`, first.arg, first.from, first.from > 0) : null;
    const span = through?.span ?? source.span(first.arg.offsets[first.from], last.arg.offsets[last.arg.text.length]);
    const s = make({ subject: `${id}/${role}`, role, component: 'platform', setting, value, origin: 'explicit', span });
    if (through) s.reachedThrough = through.reachedThrough;
    if (role === 'service-range' && value.includes(',')) s.immutable = K3S_DUAL_STACK_IMMUTABLE;
    settings.push(s);
  };
  read('service-cidr', 'service-range');
  read('cluster-cidr', 'pod-range');
  return { settings, problems };
}

/**
 * INSTALL_K3S_EXEC="…" on one logical line (text from the value on, with file offsets): the installer's server
 * flags, or null when the value runs an agent.
 */
export function installExecArgs(text: string, offsets: number[]): { program: Arg; args: Arg[] } | null {
  const value = tokenizeShell(text, offsets).find((t) => !t.operator);
  if (!value) return null;
  const words = tokenizeShell(value.text, value.offsets).filter((t) => !t.operator);
  // "if the command is not specified will default to 'agent' if K3S_URL is set or 'server' if not".
  if (words[0] && !words[0].text.startsWith('-') && words[0].text !== 'server') return null;
  const args = words[0]?.text === 'server' ? words.slice(1) : words;
  const program: Arg = { text: value.text, offsets: value.offsets };
  return { program, args };
}

/**
 * A problem for each `--service-cidr` / `--cluster-cidr` written in INSTALL_RKE2_EXEC (see INSTALL_RKE2_EXEC_LINE):
 * the installer ignores them, so the range they seem to set is not the cluster's.
 */
export function installRke2ExecProblems(source: Source, lines: readonly string[], starts: readonly number[]): Problem[] {
  const problems: Problem[] = [];
  for (let li = 0; li < lines.length; li++) {
    const m = INSTALL_RKE2_EXEC_LINE.exec(lines[li]);
    if (!m) continue;
    const rest = lines[li].slice((m.index ?? 0) + m[0].length);
    const flag = /--?(service-cidr|cluster-cidr)\b/.exec(rest);
    if (!flag) continue;
    const p = source.position(starts[li] + (m.index ?? 0) + m[0].length + (flag.index ?? 0));
    problems.push({
      line: p.line,
      column: p.column,
      message: `INSTALL_RKE2_EXEC only chooses the rke2 service type (rancher/rke2 install.sh: an alias of INSTALL_RKE2_TYPE): its --${flag[1]} never reaches rke2 server and is not read as the range; set ${flag[1]} in /etc/rancher/rke2/config.yaml`,
      setting: `--${flag[1]}`,
      format: FORMAT,
    });
  }
  return problems;
}
