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

import type { Component, SettingRole } from '../../model.js';
import { declaredFormat, type FieldDeclaration, type YamlFormatDeclaration } from './yaml-declaration.js';

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
    rkeField('kube-api', 'service-range', 'kube-apiserver', 'service_cluster_ip_range', 'service-cluster-ip-range', RKE_DEFAULT_SERVICE_RANGE),
    rkeField(
      'kube-controller',
      'service-range',
      'kube-controller-manager',
      'service_cluster_ip_range',
      'service-cluster-ip-range',
      RKE_DEFAULT_SERVICE_RANGE,
    ),
    rkeField('kube-controller', 'pod-range', 'kube-controller-manager', 'cluster_cidr', 'cluster-cidr', RKE_DEFAULT_CLUSTER_CIDR),
    rkeField('kubelet', 'dns-address', 'platform', 'cluster_dns_server', 'cluster-dns', RKE_DEFAULT_DNS),
  ],
};

export const rkeFormat = declaredFormat(RKE);

/** `services.<service>.<key>`, overridden by `services.<service>.extra_args.<flag>`, with RKE's default. */
function rkeField(service: string, role: SettingRole, component: Component, key: string, flag: string, value: string): FieldDeclaration {
  return {
    subject: service,
    role,
    component,
    path: ['services', service, key],
    override: ['services', service, 'extra_args', flag],
    default: { value, note: `RKE default when services.${service}.${key} is absent or empty (rancher/rke cluster/defaults.go)` },
  };
}
