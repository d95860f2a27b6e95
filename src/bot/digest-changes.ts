// What changed since the last digest: reports new to the store, reports whose file was replaced, and reports
// failing checks they did not fail before. The digest remembers what it last reported in the store's meta.
import type { Report } from '../parser/index.js';
import type { Store } from '../store/index.js';

/** Store meta key holding the ISO time the last digest went out. */
export const DIGEST_LAST_SENT_KEY = 'digest.lastSentAt';
/** Store meta key holding the reports (and the failing ones) the last digest saw, as JSON. */
export const DIGEST_STATE_KEY = 'digest.state';

/** What the last digest saw: report ids, and the ids of those failing checks. */
export interface DigestState {
  readonly reports: readonly string[];
  readonly failing: readonly string[];
}

export interface DigestChanges {
  /** No digest went out before: everything is new, and the digest says so in one line. */
  readonly isFirst: boolean;
  readonly since: Date | null;
  readonly added: readonly Report[];
  readonly replaced: readonly Report[];
  /** Reports failing a check (severity error) that they did not fail at the last digest; new reports included. */
  readonly newlyFailing: readonly Report[];
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
export const isFailing = (report: Report): boolean => report.checks.some((check) => check.severity === 'error');

/**
 * Compares the store with what the last digest saw. A store from before the digest remembered its state
 * (only the send time) counts every report ingested since as new.
 */
export async function readChanges(store: Store, all: readonly Report[]): Promise<DigestChanges> {
  const since = await readLastSentAt(store);
  const state = await readState(store);
  const next: DigestState = { reports: all.map((report) => report.id), failing: all.filter(isFailing).map(idOf) };
  if (since === null && state === null) {
    return { isFirst: true, since, added: all, replaced: [], newlyFailing: all.filter(isFailing), next };
  }
  const ingested = (await store.listIngestedSince(since)).map((entry) => entry.report);
  const known = new Set(state?.reports ?? []);
  const added = state === null ? ingested : ingested.filter((report) => !known.has(report.id));
  const replaced = state === null ? [] : ingested.filter((report) => known.has(report.id));
  const failedBefore = new Set(state?.failing ?? []);
  // Without a state, only what arrived since can be told apart as new.
  const candidates = state === null ? ingested : all;
  const newlyFailing = candidates.filter((report) => isFailing(report) && !failedBefore.has(report.id));
  return { isFirst: false, since, added, replaced, newlyFailing, next };
}

/** Nothing to tell: no report added or replaced, no new failure. */
export function isUnchanged(changes: DigestChanges): boolean {
  return (
    !changes.isFirst && changes.added.length === 0 && changes.replaced.length === 0 && changes.newlyFailing.length === 0
  );
}

/** Remembers what a digest that went out saw, and when it went. */
export async function recordDigestSent(store: Store, sentAt: Date, state: DigestState): Promise<void> {
  await store.setMeta(DIGEST_STATE_KEY, JSON.stringify(state));
  await store.setMeta(DIGEST_LAST_SENT_KEY, sentAt.toISOString());
}

async function readState(store: Store): Promise<DigestState | null> {
  const raw = await store.getMeta(DIGEST_STATE_KEY);
  if (raw === undefined || raw === '') return null;
  try {
    const value = JSON.parse(raw) as Partial<DigestState>;
    return Array.isArray(value.reports) && Array.isArray(value.failing)
      ? { reports: value.reports, failing: value.failing }
      : null;
  } catch {
    return null;
  }
}

const idOf = (report: Report): string => report.id;
