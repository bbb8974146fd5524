// The job summary always carries the full markdown report (SPEC §7). GitHub accepts at most 1 MiB of
// summary per step and shows an error instead of the summary above it (docs.github.com "Workflow commands
// for GitHub Actions" > "Adding a job summary": "The limit is 1MiB per step"), so we clip in one place.
import * as core from '@actions/core';
import { clipText } from './clip.js';

export const MAX_SUMMARY_BYTES = 1024 * 1024;
/** Headroom for the newline core.summary adds and anything other steps of ours append. */
const SUMMARY_HEADROOM = 1024;

export const SUMMARY_CLIPPED_NOTE =
  '> ⚠️ **Report clipped** to the 1 MiB GitHub job-summary limit. The complete report is in the `report` output of this step (JSON) and in the SARIF file when `sarif-file` is set.';

export function clipSummary(markdown: string): string {
  return clipText(markdown, MAX_SUMMARY_BYTES - SUMMARY_HEADROOM, 'utf8-bytes', SUMMARY_CLIPPED_NOTE);
}

export async function writeJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(clipSummary(markdown), true).write();
}
