import { NianbaoError } from '../errors.js';
import type { Report } from '../parser/index.js';
import type { IngestOptions, IngestOutcome } from './ingest.js';
import { createParsePool } from './parse-pool.js';
import type { Store } from './types.js';

/** One parsed file: its report, or the reason it failed (only NianbaoErrors are failures; anything else is a bug). */
type Parsed =
  | { readonly kind: 'report'; readonly file: string; readonly report: Report }
  | { readonly kind: 'failed'; readonly file: string; readonly reason: string }
  | { readonly kind: 'bug'; readonly file: string; readonly error: unknown };

/**
 * ingestFiles on `workers` worker threads: the same outcomes (listed in file order), but files are parsed in
 * parallel and the next batch is parsed while the current one is written.
 */
export async function ingestFilesInParallel(
  store: Store,
  files: readonly string[],
  options: IngestOptions & { readonly workers: number },
): Promise<IngestOutcome[]> {
  const batchSize = options.batchSize ?? 50;
  const pool = createParsePool(Math.max(1, Math.min(options.workers, files.length)));
  const parseBatch = (start: number): Promise<Parsed[]> =>
    Promise.all(
      files.slice(start, start + batchSize).map((file) =>
        pool.parse(file).then(
          (report): Parsed => ({ kind: 'report', file, report }),
          (error: unknown): Parsed =>
            error instanceof NianbaoError ? { kind: 'failed', file, reason: error.message } : { kind: 'bug', file, error },
        ),
      ),
    );
  const outcomes: IngestOutcome[] = [];
  try {
    let next = parseBatch(0);
    for (let start = 0; start < files.length; start += batchSize) {
      const parsed = await next;
      next = parseBatch(start + batchSize);
      outcomes.push(...(await writeBatch(store, parsed)));
      parsed.forEach((entry, at) => options.onProgress?.(start + at + 1, files.length, entry.file));
    }
  } finally {
    await pool.close();
  }
  return outcomes;
}

async function writeBatch(store: Store, parsed: readonly Parsed[]): Promise<IngestOutcome[]> {
  for (const entry of parsed) if (entry.kind === 'bug') throw entry.error;
  const reports = parsed.flatMap((entry) => (entry.kind === 'report' ? [entry.report] : []));
  const results = reports.length > 0 ? await store.put(reports) : [];
  let written = 0;
  return parsed.map((entry): IngestOutcome => {
    if (entry.kind !== 'report') return { file: entry.file, outcome: 'failed', reason: entry.kind === 'failed' ? entry.reason : '' };
    const { report } = entry;
    return { file: entry.file, outcome: results[written++] ?? 'unchanged', id: report.id, checks: report.checks.length };
  });
}
