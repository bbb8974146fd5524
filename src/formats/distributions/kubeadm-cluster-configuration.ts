// The fields of one kubeadm ClusterConfiguration that decide the Service range, the pod range and the
// apiserver's advertise address, read with positions. Shared by the kubeadm extractor and by kind, whose
// kubeadmConfigPatches are ClusterConfiguration fragments (kubernetes-sigs/kind pkg/internal/patch).

import type { Span } from '../../model.js';
import { lookup, parseKubernetesMinor, readExtraArg, readField, type DocContext, type FieldRead } from '../toolkit/read-values.js';
import { scalarText } from '../toolkit/yaml-source.js';

/** The flag kube-apiserver and kube-controller-manager both take (SPEC §1). */
export const SERVICE_RANGE_FLAG = 'service-cluster-ip-range';
/** kube-controller-manager's pod range flag, which kubeadm fills from networking.podSubnet. */
export const CLUSTER_CIDR_FLAG = 'cluster-cidr';
export const ADVERTISE_ADDRESS_FLAG = 'advertise-address';

/** Fields of one ClusterConfiguration (or patch fragment); undefined = the key is not there. */
export interface ClusterFields {
  serviceSubnet?: FieldRead;
  podSubnet?: FieldRead;
  apiServerRange?: FieldRead;
  apiServerAdvertise?: FieldRead;
  controllerManagerRange?: FieldRead;
  controllerManagerClusterCidr?: FieldRead;
  /** Raw kubernetesVersion text and its minor version. */
  kubernetesVersion?: string;
  kubernetesMinor?: string;
  clusterName?: string;
  /** Where `networking:` stands, for findings about a defaulted range. */
  networkingKey?: Span;
}

export function readClusterFields(ctx: DocContext, root: unknown): ClusterFields {
  const { doc } = ctx;
  const fields: ClusterFields = {};
  const networking = lookup(doc, root, 'networking');
  if (networking) {
    fields.networkingKey = ctx.spanOf(networking.key);
    fields.serviceSubnet = readField(ctx, networking.value, 'serviceSubnet', 'networking.serviceSubnet');
    fields.podSubnet = readField(ctx, networking.value, 'podSubnet', 'networking.podSubnet');
  }
  const apiServer = lookup(doc, root, 'apiServer')?.value;
  fields.apiServerRange = readExtraArg(ctx, apiServer, SERVICE_RANGE_FLAG, 'apiServer');
  fields.apiServerAdvertise = readExtraArg(ctx, apiServer, ADVERTISE_ADDRESS_FLAG, 'apiServer');
  const controllerManager = lookup(doc, root, 'controllerManager')?.value;
  fields.controllerManagerRange = readExtraArg(ctx, controllerManager, SERVICE_RANGE_FLAG, 'controllerManager');
  fields.controllerManagerClusterCidr = readExtraArg(ctx, controllerManager, CLUSTER_CIDR_FLAG, 'controllerManager');
  const version = scalarText(lookup(doc, root, 'kubernetesVersion')?.value ?? null);
  if (version !== null) {
    fields.kubernetesVersion = version;
    fields.kubernetesMinor = parseKubernetesMinor(version);
  }
  const name = scalarText(lookup(doc, root, 'clusterName')?.value ?? null);
  if (name !== null && name.trim() !== '') fields.clusterName = name;
  return fields;
}
