// Compose the digest, send it everywhere configured or subscribed, and remember what it said, so a restart
// neither resends nor skips, and the next digest tells only what changed.
import type { Config } from '../config.js';
import type { Store } from '../store/index.js';
import { drawDigestImages } from './answer-chart.js';
import { buildDigest } from './compose-digest.js';
import { DIGEST_LAST_SENT_KEY, recordDigestSent } from './digest-changes.js';
import { listSubscribedTargets } from './digest-subscriptions.js';
import { type DigestTarget, deliver, listConfiguredTargets, type TargetDeps } from './digest-targets.js';
import { createLogger } from './logger.js';

export interface SendDigestDeps extends Partial<TargetDeps> {
  readonly config: Config;
  readonly store: Store;
  readonly now?: Date;
  /** Extra destinations only a running bot has (WeChat rooms), sent after the configured ones. */
  readonly extraTargets?: readonly DigestTarget[];
  /** The running WeChat bot's rooms by id, for rooms that subscribed (订阅日报). */
  readonly roomTarget?: (roomId: string) => DigestTarget;
  /** false: the text only (tests about delivery, which need no pictures drawn). */
  readonly drawCharts?: boolean;
}

/** What a send did; `skipped` when nothing changed and DIGEST_SKIP_UNCHANGED held the digest back. */
export interface DigestSendResult {
  readonly sent: string[];
  readonly failed: string[];
  readonly skipped?: true;
}

/**
 * Sends the digest now to the configured Slack channels and WeCom robots, the subscribed groups and
 * `extraTargets`, with its charts where the channel takes pictures. What it saw and when are stored when at
 * least one destination received it, so a total failure is retried next time. A day with nothing new sends
 * nothing (DIGEST_SKIP_UNCHANGED), or the short weekly digest on DIGEST_WEEKLY_DAY.
 */
export async function sendDigest(deps: SendDigestDeps): Promise<DigestSendResult> {
  const logger = deps.logger ?? createLogger();
  const now = deps.now ?? new Date();
  if (deps.extraTargets === undefined && (deps.config.wechat?.digestRooms.length ?? 0) > 0) {
    logger.info('digest: WeChat rooms get the digest only from the running bot (nianbao serve)');
  }
  const targets = await listTargets(deps, logger);
  if (targets.length === 0) {
    logger.warn(
      'digest: no destination (SLACK_DIGEST_CHANNELS, WECOM_WEBHOOK_URLS, WECHAT_DIGEST_ROOMS with a running bot, or a group that said 订阅日报)',
    );
    return { sent: [], failed: [] };
  }
  const { digest: options } = deps.config;
  const digest = await buildDigest(deps.store, now, options);
  if (digest.kind === 'unchanged') {
    logger.info('digest: nothing new since the last digest; none sent today (DIGEST_SKIP_UNCHANGED)');
    return { sent: [], failed: [], skipped: true };
  }
  const images = deps.drawCharts === false ? [] : await drawDigestImages(digest.charts, logger);
  const result = await deliver(digest.text, targets, logger, images);
  if (result.sent.length > 0) await recordDigestSent(deps.store, now, digest.state);
  // Whoever missed it gets this digest later (resendPendingDigest), not the next day's only.
  await writePending(
    deps.store,
    result.failed.length > 0 ? { text: digest.text, composedAt: now.toISOString(), targets: result.failed } : null,
  );
  logger.info(`digest: sent to ${result.sent.length}, failed ${result.failed.length}`);
  return result;
}

async function listTargets(deps: SendDigestDeps, logger: TargetDeps['logger']): Promise<DigestTarget[]> {
  const configured = [...listConfiguredTargets(deps.config, { ...deps, logger }), ...(deps.extraTargets ?? [])];
  const subscribed = await listSubscribedTargets(deps.store, deps.config, configured, { ...deps, logger });
  return [...configured, ...subscribed];
}

/** Store meta key holding the digest some destinations have not received yet (JSON), or '' when none. */
export const DIGEST_PENDING_KEY = 'digest.pending';

/** A pending digest older than this is dropped: by then the next day's digest has replaced it. */
const PENDING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

interface PendingDigest {
  readonly text: string;
  readonly composedAt: string;
  readonly targets: readonly string[];
}

/**
 * Sends the last digest again to the destinations it failed for (a robot that was down, a WeChat room while
 * the account was logged out). Those that still fail stay pending; a destination not running now is kept
 * for later. Returns what was sent and what is still pending.
 */
export async function resendPendingDigest(deps: SendDigestDeps): Promise<{ sent: string[]; failed: string[] }> {
  const logger = deps.logger ?? createLogger();
  const now = deps.now ?? new Date();
  const pending = await readPending(deps.store);
  if (pending === null) return { sent: [], failed: [] };
  if (now.getTime() - Date.parse(pending.composedAt) > PENDING_MAX_AGE_MS) {
    logger.warn(`digest: not delivered to ${pending.targets.join(', ')} within a day; dropped`);
    await writePending(deps.store, null);
    return { sent: [], failed: [] };
  }
  const available = await listTargets(deps, logger);
  const due = available.filter((target) => pending.targets.includes(target.name));
  const result = await deliver(pending.text, due, logger);
  const stillPending = pending.targets.filter((name) => !result.sent.includes(name));
  await writePending(deps.store, stillPending.length > 0 ? { ...pending, targets: stillPending } : null);
  if (result.sent.length > 0) {
    const lastSentAt = await deps.store.getMeta(DIGEST_LAST_SENT_KEY);
    if (lastSentAt === undefined || lastSentAt < pending.composedAt) {
      await deps.store.setMeta(DIGEST_LAST_SENT_KEY, pending.composedAt);
    }
    logger.info(`digest: resent to ${result.sent.join(', ')}; still pending ${stillPending.length}`);
  }
  return { sent: result.sent, failed: stillPending };
}

async function readPending(store: Store): Promise<PendingDigest | null> {
  const raw = await store.getMeta(DIGEST_PENDING_KEY);
  if (raw === undefined || raw === '') return null;
  try {
    const value = JSON.parse(raw) as PendingDigest;
    return typeof value.text === 'string' && Array.isArray(value.targets) ? value : null;
  } catch {
    return null;
  }
}

async function writePending(store: Store, pending: PendingDigest | null): Promise<void> {
  const value = pending === null ? '' : JSON.stringify(pending);
  if (value === '' && ((await store.getMeta(DIGEST_PENDING_KEY)) ?? '') === '') return;
  await store.setMeta(DIGEST_PENDING_KEY, value);
}
