// Issue 13's closing table (docs/follow-the-value.md) has a column "real files read": for each mechanism, the files
// of ../shared/corpus that exercise it. This suite counts them with the engine itself (what the readers return for
// the file, and the file's original path from MANIFEST.tsv for the overlays, whose stack is found by path), and
// fails when the table's figure is not the count. The corpus is third-party data and is never copied here.

import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractSide, type SideExtraction } from '../src/engine.js';

const CORPUS = path.resolve('..', 'shared', 'corpus');
const DOC = path.resolve('docs', 'follow-the-value.md');

interface CorpusFile {
  rel: string;
  /** The path the file had in its source repository. */
  source: string;
  /** Its source repository (owner/name). */
  repo: string;
  text: string;
  side: SideExtraction;
}

const viaVariable = (f: CorpusFile) =>
  f.side.settings.some((s) => s.reachedThrough) || f.side.problems.some((p) => /cannot be resolved/.test(p.message));
const reads = (f: CorpusFile, format: string) => f.side.settings.some((s) => s.format === format && s.origin === 'explicit');

/** Mechanism (the first cell of the table's row) → does this corpus file exercise it. */
const MECHANISMS: readonly [string, (f: CorpusFile) => boolean][] = [
  ['shell variable', (f) => viaVariable(f) && /^#!/.test(f.text)],
  ['systemd `Environment=` as `$VAR`', (f) => viaVariable(f) && /^\s*Environment\s*=/m.test(f.text)],
  ['container `env` as `$(VAR)`', (f) => viaVariable(f) && /\$\([A-Za-z_]\w*\)/.test(f.text)],
  ["`sh -c '… $SVC'` with container env", (f) => viaVariable(f) && /\bsh\b[\s\S]{0,40}-c\b/.test(f.text) && /\benv:/.test(f.text)],
  ['Terraform `variable` default / `terraform.tfvars`', (f) => viaVariable(f) && f.side.settings.some((s) => s.format === 'terraform')],
  ['shell variable from a sourced file', (f) => /^#!/.test(f.text) && /^\s*(source|\.)\s+\S/m.test(f.text) && viaVariable(f)],
  ['systemd `EnvironmentFile=`', (f) => /^\s*EnvironmentFile\s*=/m.test(f.text) && readsEnvironmentFile(f)],
  ['systemd drop-in', (f) => /\.service\.d\//.test(f.source)],
  ['k3s/RKE2 `config.yaml.d`', (f) => /config\.yaml\.d\//.test(f.source)],
  ['kubeadm `--patches` file', (f) => /(^|\/)kube-(apiserver|controller-manager)[^/]*\+(strategic|json|merge)\.(ya?ml|json)$/.test(f.source)],
  ['`kube-system/kubeadm-config` ConfigMap', (f) => reads(f, 'kubeadm') && /^kind:\s*ConfigMap/m.test(f.text)],
  ['k3s/RKE2 server flags in a systemd unit', (f) => reads(f, 'k3s') && /^\s*ExecStart\s*=/m.test(f.text)],
  ['`INSTALL_K3S_EXEC`', (f) => reads(f, 'k3s') && /INSTALL_K3S_EXEC=/.test(f.text)],
  ['Terraform EKS/AKS/GKE modules', (f) => reads(f, 'terraform') && /^\s*module\s+"/m.test(f.text)],
  ['kubespray INI `[all:vars]`', (f) => reads(f, 'kubespray') && /^\s*\[[\w-]+:vars\]/m.test(f.text)],
  ['flat vars `cluster_svc_cidr` / `service_cidr`', (f) => reads(f, 'cluster-template') || reads(f, 'kubeadm-ansible')],
  ['`kops create cluster --set`', (f) => reads(f, 'kops') && /\bcreate\s+cluster\b/.test(f.text)],
  ['`kubeadm init --service-cidr` in a script', (f) => f.side.settings.some((s) => s.format === 'kubeadm' && s.setting === '--service-cidr')],
  ['ServiceCIDR objects', (f) => f.side.settings.some((s) => s.format === 'servicecidr') || /^kind:\s*ServiceCIDR/m.test(f.text)],
];

let all: CorpusFile[] = [];

/**
 * A unit whose EnvironmentFile= files are corpus files of the same source repository with the same name, laid out
 * where the gate looks (src/formats/flags/variable-files.ts: the same path from the repository root), read with
 * them: true when a setting is then reached through a value of one of them. (In kubernetes-retired/contrib the
 * env files live in init/systemd/environ/, which the gate's rule does not search: there the unit stays unresolved.)
 */
function readsEnvironmentFile(f: CorpusFile): boolean {
  const byName = new Map(all.filter((o) => o.repo === f.repo && o !== f).map((o) => [o.source.slice(o.source.lastIndexOf('/') + 1), o.text]));
  const lookup = (p: string) => {
    const text = /^etc\//.test(p) ? byName.get(p.slice(p.lastIndexOf('/') + 1)) : undefined;
    return text === undefined ? { missing: true as const } : { text };
  };
  const side = extractSide(f.source, f.text, undefined, undefined, undefined, lookup);
  return side.settings.some((s) => s.reachedThrough?.definitions.some((d) => d.origin));
}

function load(): CorpusFile[] {
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((line) => {
    const [rel, , repo, source] = line.split('\t');
    const text = readFileSync(path.join(CORPUS, rel), 'utf8');
    return { rel, source: source ?? '', repo: repo ?? '', text, side: extractSide(rel, text) };
  });
}

/** The "real files read" figure of each row of the table in docs/follow-the-value.md. */
function documentedCounts(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(DOC, 'utf8').split('\n')) {
    if (!line.startsWith('| ')) continue;
    const cells = line.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim());
    const m = /^(\d+)\b/.exec(cells[cells.length - 1] ?? '');
    if (m) out.set(cells[0], Number(m[1]));
  }
  return out;
}

const present = existsSync(path.join(CORPUS, 'MANIFEST.tsv'));
if (!present) console.warn(`corpus not found at ${CORPUS}: the follow-the-value counts are not checked`);

(present ? describe : describe.skip)('docs/follow-the-value.md: real files read', () => {
  const files = present ? load() : [];
  all = files;
  const documented = existsSync(DOC) ? documentedCounts() : new Map<string, number>();

  it.each(MECHANISMS.map(([name, test]) => [name, test] as const))('%s', (name, test) => {
    const hits = files.filter(test).map((f) => f.rel);
    if (process.env.SHOW_CORPUS_FOLLOW === '1') console.log(`${name}: ${hits.length} ${hits.join(', ')}`);
    expect(documented.get(name)).toBe(hits.length);
  });
});
