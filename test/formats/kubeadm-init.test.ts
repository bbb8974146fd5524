// `kubeadm init --service-cidr` in shell scripts (src/formats/flags/kubeadm-init-flags.ts): which command lines are
// read, pflag's spellings, the default, and the script variables the value comes through.

import { describe, expect, it } from '@jest/globals';
import { flagTextFormat } from '../../src/formats/flags/text-carriers-format.js';
import { Source } from '../../src/formats/toolkit/yaml-source.js';

function read(script: string) {
  const r = flagTextFormat.extract(new Source('bootstrap.sh', `#!/bin/sh\n${script}`));
  const service = r.settings.filter((s) => s.format === 'kubeadm' && s.role === 'service-range');
  return { r, service: service.map((s) => [s.value, s.origin, s.span.line, s.createOnly]) };
}

describe('kubeadm init in a script', () => {
  it.each([
    ['--flag=value', 'kubeadm init --service-cidr=10.100.0.0/16'],
    ['--flag value', 'kubeadm init --service-cidr 10.100.0.0/16'],
    ['a wrapper and a global flag before init', 'sudo kubeadm -v=5 init --service-cidr=10.100.0.0/16'],
    ['the last occurrence wins (pflag StringVar)', 'kubeadm init --service-cidr=10.1.0.0/16 --service-cidr=10.100.0.0/16'],
  ])('reads %s', (_n, line) => {
    expect(read(line).service).toEqual([['10.100.0.0/16', 'explicit', 2, true]]);
  });

  it("is kubeadm's default 10.96.0.0/12 when the flag is absent, at the init word", () => {
    expect(read('kubeadm init --pod-network-cidr=10.244.0.0/16').service).toEqual([['10.96.0.0/12', 'default', 2, true]]);
  });

  it.each([
    ['--config: the file decides', 'kubeadm init --config kubeadm.yaml'],
    ['--config=', 'kubeadm init --config=kubeadm.yaml --upload-certs'],
    ['a phase of an existing node', 'kubeadm init phase control-plane apiserver --service-cidr=10.100.0.0/16'],
    ['another subcommand', 'kubeadm join 10.0.0.1:6443 --token abc'],
    ['a command that only prints it', 'echo kubeadm init --service-cidr=10.100.0.0/16'],
  ])('reads nothing for %s', (_n, line) => {
    expect(read(line).service).toEqual([]);
  });

  it('follows a variable to its definition and names where it reaches', () => {
    const { r, service } = read('SVC="10.100.0.0/16"\nkubeadm init --service-cidr="$SVC"');
    expect(service).toEqual([['10.100.0.0/16', 'explicit', 2, true]]);
    expect(r.settings.find((s) => s.format === 'kubeadm')?.reachedThrough?.description).toBe(
      'SVC (line 2, which reaches kubeadm init --service-cidr on line 3)',
    );
  });

  it('a variable set only in a branch hides the range (fail closed), with the assignment lines', () => {
    const { r, service } = read('if [ -n "$BIG" ]; then SVC=10.0.0.0/8; fi\nkubeadm init --service-cidr="$SVC"');
    expect(service).toEqual([]);
    expect(r.problems.filter((p) => p.hidesRange && p.format === 'kubeadm').map((p) => [p.line, p.reachedFrom])).toEqual([[3, [2]]]);
  });
});
