// Slack replay protection: a signed request is accepted only near its timestamp, and each event or trigger
// is answered once (Slack retries, and an attacker may resend a captured request within the window).

/** Slack's window: a request whose timestamp differs from now by more than this (either way) is refused. */
export const SLACK_MAX_SKEW_SECONDS = 5 * 60;

/**
 * Why a request's `x-slack-request-timestamp` is refused, or undefined when it is fresh (or absent: bolt's
 * signature check refuses that). Bolt refuses old timestamps only; this also refuses ones from the future.
 */
export function checkSlackTimestamp(header: string | string[] | undefined, nowMs: number): string | undefined {
  if (header === undefined || Array.isArray(header)) return undefined;
  const seconds = Number(header);
  if (!Number.isFinite(seconds)) return undefined;
  const skew = seconds - Math.floor(nowMs / 1000);
  if (Math.abs(skew) <= SLACK_MAX_SKEW_SECONDS) return undefined;
  return `timestamp ${Math.abs(skew)} s in the ${skew > 0 ? 'future' : 'past'}`;
}

/** The id Slack gives one delivery: event_id for Events API callbacks, trigger_id for commands and actions. */
export function deliveryIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { event_id: eventId, trigger_id: triggerId } = body as { event_id?: unknown; trigger_id?: unknown };
  if (typeof eventId === 'string' && eventId !== '') return `event:${eventId}`;
  if (typeof triggerId === 'string' && triggerId !== '') return `trigger:${triggerId}`;
  return undefined;
}

/** Remembers ids for `ttlMs` (longer than the timestamp window, past which a replay is refused anyway). */
export function createSeenIds(ttlMs = 2 * SLACK_MAX_SKEW_SECONDS * 1000, now: () => number = Date.now) {
  const seen = new Map<string, number>();
  return {
    /** True the first time an id is offered within `ttlMs`. */
    isFirst(id: string): boolean {
      for (const [other, at] of seen) {
        if (now() - at < ttlMs) break; // insertion order is time order
        seen.delete(other);
      }
      if (seen.has(id)) return false;
      seen.set(id, now());
      return true;
    },
  };
}
