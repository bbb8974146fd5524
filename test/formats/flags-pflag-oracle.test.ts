// DIFFERENTIAL: the flag reader against spf13/pflag itself (test/oracles/pflag, from Debian's
// golang-github-spf13-pflag-dev), configured like kube-apiserver (string flags, "_" normalised to "-", and
// cobra's refusal of positional arguments). Each argv is written as a systemd ExecStart= line and read by the
// flags format, as a changed file would be.

import { beforeAll, describe, expect, it } from '@jest/globals';
import { flagTextFormat } from '../../src/formats/flags/text-carriers-format.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import { buildOracle, type Oracle } from '../oracles/oracle.js';

const R = '--service-cluster-ip-range';
const ARGVS: string[][] = [
  [`${R}=10.96.0.0/12`],
  [`${R}`, '10.96.0.0/12'],
  [`${R}=10.96.0.0/12`, `${R}=10.100.0.0/16`],
  [`${R}=10.96.0.0/12`, '--service_cluster_ip_range=10.100.0.0/16'],
  [`${R}=10.96.0.0/12`, '--', `${R}=10.100.0.0/16`],
  ['--', `${R}=10.100.0.0/16`],
  [`${R}=10.96.0.0/12`, '--'],
  ['-service-cluster-ip-range=10.96.0.0/12'],
  [`${R}=10.96.0.0/12`, R],
  [R, '--v=2'],
  ['extra', `${R}=10.96.0.0/12`],
  [`${R}=`],
  ['--etcd-servers', `${R}=10.96.0.0/12`],
  ['--v=2', '--etcd-servers=https://e:2379'],
  ['--allow-privileged', `${R}=10.96.0.0/12`],
  ['--etcd-servers', 'https://e:2379', `${R}=10.96.0.0/12`],
  ['--advertise-address', `${R}=10.100.0.0/16`, `${R}=10.96.0.0/12`],
];

interface Outcome {
  value: string;
  set: boolean;
  args: string[];
  error?: string;
}

/** What the project reads from the argv: the explicit value, or why the apiserver would not start. */
function project(argv: string[]): { value?: string; refused?: string } {
  const line = `ExecStart=/usr/local/bin/kube-apiserver ${argv.map((a) => `'${a}'`).join(' ')}`;
  const r = flagTextFormat.extract(new Source('kube-apiserver.service', `[Service]\n${line}\n`));
  const refused = r.problems.find((p) => p.setting === R);
  if (refused) return { refused: refused.message };
  const s = r.settings.find((x) => x.role === 'service-range' && x.origin === 'explicit');
  return s ? { value: s.value } : {};
}

let oracle: Oracle | null = null;
let skipped: string | undefined;
let parsed: Outcome[] = [];

beforeAll(() => {
  ({ oracle, skipped } = buildOracle('pflag', ['github.com/spf13/pflag']));
  if (!oracle) {
    console.warn(`SKIPPED: the spf13/pflag differential test did not run: ${skipped}`);
    return;
  }
  parsed = oracle.run(ARGVS as unknown as string[]) as Outcome[];
}, 120_000);

describe('flags as spf13/pflag parses them (differential)', () => {
  it.each(ARGVS.map((a, i) => [a.join(' '), i] as const))('%s', (_name, i) => {
    if (!oracle) {
      console.warn(`SKIPPED (${ARGVS[i].join(' ')}): ${skipped}`);
      return;
    }
    const real = parsed[i];
    const mine = project(ARGVS[i]);
    const refusedByApiserver = real.error !== undefined || real.args.some((a) => a !== '');
    if (refusedByApiserver) {
      // pflag fails, or cobra refuses a positional argument: the apiserver does not start.
      expect(mine.refused).toBeDefined();
    } else {
      expect(mine.refused).toBeUndefined();
      // An empty value means the default (reported as origin "default", not explicit).
      expect(mine.value).toBe(real.set && real.value !== '' ? real.value : undefined);
    }
  });
});
