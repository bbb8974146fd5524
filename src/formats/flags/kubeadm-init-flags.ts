// `kubeadm init --service-cidr=…` on a command line of a shell script (issue 13), with the value read through the
// script's own variables like every other flag of a script (`SVC=10.96.0.0/12; kubeadm init --service-cidr="$SVC"`).
//
// Upstream kubernetes/kubernetes:
// - cmd/kubeadm/app/cmd/init.go AddInitConfigFlags: `--service-cidr` (options.NetworkingServiceSubnet) is a pflag
//   StringVar on ClusterConfiguration.Networking.ServiceSubnet, `--pod-network-cidr` (options.NetworkingPodSubnet)
//   on Networking.PodSubnet: `--flag=value` or `--flag value`, the last occurrence wins.
// - cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go: DefaultServicesSubnet = "10.96.0.0/12" when the flag is absent.
// - cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateMixedArguments: "can not mix '--config' with
//   arguments" for every flag but a short allow-list (not service-cidr): with `--config` the range is the config
//   file's, read by the kubeadm reader, so this reader says nothing about that command.
// - cmd/kubeadm/app/preflight/checks.go RunInitNodeChecks: `kubeadm init` refuses a node whose manifests exist
//   (FileAvailable) or whose apiserver port is taken (PortOpen), so a changed script only ever creates a cluster
//   (after `kubeadm reset`, a new one): the settings are create-only, as for `kops create cluster`.
// `kubeadm init phase …` (one phase of an existing node) is not read.

import type { Extraction, Problem, Setting, SettingRole } from '../../model.js';
import { settingMaker } from '../toolkit/read-values.js';
import { findTemplateExpression } from '../toolkit/templates.js';
import type { Source } from '../toolkit/yaml-source.js';
import type { Arg } from './2a-tokenise-shell.js';
import { programName } from './2b-find-invocations.js';
import { variablePath } from './4-invocation-settings.js';

const FORMAT = 'kubeadm';
const WRAPPERS = new Set(['exec', 'sudo', 'nohup', 'env', 'time', 'nice', 'setsid', 'command']);
/** kubeadm's default Service subnet (cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go DefaultServicesSubnet). */
export const KUBEADM_DEFAULT_SERVICE_SUBNET = '10.96.0.0/12';

/** The arguments after `kubeadm init`, or null when the command is not a whole `kubeadm init`. */
export function kubeadmInitArgs(argv: readonly Arg[]): { init: Arg; args: Arg[] } | null {
  let i = 0;
  while (i < argv.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i].text) || WRAPPERS.has(programName(argv[i].text)))) i++;
  if (!argv[i] || programName(argv[i].text) !== 'kubeadm') return null;
  // kubeadm's persistent flags may stand before the subcommand (`kubeadm -v=5 init`).
  let k = i + 1;
  while (k < argv.length && /^-/.test(argv[k].text)) k++;
  if (argv[k]?.text !== 'init') return null;
  const args = argv.slice(k + 1);
  if (args[0] && !args[0].text.startsWith('-') && args[0].text === 'phase') return null;
  return { init: argv[k], args };
}

interface FlagValue {
  arg: Arg;
  from: number;
}

/** The last occurrence of a pflag string flag (`--name=v`, `--name v`); pflag has no single-dash long flags. */
function lastFlag(args: readonly Arg[], name: string): FlagValue | null {
  let found: FlagValue | null = null;
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (t === '--') break;
    if (t === `--${name}` && i + 1 < args.length) found = { arg: args[++i], from: 0 };
    else if (t.startsWith(`--${name}=`)) found = { arg: args[i], from: name.length + 3 };
  }
  return found;
}

/** Settings of one `kubeadm init` command line (`n`: its rank in the file, for the group). */
export function kubeadmInitSettings(source: Source, init: Arg, args: readonly Arg[], n: number): Extraction {
  const settings: Setting[] = [];
  const problems: Problem[] = [];
  if (args.some((a) => a.text === '--config' || a.text.startsWith('--config='))) return { settings, problems };
  const group = `kubeadm/init${n > 0 ? `#${n + 1}` : ''}`;
  const make = settingMaker({ format: FORMAT, group, profile: 'kubeadm' });
  const read = (flag: 'service-cidr' | 'pod-network-cidr', role: SettingRole) => {
    const setting = `--${flag}`;
    const component = role === 'service-range' ? 'kube-apiserver' : 'kube-controller-manager';
    const found = lastFlag(args, flag);
    if (!found) {
      if (role !== 'service-range') return;
      settings.push(
        make({
          subject: `${group}/${role}`,
          role,
          component,
          setting,
          value: KUBEADM_DEFAULT_SERVICE_SUBNET,
          origin: 'default',
          span: source.span(init.offsets[0], init.offsets[init.text.length]),
          defaultNote: 'kubeadm default when --service-cidr is not given (cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go)',
          createOnly: true,
        }),
      );
      return;
    }
    const value = found.arg.text.slice(found.from);
    const hidden = found.arg.unresolved?.[0];
    const expression = hidden ? null : findTemplateExpression(value);
    if (hidden || expression) {
      const p = source.position(hidden ? hidden.useOffset : found.arg.offsets[found.from]);
      const problem: Problem = {
        line: p.line,
        column: p.column,
        message: hidden
          ? `kubeadm init ${setting} reads ${hidden.written}, which cannot be resolved here: ${hidden.reason}`
          : `kubeadm init ${setting} is templated (${expression}): the range cannot be read until the template is rendered`,
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
    const through = variablePath(source, `kubeadm init ${setting}`, found.arg, found.from, found.from > 0);
    const span = through?.span ?? source.span(found.arg.offsets[found.from], found.arg.offsets[found.arg.text.length]);
    const s = make({ subject: `${group}/${role}`, role, component, setting, value, origin: 'explicit', span, createOnly: true });
    if (through) s.reachedThrough = through.reachedThrough;
    settings.push(s);
  };
  read('service-cidr', 'service-range');
  read('pod-network-cidr', 'pod-range');
  return { settings, problems };
}
