// The data that flows through the engine, in one place:
//   ChangedFile -> (per side) Extraction { settings, problems } -> pairing -> Finding -> reporters.
// Everything here is plain data so the core stays pure and testable with strings in, findings out.

/** Severity of a finding, most severe first. GitHub annotation levels use the same three words. */
export type Level = 'error' | 'warning' | 'notice';
export const LEVELS: readonly Level[] = ['error', 'warning', 'notice'];

export type RuleId =
  | 'dual-stack-upgrade'
  | 'family-reduction'
  | 'primary-family-change'
  | 'primary-range-change'
  | 'secondary-range-change'
  | 'invalid-range'
  | 'non-canonical-range'
  | 'component-mismatch'
  | 'range-overlap'
  | 'immutable-platform-change'
  | 'unreadable-config'
  // Not in SPEC §3's table, which only says a deleted config gets "a notice that the cluster config was
  // removed"; a finding needs a rule id, so that notice has its own.
  | 'config-removed'
  // Issue 10: the gate's own config file changed in the pull request; policy comes from the base (SPEC §9).
  | 'gate-config-change'
  // Issue 13: networking.k8s.io ServiceCIDR objects. The apiserver refuses an update of spec.cidrs other than
  // single -> dual-stack (ValidateServiceCIDRUpdate), and a deleted object stays Terminating while Services use it.
  | 'servicecidr-immutable'
  | 'servicecidr-removed';

/** 1-based positions in one file's text; endColumn is exclusive, as in SARIF. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Which program reads a value. Only kube-apiserver's value allocates ClusterIPs (SPEC §3 context rules). */
export type Component = 'kube-apiserver' | 'kube-controller-manager' | 'platform' | 'service-cidr-guard';

/**
 * How a value must be parsed and validated:
 * - apiserver: kube-apiserver flag (sloppy parse, >= 8 addresses, version-dependent size cap)
 * - kubeadm: kubeadm serviceSubnet (sloppy parse, >= 10 addresses, 20-bit cap always)
 * - kind: kind networking.serviceSubnet (strict parse, family must fit networking.ipFamily)
 * - servicecidr: networking.k8s.io ServiceCIDR spec.cidrs (strict, canonical; ValidateServiceCIDR)
 */
export type ValidationProfile = 'apiserver' | 'kubeadm' | 'kind' | 'servicecidr';

export type IpFamily = 'ipv4' | 'ipv6';

/** What a Setting's value means. */
export type SettingRole =
  | 'service-range' // decides (or, for the controller-manager, mirrors) the Service IP range
  | 'pod-range' // podSubnet / --cluster-cidr: must not overlap the service range
  | 'advertise-address' // kube-apiserver --advertise-address / kubeadm localAPIEndpoint.advertiseAddress
  | 'dns-address'; // cluster DNS Service IP (k3s/RKE2 cluster-dns, AKS dns_service_ip): must lie in the service range

/**
 * One effective value read from one side of a file. Extractors return one Setting per (subject, role)
 * with overrides and defaults already resolved, so the classifier never needs to know a format.
 */
export interface Setting {
  /** Format id, e.g. 'kubeadm', 'kind', 'manifest', 'flags'. Appears in the JSON report. */
  format: string;
  /**
   * Identity used to pair old and new settings of one file: stable across reordering of documents,
   * e.g. 'kubeadm/ClusterConfiguration#0/kube-apiserver'. Must not contain line numbers.
   */
  subject: string;
  /**
   * Settings with the same group belong to one cluster config (one kubeadm document set, one kind
   * Cluster, one manifest directory...). Cross-component checks (mismatch, overlap, advertise family)
   * only compare settings of one group.
   */
  group: string;
  role: SettingRole;
  component: Component;
  /** Human name of the field that decided the value, e.g. 'networking.serviceSubnet', '--service-cluster-ip-range'. */
  setting: string;
  /** The effective value exactly as the component will see it (the default text when origin is 'default'). */
  value: string;
  origin: 'explicit' | 'default';
  /** Where the value stands; for a default, the parent key (or line 1) the finding should point at. */
  span: Span;
  profile: ValidationProfile;
  /** kind: ipFamily constraint for strict validation. */
  ipFamily?: IpFamily | 'dual';
  /** Create-only formats (kind): change classes are reported at notice level. */
  createOnly?: boolean;
  /** Platforms where the range is fixed at creation: the platform's own wording for what a change does. */
  immutable?: string;
  /** Kubernetes minor version the file targets, e.g. '1.33', from kubernetesVersion or an image tag. */
  kubernetesVersion?: string;
  /** Why the default applies, when origin is 'default' (e.g. 'kubeadm default when networking.serviceSubnet is absent'). */
  defaultNote?: string;
  /**
   * The value reached the setting through variables of the same file (issue 13): `span` is where the value is
   * written (the variable's definition), `use` where the setting reads it, `variables` their names, and
   * `description` says so for messages ("SVC_RANGE (line 3, which reaches kube-apiserver … on line 9)").
   */
  reachedThrough?: {
    variables: string[];
    use: Span;
    description: string;
    /**
     * Each variable's definition as written, and where: the change points at the one whose text changed. A
     * definition in another file (a sourced script, a unit's EnvironmentFile=) stands at the line of this file
     * that reads that file (`span`), and `origin` says where it is written.
     */
    definitions: { name: string; text: string; span: Span; origin?: { file: string; span: Span } }[];
  };
}

/** Something the engine could not read: never silent (SPEC: unreadable-config or a problem at a line). */
export interface Problem {
  line: number;
  column?: number;
  message: string;
  /**
   * When the problem hides a Service range setting (template in the value, malformed YAML in a file that
   * names a range key), it becomes an `unreadable-config` finding at this span rather than a plain problem.
   */
  hidesRange?: boolean;
  /**
   * With hidesRange: the component itself would refuse this (it would not start, kubeadm stops) or the reader
   * cannot tell which of several commands runs, so the unreadable-config finding is an error, not a warning.
   */
  blocking?: boolean;
  /** Setting name the problem concerns, when known. */
  setting?: string;
  format?: string;
  /**
   * Lines (1-based) of the assignments a hidden value is read through (a variable that cannot be resolved, issue
   * 13): a change to one of them touches the value as much as a change to its own line.
   */
  reachedFrom?: number[];
  /**
   * With hidesRange: the other repository files the hidden value depends on (a sourced vars file, an
   * EnvironmentFile=, issue 13), so that a change of one of them can be told to hide it (src/engine/variable-readers.ts).
   */
  fromFiles?: string[];
  /**
   * With fromFiles: the variables the hidden value is read through (`SVC` of `${SVC}`), so that a change of their
   * definitions in one of those files can be told apart from other edits there (src/engine/variable-readers.ts).
   */
  variables?: string[];
}

/** What a format extractor returns for one side of one file. */
export interface Extraction {
  settings: Setting[];
  problems: Problem[];
}

/** One side of a changed file. `text` is absent for an added (before) or deleted (after) file. */
export interface ChangedFile {
  path: string;
  /** Previous path for a rename. */
  previousPath?: string;
  before?: string;
  after?: string;
  /** The file could not be read as text (binary, too large...): a problem is reported, never a silent pass. */
  unreadableReason?: string;
  /**
   * Which sides could not be read as text (with unreadableReason). `before`/`after` then hold what could still be
   * read of them (an oversize file's head), or nothing.
   */
  unreadableSides?: ('before' | 'after')[];
  /** Non-fatal remarks of the change source (e.g. invalid UTF-8 replaced by U+FFFD); reported as problems. */
  notes?: string[];
  /**
   * Issue 13: for an overlay (systemd drop-in, k3s `config.yaml.d` file, kubeadm patch), the other files of its
   * stack (the base it overrides, the other overlays) at both revisions, as the change source read them
   * (src/overlays/stacks.ts contextPathsFor). Read with this file, never reported on by themselves. Absent = the
   * source reads no context (CLI diff mode): the file is read alone, as before.
   */
  context?: ContextFile[];
  /** The change source could not read the overlay's context (request budget, API fault): fail closed (SPEC §9). */
  contextUnreadable?: string;
  /**
   * Issue 13: the files this file reads variables from (a script's `source`/`.` file, a unit's EnvironmentFile=),
   * by repository path, at both revisions (src/formats/flags/variable-files.ts says which paths). A candidate
   * path that does not exist is listed with neither side. Absent = not read: those variables stay unresolved.
   */
  variableFiles?: ContextFile[];
  /**
   * Issue 13: unchanged files that read variables from this one (a script that sources it, a unit whose
   * EnvironmentFile= names it), at both revisions: this file is reported for the values it sends them.
   */
  variableReaders?: ContextFile[];
}

/** One file of an overlay's stack at both revisions; a side is absent when the file does not exist there. */
export interface ContextFile {
  path: string;
  before?: string;
  after?: string;
  /** Why a side that exists could not be read as text (binary, too large, cannot be read). */
  unreadable?: string;
}

export interface Finding {
  rule: RuleId;
  level: Level;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  format: string;
  component: Component;
  setting: string;
  /** Canonical lists; null where absent (added file, unparseable value). */
  before: string[] | null;
  after: string[] | null;
  message: string;
  remediation: string;
  suppressed: boolean;
  /** Why the finding is suppressed (inline comment reason, or the approval label). */
  suppressedBy?: string;
  /** Suppressed by an inline marker that the base side of the file does not have: the change itself adds it. */
  suppressionAdded?: boolean;
}

export interface FileProblem {
  file: string;
  line: number;
  message: string;
}

/** The JSON report, version 1 (SPEC §6). Field additions allowed; renames are not. */
export interface Report {
  version: 1;
  blocked: boolean;
  findings: Finding[];
  problems: FileProblem[];
  /** An addition to SPEC §6: changed files not read as cluster configs, per reason (src/file-kind.ts). */
  skipped?: SkippedFiles;
}

/** Why a changed file is not read as a cluster config (src/file-kind.ts). */
export type SkipReason = 'documentation' | 'source' | 'vendored' | 'unsupported';

/** Counts of skipped files, per reason; `unsupported` = text that no supported format claims. */
export interface SkippedFiles {
  files: number;
  documentation: number;
  source: number;
  vendored: number;
  unsupported: number;
}

export type FailOn = Level | 'never';

export interface EngineOptions {
  /** Kubernetes minor version ('1.33') used when a file does not say; undefined = newest rules (1.34+). */
  kubernetesVersion?: string;
  /** Per-rule level overrides from the config file; 'off' drops the rule. */
  ruleLevels?: Partial<Record<RuleId, Level | 'off'>>;
  /**
   * Repository path of the gate's own config file (default .github/service-cidr-guard.yml): a change to it is
   * reviewed as policy (gate-config-change), not read as a cluster config.
   */
  gateConfigPath?: string;
  /**
   * Paths a repository named explicitly (`paths`): read even when classified as documentation, program source or
   * vendored (src/file-kind.ts optInFromPaths).
   */
  optIn?: (path: string) => boolean;
  /**
   * Unchanged Terraform files of a directory, for variables defined next to a changed file (issue 13); see
   * src/formats/distributions/terraform-directory.ts ReadUnchangedDirectory. Without it, only the change is read.
   */
  readUnchangedDirectory?: (dir: string) => Iterable<{ path: string; text: string }> | undefined;
  /**
   * Issue 13: configs of the repository at the head that the change does not touch and that may set the cluster's
   * default Service range, for the overlap check of a changed ServiceCIDR object (src/changes/servicecidr-context.ts).
   * Called at most once, only when the change adds or changes a ServiceCIDR. Without it, only the change is read.
   */
  readRepositoryServiceRanges?: () => RepositoryConfigs | undefined;
}

/** Unchanged configs of the repository at the head (EngineOptions.readRepositoryServiceRanges). */
export interface RepositoryConfigs {
  files: { path: string; text: string }[];
  /** Said once in the report's problems when the search was cut short (a cap), so a silence is not read as "none". */
  note?: string;
}
