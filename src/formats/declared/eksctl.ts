// eksctl `ClusterConfig` (eksctl.io/v1alpha5): `kubernetesNetworkConfig.serviceIPv4CIDR` and `ipFamily`.
//
// Upstream: eksctl-io/eksctl pkg/apis/eksctl.io/v1alpha5/types.go (KubernetesNetworkConfig{IPFamily,
// ServiceIPv4CIDR}); the EKS CreateCluster API (kubernetesNetworkConfig.serviceIpv4Cidr): "If you don't
// specify a block, Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR
// blocks" and the value "can't be changed after the cluster is created"; in CloudFormation the property is
// "Update requires: Replacement". EKS also requires a private range between /12 and /24 (terraform-provider-aws
// validates IsCIDRNetwork(12, 24) + RFC 1918), which is stricter than the apiserver profile used here.
//
// Decision on absence: EKS picks one of two ranges from the VPC's addresses at creation, which the file
// does not determine, so an absent serviceIPv4CIDR yields no Setting at all (no default is knowable). The
// value of an existing cluster is then fixed; the engine sees a Setting appear or disappear and the
// `immutable` wording tells it the platform will not apply a change. With ipFamily IPv6 EKS assigns the
// IPv6 service range itself (no field to read).

import { declaredFormat, type YamlFormatDeclaration } from './yaml-declaration.js';

export const EKSCTL_IMMUTABLE = 'EKS does not allow changing the service IPv4 CIDR of an existing cluster';

export const EKSCTL: YamlFormatDeclaration = {
  id: 'eksctl',
  signature: { kind: 'ClusterConfig', apiVersionPrefix: 'eksctl.io/' },
  group: { name: ['metadata', 'name'], suffixes: [{ path: ['metadata', 'region'], prefix: '@' }] },
  kubernetesVersion: [['metadata', 'version']],
  immutable: EKSCTL_IMMUTABLE,
  fields: [
    // Absent: EKS picks 10.100.0.0/16 or 172.20.0.0/16 from the VPC's addresses; no default is knowable.
    { subject: 'kubernetesNetworkConfig', role: 'service-range', component: 'platform', path: ['kubernetesNetworkConfig', 'serviceIPv4CIDR'] },
    // With the VPC CNI pods take VPC addresses, so the VPC CIDR is the pod range the Service range must
    // not overlap (EKS: the service CIDR "must not overlap with ... your VPC").
    { subject: 'kubernetesNetworkConfig', role: 'pod-range', component: 'platform', path: ['vpc', 'cidr'] },
  ],
};

export const eksctlFormat = declaredFormat(EKSCTL);
