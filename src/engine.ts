// The pure, synchronous core: changed files in, findings out. No I/O here.

import type { ChangedFile, EngineOptions, FailOn, FileProblem, Finding, Report } from './model.js';
import { buildReport } from './verdict.js';

export interface FileAnalysis {
  findings: Finding[];
  problems: FileProblem[];
}

/** Analyses one changed file (both sides). Never throws: a failure becomes a problem at line 1. */
export function analyzeFile(file: ChangedFile, options: EngineOptions = {}): FileAnalysis {
  void file;
  void options;
  return { findings: [], problems: [] };
}

/** Analyses a whole change and builds the v1 report with the verdict for `failOn`. */
export function analyzeChanges(files: Iterable<ChangedFile>, options: EngineOptions = {}, failOn: FailOn = 'error'): Report {
  const findings: Finding[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    const r = analyzeFile(file, options);
    findings.push(...r.findings);
    problems.push(...r.problems);
  }
  return buildReport(findings, problems, failOn);
}
