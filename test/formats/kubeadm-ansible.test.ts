import { describe, expect, it } from '@jest/globals';
import { kubeadmAnsibleFormat } from '../../src/formats/declared/kubeadm-ansible.js';
import { run, serviceRanges } from './run-format-corpus.js';

const vars = (extra: string): string => `kube_version: v1.30.2\ninit_opts: ""\nkubeadm_opts: ""\npod_network_cidr: "10.244.0.0/16"\n${extra}`;

describe('kairen/kubeadm-ansible group_vars', () => {
  it('reads service_cidr with the kubeadm profile and the version of kube_version', () => {
    const [s] = serviceRanges(run(kubeadmAnsibleFormat, vars('service_cidr: "10.96.0.0/12"\n')));
    expect([s.value, s.span.line, s.profile, s.kubernetesVersion, s.origin]).toEqual(['10.96.0.0/12', 5, 'kubeadm', '1.30', 'explicit']);
  });

  it('an absent service_cidr has no default (the play fails on an undefined variable)', () => {
    expect(serviceRanges(run(kubeadmAnsibleFormat, vars('')))).toEqual([]);
  });

  it.each([
    ['service_cidr alone', 'service_cidr: "10.96.0.0/12"\n'],
    ['without init_opts', 'kubeadm_opts: ""\npod_network_cidr: "10.244.0.0/16"\nservice_cidr: "10.96.0.0/12"\n'],
  ])('no signature, nothing read: %s', (_n, text) => {
    expect(run(kubeadmAnsibleFormat, text)).toEqual({ settings: [], problems: [] });
  });
});
