import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/bot/rate-limit.js';

describe('createRateLimiter', () => {
  it('allows `limit` per sliding window per key', () => {
    let now = 0;
    const limiter = createRateLimiter(2, 60_000, () => now);
    expect([limiter.tryTake('room-a'), limiter.tryTake('room-a'), limiter.tryTake('room-a')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limiter.tryTake('room-b')).toBe(true);
    now = 59_999;
    expect(limiter.tryTake('room-a')).toBe(false);
    now = 60_001;
    expect([limiter.tryTake('room-a'), limiter.tryTake('room-a'), limiter.tryTake('room-a')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
