import { NianbaoError } from '../errors.js';
import type { ParseLimits } from '../parser/index.js';
import type { IngestOutcome, Store } from '../store/index.js';
import { withFetchedParser } from './fetched-parser.js';
import type { Fetcher } from './fetcher.js';
import { readReportWith } from './read-report-at.js';

export interface UrlIngestOptions {
  readonly fetcher: Fetcher;
  /** How far each fetched document may take the parser (Config.parse; defaults: DEFAULT_PARSE_LIMITS). */
  readonly limits?: ParseLimits;
  readonly onProgress?: (done: number, total: number, url: string) => void;
}

/**
 * Fetches, parses and stores the report at each URL, one put per report (fetching is slow next to a write, and
 * a stopped batch keeps what it read). A URL that fails (a fetch, a parse past its limits) is recorded with its
 * reason and the batch goes on.
 */
export function ingestUrls(store: Store, urls: readonly string[], options: UrlIngestOptions): Promise<IngestOutcome[]> {
  return withFetchedParser(options.limits, async (parseBytes) => {
    const outcomes: IngestOutcome[] = [];
    for (const [done, url] of urls.entries()) {
      try {
        const report = await readReportWith(url, options.fetcher, parseBytes);
        const [outcome = 'unchanged'] = await store.put([report]);
        outcomes.push({ file: url, outcome, id: report.id, checks: report.checks.length });
      } catch (error) {
        if (!(error instanceof NianbaoError) || error.code === 'store') throw error;
        outcomes.push({ file: url, outcome: 'failed', reason: error.message });
      }
      options.onProgress?.(done + 1, urls.length, url);
    }
    return outcomes;
  });
}
