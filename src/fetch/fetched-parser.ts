// Fetched bytes are parsed in a parse process (src/store/parse-pool.ts), like files: a hostile PDF or DOCX served
// by a site is killed at the time or memory limit and named, and the batch or watch goes on. The process starts
// on the first document, so a watch run that finds nothing new starts none.
import type { DocumentSource, ParseLimits, Report } from '../parser/index.js';
import { createParsePool, type ParsePool } from '../store/index.js';

/** Parses a fetched document's bytes under the parse limits; rejects with a ParseError naming `source.file`. */
export type ParseBytes = (bytes: Uint8Array, source: DocumentSource) => Promise<Report>;

/** Runs `work` with a parser of fetched bytes under `limits`, and stops its process when `work` settles. */
export async function withFetchedParser<T>(
  limits: ParseLimits | undefined,
  work: (parseBytes: ParseBytes) => Promise<T>,
): Promise<T> {
  let pool: ParsePool | undefined;
  try {
    return await work((bytes, source) => {
      pool ??= createParsePool(1, limits);
      return pool.parseBytes(bytes, source);
    });
  } finally {
    await pool?.close();
  }
}
