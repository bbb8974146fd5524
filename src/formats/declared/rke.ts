// RKE1 `cluster.yml` (also nested under `rancher_kubernetes_engine_config` in a Rancher v2 cluster file).
//
// Upstream rancher/rke:
// - cluster/defaults.go: DefaultServiceClusterIPRange = "10.43.0.0/16" for both
//   services.kube-api.service_cluster_ip_range and services.kube-controller.service_cluster_ip_range
//   (each defaulted on its own), DefaultClusterCIDR = "10.42.0.0/16", DefaultClusterDNSService = "10.43.0.10".
// - cluster/plan.go: "Override args if they exist, add additional args": `extra_args` of a service replace
//   the flag built from the typed field, so `extra_args.service-cluster-ip-range` wins.
// - RKE does not check that kube-api and kube-controller agree: the two are separate settings in one
//   group so the engine reports `component-mismatch`.
// RKE applies a changed flag on `rke up` like any apiserver restart: no platform immutability.

import { declaredFormat, type YamlFormatDeclaration } from './yaml-declaration.js';

export const RKE_DEFAULT_SERVICE_RANGE = '10.43.0.0/16';
export const RKE_DEFAULT_CLUSTER_CIDR = '10.42.0.0/16';
export const RKE_DEFAULT_DNS = '10.43.0.10';

export const RKE: YamlFormatDeclaration = {
  id: 'rke',
  // cluster.yml has no kind (a document with one is some other object that happens to have `services`);
  // RKE1's hyphenated service keys tell it from RKE2 and others.
  signature: { kind: null, anyKeyUnder: { path: ['services'], keys: ['kube-api', 'kube-controller'] } },
  roots: [
    { path: ['rancher_kubernetes_engine_config'], settingPrefix: 'rancher_kubernetes_engine_config.' },
    { path: [], settingPrefix: '' },
  ],
  group: { name: ['cluster_name'] },
  kubernetesVersion: [['kubernetes_version'], ['system_images', 'kubernetes']],
  // `extra_args` of a service replace the flag built from the typed field (cluster/plan.go); an empty value
  // is defaulted like an absent one (setDefaultIfEmpty).
  fields: [
    {
      subject: 'kube-api',
      role: 'service-range',
      component: 'kube-apiserver',
      path: ['services', 'kube-api', 'service_cluster_ip_range'],
      override: ['services', 'kube-api', 'extra_args', 'service-cluster-ip-range'],
      default: {
        value: RKE_DEFAULT_SERVICE_RANGE,
        note: 'RKE default when services.kube-api.service_cluster_ip_range is absent or empty (rancher/rke cluster/defaults.go)',
      },
    },
    {
      subject: 'kube-controller',
      role: 'service-range',
      component: 'kube-controller-manager',
      path: ['services', 'kube-controller', 'service_cluster_ip_range'],
      override: ['services', 'kube-controller', 'extra_args', 'service-cluster-ip-range'],
      default: {
        value: RKE_DEFAULT_SERVICE_RANGE,
        note: 'RKE default when services.kube-controller.service_cluster_ip_range is absent or empty (rancher/rke cluster/defaults.go)',
      },
    },
    {
      subject: 'kube-controller',
      role: 'pod-range',
      component: 'kube-controller-manager',
      path: ['services', 'kube-controller', 'cluster_cidr'],
      override: ['services', 'kube-controller', 'extra_args', 'cluster-cidr'],
      default: {
        value: RKE_DEFAULT_CLUSTER_CIDR,
        note: 'RKE default when services.kube-controller.cluster_cidr is absent or empty (rancher/rke cluster/defaults.go)',
      },
    },
    {
      subject: 'kubelet',
      role: 'dns-address',
      component: 'platform',
      path: ['services', 'kubelet', 'cluster_dns_server'],
      override: ['services', 'kubelet', 'extra_args', 'cluster-dns'],
      default: {
        value: RKE_DEFAULT_DNS,
        note: 'RKE default when services.kubelet.cluster_dns_server is absent or empty (rancher/rke cluster/defaults.go)',
      },
    },
  ],
};

export const rkeFormat = declaredFormat(RKE);
