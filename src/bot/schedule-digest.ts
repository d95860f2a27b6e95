// Runs the digest on DIGEST_CRON in DIGEST_TZ. The last send time lives in the store, so after a restart
// a missed slot is caught up once and a slot already served is not served again.
import { Cron } from 'croner';
import type { DigestConfig } from '../config.js';
import type { Store } from '../store/index.js';
import { readLastSentAt } from './compose-digest.js';
import type { Logger } from './logger.js';

export interface DigestSchedule {
  /** Settles once the start-up catch-up (if any) is done. */
  readonly ready: Promise<void>;
  stop(): void;
}

export interface ScheduleDeps {
  readonly digest: DigestConfig;
  readonly store: Store;
  readonly logger: Logger;
  /** Sends the digest and records the send time in the store (sendDigest does both). */
  readonly send: (now: Date) => Promise<unknown>;
}

/** Starts the schedule. Nothing is sent at start unless a slot passed since the last recorded send. */
export function scheduleDigest(deps: ScheduleDeps): DigestSchedule {
  const { digest, logger } = deps;
  const runSlot = async (slot: Date): Promise<void> => {
    try {
      if (await isSlotServed(deps.store, slot)) return;
      await deps.send(new Date());
    } catch (error) {
      logger.error('digest: scheduled send failed', error);
    }
  };
  // protect: a slow send (spaced WeChat rooms) must not overlap the next slot.
  const job = new Cron(digest.cron, { timezone: digest.timeZone, protect: true, paused: true }, (self: Cron) =>
    runSlot(self.currentRun() ?? new Date()));
  const ready = catchUp(deps, job, runSlot).finally(() => {
    if (!job.isStopped()) job.resume();
  });
  const next = job.nextRun();
  logger.info(`digest: scheduled "${digest.cron}" (${digest.timeZone}), next ${next?.toISOString() ?? 'never'}`);
  return { ready, stop: () => job.stop() };
}

async function catchUp(deps: ScheduleDeps, job: Cron, runSlot: (slot: Date) => Promise<void>): Promise<void> {
  const lastSentAt = await readLastSentAt(deps.store).catch(() => null);
  // Never sent: wait for the first slot rather than surprise everyone at start-up.
  if (lastSentAt === null) return;
  const [previousSlot] = job.previousRuns(1, new Date());
  if (previousSlot !== undefined && lastSentAt < previousSlot) {
    deps.logger.info(`digest: the slot at ${previousSlot.toISOString()} was missed while stopped; sending now`);
    await runSlot(previousSlot);
  }
}

async function isSlotServed(store: Store, slot: Date): Promise<boolean> {
  const lastSentAt = await readLastSentAt(store);
  return lastSentAt !== null && lastSentAt >= slot;
}
