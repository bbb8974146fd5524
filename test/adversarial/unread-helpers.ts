// Shared inputs of the unread-* adversarial suites (issue 10 item 3, issue 11 item 2): a kubeadm config whose
// Service range line is line 4, and the verdict helpers every pair uses.

import { expect } from '@jest/globals';
import { analyzeChanges, analyzeFile, type FileAnalysis } from '../../src/engine.js';
import type { ChangedFile } from '../../src/model.js';

export const KUBEADM = [
  'apiVersion: kubeadm.k8s.io/v1beta3',
  'kind: ClusterConfiguration',
  'networking:',
  '  serviceSubnet: 10.96.0.0/12,fd00:10:96::/108',
  '',
].join('\n');
/** Line 4 drops IPv6: a family reduction, which blocks when it can be read. */
export const DROPPED = KUBEADM.replace(',fd00:10:96::/108', '');
/** The same file with a changed comment above the config: the safe twin's change. */
export const COMMENTED = `# reviewed\n${KUBEADM}`;
export const RANGE_LINE = 4;

/** The pair must block with unreadable-config at `line` (an error). */
export function expectBlocks(file: ChangedFile, line: number, messagePart?: string | RegExp): FileAnalysis {
  const result = analyzeFile(file);
  const findings = result.findings.filter((f) => f.rule === 'unreadable-config');
  expect(findings.map((f) => [f.line, f.level])).toContainEqual([line, 'error']);
  if (messagePart !== undefined) expect(findings.find((f) => f.line === line)?.message).toMatch(messagePart);
  expect(analyzeChanges([file]).blocked).toBe(true);
  return result;
}

/** The safe twin: nothing blocks and no unreadable-config finding; the limit (if any) stays a visible problem. */
export function expectPasses(file: ChangedFile, problemPart?: string | RegExp): FileAnalysis {
  const result = analyzeFile(file);
  expect(result.findings.filter((f) => f.rule === 'unreadable-config')).toEqual([]);
  expect(analyzeChanges([file]).blocked).toBe(false);
  if (problemPart !== undefined) expect(result.problems.map((p) => p.message).join('\n')).toMatch(problemPart);
  return result;
}
