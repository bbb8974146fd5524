// Bytes → text for the engine, in one place for every change source (local git, the GitHub API, the CLI's
// `diff` files), so the same file reads the same whatever brought it.
//
// - A byte order mark names the encoding: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE (Unicode 15, §23.8 "Byte Order
//   Mark"). Windows tools write UTF-16 with a BOM; such a file is text, not binary. Kubernetes' YAML decoder
//   reads it too (go-yaml v2 readerc.go yaml_parser_determine_encoding: UTF-8 and UTF-16 BOMs).
// - Without a BOM the text is UTF-8. NUL bytes do not make it binary by themselves: bash drops them from a
//   script, and the engine models each reader (src/engine/side.ts readNulBytes). Binary is what git would
//   call binary AND is not text: a NUL in the first BINARY_SNIFF_BYTES with invalid UTF-8 or many control bytes.
// - An oversize file is not decoded; its first MAX_PARTIAL_BYTES are, so the engine can tell whether the
//   change touches a Service range key in it (src/engine/unreadable.ts reportUnreadableFile).

import { open } from 'node:fs/promises';
import { MAX_PARTIAL_BYTES } from '../limits.js';
import type { ChangedFile } from '../model.js';

/** Larger files are not cluster configs; reading them would only cost memory (they are reported, never passed silently). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** git's own binary heuristic looks for a NUL in the first 8000 bytes (git xdiff-interface.c buffer_is_binary, FIRST_FEW_BYTES). */
export const BINARY_SNIFF_BYTES = 8000;

/**
 * One side of a file, decoded (or not) for the engine. `partial` is what could still be read of an unreadable
 * side: the decoded head of an oversize file, or the lossy text of an undecodable one.
 */
export type DecodedText = { text: string; note?: string } | { unreadable: string; partial?: string };

/**
 * Decodes a file's bytes. `size` is the file's full size when `bytes` holds only its head (an oversize file,
 * of which callers keep at most MAX_PARTIAL_BYTES).
 */
export function decodeText(bytes: Uint8Array, size = bytes.length): DecodedText {
  if (size > MAX_FILE_BYTES) {
    const head = bytes.subarray(0, MAX_PARTIAL_BYTES);
    const partial = decodeBom(head, false) ?? new TextDecoder('utf-8').decode(head);
    return { unreadable: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_FILE_BYTES)} limit`, ...(partial ? { partial } : {}) };
  }
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeBom(bytes, true);
    if (text === null)
      return { unreadable: `not valid ${bom} text (it starts with a ${bom} byte order mark)`, partial: decodeBom(bytes, false) ?? undefined };
    return { text };
  }
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = null;
  }
  if (looksBinary(bytes, text !== null)) return { unreadable: 'binary content (NUL byte)' };
  if (text !== null) return { text };
  return { text: new TextDecoder('utf-8').decode(bytes), note: 'invalid UTF-8 was replaced by U+FFFD' };
}

/** A NUL in the sniffed head (git's test) and, beyond that, not text: invalid UTF-8, or over 10 % control bytes. */
function looksBinary(bytes: Uint8Array, validUtf8: boolean): boolean {
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (!sniff.includes(0)) return false;
  if (!validUtf8) return true;
  let controls = 0;
  for (const b of sniff) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  return controls * 10 > sniff.length;
}

type Bom = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

function bomOf(b: Uint8Array): Bom | null {
  // UTF-32 LE before UTF-16 LE: FF FE 00 00 starts with the UTF-16 LE mark.
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32LE';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE';
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'UTF-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  return null;
}

/**
 * Text of BOM-marked bytes without the mark, or null when they have no BOM or (fatal) are not valid in their
 * encoding. Not fatal: invalid sequences become U+FFFD (a cut oversize head, a partial view).
 */
function decodeBom(bytes: Uint8Array, fatal: boolean): string | null {
  const bom = bomOf(bytes);
  if (!bom) return null;
  try {
    if (bom === 'UTF-32LE' || bom === 'UTF-32BE') return decodeUtf32(bytes.subarray(4), bom === 'UTF-32LE', fatal);
    const label = bom === 'UTF-8' ? 'utf-8' : bom === 'UTF-16LE' ? 'utf-16le' : 'utf-16be';
    const body = bytes.subarray(bom === 'UTF-8' ? 3 : 2);
    if (!fatal && bom !== 'UTF-8' && body.length % 2 === 1) return new TextDecoder(label).decode(body.subarray(0, body.length - 1));
    return new TextDecoder(label, { fatal }).decode(body);
  } catch {
    return null;
  }
}

/** UTF-32 (TextDecoder has no UTF-32): code points above U+10FFFF or surrogates are invalid. */
function decodeUtf32(body: Uint8Array, littleEndian: boolean, fatal: boolean): string | null {
  const usable = body.length - (body.length % 4);
  if (fatal && usable !== body.length) return null;
  const view = new DataView(body.buffer, body.byteOffset, usable);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < usable; i += 4) {
    let cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (fatal) return null;
      cp = 0xfffd;
    }
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Reads a file from disk for decodeText: all of it up to MAX_FILE_BYTES, else only its head. */
export async function readTextFile(file: string, size: number): Promise<DecodedText> {
  const want = size > MAX_FILE_BYTES ? MAX_PARTIAL_BYTES : size;
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const { bytesRead } = await handle.read(buf, got, want - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return decodeText(buf.subarray(0, got), Math.max(size, got));
  } finally {
    await handle.close();
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB` : `${n} bytes`;
}

/**
 * Puts decoded sides on a changed file: the text where it could be read; otherwise the reason (`unreadableReason`,
 * which the engine turns into a finding or a problem) and what could still be read, for the engine's key scan.
 * Shared by the git change source and the CLI's `diff` reader.
 */
export function withDecodedSides(file: ChangedFile, sides: readonly (readonly ['before' | 'after', DecodedText | undefined])[]): ChangedFile {
  const reasons: string[] = [];
  const notes: string[] = [];
  for (const [side, content] of sides) {
    if (!content) continue;
    if ('unreadable' in content) {
      reasons.push(`${side}: ${content.unreadable}`);
      file.unreadableSides ??= [];
      file.unreadableSides.push(side);
      if (content.partial !== undefined) file[side] = content.partial;
    } else {
      file[side] = content.text;
      if (content.note) notes.push(`${side}: ${content.note}`);
    }
  }
  if (reasons.length > 0) file.unreadableReason = reasons.join('; ');
  if (notes.length > 0) file.notes = notes;
  return file;
}
