// `--output FORMAT=FILE` files, and the one stderr line naming the compared revisions.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedRange } from '../changes/git.js';
import type { OutputFile, OutputFormat } from './args.js';
import { describeFsError } from './errors.js';

/** Writes each requested report; a file that cannot be written is a runtime error (exit 2), named. */
export async function writeOutputFiles(outputs: OutputFile[], cwd: string, render: (format: OutputFormat) => string): Promise<void> {
  for (const o of outputs) {
    try {
      await writeFile(path.resolve(cwd, o.file), render(o.format));
    } catch (e) {
      throw new Error(`Cannot write --output ${o.format}=${o.file}: ${describeFsError(e, o.file)}`);
    }
  }
}

/** `service-cidr-guard: comparing 1a2b3c4d5e6f (merge base with the upstream branch) with the working tree` */
export function describeRange(range: ResolvedRange): string {
  const head = range.head === undefined ? 'the working tree' : range.head.slice(0, 12);
  return `service-cidr-guard: comparing ${range.base.slice(0, 12)} (${range.baseHow}) with ${head}\n`;
}
