// Templates as the consuming program reads them (issue 11, precision). Ansible renders a Jinja template before
// kubeadm, the kubelet or a CNI reads it, and kops nodeup renders its Go templates from the cluster spec:
// - a variable READ inside `{{ }}` is no key (a no_proxy list that embeds the Service range sets none), but a value
//   that is nothing but such a read hands the range to a program and still counts;
// - blanks inside `{{ }}` are formatting (`{{''}}` renders as `{{ '' }}`);
// - in an ADDED file, a value that only reads kubespray's Service range variables renders the range the gate checks
//   where the variable is set: no finding (a changed or deleted file keeps its finding);
// - kops' `{{ BuildFlags … }}` writes the flags of the component config, filled from the kops Cluster spec.
// Every case has a twin where the gate must still speak (SPEC §9: cannot read means cannot pass).
import { describe, expect, it } from '@jest/globals';
import { analyzeChanges } from '../src/engine.js';
import { expressionsTight, isServiceRangeVariableReference, lineValue, withoutExpressionReferences } from '../src/formats/toolkit/templates.js';
import type { ChangedFile } from '../src/model.js';
import { heredocView } from '../src/formats/toolkit/heredocs.js';

const rules = (files: ChangedFile[]) => analyzeChanges(files).findings.map((f) => [f.file, f.rule, f.level, f.line]);

// A kubeadm template as Ansible roles write them: `{% %}` control lines make it no YAML as written.
const kubeadmTemplate = (subnet: string) => `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
clusterName: {{ cluster_name }}
etcd:
  external:
      endpoints:
{% for endpoint in etcd_access_addresses.split(',') %}
      - {{ endpoint }}
{% endfor %}
networking:
  dnsDomain: {{ dns_domain }}
  serviceSubnet: ${subnet}
  podSubnet: {{ kube_pods_subnet }}
`;
const kubeadmPath = 'roles/control-plane/templates/kubeadm-config.yaml.j2';

describe('template helpers', () => {
  it('a variable read inside {{ }} is blanked for key scans, same length; string literals are kept', () => {
    const line = '  127.0.0.1,{{ kube_service_addresses }},x';
    expect(withoutExpressionReferences(line)).not.toMatch(/service/);
    expect(withoutExpressionReferences(line)).toHaveLength(line.length);
    expect(withoutExpressionReferences("  {{ '--service-cluster-ip-range=' + r }}")).toMatch(/service-cluster-ip-range/);
  });

  it('blanks inside {{ }} are set aside, quoted strings are not', () => {
    expect(expressionsTight("a={{''}}")).toBe(expressionsTight("a={{ '' }}"));
    expect(expressionsTight("a={{ ' ' }}")).not.toBe(expressionsTight("a={{ '' }}"));
  });

  it('the value of a templated line', () => {
    expect(lineValue('  serviceSubnet: {{ x }}')).toBe('{{ x }}');
    expect(lineValue('KUBE_SERVICE_ADDRESSES="--service-cluster-ip-range={{ x }}"')).toBe('{{ x }}"');
    expect(lineValue('      127.0.0.1,{{ x }}')).toBeNull();
  });

  it.each([
    ['{{ kube_service_addresses }}', true],
    ['"{{kube_service_addresses}}"', true],
    ["{{ kube_service_addresses }}{{ ',' + kube_service_addresses_ipv6 if enable_dual_stack_networks else '' }}", true],
    ["{{ kube_service_addresses }}{% if enable_dual_stack_networks %},{{ kube_service_addresses_ipv6 }}{% endif %}{{ '' }}", true],
    ["{{ kube_service_subnets | join(',') }}", true],
    ['{{ kube_pods_subnet }}', false],
    ['{{ kube_service_addresses }},10.0.0.0/16', false],
    ["{{ kube_service_addresses | default('10.0.0.0/16') }}", false],
    ['{{ kube_service_addresses }}{% if other_flag %},{{ extra }}{% endif %}', false],
    ['{{ kube_service_addresses | ipaddr(1) }}', false],
    ['10.96.0.0/12', false],
  ])('%s reads only the Service range variables: %s', (value, expected) => {
    expect(isServiceRangeVariableReference(value)).toBe(expected);
  });
});

describe('an added template whose range only reads the Service range variables', () => {
  it('an added kubeadm template with serviceSubnet: {{ kube_service_addresses }} draws nothing', () => {
    expect(rules([{ path: kubeadmPath, after: kubeadmTemplate('{{ kube_service_addresses }}') }])).toEqual([]);
  });

  it('twin: another variable is a finding at the serviceSubnet line', () => {
    expect(rules([{ path: kubeadmPath, after: kubeadmTemplate('{{ my_service_range }}') }])).toEqual([
      [kubeadmPath, 'unreadable-config', 'error', 12],
    ]);
  });

  it('twin: a literal appended to the variable is a finding', () => {
    expect(rules([{ path: kubeadmPath, after: kubeadmTemplate('"{{ kube_service_addresses }},10.0.0.0/16"') }]).map((f) => f[1])).toEqual([
      'unreadable-config',
    ]);
  });

  it('twin: the same template CHANGED to read the variable still blocks (the old value may differ)', () => {
    expect(rules([{ path: kubeadmPath, before: kubeadmTemplate('{{ my_range }}'), after: kubeadmTemplate('{{ kube_service_addresses }}') }])).toEqual(
      [[kubeadmPath, 'unreadable-config', 'error', 12]],
    );
  });

  it('twin: a DELETED template keeps its notice (the config that set the range disappears)', () => {
    // At the YAML error that hid the document (line 7), as before.
    expect(rules([{ path: kubeadmPath, before: kubeadmTemplate('{{ kube_service_addresses }}') }])).toEqual([
      [kubeadmPath, 'unreadable-config', 'notice', 7],
    ]);
  });

  // kubeadm v1beta4 extraArgs are a list of name/value pairs.
  const v1beta4 = (value: string) =>
    `${kubeadmTemplate('{{ kube_service_addresses }}')}apiServer:\n  extraArgs:\n{% if x %}\n  - name: foo\n    value: bar\n{% endif %}\n  - name: service-cluster-ip-range\n    value: ${value}\n`;
  it('kubeadm v1beta4 `- name: service-cluster-ip-range` / `value: {{ kube_service_addresses }}` in an added file draws nothing', () => {
    expect(rules([{ path: kubeadmPath, after: v1beta4('"{{ kube_service_addresses }}"') }])).toEqual([]);
  });

  it('twin: the name/value pair with another variable is a finding', () => {
    expect(rules([{ path: kubeadmPath, after: v1beta4('"{{ other_range }}"') }]).map((f) => f[1])).toEqual(['unreadable-config']);
  });

  const envFile = (v: string) =>
    `###\n# kubernetes system config\n###\nKUBE_API_ADDRESS="--insecure-bind-address={{ ip }}"\nKUBE_SERVICE_ADDRESSES="--service-cluster-ip-range={{ ${v} }}"\n{% if sysvinit %}\nDAEMON_ARGS="$KUBE_API_ADDRESS $KUBE_SERVICE_ADDRESSES"\n{% endif %}\n`;
  const envPath = 'roles/master/templates/apiserver.j2';
  it('an added env-file template whose flag reads kube_service_addresses draws nothing', () => {
    expect(rules([{ path: envPath, after: envFile('kube_service_addresses') }])).toEqual([]);
  });

  it('twin: the env-file flag reading another variable is a warning', () => {
    expect(rules([{ path: envPath, after: envFile('my_range') }])).toEqual([[envPath, 'unreadable-config', 'warning', 5]]);
  });
});

describe('a variable read is no key; a value that is only the read still is', () => {
  // An Ansible task that builds a no_proxy list: the Service range is read, not set; the Jinja lines are not YAML.
  const noProxy = (extra: string, more = '') => `---
{% if http_proxy is defined %}
- name: Build no_proxy
  set_fact:
    no_proxy_prepare: >-
      {%- for item in groups['all'] -%}
      {{ item }},
      {%- endfor -%}
      127.0.0.1,localhost,{{ kube_service_addresses }},{{ kube_pods_subnet }}${extra}
${more}  run_once: yes
{% endif %}
`;
  const p = 'roles/defaults/tasks/no_proxy.yml';

  it('editing the no_proxy line draws nothing', () => {
    expect(rules([{ path: p, before: noProxy(''), after: noProxy(',svc') }])).toEqual([]);
  });

  it('twin: a set_fact that sets kube_service_addresses in the same unreadable file still blocks', () => {
    const sets = (v: string) => noProxy('', `    kube_service_addresses: "${v}"\n`);
    expect(rules([{ path: p, before: sets('10.96.0.0/12'), after: sets('10.112.0.0/12') }]).map((f) => [f[1], f[2]])).toEqual([
      ['unreadable-config', 'error'],
    ]);
  });

  // A CNI DaemonSet template (Calico): the env value is the Service range variable, for a program the gate does not model.
  const calico = (env: string) => `kind: DaemonSet
apiVersion: apps/v1
spec:
  template:
    spec:
      containers:
        - name: calico-node
          env:
{% if calico_ipip %}
            - name: CALICO_IPV4POOL_IPIP
              value: "Always"
{% endif %}
${env}            - name: FELIX_LOGSEVERITYSCREEN
              value: "info"
`;
  const cp = 'roles/network_plugin/calico/templates/calico-node.yml.j2';
  it('twin: adding an env whose value is only {{ kube_service_addresses }} to an existing CNI template blocks', () => {
    const env = '            - name: CALICO_ADVERTISE_CLUSTER_IPS\n              value: "{{ kube_service_addresses }}"\n';
    expect(rules([{ path: cp, before: calico(''), after: calico(env) }])).toEqual([[cp, 'unreadable-config', 'error', 14]]);
  });
});

describe('formatting inside {{ }} is no change', () => {
  // A kube-ovn DaemonSet template: kube-ovn reads --service-cluster-ip-range, a program the gate does not model.
  const ovn = (flag: string) => `kind: Deployment
apiVersion: apps/v1
spec:
  template:
    spec:
      containers:
        - name: kube-ovn-controller
          args:
          - --default-cidr={{ kube_pods_subnet }}
          - --default-gateway={% if gw is defined %}{{ gw }}{% endif %}{{''}}
{% if ipv6_stack %}
          - --enable-ipv6=true
{% endif %}
          - ${flag}
          - --network-type={{ kube_ovn_network_type }}
`;
  const p = 'roles/network_plugin/kube-ovn/templates/cni-kube-ovn.yml.j2';
  const dual = (v: string, tail: string) =>
    `--service-cluster-ip-range={{ ${v} }}{% if enable_dual_stack_networks %},{{ ${v}_ipv6 }}{% endif %}${tail}`;

  it("ansible-lint's var-spacing ({{''}} to {{ '' }}) on the flag line draws nothing", () => {
    expect(
      rules([{ path: p, before: ovn(dual('kube_service_addresses', "{{''}}")), after: ovn(dual('kube_service_addresses', "{{ '' }}")) }]),
    ).toEqual([]);
  });

  it('twin: a changed expression on the flag line of the program the gate does not model blocks', () => {
    expect(
      rules([
        { path: p, before: ovn(dual('kube_service_addresses', "{{''}}")), after: ovn('--service-cluster-ip-range={{ kube_service_subnets }}') },
      ]),
    ).toEqual([[p, 'unreadable-config', 'error', 14]]);
  });
});

describe('kops nodeup templates: {{ BuildFlags }} renders the cluster spec', () => {
  // kops nodeup's static pod template (JSON with Go template actions, so no YAML as written).
  const manifest = (flags: string) => `{
"apiVersion": "v1",
"kind": "Pod",
"spec":{
"containers":[
    {
    "name": "kube-apiserver",
    "image": "{{ KubeAPIServer.Image }}",
    "command": [
                 "/bin/sh",
                 "-c",
                 "/usr/local/bin/kube-apiserver ${flags} 1>>/var/log/kube-apiserver.log 2>&1"
               ],
    "ports":[ { "containerPort": {{ KubeAPIServer.SecurePort }} } ]
    }
]
}
}
`;
  const p = 'upup/models/nodeup/_kubernetes_master/kube-apiserver/files/etc/kubernetes/manifests/kube-apiserver.manifest.template';

  it('an added template draws nothing; a visible problem says where the range is read', () => {
    const report = analyzeChanges([{ path: p, after: manifest('{{ BuildFlags KubeAPIServer }}') }]);
    expect(report.findings).toEqual([]);
    expect(report.problems.map((x) => x.message)).toEqual([expect.stringMatching(/rendered by kops from the cluster spec/)]);
  });

  it('renaming the component config it reads draws nothing', () => {
    expect(rules([{ path: p, before: manifest('{{ BuildFlags .APIServer }}'), after: manifest('{{ BuildFlags KubeAPIServer }}') }])).toEqual([]);
  });

  it('twin: another expression that may carry the flag still blocks', () => {
    expect(
      rules([{ path: p, before: manifest('{{ BuildFlags .APIServer }}'), after: manifest('{{ APIServerFlags }}') }]).map((f) => [f[1], f[2]]),
    ).toEqual([['unreadable-config', 'error']]);
  });
});

describe('a template that names no Service range key', () => {
  // kubeadm's images-only ClusterConfiguration (`kubeadm config images pull --config`): no networking at all.
  const images = (tag: string) => `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
imageRepository: {{ kubeadm_image_repo }}
etcd:
{% if etcd_deployment_type == "kubeadm" %}
  local:
    imageTag: "${tag}"
{% endif %}
`;
  const p = 'roles/download/templates/kubeadm-images.yaml.j2';
  it('an edit draws nothing', () => {
    expect(rules([{ path: p, before: images('{{ etcd_image_tag }}'), after: images('{{ etcd_tag }}') }])).toEqual([]);
  });

  it('twin: adding a serviceSubnet to it blocks', () => {
    const after = images('{{ etcd_tag }}').replace('etcd:\n', 'networking:\n  serviceSubnet: {{ my_range }}\netcd:\n');
    expect(rules([{ path: p, before: images('{{ etcd_image_tag }}'), after }]).map((f) => [f[1], f[2]])).toEqual([['unreadable-config', 'error']]);
  });
});

describe('one notice per deleted file', () => {
  // A provisioning script with a kubeadm heredoc: the flag reader reads the literal, the YAML reader fails.
  const script = `#!/bin/bash
set -e
cat > /etc/kubernetes/kubeadm.conf <<EOF
apiVersion: kubeadm.k8s.io/v1beta2
kind: ClusterConfiguration
networking:
  serviceSubnet: 10.96.0.0/12
EOF
kube-apiserver --service-cluster-ip-range=10.96.0.0/12
`;
  it('a deleted file with a config-removed notice draws no second, unreadable-config notice', () => {
    // The heredoc is read as the file it writes (its kubeadm config, line 7) and the kube-apiserver line as a
    // command (line 9): one notice per config the script held, none about reading it.
    const findings = analyzeChanges([{ path: 'cluster-provision/k8s/1.14/provision.sh', before: script }]).findings;
    expect(findings.map((f) => [f.rule, f.level, f.line])).toEqual([
      ['config-removed', 'notice', 7],
      ['config-removed', 'notice', 9],
    ]);
  });
});

describe('a heredoc is the file it writes (kubeadm --config reads the body, not the script)', () => {
  // kubevirtci's provision scripts: one kubeadm heredoc per Kubernetes version branch, the script around them.
  const branch = (test: string, api: string, subnet: string | null) => `elif [[ $minor_version -ge "${test}" ]]; then
    cat > /etc/kubernetes/kubeadm.conf <<EOF
apiVersion: kubeadm.k8s.io/${api}
kind: InitConfiguration
---
apiVersion: kubeadm.k8s.io/${api}
kind: ClusterConfiguration
kubernetesVersion: \${version}
networking:
  podSubnet: 10.244.0.0/16
${subnet === null ? '' : `  serviceSubnet: ${subnet}\n`}EOF
`;
  const script = (...branches: string[]) => `#!/bin/bash
set -ex
version=$1
minor_version=$(echo $version | cut -d. -f2)
if false; then
  :
${branches.join('')}fi
kubeadm init --config /etc/kubernetes/kubeadm.conf
echo done
`;
  const p = 'cluster-provision/k8s/scripts/provision.sh';
  const old = branch('14', 'v1beta1', '10.96.0.0/12') + branch('13', 'v1beta1', '10.96.0.0/12') + branch('12', 'v1alpha3', null);

  it('the heredoc view: same length, bodies as written, the script blanked, `---` before each body; null without an end', () => {
    const text = script(old);
    const view = heredocView(p, text)!;
    expect(view.text).toHaveLength(text.length);
    expect(view.bodies).toHaveLength(3);
    for (const b of view.bodies) expect(view.text.slice(b.start, b.end)).toBe(text.slice(b.start, b.end));
    expect(view.text).not.toMatch(/kubeadm init|minor_version|EOF/);
    expect(view.text.match(/^---/gm)).toHaveLength(6); // three bodies, each after its `---` and with an inner `---`
    expect(heredocView(p, '#!/bin/bash\ncat <<EOF\napiVersion: v1\n')).toBeNull();
    expect(heredocView('values.yaml', text.replace('#!/bin/bash\n', ''))).toBeNull(); // no shebang, no script name
  });

  it('the heredoc view keeps every offset: the value is found at its line in the script', () => {
    const one = branch('14', 'v1beta1', '10.96.0.0/12') + branch('12', 'v1alpha3', null);
    const findings = analyzeChanges([{ path: p, before: script(one) }]).findings;
    const line =
      script(one)
        .split('\n')
        .findIndex((l) => l.includes('serviceSubnet')) + 1;
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['config-removed', line]]);
  });

  it('a branch for a new version with the same value draws nothing (no "YAML errors" from the script around it)', () => {
    const after = script(branch('15', 'v1beta2', '10.96.0.0/12') + old);
    expect(rules([{ path: p, before: script(old), after }])).toEqual([]);
    expect(analyzeChanges([{ path: p, before: script(old), after }]).problems).toEqual([]);
  });

  it('an added script with such heredocs draws nothing', () => {
    expect(rules([{ path: p, after: script(branch('15', 'v1beta2', '10.96.0.0/12') + old) }])).toEqual([]);
  });

  it('twin: changing the value in a heredoc is a range change at its line', () => {
    const after = script(branch('14', 'v1beta1', '10.100.0.0/16') + branch('13', 'v1beta1', '10.96.0.0/12') + branch('12', 'v1alpha3', null));
    const line = after.split('\n').findIndex((l) => l.includes('10.100.0.0/16')) + 1;
    expect(rules([{ path: p, before: script(old), after }])).toEqual([[p, 'primary-range-change', 'error', line]]);
  });

  it('twin: a value the script fills in when it runs (unquoted heredoc, ${SERVICE_CIDR}) blocks', () => {
    const after = script(branch('14', 'v1beta1', '${SERVICE_CIDR}') + branch('13', 'v1beta1', '10.96.0.0/12') + branch('12', 'v1alpha3', null));
    expect(rules([{ path: p, before: script(old), after }]).map((f) => [f[1], f[2]])).toEqual([['unreadable-config', 'error']]);
  });

  it('twin: two ClusterConfigurations in ONE heredoc are refused by kubeadm and block', () => {
    const doubled = branch('14', 'v1beta1', '10.96.0.0/12').replace('kind: InitConfiguration', 'kind: ClusterConfiguration');
    const after = script(doubled + branch('13', 'v1beta1', '10.96.0.0/12'));
    expect(rules([{ path: p, before: script(old), after }]).map((f) => [f[1], f[2]])).toEqual([['unreadable-config', 'error']]);
  });

  it('twin: YAML outside every heredoc (a multi-line quoted string) keeps the whole-script reading', () => {
    const quoted = (subnet: string) => `#!/bin/bash
cat <<EOF > /tmp/motd
hello
EOF
echo 'apiVersion: kubeadm.k8s.io/v1beta2
kind: ClusterConfiguration
networking:
  serviceSubnet: ${subnet}' > /etc/kubernetes/kubeadm.conf
`;
    // The whole script is one YAML stream again: the gate cannot read it, and a change there blocks as before.
    expect(rules([{ path: p, before: quoted('10.96.0.0/12'), after: quoted('10.100.0.0/16') }]).map((f) => [f[1], f[2]])).toEqual([
      ['unreadable-config', 'error'],
    ]);
  });
});

describe('a templated value that moves to another file of the same change (the same text renders the same value)', () => {
  // kubespray moved the apiserver from a systemd env template to a static pod manifest; k0s moved Calico's
  // K8S_SERVICE_CIDR from a ConfigMap into the DaemonSet's env: the expression leaves one file and arrives in another.
  const env = (value: string) => `# {{ ansible_managed }}
KUBE_LOGTOSTDERR="--logtostderr=true"
# Address range to use for services
KUBE_SERVICE_ADDRESSES="--service-cluster-ip-range=${value}"
KUBE_API_ARGS="--tls_cert_file={{ kube_cert_dir }}/server.crt"
`;
  const manifest = (value: string) => `apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver
  namespace: {{ system_namespace }}
spec:
  hostNetwork: true
  containers:
  - name: kube-apiserver
    image: {{ hyperkube_image_repo }}:{{ hyperkube_image_tag }}
    command:
    - /hyperkube
    - apiserver
{% if kube_api_anonymous_auth %}
    - --anonymous-auth=true
{% endif %}
    - --service-cluster-ip-range=${value}
`;
  const envPath = 'roles/kubernetes/master/templates/apiserver.j2';
  const manifestPath = 'roles/kubernetes/master/templates/manifests/kube-apiserver.manifest.j2';
  const moved = (arrives: string): ChangedFile[] => [
    { path: envPath, before: env('{{ kube_service_addresses }}') },
    { path: manifestPath, before: manifest('{{ other_flag }}').replace(/\n {4}- --service-cluster-ip-range=.*\n/, '\n'), after: manifest(arrives) },
  ];

  it('leaving a deleted template for a changed one, written the same: nothing on either file', () => {
    expect(rules(moved('{{ kube_service_addresses }}'))).toEqual([]);
    // Blanks inside the braces are no part of the rendered text.
    expect(rules(moved('{{kube_service_addresses}}'))).toEqual([]);
  });

  it('twin: the value arrives as another expression: both files keep their findings', () => {
    expect(rules(moved('{{ kube_service_addresses_v2 }}')).map((f) => [f[0], f[1]])).toEqual([
      [envPath, 'unreadable-config'],
      [manifestPath, 'unreadable-config'],
    ]);
  });

  it('twin: the deleted template alone (nothing arrives) keeps its notice', () => {
    expect(rules([moved('{{ kube_service_addresses }}')[0]]).map((f) => [f[0], f[1], f[2]])).toEqual([[envPath, 'unreadable-config', 'notice']]);
  });

  it('twin: a literal range on a touched line of the arriving file is no template move', () => {
    const files = moved('{{ kube_service_addresses }}');
    files[1] = {
      ...files[1],
      after: `${files[1].after}    - --service-node-port-range=30000-32767\n    - --service-cluster-ip-range=10.96.0.0/12\n`,
    };
    expect(rules(files).map((f) => f[0])).toContain(manifestPath);
  });

  it('twin: a move into another project of the repository is no move', () => {
    const files = moved('{{ kube_service_addresses }}');
    files[1] = { ...files[1], path: `contrib/${manifestPath}` };
    expect(rules(files).map((f) => f[0])).toContain(envPath);
  });
});

describe('Cluster API v1alpha1 Clusters (cluster.k8s.io) are read like the later generations', () => {
  // The early cluster-api examples: the same spec.clusterNetwork.services.cidrBlocks, a YAML error further down
  // (a stray comma in providerConfig) that the parser recovers from.
  const cluster = (cidr: string, name = 'test1', comma = ',') => `apiVersion: "cluster.k8s.io/v1alpha1"
kind: Cluster
metadata:
  name: ${name}
spec:
    clusterNetwork:
        services:
            cidrBlocks: ["${cidr}"]
        pods:
            cidrBlocks: ["192.168.0.0/16"]
        serviceDomain: "cluster.local"
    providerConfig:
      value:
        apiVersion: "terraformproviderconfig/v1alpha1"${comma}
        kind: "TerraformProviderConfig"
`;
  it('an added example whose range is a literal draws nothing (the range is read, not hidden by the YAML error below it)', () => {
    expect(rules([{ path: 'tf-deployer/cluster.yaml', after: cluster('10.96.0.0/12') }])).toEqual([]);
  });

  it('twin: changing its range is a range change', () => {
    expect(
      rules([{ path: 'tf-deployer/cluster.yaml', before: cluster('10.96.0.0/12', 'test1', ''), after: cluster('10.100.0.0/16', 'test1', '') }]),
    ).toEqual([['tf-deployer/cluster.yaml', 'primary-range-change', 'error', 8]]);
  });

  it('a config that becomes a template of itself (name: $CLUSTER_NAME) in the same directory, same value: a move', () => {
    const files: ChangedFile[] = [
      { path: 'clusterctl/examples/google/cluster.yaml', before: cluster('10.96.0.0/12', 'test1', '') },
      { path: 'clusterctl/examples/google/cluster.yaml.template', after: cluster('10.96.0.0/12', '$CLUSTER_NAME', '') },
    ];
    expect(rules(files)).toEqual([]);
  });

  it('twin: the template sets another range, or stands in another directory: the removal is told', () => {
    const gone = { path: 'clusterctl/examples/google/cluster.yaml', before: cluster('10.96.0.0/12', 'test1', '') };
    const other = rules([gone, { path: 'clusterctl/examples/google/cluster.yaml.template', after: cluster('10.100.0.0/16', '$CLUSTER_NAME', '') }]);
    expect(other.map((f) => f[1])).toContain('config-removed');
    const elsewhere = rules([gone, { path: 'clusterctl/examples/aws/cluster.yaml.template', after: cluster('10.96.0.0/12', '$CLUSTER_NAME', '') }]);
    expect(elsewhere.map((f) => f[1])).toEqual(['config-removed']);
  });
});
