// Small cluster configs and event payloads shared by the action tests (not a test file itself).
import type { FakeGitHub } from './fake-github.js';

export function kubeadm(serviceSubnet: string | undefined, version = 'v1.33.1'): string {
  return [
    'apiVersion: kubeadm.k8s.io/v1beta4',
    'kind: ClusterConfiguration',
    `kubernetesVersion: ${version}`,
    'networking:',
    ...(serviceSubnet === undefined ? [] : [`  serviceSubnet: ${serviceSubnet}`]),
    '  dnsDomain: cluster.local',
    '',
  ].join('\n');
}

export const DUAL = '10.96.0.0/16,fd00:10:96::/112';
export const V4 = '10.96.0.0/16';

/** Line of `serviceSubnet:` in kubeadm() output. */
export const SERVICE_SUBNET_LINE = 5;

export function prPayload(
  gh: FakeGitHub,
  number: number,
  shas: { baseSha: string; headSha: string },
  labels: string[] = [],
): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { sha: shas.baseSha, repo: { full_name: `${gh.owner}/${gh.repo}` } },
      head: { sha: shas.headSha },
      labels: labels.map((name) => ({ name })),
      user: { login: gh.pulls.get(number)?.options.author ?? 'octocat' },
    },
    repository: { full_name: `${gh.owner}/${gh.repo}` },
  };
}
