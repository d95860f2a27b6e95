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
  /** Sends the last digest to the destinations that missed it (resendPendingDigest), every `retryEveryMs`. */
  readonly resend?: () => Promise<unknown>;
  readonly retryEveryMs?: number;
}

/** How often a digest that failed for some destinations is tried again for them. */
export const DIGEST_RETRY_MS = 15 * 60_000;

/** Starts the schedule. Nothing is sent at start unless a slot passed since the last recorded send. */
export function scheduleDigest(deps: ScheduleDeps): DigestSchedule {
  const { digest, logger } = deps;
  const runSlot = async (slot: Date): Promise<void> => {
    // The digest is dated when its slot fires, however long the store takes to answer.
    const firedAt = new Date();
    try {
      if (await isSlotServed(deps.store, slot)) return;
      if (!(await claimSlot(deps.store, slot))) {
        logger.info(`digest: the slot at ${slot.toISOString()} is being served by another instance`);
        return;
      }
      await deps.send(firedAt);
    } catch (error) {
      logger.error('digest: scheduled send failed', error);
    }
  };
  // protect: a slow send (spaced WeChat rooms) must not overlap the next slot.
  const job = new Cron(digest.cron, { timezone: digest.timeZone, protect: true, paused: true }, (self: Cron) =>
    runSlot(self.currentRun() ?? new Date()),
  );
  const ready = catchUp(deps, job, runSlot).finally(() => {
    if (!job.isStopped()) job.resume();
  });
  const next = job.nextRun();
  logger.info(`digest: scheduled "${digest.cron}" (${digest.timeZone}), next ${next?.toISOString() ?? 'never'}`);
  const retry =
    deps.resend === undefined ? undefined : repeatResend(deps.resend, deps.retryEveryMs ?? DIGEST_RETRY_MS, logger);
  return {
    ready,
    stop: () => {
      job.stop();
      retry?.stop();
    },
  };
}

// A timer chain rather than setInterval: a slow resend (spaced WeChat rooms) never overlaps the next one.
function repeatResend(resend: () => Promise<unknown>, everyMs: number, logger: Logger): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let isStopped = false;
  const tick = (): void => {
    resend()
      .catch((error: unknown) => logger.error('digest: resending to the destinations that missed it failed', error))
      .finally(() => {
        if (!isStopped) timer = setTimeout(tick, everyMs);
      });
  };
  timer = setTimeout(tick, everyMs);
  return {
    stop: () => {
      isStopped = true;
      clearTimeout(timer);
    },
  };
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

/** How long a claimed slot stays claimed: longer than any send (spaced WeChat rooms take minutes). */
const CLAIM_MS = 60 * 60 * 1000;

// Several bot instances on one shared (Postgres) store: exactly one of them sends each slot.
async function claimSlot(store: Store, slot: Date): Promise<boolean> {
  if (store.tryClaim === undefined) return true;
  const now = new Date();
  // A catch-up runs long after its slot: the claim must still be held after now.
  return store.tryClaim(
    `digest:${slot.toISOString()}`,
    new Date(Math.max(slot.getTime(), now.getTime()) + CLAIM_MS),
    now,
  );
}

async function isSlotServed(store: Store, slot: Date): Promise<boolean> {
  const lastSentAt = await readLastSentAt(store);
  return lastSentAt !== null && lastSentAt >= slot;
}
