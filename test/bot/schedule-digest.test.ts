import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIGEST_LAST_SENT_KEY, type DigestSchedule, scheduleDigest } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { makeTempDir } from './helpers.js';

// Captured before any test fakes timers: store writes are real file I/O and need real time to finish.
const realSetTimeout = globalThis.setTimeout;
const pause = (ms: number): Promise<void> => new Promise((resolve) => realSetTimeout(resolve, ms));

const DIGEST = { cron: '0 9 * * *', timeZone: 'Asia/Shanghai', skipUnchanged: true, weeklyDay: null };

describe('scheduleDigest (fake timers; 09:00 Asia/Shanghai is 01:00 UTC)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let path: string;
  let store: Store;
  let schedule: DigestSchedule | undefined;
  let sent: string[];

  beforeEach(async () => {
    temp = await makeTempDir();
    path = `${temp.path}/store.json`;
    store = await openStore(path);
    sent = [];
  });
  afterEach(async () => {
    schedule?.stop();
    schedule = undefined;
    await pause(30);
    vi.useRealTimers();
    await store.close();
    await temp.remove();
  });

  /** Starts the schedule at `now` with a sender that records and persists like sendDigest does. */
  const start = async (now: string): Promise<void> => {
    vi.useFakeTimers({ now: new Date(now), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const send = async (at: Date): Promise<void> => {
      sent.push(at.toISOString());
      await store.setMeta(DIGEST_LAST_SENT_KEY, at.toISOString());
    };
    schedule = scheduleDigest({ digest: DIGEST, store, logger: createMemoryLogger(), send });
    await schedule.ready;
    await pause(30);
  };
  /** Moves the fake clock to `iso`, firing the slots on the way, then lets the store writes finish. */
  const advanceTo = async (iso: string): Promise<void> => {
    await vi.advanceTimersByTimeAsync(Date.parse(iso) - Date.now());
    await pause(30);
  };
  /**
   * Waits (in real time: store writes are file I/O) until `expected.length` digests went out, then compares.
   * For "nothing more", it waits a little longer so that a wrong extra send would have time to show up.
   */
  const expectSent = async (expected: string[]): Promise<void> => {
    // performance.now, not Date.now: the fake clock stands still while we wait.
    const deadline = performance.now() + 3000;
    await pause(30);
    while (sent.length < expected.length && performance.now() < deadline) await pause(10);
    expect(sent).toEqual(expected);
  };
  /** Simulates a restart: stop, reopen the store from its file, start again. */
  const restart = async (now: string): Promise<void> => {
    schedule?.stop();
    await store.close();
    vi.useRealTimers();
    store = await openStore(path);
    await start(now);
  };

  it('sends at 09:00 each day, and not before', async () => {
    await start('2026-03-02T00:59:00Z');
    await advanceTo('2026-03-02T00:59:59Z');
    await expectSent([]);
    await advanceTo('2026-03-02T01:00:00Z');
    await expectSent(['2026-03-02T01:00:00.000Z']);
    await advanceTo('2026-03-03T01:00:00Z');
    await expectSent(['2026-03-02T01:00:00.000Z', '2026-03-03T01:00:00.000Z']);
  });

  it('never sent before: the first start waits for the next slot instead of sending at once', async () => {
    await start('2026-03-02T05:00:00Z');
    await expectSent([]);
  });

  it('a restart after a missed slot catches up once; a second restart does not resend', async () => {
    await store.setMeta(DIGEST_LAST_SENT_KEY, '2026-03-01T01:00:00.000Z');
    await start('2026-03-02T02:00:00Z'); // 10:00: today's 09:00 passed while stopped
    await expectSent(['2026-03-02T02:00:00.000Z']);
    await restart('2026-03-02T02:30:00Z');
    await expectSent(['2026-03-02T02:00:00.000Z']);
    await advanceTo('2026-03-03T01:00:00Z');
    await expectSent(['2026-03-02T02:00:00.000Z', '2026-03-03T01:00:00.000Z']);
  });

  it('a restart before the slot neither resends yesterday nor skips today', async () => {
    await store.setMeta(DIGEST_LAST_SENT_KEY, '2026-03-01T01:00:00.000Z');
    await start('2026-03-02T00:00:00Z'); // 08:00
    await expectSent([]);
    await advanceTo('2026-03-02T01:00:00Z');
    await expectSent(['2026-03-02T01:00:00.000Z']);
  });

  it("a restart right after today's digest does not send it again", async () => {
    await start('2026-03-02T00:59:30Z');
    await advanceTo('2026-03-02T01:00:00Z');
    await expectSent(['2026-03-02T01:00:00.000Z']);
    await restart('2026-03-02T01:05:00Z');
    await advanceTo('2026-03-02T06:00:00Z');
    await expectSent(['2026-03-02T01:00:00.000Z']);
  });

  it('a slot claimed by another instance on the same store is left to it', async () => {
    await store.setMeta(DIGEST_LAST_SENT_KEY, '2026-03-01T01:00:00.000Z');
    expect(
      await store.tryClaim?.(
        'digest:2026-03-02T01:00:00.000Z',
        new Date('2026-03-02T03:00:00Z'),
        new Date('2026-03-02T01:00:00Z'),
      ),
    ).toBe(true);
    await start('2026-03-02T02:00:00Z');
    await expectSent([]);
  });

  it('tries the destinations that missed a digest again every retry interval, until stopped', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T02:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let resends = 0;
    schedule = scheduleDigest({
      digest: DIGEST,
      store,
      logger: createMemoryLogger(),
      send: async () => undefined,
      resend: async () => void resends++,
      retryEveryMs: 15 * 60_000,
    });
    await schedule.ready;
    await vi.advanceTimersByTimeAsync(14 * 60_000);
    expect(resends).toBe(0);
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    expect(resends).toBe(3);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(resends).toBe(3);
  });
});
