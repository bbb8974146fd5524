import { describe, expect, it } from '@jest/globals';
import { mayMentionServiceRange, removedLinesOf } from '../../src/prefilter.js';

describe('mayMentionServiceRange', () => {
  it.each([
    ['kube-apiserver flag', '    - --service-cluster-ip-range=10.96.0.0/12'],
    ['kubeadm', 'networking:\n  serviceSubnet: 10.96.0.0/12'],
    ['kubeadm apiVersion only', 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration'],
    ['kind Cluster', 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4'],
    ['kind ipFamily', 'networking:\n  ipFamily: dual'],
    ['k3s', 'service-cidr: 10.43.0.0/16'],
    ['k0s', 'network:\n  serviceCIDR: 10.96.0.0/12'],
    ['kops', 'serviceClusterIPRange: 100.64.0.0/13'],
    ['talos', 'serviceSubnets:\n  - 10.96.0.0/12'],
    ['openshift', 'serviceNetwork:\n- 172.30.0.0/16'],
    ['capi', 'services:\n  cidrBlocks: ["10.128.0.0/12"]'],
    ['eksctl', 'kubernetesNetworkConfig:\n  serviceIPv4CIDR: 172.20.0.0/16'],
    ['terraform', 'service_ipv4_cidr = "172.20.0.0/16"'],
    ['rke1', 'service_cluster_ip_range: 10.43.0.0/16'],
    ['kubespray', 'kube_service_addresses: 10.233.0.0/18'],
    ['env file upper case', 'KUBE_SERVICE_ADDRESSES=10.233.0.0/18'],
    ['kind: Cluster quoted', 'kind: "Cluster"'],
  ])('%s', (_name, text) => {
    expect(mayMentionServiceRange(text)).toBe(true);
  });

  it.each([
    ['readme', '# Hello\nSome docs about services.'],
    ['deployment', 'kind: Deployment\nspec:\n  replicas: 3'],
    ['kind: ClusterRole', 'kind: ClusterRole\nrules: []'],
    ['go code', 'func main() { fmt.Println("hi") }'],
  ])('%s does not match', (_name, text) => {
    expect(mayMentionServiceRange(text)).toBe(false);
  });

  it('keeps the removed lines of a patch, including a removed document separator', () => {
    const patch = '@@ -1,3 +1,2 @@\n a: 1\n-serviceSubnet: 10.96.0.0/12\n----\n+b: 2';
    expect(removedLinesOf(patch)).toBe('serviceSubnet: 10.96.0.0/12\n---');
  });
});
