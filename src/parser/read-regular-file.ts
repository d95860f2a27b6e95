import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { ParseError } from '../errors.js';
import { formatBytes } from './parse-limits.js';

/**
 * Reads a regular file of at most `maxBytes`. Anything else is a ParseError naming it: a FIFO would block the
 * read forever and /dev/zero never ends, so the file is opened without blocking and checked before any read.
 * The calls are synchronous: the parser reads files only in parse processes and the CLI's ingest, where nothing
 * else waits on the event loop, and a file's five thread-pool round trips (open, stat, two reads, close) cost a
 * parse process about a tenth of its CPU.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: number;
  try {
    handle = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ParseError(path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  }
  try {
    const info = fstatSync(handle);
    if (!info.isFile()) throw new ParseError(path, `不是普通文件: ${describeKind(info)}, not a report file`);
    if (info.size > maxBytes) throw tooLarge(path, maxBytes, `the file has ${formatBytes(info.size)}`);
    // The file may still grow (being written): never read past the limit.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(info.size - length, 0) + 1, READ_CHUNK));
      const bytesRead = readSync(handle, chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(path, maxBytes, 'the file grew past it while it was read');
    }
    const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError(path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  } finally {
    closeSync(handle);
  }
}

const READ_CHUNK = 16 * 1024 * 1024;

function tooLarge(path: string, maxBytes: number, detail: string): ParseError {
  return new ParseError(
    path,
    `超过文件大小上限 ${formatBytes(maxBytes)} (${detail}; PARSE_MAX_FILE_MB raises the limit)`,
  );
}

function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}
