/** Decides whether one more message may go out for a key (a room) now. */
export interface RateLimiter {
  tryTake(key: string): boolean;
}

/**
 * Allows at most `limit` messages per key in any `windowMs` window (sliding), so a flood of questions in
 * one group cannot make the bot spam it. Other keys are unaffected.
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const sent = new Map<string, number[]>();
  return {
    tryTake(key) {
      const since = now() - windowMs;
      const recent = (sent.get(key) ?? []).filter((at) => at > since);
      const isAllowed = recent.length < limit;
      if (isAllowed) recent.push(now());
      if (recent.length === 0) sent.delete(key);
      else sent.set(key, recent);
      return isAllowed;
    },
  };
}
