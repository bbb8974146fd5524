// Optional SARIF file (e.g. for github/codeql-action/upload-sarif). Paths are relative to the workspace.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../../model.js';
import { renderSarif } from '../sarif.js';
import { VERSION } from '../../cli/version.js';

export async function writeSarifFile(file: string, report: Report, workspace = process.cwd()): Promise<string> {
  const target = path.resolve(workspace, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, renderSarif(report, { toolVersion: VERSION }), 'utf8');
  return target;
}
