// Overlays (issue 13): files that override a base configuration kept elsewhere in the repository. Pure path
// logic only: which stack a changed file belongs to, and which other paths a change source must read (at both
// revisions) so that the engine can compare the effective value of the whole stack (src/overlays/effective.ts).
//
// Three kinds, each applied in the order its program applies them:
// - systemd drop-ins `<dir>/X.service.d/*.conf` over the unit `<dir>/X.service`: "drop-in files ... are
//   parsed after the main unit file itself", all `.conf` files of the `.d` directories "sorted by their
//   filename" (systemd.unit(5) "Description", drop-in directories). Read as one unit: the unit's lines, then
//   each drop-in's, so an empty `ExecStart=` in a drop-in resets the unit's list (systemd.service(5) ExecStart=).
// - k3s/RKE2 `<dir>/config.yaml.d/*.yaml|*.yml` over `<dir>/config.yaml`: k3s pkg/configfilearg/parser.go
//   dotDFiles (os.ReadDir order, i.e. sorted by name; `.yaml`/`.yml`, case-insensitive) and readConfigFile
//   (config.yaml first, then the drop-ins; a later file's key replaces an earlier one's).
// - kubeadm `--patches` files `<target>[suffix][+<patchtype>].(yaml|json)` (kubernetes
//   cmd/kubeadm/app/util/patches/patches.go parseFilename: target among the known targets, patch type
//   json|merge|strategic, strategic by default; getPatchSetsFromPath walks the directory in lexical order and
//   patches are applied in that order). Their base is what they patch: the static Pod manifest or the kubeadm
//   config it is generated from. A repository keeps it beside the patch directory, so the search (documented
//   in docs/limits.md) is the patch directory's parent: `<target>.yaml`, `manifests/<target>.yaml`, then the
//   kubeadm config files `kubeadm.yaml`, `kubeadm-config.yaml`, `kubeadm-init.yaml`, `kubeadm-config.yml`,
//   `kubeadm.yml`; the first one that exists at a revision is the base there.

export type OverlayKind = 'systemd-drop-in' | 'k3s-config-d' | 'kubeadm-patch';

export interface OverlayStack {
  kind: OverlayKind;
  /** Identity of the stack: the same for every member (the overlay directory plus, for kubeadm, the target). */
  key: string;
  /** Directory holding the overlays (repository path, no trailing slash; '' = the root). */
  dir: string;
  /** Base candidates in search order: the first that exists at a revision is the base at that revision. */
  bases: string[];
  /** Does a file name in `dir` belong to the stack (as an overlay)? */
  isMember(name: string): boolean;
  /** kubeadm: the patched component (kube-apiserver, kube-controller-manager). */
  target?: string;
}

/** kubeadm patch targets that carry a Service range flag (the others cannot set it). */
const KUBEADM_TARGETS = ['kube-apiserver', 'kube-controller-manager'] as const;
/** patches.go: `^(target)([^.+\n]*)?(\+)?(json|merge|strategic)?` on a name matching `.+\.(json|yaml)$`. */
const KUBEADM_PATCH = /^(kube-apiserver|kube-controller-manager)([^.+\n]*)?(\+(json|merge|strategic))?\.(json|yaml)$/;
const KUBEADM_CONFIGS = ['kubeadm.yaml', 'kubeadm-config.yaml', 'kubeadm-init.yaml', 'kubeadm-config.yml', 'kubeadm.yml'];

function split(path: string): { dir: string; name: string } {
  const i = path.lastIndexOf('/');
  return i < 0 ? { dir: '', name: path } : { dir: path.slice(0, i), name: path.slice(i + 1) };
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** The stack a path is an overlay of, or undefined. */
export function overlayStackOf(path: string): OverlayStack | undefined {
  const { dir, name } = split(path);
  const parent = split(dir);
  // systemd: <dir>/X.service.d/NAME.conf → <dir>/X.service
  const unit = /^(.+\.service)\.d$/.exec(parent.name);
  if (unit && name.endsWith('.conf')) {
    return { kind: 'systemd-drop-in', key: `systemd:${dir}`, dir, bases: [join(parent.dir, unit[1])], isMember: (n) => n.endsWith('.conf') };
  }
  // k3s/RKE2: <dir>/config.yaml.d/NAME.yaml → <dir>/config.yaml
  if (parent.name === 'config.yaml.d' && /\.ya?ml$/i.test(name)) {
    return { kind: 'k3s-config-d', key: `k3s:${dir}`, dir, bases: [join(parent.dir, 'config.yaml')], isMember: (n) => /\.ya?ml$/i.test(n) };
  }
  const patch = KUBEADM_PATCH.exec(name);
  if (patch) {
    const target = patch[1];
    const up = parent.dir;
    const bases = [join(up, `${target}.yaml`), join(up, `manifests/${target}.yaml`), ...KUBEADM_CONFIGS.map((c) => join(up, c))];
    // A patch directory at the repository root has no parent to search.
    return {
      kind: 'kubeadm-patch',
      key: `kubeadm:${dir}:${target}`,
      dir,
      bases: dir === '' ? [] : bases,
      isMember: (n) => KUBEADM_PATCH.exec(n)?.[1] === target,
      target,
    };
  }
  return undefined;
}

export { KUBEADM_TARGETS };

/** What a change source reads so that the engine sees the stacks of the changed overlays. */
export interface ContextRequest {
  /** Overlay directories to list at both revisions (their members are then read). */
  dirs: string[];
  /** Base candidates to read at both revisions that are not themselves in the change. */
  paths: string[];
  /** Every stack of a changed overlay, by key. */
  stacks: Map<string, OverlayStack>;
}

/**
 * The context request of a change: for each changed overlay, the base candidates it overrides that are not in
 * the change, and the overlay directory whose other members must be read too. Pure; the change source does the
 * reading (git: `git ls-tree` + `git cat-file`; API: one GraphQL listing and one blob batch; CLI diff: none).
 */
export function contextPathsFor(changedPaths: readonly string[]): ContextRequest {
  const changed = new Set(changedPaths);
  const stacks = new Map<string, OverlayStack>();
  for (const p of changedPaths) {
    const s = overlayStackOf(p);
    if (s && !stacks.has(s.key)) stacks.set(s.key, s);
  }
  const dirs = [...new Set([...stacks.values()].map((s) => s.dir))];
  const paths = [...new Set([...stacks.values()].flatMap((s) => s.bases))].filter((p) => !changed.has(p));
  return { dirs, paths, stacks };
}

/**
 * The members of a stack found in its directory's listing (names), as repository paths in the order the
 * program applies them (byte order of the names: Go's os.ReadDir and systemd both sort by name).
 */
export function membersOf(stack: OverlayStack, names: readonly string[]): string[] {
  return names
    .filter((n) => stack.isMember(n))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => join(stack.dir, n));
}
