// Issue 13: which changed files are overlays and what a change source must read for them (pure path logic).
import { describe, expect, it } from '@jest/globals';
import { contextPathsFor, membersOf, overlayStackOf } from '../src/overlays/stacks.js';

describe('overlayStackOf', () => {
  it('systemd drop-ins override the unit beside their .d directory', () => {
    const s = overlayStackOf('etc/systemd/system/kube-apiserver.service.d/10-override.conf');
    expect(s).toMatchObject({
      kind: 'systemd-drop-in',
      dir: 'etc/systemd/system/kube-apiserver.service.d',
      bases: ['etc/systemd/system/kube-apiserver.service'],
    });
    // Only .conf files are drop-ins (systemd.unit(5)).
    expect(overlayStackOf('etc/systemd/system/kube-apiserver.service.d/README.md')).toBeUndefined();
  });

  it('k3s/RKE2 config.yaml.d files (.yaml or .yml, any case) override config.yaml', () => {
    expect(overlayStackOf('etc/rancher/rke2/config.yaml.d/99-net.yml')).toMatchObject({
      kind: 'k3s-config-d',
      bases: ['etc/rancher/rke2/config.yaml'],
    });
    expect(overlayStackOf('etc/rancher/k3s/config.yaml.d/50-NET.YAML')?.kind).toBe('k3s-config-d');
    expect(overlayStackOf('etc/rancher/k3s/config.yaml.d/notes.txt')).toBeUndefined();
  });

  it('kubeadm patch names follow patches.go parseFilename: target, suffix, +patchtype, .yaml/.json', () => {
    for (const name of [
      'kube-apiserver.yaml',
      'kube-apiserver0+strategic.yaml',
      'kube-apiserver+json.json',
      'kube-apiserver0+merge.yaml',
      'kube-apiserver-extra.yaml',
    ]) {
      expect(overlayStackOf(`kubeadm/patches/${name}`)).toMatchObject({ kind: 'kubeadm-patch', target: 'kube-apiserver' });
    }
    expect(overlayStackOf('kubeadm/patches/kube-controller-manager+json.yaml')?.target).toBe('kube-controller-manager');
    // An unknown patch type after '+' is an error for kubeadm, another extension is ignored, other targets carry no range.
    for (const name of ['kube-apiserver+bogus.yaml', 'kube-apiserver.yml', 'etcd0+json.yaml', 'kube-scheduler.yaml']) {
      expect(overlayStackOf(`kubeadm/patches/${name}`)).toBeUndefined();
    }
    expect(overlayStackOf('kubeadm/patches/kube-apiserver0+strategic.yaml')?.bases).toEqual([
      'kubeadm/kube-apiserver.yaml',
      'kubeadm/manifests/kube-apiserver.yaml',
      'kubeadm/kubeadm.yaml',
      'kubeadm/kubeadm-config.yaml',
      'kubeadm/kubeadm-init.yaml',
      'kubeadm/kubeadm-config.yml',
      'kubeadm/kubeadm.yml',
    ]);
  });

  it('ordinary configs are no overlays', () => {
    for (const p of ['clusters/prod/kubeadm.yaml', 'etc/systemd/system/kube-apiserver.service', 'etc/rancher/k3s/config.yaml'])
      expect(overlayStackOf(p)).toBeUndefined();
  });
});

describe('contextPathsFor', () => {
  it('asks for nothing when the change has no overlay', () => {
    const r = contextPathsFor(['clusters/prod/kubeadm.yaml', 'README.md']);
    expect(r.dirs).toEqual([]);
    expect(r.paths).toEqual([]);
  });

  it('asks for the bases not in the change and the overlay directories, once per stack', () => {
    const r = contextPathsFor([
      'u/kube-apiserver.service.d/10-a.conf',
      'u/kube-apiserver.service.d/20-b.conf',
      'k/config.yaml.d/99-net.yaml',
      'k/config.yaml',
    ]);
    expect(r.dirs).toEqual(['u/kube-apiserver.service.d', 'k/config.yaml.d']);
    expect(r.paths).toEqual(['u/kube-apiserver.service']); // k/config.yaml is in the change
    expect(r.stacks.size).toBe(2);
  });

  it("orders a stack's members by name, as systemd and k3s apply them", () => {
    const s = overlayStackOf('k/config.yaml.d/50-x.yaml')!;
    expect(membersOf(s, ['99-z.yaml', '10-a.yml', 'notes.md', '50-x.yaml'])).toEqual([
      'k/config.yaml.d/10-a.yml',
      'k/config.yaml.d/50-x.yaml',
      'k/config.yaml.d/99-z.yaml',
    ]);
  });
});
