import { NianbaoError } from '../errors.js';
import type { Report } from '../parser/index.js';
import type { IngestOptions, IngestOutcome } from './ingest.js';
import { createParsePool, type ParsePool } from './parse-pool.js';
import type { Store } from './types.js';

/** One parsed file: its report, or the reason it failed (only NianbaoErrors are failures; anything else is a bug). */
type Parsed =
  | { readonly kind: 'report'; readonly file: string; readonly report: Report }
  | { readonly kind: 'failed'; readonly file: string; readonly reason: string }
  | { readonly kind: 'bug'; readonly file: string; readonly error: unknown };

/**
 * Files handed to the workers beyond those written, in batches: while one batch is written the workers keep
 * parsing the next ones, instead of stopping at each batch's end until the write is done (a third of their time).
 */
const BATCHES_AHEAD = 3;

/**
 * ingestFiles in `workers` parse processes (under the parse limits, see parse-pool.ts): the same outcomes (listed in file order). Files are parsed in
 * parallel and written in file order, in batches of at least `batchSize` files (more when the writer fell
 * behind and more files are parsed, so that a slow store is written in fewer transactions).
 */
export async function ingestFilesInParallel(
  store: Store,
  files: readonly string[],
  options: IngestOptions & { readonly workers: number },
): Promise<IngestOutcome[]> {
  if (files.length === 0) return []; // no worker started for nothing: each takes ~0.4 s of CPU to load the parser
  const batchSize = options.batchSize ?? 50;
  const pool = createParsePool(Math.max(1, Math.min(options.workers, files.length)), options.limits);
  const parsing = new ParseQueue(pool, files);
  const outcomes: IngestOutcome[] = [];
  try {
    while (outcomes.length < files.length) {
      const start = outcomes.length;
      parsing.startUpTo(start + (BATCHES_AHEAD + 1) * batchSize);
      const parsed = await parsing.take(start, batchSize, BATCHES_AHEAD * batchSize);
      parsing.startUpTo(start + parsed.length + BATCHES_AHEAD * batchSize); // keep the workers busy during the write
      outcomes.push(...(await writeBatch(store, parsed)));
      options.onCommit?.(outcomes.filter((entry) => entry.outcome !== 'failed').length);
      for (const [at, entry] of parsed.entries()) options.onProgress?.(start + at + 1, files.length, entry.file);
    }
  } finally {
    await pool.close();
  }
  return outcomes;
}

/** Files started on the pool in order; `take` hands each result over once and forgets it. */
class ParseQueue {
  private readonly results = new Map<number, Promise<Parsed>>();
  private readonly settled = new Set<number>();
  private started = 0;

  constructor(
    private readonly pool: ParsePool,
    private readonly files: readonly string[],
  ) {}

  /** Starts parsing every file before index `end` not yet started. */
  startUpTo(end: number): void {
    for (; this.started < Math.min(end, this.files.length); this.started++) {
      const at = this.started;
      this.results.set(
        at,
        parseOnPool(this.pool, this.files[at] as string).finally(() => this.settled.add(at)),
      );
    }
  }

  /** The results from `start` on: the next `count` (waited for), then as many as are already parsed, up to `most`. */
  async take(start: number, count: number, most: number): Promise<Parsed[]> {
    let end = Math.min(start + count, this.files.length);
    while (end < Math.min(start + most, this.files.length) && this.settled.has(end)) end++;
    const indexes = Array.from({ length: end - start }, (_, offset) => start + offset);
    const parsed = await Promise.all(indexes.map((at) => this.results.get(at) as Promise<Parsed>));
    for (const at of indexes) {
      this.results.delete(at);
      this.settled.delete(at);
    }
    return parsed;
  }
}

function parseOnPool(pool: ParsePool, file: string): Promise<Parsed> {
  return pool.parse(file).then(
    (report): Parsed => ({ kind: 'report', file, report }),
    (error: unknown): Parsed =>
      error instanceof NianbaoError ? { kind: 'failed', file, reason: error.message } : { kind: 'bug', file, error },
  );
}

async function writeBatch(store: Store, parsed: readonly Parsed[]): Promise<IngestOutcome[]> {
  for (const entry of parsed) if (entry.kind === 'bug') throw entry.error;
  const reports = parsed.flatMap((entry) => (entry.kind === 'report' ? [entry.report] : []));
  const results = reports.length > 0 ? await store.put(reports) : [];
  let written = 0;
  return parsed.map((entry): IngestOutcome => {
    if (entry.kind !== 'report')
      return { file: entry.file, outcome: 'failed', reason: entry.kind === 'failed' ? entry.reason : '' };
    const { report } = entry;
    return {
      file: entry.file,
      outcome: results[written++] ?? 'unchanged',
      id: report.id,
      checks: report.checks.length,
    };
  });
}
