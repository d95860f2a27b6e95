import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { NianbaoError } from '../errors.js';
import {
  DEFAULT_PARSE_LIMITS,
  type DocumentSource,
  type ParseLimits,
  parseFile,
  type Report,
} from '../parser/index.js';
import { createParsePool } from './parse-pool.js';
import type { PutOutcome, Store } from './types.js';

/** What happened to one file of a batch. */
export type IngestOutcome =
  | { readonly file: string; readonly outcome: PutOutcome; readonly id: string; readonly checks: number }
  | { readonly file: string; readonly outcome: 'failed'; readonly reason: string };

export interface IngestOptions {
  /** Reports are written to the store every this many files, so a killed batch keeps what it committed. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
  /** Called after each store write with the number of reports written so far in this batch. */
  readonly onCommit?: (committed: number) => void;
  readonly now?: () => number;
  /** How far each file may take the parser (defaults: DEFAULT_PARSE_LIMITS). */
  readonly limits?: ParseLimits;
}

/**
 * A lowdb write rewrites the whole file, so writing every `batchSize` files would make a large ingest
 * quadratic: a write waits until the time since the last one is at least this many times what that write took.
 */
const PARSE_TO_WRITE_RATIO = 4;

/** File names a folder walk picks up; files named explicitly are always tried. */
const REPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx', '.doc'];

/** Expands folders (recursively) into the report files inside them, in a stable order. */
export async function listReportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await walk(path)));
    else files.push(path); // a missing file is reported by parseFile with its name
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (isReportFileName(entry.name)) files.push(path);
  }
  return files;
}

/** True for a file name a report may have (`.pdf`, `.docx`, `.doc`, `.html`, `.htm`, `.txt`, `.md`). */
export function isReportFileName(name: string): boolean {
  const lower = basename(name).toLowerCase();
  return REPORT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Parses every file and upserts the reports. A file that fails is recorded with its reason and the batch
 * goes on; only NianbaoErrors count as file failures, anything else is a bug and is thrown.
 */
export async function ingestFiles(
  store: Store,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestOutcome[]> {
  const batchSize = options.batchSize ?? 50;
  const now = options.now ?? (() => performance.now());
  const outcomes: IngestOutcome[] = [];
  let pending: { file: string; report: Report }[] = [];
  let committed = 0;
  let lastWriteEnd = now();
  let lastWriteMs = 0;
  const flush = async (): Promise<void> => {
    const started = now();
    const results = await store.put(pending.map((entry) => entry.report));
    for (const [at, { file, report }] of pending.entries()) {
      outcomes.push({ file, outcome: results[at] ?? 'unchanged', id: report.id, checks: report.checks.length });
    }
    committed += pending.length;
    pending = [];
    lastWriteEnd = now();
    lastWriteMs = lastWriteEnd - started;
    options.onCommit?.(committed);
  };
  const isDue = (): boolean =>
    pending.length >= batchSize && now() - lastWriteEnd >= PARSE_TO_WRITE_RATIO * lastWriteMs;
  for (const [done, file] of files.entries()) {
    try {
      pending.push({ file, report: await parseFile(file, options.limits) });
    } catch (error) {
      if (!(error instanceof NianbaoError)) throw error;
      outcomes.push({ file, outcome: 'failed', reason: error.message });
    }
    if (isDue()) await flush();
    options.onProgress?.(done + 1, files.length, file);
  }
  if (pending.length > 0) await flush();
  return outcomes;
}

/**
 * Parses one document's bytes (a file sent in chat) in a parse process under `limits` and upserts the report:
 * what was read and what the store did.
 * Throws a ParseError naming `source.file` when the bytes hold no report.
 */
export async function ingestDocument(
  store: Store,
  bytes: Uint8Array,
  source: DocumentSource,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<{ readonly report: Report; readonly outcome: PutOutcome }> {
  // In a parse process of its own: a hostile file sent in chat must not take the bot down.
  const pool = createParsePool(1, limits);
  const report = await pool.parseBytes(bytes, source).finally(() => pool.close());
  const [outcome = 'unchanged'] = await store.put([report]);
  return { report, outcome };
}
