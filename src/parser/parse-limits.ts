// How far one file may take the parser: bytes read, bytes unzipped, pages, and (enforced by the process that
// parses it, see src/store/parse-pool.ts) time and memory. A file past a limit is a ParseError that says which.

export interface ParseLimits {
  /** Bytes of a file read (PARSE_MAX_FILE_MB). */
  readonly maxFileBytes: number;
  /** Bytes one ZIP entry may inflate to (PARSE_MAX_UNZIPPED_MB): word/document.xml of a report is a few MB. */
  readonly maxEntryBytes: number;
  /** Bytes all the entries read from one archive may inflate to (PARSE_MAX_UNZIPPED_TOTAL_MB). */
  readonly maxUnzippedBytes: number;
  /** Pages of a PDF (PARSE_MAX_PAGES): reports run to a few dozen; 1,800 pages took 53 s and 2 GB. */
  readonly maxPages: number;
  /** Time to parse one file (PARSE_TIMEOUT_S). */
  readonly timeoutMs: number;
  /** Memory of the process parsing one file (PARSE_MAX_MEMORY_MB). */
  readonly maxMemoryMb: number;
}

const MB = 1024 * 1024;

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxFileBytes: 100 * MB,
  maxEntryBytes: 50 * MB,
  maxUnzippedBytes: 100 * MB,
  maxPages: 500,
  timeoutMs: 120_000,
  maxMemoryMb: 2048,
};

/** "50 MB", "1.5 MB", "300 KB": a size as a limit message prints it. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
