import { describe, expect, it } from '@jest/globals';
import { kubesprayFormat, KUBESPRAY_DEFAULTS } from '../../src/formats/distributions/kubespray.js';
import { canonicalList, isLiteral, manifestRows, readCorpus, run, serviceRanges, serviceValues } from './run-format-corpus.js';

const V4 = KUBESPRAY_DEFAULTS.kube_service_addresses;
const V6 = KUBESPRAY_DEFAULTS.kube_service_addresses_ipv6;

describe('kubespray inventory vars', () => {
  it.each([
    ['explicit v4', 'kube_network_plugin: calico\nkube_service_addresses: 10.96.0.0/16\n', '10.96.0.0/16', 'explicit', 2],
    ['default when recognised and absent', 'kube_network_plugin: calico\nkube_pods_subnet: 10.10.0.0/16\n', V4, 'default', 1],
    ['new dual-stack switches, defaults', 'ipv4_stack: true\nipv6_stack: true\n', `${V4},${V6}`, 'default', 2],
    [
      'old enable_dual_stack_networks',
      'enable_dual_stack_networks: true\nkube_service_addresses: 10.1.0.0/16\nkube_service_addresses_ipv6: fd00::/112\n',
      '10.1.0.0/16,fd00::/112',
      'explicit',
      3,
    ],
    [
      'ipv6_stack wins over the deprecated switch',
      'enable_dual_stack_networks: true\nipv6_stack: false\nkube_pods_subnet: 10.2.0.0/16\n',
      V4,
      'default',
      2,
    ],
    ['IPv6 only', 'ipv4_stack: false\nipv6_stack: true\nkube_service_addresses_ipv6: fd00:1::/112\n', 'fd00:1::/112', 'explicit', 3],
    ['Ansible yes/no strings', 'ipv4_stack: "yes"\nipv6_stack: "no"\nkube_service_addresses: 10.3.0.0/16\n', '10.3.0.0/16', 'explicit', 3],
    [
      'ipv6 address set but stack off: unused',
      'kube_service_addresses: 10.4.0.0/16\nkube_service_addresses_ipv6: fd00::/112\n',
      '10.4.0.0/16',
      'explicit',
      1,
    ],
    [
      'role defaults style toggle {{ x | default(false) }}',
      'ipv6_stack: "{{ enable_dual_stack_networks | default(false) }}"\nkube_service_addresses: 10.5.0.0/16\n',
      '10.5.0.0/16',
      'explicit',
      2,
    ],
    [
      'toggle resolved against the same file',
      'enable_dual_stack_networks: true\nipv6_stack: "{{ enable_dual_stack_networks | bool }}"\n',
      `${V4},${V6}`,
      'default',
      2,
    ],
    [
      'contrib-style file: explicit value without kubespray signal',
      'cluster_name: x\nkube_service_addresses: 10.254.0.0/16\n',
      '10.254.0.0/16',
      'explicit',
      2,
    ],
  ])('%s', (_name, text, value, origin, line) => {
    const x = run(kubesprayFormat, text);
    const all = serviceRanges(x);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ value, origin, profile: 'kubeadm', component: 'kube-apiserver' });
    expect(all[0].span.line).toBe(line);
    if (origin === 'default') expect(all[0].defaultNote).toMatch(/kubespray_defaults/);
  });

  it.each([
    [
      'dual-stack with an explicit IPv6 address: its line',
      'ipv6_stack: true\nkube_service_addresses: 10.1.0.0/16\nkube_service_addresses_ipv6: fd00::/112\n',
      3,
    ],
    ['dual-stack with a defaulted IPv6 address: the switch', 'kube_service_addresses: 10.1.0.0/16\nipv6_stack: true\n', 2],
    ['single-stack: the address, not the switch', 'ipv6_stack: false\nkube_service_addresses: 10.1.0.0/16\n', 2],
  ])('points the span where the change is most likely: %s', (_name, text, line) => {
    expect(serviceRanges(run(kubesprayFormat, text))[0].span.line).toBe(line);
  });

  it('gives no default in files that are not kubespray network vars', () => {
    expect(run(kubesprayFormat, 'kube_version: v1.30.0\ncontainer_manager: containerd\n').settings).toEqual([]);
    expect(run(kubesprayFormat, 'apiVersion: v1\nkind: Pod\nkube_network_plugin: calico\n').settings).toEqual([]);
  });

  it('reads the pod range and kube_version into the same group', () => {
    const x = run(kubesprayFormat, 'kube_version: v1.31.4\nkube_service_addresses: 10.233.0.0/18\nkube_pods_subnet: 10.233.64.0/18\n');
    const pod = x.settings.find((s) => s.role === 'pod-range');
    expect(pod).toMatchObject({ value: '10.233.64.0/18', group: serviceRanges(x)[0].group });
    expect(serviceRanges(x)[0].kubernetesVersion).toBe('1.31');
  });

  it.each([
    ['templated address', 'kube_network_plugin: calico\nkube_service_addresses: "{{ svc }}"\n', '{{ svc }}', 2],
    [
      'Terraform templatefile address',
      'kube_network_plugin: calico\nkube_service_addresses: ${kube_service_addresses}\n',
      '${kube_service_addresses}',
      2,
    ],
    [
      'unresolvable stack switch',
      'ipv6_stack: "{{ groups[\'x\'] | length > 0 }}"\nkube_service_addresses: 10.0.0.0/16\n',
      "{{ groups['x'] | length > 0 }}",
      1,
    ],
  ])('%s -> hidesRange problem, no setting, no default', (_name, text, expression, line) => {
    const x = run(kubesprayFormat, text);
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems).toMatchObject([{ hidesRange: true, line }]);
    expect(x.problems[0].message).toContain(expression);
  });

  it('reads group vars embedded in a kubean ConfigMap with outer positions', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: vars\ndata:\n  group_vars.yml: |\n    kube_network_plugin: calico\n    kube_service_addresses: 10.96.0.0/12\n';
    const [s] = serviceRanges(run(kubesprayFormat, text));
    expect(s).toMatchObject({ value: '10.96.0.0/12', span: { line: 8, column: 29 } });
  });

  it.each([
    ['broken YAML', 'kube_service_addresses: [\n'],
    ['list document', '- kube_service_addresses\n'],
    ['both stacks off', 'ipv4_stack: false\nipv6_stack: false\n'],
    ['self-referencing toggle', 'ipv6_stack: "{{ ipv6_stack }}"\n'],
  ])('malformed: %s does not throw', (_name, text) => {
    expect(() => run(kubesprayFormat, text)).not.toThrow();
  });
});

const rows = manifestRows(['kubespray', 'other']);
(rows ? describe : describe.skip)('kubespray corpus', () => {
  // MANIFEST '-' rows where the value follows from the stack switches and kubespray defaults.
  const implied: Record<string, string> = {
    'kubespray/kubespray-ci-dual-stack.yml': `${V4},${V6}`,
    'kubespray/kubespray-ci-ipv6only.yml': V6,
  };
  it.each((rows ?? []).map((r) => [r.path, r] as const))('%s', (_p, row) => {
    const x = run(kubesprayFormat, readCorpus(row.path), row.path);
    if (row.path === 'other/onedr0p-cluster-template-test-public.yaml') {
      // cluster_svc_cidr is one template's input variable, not a kubespray/ansible range variable: not read.
      expect(x).toEqual({ settings: [], problems: [] });
      return;
    }
    const expected = isLiteral(row.value) ? row.value : implied[row.path];
    expect(expected).toBeDefined();
    expect(serviceValues(x).map(canonicalList)).toEqual([canonicalList(expected)]);
  });
});

describe('kubespray INI inventory', () => {
  const ini = (...l: string[]) => ['[kube_control_plane]', 'node1', '', ...l, ''].join('\n');

  it.each([
    ['[all:vars]', ini('[all:vars]', 'kube_service_addresses=10.96.0.0/16'), '10.96.0.0/16', 5, 24],
    ['quotes are not part of the value (ast.literal_eval)', ini('[all:vars]', 'kube_service_addresses = "10.96.0.0/16"'), '10.96.0.0/16', 5, 27],
    [
      'k8s_cluster:vars wins over all:vars wherever it stands',
      ini('[k8s_cluster:vars]', 'kube_service_addresses=10.1.0.0/16', '[all:vars]', 'kube_service_addresses=10.2.0.0/16'),
      '10.1.0.0/16',
      5,
      24,
    ],
    [
      'the last line of one section wins',
      ini('[all:vars]', 'kube_service_addresses=10.1.0.0/16', 'kube_service_addresses=10.2.0.0/16'),
      '10.2.0.0/16',
      6,
      24,
    ],
    [
      'comment lines are skipped',
      ini('[all:vars]', '# kube_service_addresses=10.9.0.0/16', '; kube_service_addresses=10.8.0.0/16', 'kube_service_addresses=10.3.0.0/16'),
      '10.3.0.0/16',
      7,
      24,
    ],
    [
      'an inline comment stays in the value, as Ansible reads it',
      ini('[all:vars]', 'kube_service_addresses=10.3.0.0/16 # svc'),
      '10.3.0.0/16 # svc',
      5,
      24,
    ],
    ['stack switches and defaults as in group_vars', ini('[k8s_cluster:vars]', 'ipv4_stack=True', 'ipv6_stack=yes'), `${V4},${V6}`, 6, 12],
  ])('%s', (_n, text, value, line, column) => {
    const [s] = serviceRanges(run(kubesprayFormat, text, 'inventory.ini'));
    expect([s.value, s.span.line, s.span.column, s.group]).toEqual([value, line, column, 'kubespray/vars']);
  });

  it('vars of groups that do not reach the control plane are not read', () => {
    expect(run(kubesprayFormat, ini('[kube_node:vars]', 'kube_service_addresses=10.96.0.0/16'), 'inventory.ini')).toEqual({
      settings: [],
      problems: [],
    });
  });

  it('an inventory without kubespray variables is not read', () => {
    expect(run(kubesprayFormat, ini('[all:vars]', 'ansible_user=ubuntu'), 'inventory.ini')).toEqual({ settings: [], problems: [] });
  });
});
