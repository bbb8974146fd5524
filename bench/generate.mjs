// Deterministic generators for the bench: the same seed always gives the same files, byte for byte, so runs on
// different machines measure the same change. Ordinary manifests look like what a monorepo PR touches
// (Deployments, Services, ConfigMaps) and name no Service range key; cluster configs are kubeadm
// ClusterConfigurations whose change is a family reduction (dual-stack -> IPv4 only: SPEC §3 `family-reduction`).

/** mulberry32: a tiny seeded PRNG (public domain); enough for varied but reproducible content. */
export function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEAMS = ['payments', 'search', 'identity', 'billing', 'catalog', 'ledger', 'edge', 'media'];
const KINDS = ['Deployment', 'Service', 'ConfigMap'];

/** An ordinary manifest (~1 KiB) of file `i`; `revision` changes the image tag, replicas and a config value. */
export function ordinaryManifest(i, revision) {
  const rnd = createRandom(i * 7919 + 17);
  const team = TEAMS[i % TEAMS.length];
  const name = `${team}-svc-${i}`;
  const kind = KINDS[i % KINDS.length];
  const labels = [`    app.kubernetes.io/name: ${name}`, `    app.kubernetes.io/part-of: ${team}`, `    tier: t${Math.floor(rnd() * 4)}`];
  if (kind === 'Service') {
    return [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      `  name: ${name}`,
      `  namespace: ${team}`,
      '  labels:',
      ...labels,
      'spec:',
      '  type: ClusterIP',
      '  selector:',
      `    app.kubernetes.io/name: ${name}`,
      '  ports:',
      ...Array.from({ length: 3 }, (_, p) =>
        [`    - name: port-${p}`, `      port: ${8000 + p + revision}`, `      targetPort: ${9000 + p}`].join('\n'),
      ),
      '',
    ].join('\n');
  }
  if (kind === 'ConfigMap') {
    return [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      `  name: ${name}-config`,
      `  namespace: ${team}`,
      '  labels:',
      ...labels,
      'data:',
      ...Array.from({ length: 12 }, (_, k) => `  setting_${k}: "${Math.floor(rnd() * 1e9).toString(36)}-r${revision}"`),
      '',
    ].join('\n');
  }
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${team}`,
    '  labels:',
    ...labels,
    'spec:',
    `  replicas: ${2 + ((i + revision) % 5)}`,
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app.kubernetes.io/name: ${name}`,
    '    spec:',
    '      containers:',
    `        - name: ${team}`,
    `          image: registry.example.com/${team}/${name}:1.${revision}.${Math.floor(rnd() * 100)}`,
    '          args: ["--port=8080", "--log-level=info"]',
    '          resources:',
    '            requests: { cpu: 100m, memory: 128Mi }',
    '            limits: { cpu: "1", memory: 512Mi }',
    '',
  ].join('\n');
}

/** kubeadm ClusterConfiguration of cluster `i`: dual-stack when `dual`, else the IPv4 primary alone. */
export function kubeadmConfig(i, dual) {
  const v4 = `10.${96 + (i % 100)}.0.0/16`;
  const v6 = `fd00:10:${(96 + i).toString(16)}::/112`;
  return [
    'apiVersion: kubeadm.k8s.io/v1beta4',
    'kind: ClusterConfiguration',
    'kubernetesVersion: v1.33.1',
    `clusterName: cluster-${i}`,
    'networking:',
    '  dnsDomain: cluster.local',
    `  serviceSubnet: ${dual ? `${v4},${v6}` : v4}`,
    `  podSubnet: 10.${200 + (i % 50)}.0.0/16${dual ? `,fd00:20:${(96 + i).toString(16)}::/56` : ''}`,
    'apiServer:',
    '  certSANs:',
    `    - api.cluster-${i}.example.com`,
    '',
  ].join('\n');
}

/** Line of `serviceSubnet:` in kubeadmConfig() output (1-based). */
export const KUBEADM_SERVICE_SUBNET_LINE = 7;

/**
 * A change of `ordinary` ordinary manifests and `configs` kubeadm configs, every file modified
 * (both sides exist). Returns the base and head trees and the paths where a family reduction must be found.
 */
export function generateChange({ ordinary, configs }) {
  const base = {};
  const head = {};
  const reductions = [];
  for (let i = 0; i < ordinary; i++) {
    const p = `apps/${TEAMS[i % TEAMS.length]}/${String(Math.floor(i / 100)).padStart(3, '0')}/manifest-${i}.yaml`;
    base[p] = ordinaryManifest(i, 0);
    head[p] = ordinaryManifest(i, 1);
  }
  for (let i = 0; i < configs; i++) {
    const p = `clusters/cluster-${String(i).padStart(3, '0')}/kubeadm.yaml`;
    base[p] = kubeadmConfig(i, true);
    head[p] = kubeadmConfig(i, false);
    reductions.push(p);
  }
  return { base, head, reductions };
}

/**
 * A `git fast-import` stream committing `base` then `head` on refs/heads/main with fixed identities and dates,
 * so the commit ids are the same on every run (git-fast-import(1): `M 100644 inline <path>` + `data <bytes>`).
 */
export function fastImportStream(base, head) {
  const parts = [];
  const commit = (mark, tree, message, from) => {
    parts.push(`commit refs/heads/main\nmark :${mark}\n`);
    parts.push(`author Bench <bench@example.com> ${1700000000 + mark} +0000\n`);
    parts.push(`committer Bench <bench@example.com> ${1700000000 + mark} +0000\n`);
    parts.push(`data ${Buffer.byteLength(message)}\n${message}\n`);
    if (from) parts.push(`from :${from}\n`);
    for (const [p, content] of Object.entries(tree)) {
      parts.push(`M 100644 inline ${p}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    }
    parts.push('\n');
  };
  commit(1, base, 'base', undefined);
  commit(2, head, 'head', 1);
  return parts.join('');
}
