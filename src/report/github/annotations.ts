// Findings as workflow-command annotations on the PR's files, through @actions/core. The plan (order, the
// cap of 10 per level, the overflow notice) is in annotation-plan.ts, shared with the CLI's --format github.
import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import type { Level, Report } from '../../model.js';
import { planAnnotations } from './annotation-plan.js';

export { MAX_ANNOTATIONS_PER_LEVEL, planAnnotations, type Annotation } from './annotation-plan.js';

export type AnnotationSink = Record<Level, (message: string, properties?: AnnotationProperties) => void>;

export function emitAnnotations(report: Report, sink: AnnotationSink = core): number {
  const plan = planAnnotations(report);
  for (const a of plan) sink[a.level](a.message, a.properties);
  return plan.length;
}
