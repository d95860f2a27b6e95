// Compose the digest, send it everywhere configured, and remember when, so a restart neither resends nor skips.
import type { Config } from '../config.js';
import type { Store } from '../store/index.js';
import { composeDigest, DIGEST_LAST_SENT_KEY } from './compose-digest.js';
import { type DigestTarget, deliver, listConfiguredTargets, type TargetDeps } from './digest-targets.js';
import { createLogger } from './logger.js';

export interface SendDigestDeps extends Partial<TargetDeps> {
  readonly config: Config;
  readonly store: Store;
  readonly now?: Date;
  /** Extra destinations only a running bot has (WeChat rooms), sent after the configured ones. */
  readonly extraTargets?: readonly DigestTarget[];
}

/**
 * Sends the digest now to the configured Slack channels and WeCom robots (plus `extraTargets`). The send
 * time is stored when at least one destination received it, so a total failure is retried next time.
 */
export async function sendDigest(deps: SendDigestDeps): Promise<{ sent: string[]; failed: string[] }> {
  const logger = deps.logger ?? createLogger();
  const now = deps.now ?? new Date();
  if (deps.extraTargets === undefined && (deps.config.wechat?.digestRooms.length ?? 0) > 0) {
    logger.info('digest: WeChat rooms get the digest only from the running bot (nianbao serve)');
  }
  const targets = [...listConfiguredTargets(deps.config, { ...deps, logger }), ...(deps.extraTargets ?? [])];
  if (targets.length === 0) {
    logger.warn(
      'digest: no destination configured (SLACK_DIGEST_CHANNELS, WECOM_WEBHOOK_URLS or WECHAT_DIGEST_ROOMS with a running bot)',
    );
    return { sent: [], failed: [] };
  }
  const text = await composeDigest(deps.store, now, { timeZone: deps.config.digest.timeZone });
  const result = await deliver(text, targets, logger);
  if (result.sent.length > 0) await deps.store.setMeta(DIGEST_LAST_SENT_KEY, now.toISOString());
  // Whoever missed it gets this digest later (resendPendingDigest), not the next day's only.
  await writePending(
    deps.store,
    result.failed.length > 0 ? { text, composedAt: now.toISOString(), targets: result.failed } : null,
  );
  logger.info(`digest: sent to ${result.sent.length}, failed ${result.failed.length}`);
  return result;
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
  const available = [...listConfiguredTargets(deps.config, { ...deps, logger }), ...(deps.extraTargets ?? [])];
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
