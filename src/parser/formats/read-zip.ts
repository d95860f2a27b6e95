import { inflateRawSync } from 'node:zlib';
import { formatBytes } from '../parse-limits.js';
import { LimitError, UnreadableDocumentError } from './unreadable-document-error.js';

// A minimal ZIP reader, enough for DOCX: the central directory names every entry, each stored or deflated.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

/** Lists the entry names of a ZIP archive (`word/document.xml`, …). */
export function listZipEntryNames(bytes: Uint8Array): string[] {
  return readDirectory(bytes).map((entry) => entry.name);
}

/**
 * How many bytes entries may inflate to, each and all together: a ZIP bomb (929 KB of DOCX inflating to 300 MB of
 * table rows, or a zip64 one) stops at the limit instead of filling memory. `used` counts what was read so far.
 */
export interface UnzipBudget {
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  used: number;
}

/**
 * Returns one entry's uncompressed bytes, or undefined when the archive has no such entry. Sizes are never
 * trusted (a zip64 entry says 0xFFFFFFFF): inflating stops at the budget's limit.
 */
export function readZipEntry(bytes: Uint8Array, name: string, budget: UnzipBudget): Uint8Array | undefined {
  const entry = readDirectory(bytes).find((candidate) => candidate.name === name);
  if (!entry) return undefined;
  const view = viewOf(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new UnreadableDocumentError(`broken ZIP entry ${name}`);
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  const limit = Math.min(budget.maxEntryBytes, budget.maxTotalBytes - budget.used);
  const inflated = entry.method === METHOD_STORED ? data : inflateEntry(name, entry.method, data, limit);
  if (inflated.length > limit) throw unzippedTooLarge(name, budget, limit);
  budget.used += inflated.length;
  return inflated;
}

function inflateEntry(name: string, method: number, data: Uint8Array, limit: number): Uint8Array {
  if (method !== METHOD_DEFLATED)
    throw new UnreadableDocumentError(`ZIP entry ${name} uses unsupported compression method ${method}`);
  try {
    // One byte past the limit tells "too large" from "exactly the limit".
    return inflateRawSync(data, { maxOutputLength: limit + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return new Uint8Array(limit + 1);
    throw new UnreadableDocumentError(`ZIP entry ${name} cannot be inflated (${(error as Error).message})`);
  }
}

function unzippedTooLarge(name: string, budget: UnzipBudget, limit: number): LimitError {
  const isEntryLimit = limit === budget.maxEntryBytes;
  const [max, variable] = isEntryLimit
    ? [budget.maxEntryBytes, 'PARSE_MAX_UNZIPPED_MB']
    : [budget.maxTotalBytes, 'PARSE_MAX_UNZIPPED_TOTAL_MB'];
  return new LimitError(
    `解压后超过 ${formatBytes(max)}: ZIP entry ${name} inflates to more than ${isEntryLimit ? 'an entry' : 'all entries together'} may (a ZIP bomb?; ${variable} raises the limit)`,
  );
}

function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = viewOf(bytes);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new UnreadableDocumentError('broken ZIP central directory');
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes, so search only the tail.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new UnreadableDocumentError('not a complete ZIP archive (no central directory; the file may be truncated)');
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
