// Which changed files can be cluster configs (src/file-kind.ts, issue 11 item 1): decided by path and content.
import { describe, expect, it } from '@jest/globals';
import { classifyFile, describeSkipped, optInFromPaths, type FileKind, skippedByPath } from '../src/file-kind.js';

const KUBEADM = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/12\n';

describe('classifyFile', () => {
  it.each<[string, string | undefined, FileKind]>([
    // documentation, whatever it shows
    ['docs/dual-stack.md', KUBEADM, 'documentation'],
    ['userdocs/src/usage/vpc-networking.MD', KUBEADM, 'documentation'],
    ['site/content/docs/user/configuration.markdown', KUBEADM, 'documentation'],
    ['docs/setup.rst', '--service-cluster-ip-range=10.0.0.0/24', 'documentation'],
    ['docs/setup.adoc', '--service-cluster-ip-range=10.0.0.0/24', 'documentation'],
    ['website/index.html', '--service-cluster-ip-range=10.0.0.0/24', 'documentation'],
    ['hack/release.toml', '[notes]\n--service-cluster-ip-range', 'documentation'],
    ['docs/NOTES.txt', 'kube-apiserver --service-cluster-ip-range=10.0.0.0/24', 'documentation'],
    ['CHANGELOG', 'service-cidr: 10.43.0.0/16', 'documentation'],
    ['README', undefined, 'documentation'],
    ['chart/templates/NOTES.md.tmpl', undefined, 'documentation'],
    // program source, tests and generated code
    ['pkg/component/controller/apiserver.go', '"--service-cluster-ip-range": "10.96.0.0/12"', 'source'],
    ['pkg/component/controller/apiserver_test.go', KUBEADM, 'source'],
    ['api/v1/zz_generated.deepcopy.go', undefined, 'source'],
    ['cmd/tool/main.py', undefined, 'source'],
    ['web/src/app.tsx', undefined, 'source'],
    ['src/lib.rs', undefined, 'source'],
    ['src/Cluster.java', undefined, 'source'],
    ['native/flags.cc', undefined, 'source'],
    ['templates/config.go.tpl', undefined, 'source'],
    // no extension: the shebang decides
    ['hack/kube-apiserver', '#!/usr/bin/env python3\nimport sys\n', 'source'],
    ['hack/start-apiserver', '#!/usr/bin/env bash\nkube-apiserver --service-cluster-ip-range=10.0.0.0/24\n', 'config'],
    ['cluster/bin/kube-apiserver', '#!/bin/sh\nexec kube-apiserver --service-cluster-ip-range=10.0.0.0/24\n', 'config'],
    ['etc/sysconfig/apiserver', 'KUBE_SERVICE_ADDRESSES="--service-cluster-ip-range=10.254.0.0/16"\n', 'config'],
    // vendored trees
    ['vendor/k8s.io/api/core/v1/generated.pb.go', undefined, 'vendored'],
    ['vendor/sigs.k8s.io/kind/testdata/config.yaml', KUBEADM, 'vendored'],
    ['web/node_modules/pkg/README.md', undefined, 'vendored'],
    ['third_party/forked/cluster.yaml', KUBEADM, 'vendored'],
    // configs, wherever they live
    ['clusters/prod/kubeadm.yaml', KUBEADM, 'config'],
    ['docs/examples/kind-dual-stack.yaml', KUBEADM, 'config'],
    ['pkg/internal/apis/config/encoding/testdata/v1alpha4/valid.yaml', KUBEADM, 'config'],
    ['roles/kubernetes/control-plane/templates/kubeadm-config.v1beta4.yaml.j2', KUBEADM, 'config'],
    ['templates/kube-apiserver.manifest.j2', undefined, 'config'],
    ['kubeadm/kubevirtci-k8s-1.28-kubeadm.conf', KUBEADM, 'config'],
    ['kubekey-kubeadm-init.v1beta4', KUBEADM, 'config'],
    ['systemd/kube-apiserver.service', undefined, 'config'],
    ['infra/eks.tf', undefined, 'config'],
    ['openshift/install-config.json', undefined, 'config'],
    ['notes.yaml', KUBEADM, 'config'],
    ['./README.yaml', KUBEADM, 'config'],
  ])('%s is %s', (path, text, kind) => {
    expect(classifyFile(path, text)).toBe(kind);
  });
});

describe('optInFromPaths', () => {
  it.each<[string[], string, boolean]>([
    [['docs/**/*.md'], 'docs/install/kubeadm.md', true],
    [['docs/kube-apiserver.md'], 'docs/kube-apiserver.md', true],
    [['hack/*.py'], 'hack/start.py', true],
    [['hack/*.py'], 'hack/start.go', false],
    // a catch-all scopes the scan but does not ask for the docs and code inside it
    [['clusters/**'], 'clusters/README.md', false],
    [['**/*'], 'pkg/apiserver.go', false],
    [['clusters/*'], 'clusters/README.md', false],
    [['clusters/*.*'], 'clusters/README.md', false],
  ])('%j opts %s in: %s', (paths, path, expected) => {
    expect(optInFromPaths(paths)?.(path) ?? false).toBe(expected);
  });

  it('gives no hook when no glob is specific', () => {
    expect(optInFromPaths([])).toBeUndefined();
    expect(optInFromPaths(['**'])).toBeUndefined();
  });
});

describe('describeSkipped', () => {
  it('says how many files were skipped and why, in one line', () => {
    expect(describeSkipped({ files: 1204, documentation: 980, source: 200, vendored: 0, unsupported: 24 })).toBe(
      '1,204 files skipped: 980 documentation, 200 program source, 24 no supported format',
    );
    expect(describeSkipped({ files: 1, documentation: 0, source: 0, vendored: 1, unsupported: 0 })).toBe('1 file skipped: 1 vendored');
  });

  it('says nothing when nothing was skipped', () => {
    expect(describeSkipped({ files: 0, documentation: 0, source: 0, vendored: 0, unsupported: 0 })).toBeNull();
    expect(describeSkipped(undefined)).toBeNull();
  });
});

describe('skippedByPath: files whose contents need not be read', () => {
  it.each([
    [['docs/dual-stack.md'], undefined, true],
    [['vendor/k8s.io/api/core/v1/generated.pb.go'], undefined, true],
    [['vendor/github.com/x/config.yaml'], undefined, true],
    [['hack/start-apiserver'], undefined, false], // no extension: the shebang decides, so it must be read
    [['clusters/prod/kubeadm.yaml'], undefined, false],
    [['docs/kubeadm.yaml', 'docs/kubeadm.md'], undefined, false], // a rename is read when either path can be a config
    [['docs/kube-apiserver.md'], (p: string) => p === 'docs/kube-apiserver.md', false], // opted in through paths
  ] as const)('%j (opt-in: %p) → %p', (paths, optIn, expected) => {
    expect(skippedByPath(paths, optIn)).toBe(expected);
  });
});
