// Action orchestrator (placeholder until the action issue lands).
import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.setFailed('service-cidr-guard: the GitHub Action is not implemented yet; use the CLI.');
}
