// The shared command-line reader: tokenising, program identification, pflag flag semantics, templates.

import { describe, expect, it } from '@jest/globals';
import { contiguousArg, splitCommands, tokenizeShell, type Arg } from '../../src/formats/flags/2a-tokenise-shell.js';
import { findInvocations, programName, readFlag } from '../../src/formats/flags/2b-find-invocations.js';
import { findTemplateExpression } from '../../src/formats/toolkit/templates.js';

const FLAG = 'service-cluster-ip-range';

/** Reads the first control-plane invocation of a shell-like command string. */
function readString(command: string, flag = FLAG) {
  const invocations = splitCommands(tokenizeShell(command)).flatMap((c) => findInvocations(c));
  const inv = invocations[0];
  if (!inv) return { component: null };
  const r = readFlag(inv.args, flag);
  return {
    component: inv.component,
    value: r.last?.value,
    form: r.last?.form,
    // The value's offsets must point at exactly the value's characters in the original string.
    located: r.last ? command.slice(r.last.valueStart, r.last.valueEnd) : undefined,
    singleDash: r.singleDash?.text,
    missing: r.missingValue?.text,
    opaque: r.opaqueAfter.map((a) => a.text),
  };
}

/** argv items laid out one per line, as in a YAML list (offsets contiguous per item). */
function argvOf(items: string[]): Arg[] {
  let at = 0;
  return items.map((t) => {
    const a = contiguousArg(t, at);
    at += t.length + 1;
    return a;
  });
}

describe('readFlag on command strings', () => {
  it.each([
    ['--flag=v', 'kube-apiserver --service-cluster-ip-range=10.96.0.0/12', 'kube-apiserver', '10.96.0.0/12', 'equals'],
    ['--flag v', 'kube-apiserver --service-cluster-ip-range 10.96.0.0/12', 'kube-apiserver', '10.96.0.0/12', 'separate'],
    ['path prefix', '/usr/local/bin/kube-apiserver --service-cluster-ip-range=10.32.0.0/24', 'kube-apiserver', '10.32.0.0/24', 'equals'],
    ['windows .exe', 'C:/k/kube-apiserver.exe --service-cluster-ip-range=10.0.0.0/16', 'kube-apiserver', '10.0.0.0/16', 'equals'],
    [
      'last wins',
      'kube-apiserver --service-cluster-ip-range=10.1.0.0/16 --v=2 --service-cluster-ip-range=10.2.0.0/16',
      'kube-apiserver',
      '10.2.0.0/16',
      'equals',
    ],
    [
      'last wins across spellings',
      'kube-apiserver --service-cluster-ip-range 10.1.0.0/16 --service-cluster-ip-range=10.3.0.0/16',
      'kube-apiserver',
      '10.3.0.0/16',
      'equals',
    ],
    ['underscore spelling', 'kube-apiserver --service_cluster_ip_range=10.5.0.0/16', 'kube-apiserver', '10.5.0.0/16', 'equals'],
    ['double quotes around the word', 'kube-apiserver "--service-cluster-ip-range=10.96.0.0/16"', 'kube-apiserver', '10.96.0.0/16', 'equals'],
    [
      'single quotes around the value',
      "kube-apiserver --service-cluster-ip-range='10.96.0.0/16,fd00::/108'",
      'kube-apiserver',
      '10.96.0.0/16,fd00::/108',
      'equals',
    ],
    [
      'continuation',
      'kube-apiserver \\\n  --allow-privileged=true \\\n  --service-cluster-ip-range=10.7.0.0/16',
      'kube-apiserver',
      '10.7.0.0/16',
      'equals',
    ],
    ['CRLF continuation', 'kube-apiserver \\\r\n  --service-cluster-ip-range=10.8.0.0/16\r\n', 'kube-apiserver', '10.8.0.0/16', 'equals'],
    ['tab indentation', 'kube-apiserver \\\n\t--service-cluster-ip-range=10.9.0.0/16', 'kube-apiserver', '10.9.0.0/16', 'equals'],
    ['hyperkube apiserver', '/hyperkube apiserver --service-cluster-ip-range=10.3.0.0/24', 'kube-apiserver', '10.3.0.0/24', 'equals'],
    ['hyperkube kube-apiserver', 'hyperkube kube-apiserver --service-cluster-ip-range=10.4.0.0/24', 'kube-apiserver', '10.4.0.0/24', 'equals'],
    [
      'hyperkube controller-manager',
      'hyperkube controller-manager --service-cluster-ip-range=10.4.0.0/24',
      'kube-controller-manager',
      '10.4.0.0/24',
      'equals',
    ],
    [
      'hyperkube kube-controller-manager',
      '/usr/bin/hyperkube kube-controller-manager --service-cluster-ip-range=10.6.0.0/24',
      'kube-controller-manager',
      '10.6.0.0/24',
      'equals',
    ],
    [
      'controller-manager',
      'kube-controller-manager --cluster-cidr=10.244.0.0/16 --service-cluster-ip-range=10.96.0.0/12',
      'kube-controller-manager',
      '10.96.0.0/12',
      'equals',
    ],
    ['sh -c', 'sh -c "kube-apiserver --service-cluster-ip-range=10.10.0.0/16"', 'kube-apiserver', '10.10.0.0/16', 'equals'],
    [
      'bash -ec with exec',
      "/bin/bash -ec 'set -x; exec kube-apiserver --service-cluster-ip-range=10.11.0.0/16'",
      'kube-apiserver',
      '10.11.0.0/16',
      'equals',
    ],
    [
      'sh -e -c with redirection',
      'sh -e -c "kube-apiserver --service-cluster-ip-range=10.12.0.0/16 2>&1 | tee /var/log/a.log"',
      'kube-apiserver',
      '10.12.0.0/16',
      'equals',
    ],
    [
      'wrappers and assignments',
      'exec env GODEBUG=x509ignoreCN=0 nohup kube-apiserver --service-cluster-ip-range=10.13.0.0/16',
      'kube-apiserver',
      '10.13.0.0/16',
      'equals',
    ],
    [
      'second command of a line',
      'mkdir -p /var/log && kube-apiserver --service-cluster-ip-range=10.14.0.0/16',
      'kube-apiserver',
      '10.14.0.0/16',
      'equals',
    ],
  ])('%s', (_name, command, component, value, form) => {
    const r = readString(command);
    expect(r.component).toBe(component);
    expect(r.value).toBe(value);
    expect(r.form).toBe(form);
    expect(r.located).toBe(value);
  });

  it.each([
    ['a consumer of the range (kube-router)', 'kube-router --run-router=true --service-cluster-ip-range=10.96.0.0/12'],
    ['a download of the binary', 'wget -N -P /opt/bin https://dl.k8s.io/v1.9.6/bin/linux/amd64/kube-apiserver'],
    ['sh without -c', 'sh /opt/bin/kube-apiserver --service-cluster-ip-range=10.96.0.0/12'],
    ['hyperkube proxy', 'hyperkube proxy --cluster-cidr=10.244.0.0/16'],
    ['a commented-out command', '# kube-apiserver --service-cluster-ip-range=10.96.0.0/12'],
  ])('no control-plane program: %s', (_name, command) => {
    expect(readString(command).component).toBeNull();
  });

  it.each([
    ['after "--"', 'kube-apiserver --v=2 -- --service-cluster-ip-range=10.96.0.0/12'],
    ['in a trailing comment', 'kube-apiserver --v=2 # --service-cluster-ip-range=10.96.0.0/12'],
    ['in a later command', 'kube-apiserver --v=2; echo --service-cluster-ip-range=10.96.0.0/12'],
    ['after a comment line inside a continuation (shell)', 'kube-apiserver \\\n  --v=2\n  # note \\\n  --service-cluster-ip-range=10.96.0.0/12'],
  ])('not the flag: %s', (_name, command) => {
    const r = readString(command);
    expect(r.component).toBe('kube-apiserver');
    expect(r.value).toBeUndefined();
  });

  it('a single dash is not a long flag for pflag', () => {
    const r = readString('kube-apiserver -service-cluster-ip-range=10.96.0.0/12');
    expect(r.value).toBeUndefined();
    expect(r.singleDash).toBe('-service-cluster-ip-range=10.96.0.0/12');
  });

  it('a flag without its value is reported as missing', () => {
    const r = readString('kube-apiserver --v=2 --service-cluster-ip-range');
    expect(r.value).toBeUndefined();
    expect(r.missing).toBe('--service-cluster-ip-range');
  });

  it('pflag takes the next argument even when it looks like a flag', () => {
    expect(readString('kube-apiserver --service-cluster-ip-range --v=2').value).toBe('--v=2');
  });

  it.each([
    ['$VAR after the flag', 'kube-apiserver --service-cluster-ip-range=10.96.0.0/12 $KUBE_API_ARGS', ['$KUBE_API_ARGS']],
    ['${VAR} without the flag', 'kube-apiserver --v=2 ${EXTRA}', ['${EXTRA}']],
    ['template after the flag', 'kube-apiserver --service-cluster-ip-range=10.96.0.0/12 {{extra}}', ['{{extra}}']],
    ['$VAR before the flag is overridden by it', '/usr/bin/kube-apiserver $KUBE_LOG --service-cluster-ip-range=10.96.0.0/12', []],
  ])('opaque arguments: %s', (_name, command, opaque) => {
    expect(readString(command).opaque).toEqual(opaque);
  });

  it('empty value is kept as empty (the caller applies the default)', () => {
    const r = readString('kube-apiserver --service-cluster-ip-range= --v=2');
    expect(r.value).toBe('');
  });
});

describe('findInvocations on argv items', () => {
  it.each([
    [['kube-apiserver', '--service-cluster-ip-range=10.96.0.0/12'], 'kube-apiserver', '10.96.0.0/12'],
    [['kube-apiserver', '--service-cluster-ip-range', '10.96.0.0/12'], 'kube-apiserver', '10.96.0.0/12'],
    [['C:\\k\\kube-apiserver.exe', '--service-cluster-ip-range=10.1.0.0/16'], 'kube-apiserver', '10.1.0.0/16'],
    [['/hyperkube', 'apiserver', '--service-cluster-ip-range=10.3.0.0/24'], 'kube-apiserver', '10.3.0.0/24'],
    [['/bin/sh', '-c', 'exec kube-controller-manager --service-cluster-ip-range="10.2.0.0/16"'], 'kube-controller-manager', '10.2.0.0/16'],
    [['sh', '-c', 'kube-apiserver \\\n --service-cluster-ip-range 10.4.0.0/16'], 'kube-apiserver', '10.4.0.0/16'],
  ])('%j', (items, component, value) => {
    const argv = argvOf(items);
    const joined = items.join('\n');
    const inv = findInvocations(argv)[0];
    expect(inv?.component).toBe(component);
    const r = readFlag(inv.args, FLAG);
    expect(r.last?.value).toBe(value);
    expect(joined.slice(r.last!.valueStart, r.last!.valueEnd)).toBe(value);
  });

  it('nested sh -c stops at the nesting limit', () => {
    let script = 'kube-apiserver --service-cluster-ip-range=10.96.0.0/12';
    for (let i = 0; i < 5; i++) script = `sh -c ${JSON.stringify(script)}`;
    expect(splitCommands(tokenizeShell(script)).flatMap((c) => findInvocations(c))).toEqual([]);
  });
});

describe('programName', () => {
  it.each([
    ['/usr/local/bin/kube-apiserver', 'kube-apiserver'],
    ['C:\\k\\kube-controller-manager.exe', 'kube-controller-manager'],
    ['kube-apiserver.EXE', 'kube-apiserver'],
    ['./hyperkube', 'hyperkube'],
  ])('%s', (word, name) => {
    expect(programName(word)).toBe(name);
  });
});

describe('findTemplateExpression', () => {
  it.each([
    ['{{ .Values.serviceCIDR }}', '{{ .Values.serviceCIDR }}'],
    ['{{ kube_service_addresses }}', '{{ kube_service_addresses }}'],
    ['{% if x %}10.0.0.0/16{% endif %}', '{% if x %}'],
    ['${SERVICE_CIDR}', '${SERVICE_CIDR}'],
    ['%{ if dual }', '%{ if dual }'],
    ['$(SERVICE_CIDR)', '$(SERVICE_CIDR)'],
    ['$SERVICE_CIDR', '$SERVICE_CIDR'],
    ['#{ cluster_svc_cidr }#', '#{ cluster_svc_cidr }#'],
    ['<service-cidr>', '<service-cidr>'],
    ['__SERVICE_CIDR__', '__SERVICE_CIDR__'],
    ['10.96.0.0/12,{{ v6 }}', '{{ v6 }}'],
  ])('%s', (value, expression) => {
    expect(findTemplateExpression(value)).toBe(expression);
  });

  it.each(['10.96.0.0/12', 'fd00:10:96::/112', '10.96.0.0/12,fd00::/108', ''])('literal %s', (value) => {
    expect(findTemplateExpression(value)).toBeNull();
  });
});
