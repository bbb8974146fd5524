// `diff OLD NEW` inputs: a regular file, standard input ('-'), or any other readable file such as the pipe
// of a shell process substitution (`<(git show HEAD~1:f.yaml)`, a /dev/fd/N FIFO), which has no size to
// stat and is read as a stream up to the same size limit as a git blob.

import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { ChangedFile } from '../model.js';
import { decodeContent, MAX_FILE_BYTES } from '../changes/git.js';
import { withDecodedSides, type DecodedText } from '../changes/decode-text.js';
import { MAX_PARTIAL_BYTES } from '../limits.js';
import { describeFsError } from './errors.js';

export const DEV_NULL = '/dev/null';
export const STDIN = '-';

export interface FileReadIo {
  /** Standard input, read once, when a side is '-'. */
  stdin?: () => Readable;
}

/**
 * Reads a stream up to MAX_FILE_BYTES + 1 bytes: enough to know the file is over the limit without
 * holding more of it. Returns the bytes and the size seen (capped); of an oversize stream only its first
 * MAX_PARTIAL_BYTES, which the engine still scans for a Service range key (fail closed, SPEC §9).
 */
async function readStream(stream: Readable): Promise<{ bytes: Buffer; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > MAX_FILE_BYTES) {
      stream.destroy();
      return { bytes: Buffer.concat(chunks).subarray(0, MAX_PARTIAL_BYTES), size };
    }
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks), size };
}

async function readSide(cwd: string, p: string, io: FileReadIo): Promise<{ bytes: Buffer; size: number }> {
  if (p === STDIN) {
    if (!io.stdin) throw new Error(`Cannot read standard input ('-') here.`);
    return readStream(io.stdin());
  }
  const full = path.resolve(cwd, p);
  try {
    const st = await stat(full);
    if (st.isDirectory())
      throw new Error(`'${p}' is a directory, not a file. To scan a directory of a git repository, run: service-cidr-guard -- '${p}'`);
    if (st.isFile()) {
      if (st.size > MAX_FILE_BYTES) {
        // Only the head is read: what the engine scans for a range key (src/changes/decode-text.ts).
        const handle = await open(full, 'r');
        try {
          const head = Buffer.alloc(MAX_PARTIAL_BYTES);
          const { bytesRead } = await handle.read(head, 0, MAX_PARTIAL_BYTES, 0);
          return { bytes: head.subarray(0, bytesRead), size: st.size };
        } finally {
          await handle.close();
        }
      }
      const bytes = await readFile(full);
      return { bytes, size: bytes.length };
    }
    // A FIFO, character device or socket: read what it gives.
    return await readStream(createReadStream(full));
  } catch (e) {
    throw new Error(describeFsError(e, p));
  }
}

/** `diff OLD NEW`: the reported path is NEW, or OLD when NEW is /dev/null (a deleted file); '-' is "(stdin)". */
export async function readFilePair(cwd: string, oldPath: string, newPath: string, io: FileReadIo = {}): Promise<ChangedFile> {
  const shown = (p: string): string => (p === STDIN ? '(stdin)' : p);
  const file: ChangedFile = { path: shown(newPath === DEV_NULL ? oldPath : newPath) };
  const sides: ['before' | 'after', DecodedText | undefined][] = [];
  for (const [side, p] of [
    ['before', oldPath],
    ['after', newPath],
  ] as const) {
    if (p === DEV_NULL) continue;
    const { bytes, size } = await readSide(cwd, p, io);
    sides.push([side, decodeContent(bytes, size)]);
  }
  withDecodedSides(file, sides);
  return file;
}
