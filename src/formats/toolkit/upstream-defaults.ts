// The two upstream defaults several formats fall back to, defined once (SPEC §2). Distribution defaults that
// happen to share a value (k0s, Talos: 10.96.0.0/12) stay in their own files, each citing its own source.

/** kubeadm's default Service subnet: cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go DefaultServiceSubnet. */
export const KUBEADM_DEFAULT_SERVICE_SUBNET = '10.96.0.0/12';

/**
 * kube-apiserver's range when `--service-cluster-ip-range` is absent or empty: getServiceIPAndRanges() treats ""
 * as "nothing provided by user" and falls back to DefaultServiceIPCIDR = 10.0.0.0/24
 * (kubernetes/kubernetes pkg/kubeapiserver/options/options.go, applied in pkg/controlplane ServiceIPRange).
 */
export const APISERVER_DEFAULT_SERVICE_RANGE = '10.0.0.0/24';
