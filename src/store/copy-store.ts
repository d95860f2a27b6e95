import { StoreError } from '../errors.js';
import type { PutOutcome, Store } from './types.js';

/** What a copy did: per-outcome report counts and how many meta keys it wrote. */
export interface CopySummary {
  readonly reports: Readonly<Record<PutOutcome, number>>;
  readonly metaKeys: number;
}

/**
 * Copies every report (with its ingestion time) and every meta key from one store into another, in batches.
 * Running it again changes nothing: reports whose source is unchanged are left as they are.
 */
export async function copyStore(from: Store, to: Store, batchSize = 500): Promise<CopySummary> {
  if (!to.putStored)
    throw new StoreError(
      'the destination store cannot keep ingestion times (no putStored); copy into a lowdb file or a postgres:// URL.',
    );
  const ingestedAt = new Map((await from.listIngestedSince(null)).map((entry) => [entry.report.id, entry.ingestedAt]));
  // A report without a recorded time counts as old, so the next digest does not announce it.
  const entries = (await from.list()).map((report) => ({
    report,
    ingestedAt: ingestedAt.get(report.id) ?? new Date(0).toISOString(),
  }));
  const reports: Record<PutOutcome, number> = { added: 0, replaced: 0, unchanged: 0 };
  for (let start = 0; start < entries.length; start += batchSize) {
    for (const outcome of await to.putStored(entries.slice(start, start + batchSize))) reports[outcome] += 1;
  }
  const meta = Object.entries((await from.listMeta?.()) ?? {});
  for (const [key, value] of meta) await to.setMeta(key, value);
  return { reports, metaKeys: meta.length };
}
