// Every message the bot sends goes through here: paced per destination within its platform's limits, and
// retried as the platform's answer says (later, after a pause, or never). Channels only say what their limits are.
import { describeBriefly, type Logger } from './logger.js';

/** A platform's limits for one destination (a WeCom robot, a WeChat room). */
export interface Pacing {
  /** At most this many messages in any 60 s (WeCom robots: 20). */
  readonly perMinute?: number;
  /** At least this long between two messages (the parts of a long WeChat reply). */
  readonly minGapMs?: number;
  /** Retries after an ordinary failure (timeout, HTTP 500), `retryDelayMs` apart. */
  readonly retries?: number;
  readonly retryDelayMs?: number;
}

/** How the platform said a send failed: try again after `retryAfterMs`, or never (`permanent`). */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly retry: { readonly afterMs: number } | 'never',
  ) {
    super(message);
    this.name = 'SendFailure';
  }
}

/** One message to send: `destination` is its key for pacing, `label` names it in logs (never with a secret). */
export interface Outgoing {
  readonly destination: string;
  readonly label: string;
  readonly pacing: Pacing;
  readonly logger: Logger;
}

export interface Outbox {
  /** Waits the message's turn, then runs `attempt`, retrying as its failure says. Resolves true when it arrived. */
  send(message: Outgoing, attempt: () => Promise<void>): Promise<boolean>;
}

export interface OutboxDeps {
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** How often one message is resent after the platform said "later" (45009) before giving up. */
const MAX_RATE_LIMITED_RESENDS = 3;
const WINDOW_MS = 60_000;
const MAX_TRACKED = 1000;

/** Creates an outbox; messages to one destination go out one at a time, in order. */
export function createOutbox(deps: OutboxDeps = {}): Outbox {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const queues = new Map<string, Promise<unknown>>();
  const sentAt = new Map<string, number[]>();

  const waitForTurn = async (destination: string, pacing: Pacing): Promise<void> => {
    const times = (sentAt.get(destination) ?? []).filter((at) => at > now() - WINDOW_MS);
    const last = times.at(-1);
    let wait = pacing.minGapMs !== undefined && last !== undefined ? last + pacing.minGapMs - now() : 0;
    if (pacing.perMinute !== undefined && times.length >= pacing.perMinute) {
      const oldest = times[times.length - pacing.perMinute] ?? now();
      wait = Math.max(wait, oldest + WINDOW_MS - now());
    }
    if (wait > 0) await sleep(wait);
    sentAt.set(destination, [...times.filter((at) => at > now() - WINDOW_MS), now()]);
    // One-off destinations (a WeCom message's response_url) must not pile up in a long-running bot.
    if (sentAt.size > MAX_TRACKED) {
      for (const [key, list] of sentAt) if ((list.at(-1) ?? 0) <= now() - WINDOW_MS) sentAt.delete(key);
    }
  };

  const deliver = async ({ destination, label, pacing, logger }: Outgoing, attempt: () => Promise<void>) => {
    const retries = pacing.retries ?? 0;
    let failures = 0;
    let resends = 0;
    for (;;) {
      await waitForTurn(destination, pacing);
      try {
        await attempt();
        return true;
      } catch (error) {
        if (error instanceof SendFailure && error.retry === 'never') {
          logger.warn(`${label}: ${error.message}; not retried`);
          return false;
        }
        if (error instanceof SendFailure && resends < MAX_RATE_LIMITED_RESENDS) {
          resends += 1;
          const { afterMs } = error.retry as { afterMs: number };
          logger.warn(`${label}: rate limited (${error.message}); resending in ${Math.ceil(afterMs / 1000)} s`);
          await sleep(afterMs);
          continue;
        }
        failures += 1;
        const isLast = failures > retries;
        const next = isLast ? 'giving up' : retries === 1 ? 'retrying once' : `retrying (${failures}/${retries})`;
        logger.warn(`${label}: send failed (attempt ${failures}), ${next}: ${describeBriefly(error)}`);
        if (isLast) return false;
        await sleep(pacing.retryDelayMs ?? 2000);
      }
    }
  };

  return {
    send(message, attempt) {
      const { destination } = message;
      const previous = queues.get(destination) ?? Promise.resolve();
      const run = previous.then(() => deliver(message, attempt));
      const tail = run.catch(() => false);
      queues.set(destination, tail);
      void tail.then(() => {
        if (queues.get(destination) === tail) queues.delete(destination);
      });
      return run;
    },
  };
}

/** The process's outbox, so that every message to one destination (digest, alerts, replies) is paced together. */
export const SHARED_OUTBOX: Outbox = createOutbox();
