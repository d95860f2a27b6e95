// What changed since the last digest: reports new to the store, reports whose file was replaced, and reports
// failing checks they did not fail before. The store keeps when each report was first ingested, last replaced
// and began failing, so the digest asks it for what changed since the time it last went out (its meta).
import type { Report } from '../parser/index.js';
import { hasFailedCheck, type ReportCounts, type ReportSample, type Store } from '../store/index.js';

/** Store meta key holding the ISO time the last digest went out. */
export const DIGEST_LAST_SENT_KEY = 'digest.lastSentAt';
/** Store meta key holding what the last digest remembered, as JSON. */
export const DIGEST_STATE_KEY = 'digest.state';

/**
 * What a digest remembers besides its time. Digests before version 2 kept every report id (and the failing ones);
 * the store now keeps the times that tell what changed, so the state only says it no longer holds the ids.
 */
export interface DigestState {
  readonly version: 2;
}

/** Older digests' state: the ids of every report and of those failing, as the last digest saw them. */
interface IdState {
  readonly reports: readonly string[];
  readonly failing: readonly string[];
}

export interface DigestChanges {
  /** No digest went out before: everything is new, and the digest says so in one line. */
  readonly isFirst: boolean;
  readonly since: Date | null;
  /** Each kind of change: how many, and the first LIST_LIMIT in insertion order (the first digest: none listed). */
  readonly added: ReportSample;
  readonly replaced: ReportSample;
  /** Reports failing a check (severity error) that they did not fail at the last digest; new reports included. */
  readonly newlyFailing: ReportSample;
  /** What to remember once this digest has gone out. */
  readonly next: DigestState;
}

/** The time the last digest went out, or null when none has. */
export async function readLastSentAt(store: Store): Promise<Date | null> {
  const value = await store.getMeta(DIGEST_LAST_SENT_KEY);
  const time = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}

/** A check a person should hear about: an error (warnings are the parser's notes). */
export const isFailing = (report: Report): boolean => hasFailedCheck(report);

const NEXT: DigestState = { version: 2 };

/**
 * What changed since the last digest, at most `limit` of each kind listed. A store whose last digest kept report
 * ids is compared with them once (what was ingested since, by id); after that, by the store's times.
 */
export async function readChanges(store: Store, counts: ReportCounts, limit: number): Promise<DigestChanges> {
  const since = await readLastSentAt(store);
  const state = await readIdState(store);
  if (since === null && state === null) {
    const failing = counts.years.reduce((total, entry) => total + entry.failing, 0);
    const none = { count: 0, reports: [] };
    return {
      isFirst: true,
      since,
      added: { count: counts.reports, reports: [] },
      replaced: none,
      newlyFailing: { count: failing, reports: [] },
      next: NEXT,
    };
  }
  if (state !== null) return { ...(await compareWithIds(store, since, state, limit)), next: NEXT };
  if (!store.listChanges) throw new Error('the store cannot tell what changed since a time (no listChanges)');
  const changes = await store.listChanges(since ?? new Date(0), { limit });
  return { isFirst: false, since, ...changes, next: NEXT };
}

/** Changes against an older digest's ids: what was ingested since, new or replaced by id, failing or not before. */
async function compareWithIds(
  store: Store,
  since: Date | null,
  state: IdState,
  limit: number,
): Promise<Omit<DigestChanges, 'next'>> {
  const ingested = (await store.listIngestedSince(since)).map((entry) => entry.report);
  const known = new Set(state.reports);
  const failedBefore = new Set(state.failing);
  const sample = (reports: readonly Report[]): ReportSample => ({
    count: reports.length,
    reports: reports.slice(0, limit),
  });
  return {
    isFirst: false,
    since,
    added: sample(ingested.filter((report) => !known.has(report.id))),
    replaced: sample(ingested.filter((report) => known.has(report.id))),
    newlyFailing: sample(ingested.filter((report) => isFailing(report) && !failedBefore.has(report.id))),
  };
}

/** Nothing to tell: no report added or replaced, no new failure. */
export function isUnchanged(changes: DigestChanges): boolean {
  return (
    !changes.isFirst && changes.added.count === 0 && changes.replaced.count === 0 && changes.newlyFailing.count === 0
  );
}

/** Remembers what a digest that went out saw, and when it went. */
export async function recordDigestSent(store: Store, sentAt: Date, state: DigestState): Promise<void> {
  await store.setMeta(DIGEST_STATE_KEY, JSON.stringify(state));
  await store.setMeta(DIGEST_LAST_SENT_KEY, sentAt.toISOString());
}

/** An older digest's ids, or null (none, or a version 2 state). */
async function readIdState(store: Store): Promise<IdState | null> {
  const raw = await store.getMeta(DIGEST_STATE_KEY);
  if (raw === undefined || raw === '') return null;
  try {
    const value = JSON.parse(raw) as Partial<IdState>;
    return Array.isArray(value.reports) && Array.isArray(value.failing)
      ? { reports: value.reports, failing: value.failing }
      : null;
  } catch {
    return null;
  }
}
