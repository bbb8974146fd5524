import { describe, expect, it } from '@jest/globals';
import { clusterTemplateFormat, CLUSTER_TEMPLATE_DEFAULT_SERVICE_RANGE } from '../../src/formats/declared/cluster-template.js';
import { run, serviceRanges } from './run-format-corpus.js';

const vars = (extra: string): string => `node_cidr: "192.168.10.0/24"\ncluster_api_addr: "192.168.10.254"\n${extra}`;

describe('onedr0p/cluster-template cluster.yaml', () => {
  it('reads cluster_svc_cidr and cluster_pod_cidr of one cluster', () => {
    const x = run(clusterTemplateFormat, vars('cluster_pod_cidr: "10.42.0.0/16"\ncluster_svc_cidr: "10.43.0.0/16"\n'));
    const [s] = serviceRanges(x);
    expect([s.value, s.origin, s.span.line, s.setting, s.component]).toEqual(['10.43.0.0/16', 'explicit', 4, 'cluster_svc_cidr', 'platform']);
    const pod = x.settings.find((p) => p.role === 'pod-range');
    expect(pod?.group).toBe(s.group);
    expect(pod?.value).toBe('10.42.0.0/16');
  });

  it('an absent cluster_svc_cidr is the schema default, at node_cidr', () => {
    const [s] = serviceRanges(run(clusterTemplateFormat, vars('')));
    expect([s.value, s.origin, s.span.line]).toEqual([CLUSTER_TEMPLATE_DEFAULT_SERVICE_RANGE, 'default', 1]);
  });

  it.each([
    ['cluster_svc_cidr alone', 'cluster_svc_cidr: "10.43.0.0/16"\n'],
    ['without cluster_api_addr', 'node_cidr: "192.168.10.0/24"\ncluster_svc_cidr: "10.43.0.0/16"\n'],
    ['a Kubernetes object', 'kind: ConfigMap\nnode_cidr: a\ncluster_api_addr: b\ncluster_svc_cidr: "10.43.0.0/16"\n'],
  ])('no signature, nothing read: %s', (_n, text) => {
    expect(run(clusterTemplateFormat, text)).toEqual({ settings: [], problems: [] });
  });

  it('a templated value hides the range and takes no default', () => {
    const x = run(clusterTemplateFormat, vars('cluster_svc_cidr: "{{ svc }}"\n'));
    expect(serviceRanges(x)).toEqual([]);
    expect(x.problems).toMatchObject([{ hidesRange: true, line: 3, setting: 'cluster_svc_cidr' }]);
  });
});
