// Rule metadata as data: one entry per rule id (SPEC §3). Messages with the facts of one finding are built
// in messages.ts from these texts; docs/rules.md and the reporters read this table too.

import type { Level, RuleId } from './model.js';

export interface RuleMeta {
  id: RuleId;
  defaultLevel: Level;
  title: string;
  /** When the rule fires (old -> new, canonical effective lists). */
  trigger: string;
  /** What kube-apiserver 1.33+ (ServiceCIDR controller) does with such a change. */
  apiserver: string;
  /** The one safe next step. */
  remediation: string;
  /** Upstream sources behind the rule. */
  sources: string[];
}

const SERVICECIDR_DOCS = 'https://kubernetes.io/docs/tasks/network/reconfigure-default-service-ip-ranges/';
const EXTEND_DOCS = 'https://kubernetes.io/docs/tasks/network/extend-service-ip-ranges/';
const CONTROLLER = 'kubernetes/kubernetes pkg/controlplane/controller/defaultservicecidr/default_servicecidr_controller.go';

export const RULES: Record<RuleId, RuleMeta> = {
  'dual-stack-upgrade': {
    id: 'dual-stack-upgrade',
    defaultLevel: 'notice',
    title: 'Single-stack to dual-stack, primary kept',
    trigger: 'one range becomes two; the first (primary) range is unchanged and the new second range is of the other IP family',
    apiserver:
      'supported: the apiserver adds the secondary range to the default ServiceCIDR "kubernetes" by itself (kubernetes/kubernetes#131261, fixed by #131263 in 1.33)',
    remediation:
      'roll the new value out to every kube-apiserver first, then kube-controller-manager, kube-proxy and the CNI, and give nodes pod CIDRs of both families',
    sources: [SERVICECIDR_DOCS, 'https://github.com/kubernetes/kubernetes/issues/131261', CONTROLLER],
  },
  'family-reduction': {
    id: 'family-reduction',
    defaultLevel: 'error',
    title: 'Dual-stack to single-stack',
    trigger: 'two ranges become one; the primary range is kept and the secondary IP family is dropped',
    apiserver:
      'not applied: the ServiceCIDR "kubernetes" stays dual-stack, the apiserver logs "Inconsistent ServiceCIDR status" and emits a KubernetesDefaultServiceCIDRInconsistent event; Services of the dropped family keep their IPs',
    remediation:
      'keep the secondary range in the flag; to retire the family, first convert every dual-stack Service to single-stack and delete the secondary ServiceCIDR manually, following the "Kubernetes Default Service CIDR Reconfiguration" guide',
    sources: [SERVICECIDR_DOCS, CONTROLLER],
  },
  'primary-family-change': {
    id: 'primary-family-change',
    defaultLevel: 'error',
    title: 'Primary IP family changed',
    trigger: 'the first range changes IP family: IPv4 to IPv6, IPv6 to IPv4, the two ranges swapped, or only the secondary kept',
    apiserver:
      'not applied: the ServiceCIDR "kubernetes" keeps the old primary, the apiserver reports it as inconsistent, and creating Services fails because the primary family no longer matches; the apiserver may refuse to start when --advertise-address is of the other family',
    remediation:
      'keep the current primary range first; a change of the primary family needs a new cluster or a manual migration, it cannot be rolled out by changing the flag',
    sources: [SERVICECIDR_DOCS, CONTROLLER],
  },
  'primary-range-change': {
    id: 'primary-range-change',
    defaultLevel: 'error',
    title: 'Primary range changed',
    trigger: 'the primary range changes within its IP family: expanded, shrunk or moved',
    apiserver:
      'not applied: the ServiceCIDR "kubernetes" keeps the old range and is reported inconsistent; new Services still get IPs from the old range, and the kubernetes.default Service IP, the apiserver certificate SANs and the cluster DNS IP stay on the old range',
    remediation: 'keep the flag as it is and add the extra addresses as a new ServiceCIDR object (networking.k8s.io/v1, Kubernetes 1.33+)',
    sources: [SERVICECIDR_DOCS, EXTEND_DOCS, CONTROLLER],
  },
  'secondary-range-change': {
    id: 'secondary-range-change',
    defaultLevel: 'error',
    title: 'Secondary range changed',
    trigger: 'two ranges stay two with the same primary, and the secondary range changes',
    apiserver:
      'not applied: the secondary range of the ServiceCIDR "kubernetes" is immutable, so the old secondary stays in use and the object is reported inconsistent',
    remediation: 'keep the current secondary range; to add addresses of that family, create an additional ServiceCIDR object',
    sources: [SERVICECIDR_DOCS, CONTROLLER],
  },
  'invalid-range': {
    id: 'invalid-range',
    defaultLevel: 'error',
    title: 'Invalid Service range',
    trigger: 'the new value would be rejected by kube-apiserver, kubeadm or kind',
    apiserver: 'refuses to start (kube-apiserver), or the cluster is not created (kubeadm init, kind create cluster)',
    remediation: 'correct the value so that it parses and fits the limits quoted in the message',
    sources: [
      'kubernetes/kubernetes cmd/kube-apiserver/app/options/validation.go',
      'kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/validation/validation.go',
      'kubernetes-sigs/kind pkg/internal/apis/config/validate.go',
    ],
  },
  'non-canonical-range': {
    id: 'non-canonical-range',
    defaultLevel: 'notice',
    title: 'Range not in canonical form',
    trigger: 'the value equals a valid range but is not written canonically (host bits set, IPv6 upper case or uncompressed, leading zeros)',
    apiserver: 'no effect: the apiserver masks and normalises the value; kubectl get servicecidr shows the canonical form',
    remediation: 'write the canonical form so that reviews and diffs compare what the cluster will show',
    sources: ['Go net.IPNet.String(); k8s.io/utils/net ParseCIDRSloppy'],
  },
  'component-mismatch': {
    id: 'component-mismatch',
    defaultLevel: 'warning',
    title: 'Components disagree on the Service range',
    trigger:
      'in the new state, two components of one cluster config name different Service ranges (kube-controller-manager vs kube-apiserver, kops, RKE1)',
    apiserver:
      'kube-apiserver allocates from its own value; kube-controller-manager uses its value only to keep node pod CIDRs out of the Service range, so a mismatch silently gives wrong pod CIDRs',
    remediation: 'give kube-controller-manager (and every other component) exactly the kube-apiserver value',
    sources: ['kubernetes/kubernetes cmd/kube-controller-manager/app/core.go (node IPAM service CIDR exclusion)'],
  },
  'range-overlap': {
    id: 'range-overlap',
    defaultLevel: 'error',
    title: 'Service range overlaps the pod range',
    trigger: 'in the new state, the Service range overlaps the pod range of the same config (podSubnet, --cluster-cidr, cluster-cidr)',
    apiserver:
      'the apiserver does not check it; ClusterIPs then collide with pod IPs and traffic is routed to the wrong place ("must not overlap with any IP ranges assigned to nodes or pods")',
    remediation: 'choose Service and pod ranges that do not overlap',
    sources: ['kube-apiserver --service-cluster-ip-range help text'],
  },
  'immutable-platform-change': {
    id: 'immutable-platform-change',
    defaultLevel: 'error',
    title: 'Range change on a platform where it is fixed',
    trigger:
      'the range changes on a platform that fixes it at cluster creation (eksctl, OpenShift install-config, Terraform EKS/AKS/GKE, Cluster API KubeadmControlPlane, k3s/RKE2 dual-stack)',
    apiserver: 'the platform rejects the change or replaces the cluster',
    remediation: 'keep the value; plan a new cluster and a migration if the range must change',
    sources: ['platform documentation (see the message)'],
  },
  'unreadable-config': {
    id: 'unreadable-config',
    defaultLevel: 'warning',
    title: 'Service range setting cannot be read',
    trigger:
      'a changed file sets a Service range the gate cannot read — a templated value, or a whole file hidden by a limit, binary or undecodable content, a NUL byte its reader refuses, or a parser failure — and the change touches it. ' +
      'Levels: **error** when the change touches the hidden value on an existing file (a template expression changed, a literal became a template or back) or touches a range key that a limit, encoding or parse failure hides (also in an added file); ' +
      '**warning** for a templated value in an added file or a create-only (kind) config, where nothing running changes; **notice** for a deleted file. ' +
      'Nothing when the change does not touch it: an unchanged templated line draws no finding, and a limit reached away from the range key stays a listed problem',
    apiserver: 'unknown: the gate cannot see what the cluster will get',
    remediation:
      'render the template (or make the file readable: within the limits, UTF-8 or BOM-marked UTF-16/32 text, valid YAML) and check the rendered value; then have someone other than the author approve the change with the allow label',
    sources: [],
  },
  'config-removed': {
    id: 'config-removed',
    defaultLevel: 'notice',
    title: 'Cluster config removed',
    trigger:
      "only when an explicit Service range value disappears (its file, document or field is deleted) and the cluster's effective range changes or becomes unknown: a value that reappears in another changed file of the same cluster (moved and rewritten, split in two, or behind a symlink) is a move, classified by the change rules at its new line and silent when it is the same; a file that only defaulted the range draws nothing, and a config file commented out is classified against the default that then applies",
    apiserver: 'nothing changes in a running cluster: the range stays as it was; the config is simply no longer described in Git',
    remediation: 'make sure the cluster is decommissioned or described elsewhere before merging',
    sources: [],
  },
  'gate-config-change': {
    id: 'gate-config-change',
    defaultLevel: 'error',
    title: "The gate's own config file changed",
    trigger:
      'the pull request changes the service-cidr-guard config file (.github/service-cidr-guard.yml or the `config` input); error when the change weakens the gate (a rule lowered or turned off, an exclude added, paths narrowed, the Kubernetes version changed, the file made invalid), notice when it only strengthens it',
    apiserver:
      'nothing changes in the cluster; the gate keeps checking this pull request with the config of the base revision, and the new config takes effect after merge',
    remediation:
      'have someone other than the author approve the policy change (the allow-label applied by a maintainer or a listed approver), or make the config change in its own pull request',
    sources: ['SECURITY.md (threat model: policy comes from the base)'],
  },
  'servicecidr-immutable': {
    id: 'servicecidr-immutable',
    defaultLevel: 'error',
    title: 'ServiceCIDR object changed in place',
    trigger:
      'the spec.cidrs of an existing networking.k8s.io ServiceCIDR object change in any way other than adding the second IP family after the unchanged first entry (entries compared as text, like the apiserver); ' +
      'a warning when a change adds a manifest for the object named "kubernetes", which the apiserver creates and owns',
    apiserver:
      'refused: the update fails with "field is immutable" (ValidateServiceCIDRUpdate), kubectl apply and GitOps syncs fail, and the object keeps its ranges; the object "kubernetes" follows --service-cluster-ip-range and is reconciled by the apiserver',
    remediation:
      'leave the existing object as it is and add the new range as a new ServiceCIDR object with another name; delete the old object only when no Service uses its IPs',
    sources: [
      'kubernetes/kubernetes pkg/apis/networking/validation/validation.go (ValidateServiceCIDRUpdate)',
      'kubernetes/kubernetes pkg/registry/networking/servicecidr/strategy.go (ValidateUpdate)',
      CONTROLLER,
      EXTEND_DOCS,
    ],
  },
  'servicecidr-removed': {
    id: 'servicecidr-removed',
    defaultLevel: 'warning',
    title: 'ServiceCIDR object removed',
    trigger: 'a networking.k8s.io ServiceCIDR object (its file, or its document) is removed and does not reappear in another changed file',
    apiserver:
      'when the object is deleted, new ClusterIPs stop coming from it at once, but it stays Terminating (finalizer networking.k8s.io/service-cidr-finalizer, condition reason Terminating) until no Service holds an IP that only it contains; the object "kubernetes" is recreated by the apiserver from --service-cluster-ip-range',
    remediation:
      'before deleting the object, move or recreate the Services whose ClusterIPs lie in its ranges (kubectl get ipaddresses), or keep a ServiceCIDR that contains those ranges; never delete the object "kubernetes" to change the range without the "Kubernetes Default Service CIDR Reconfiguration" procedure',
    sources: [
      'kubernetes/kubernetes pkg/controller/servicecidrs/servicecidrs_controller.go (ServiceCIDRProtectionFinalizer, canDeleteCIDR)',
      'kubernetes/kubernetes pkg/registry/core/service/ipallocator/cidrallocator.go (syncAllocators: an allocator is ready only while its ServiceCIDR is not being deleted)',
      CONTROLLER,
      SERVICECIDR_DOCS,
    ],
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Rules that describe a change of an existing range (SPEC §3 rows decided by comparing old and new lists). */
export const CHANGE_RULES: readonly RuleId[] = [
  'dual-stack-upgrade',
  'family-reduction',
  'primary-family-change',
  'primary-range-change',
  'secondary-range-change',
];
