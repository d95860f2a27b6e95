import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { createOutbox } from '../../src/bot/outbox.js';
import { sendWecomMarkdown, splitByBytes } from '../../src/bot/wecom.js';
import { startStandIn } from './helpers.js';

describe('WeCom group robot webhooks (local stand-in on 127.0.0.1)', () => {
  let standIn: Awaited<ReturnType<typeof startStandIn>> | undefined;
  afterEach(async () => {
    await standIn?.close();
    standIn = undefined;
  });

  it('posts markdown as WeCom expects', async () => {
    standIn = await startStandIn(() => ({ body: { errcode: 0, errmsg: 'ok' } }));
    const logger = createMemoryLogger();
    const url = `${standIn.url}/cgi-bin/webhook/send?key=secret-key`;
    expect(await sendWecomMarkdown(url, 'wecom#1', '**日报**\n新增 2 份报告', { logger })).toBe(true);
    expect(standIn.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/cgi-bin/webhook/send?key=secret-key',
        body: { msgtype: 'markdown', markdown: { content: '**日报**\n新增 2 份报告' } },
      }),
    ]);
    expect(logger.lines).toEqual([]);
  });

  it('on 45009 (rate limited) waits until the minute is over, then resends', async () => {
    let calls = 0;
    standIn = await startStandIn(() =>
      ++calls === 1 ? { body: { errcode: 45009, errmsg: 'api freq out of limit' } } : { body: { errcode: 0 } },
    );
    const logger = createMemoryLogger();
    const clock = fakeClock(Date.parse('2024-03-01T08:00:23.000Z'));
    const outbox = createOutbox(clock);
    expect(
      await sendWecomMarkdown(`${standIn.url}/send?key=k`, 'wecom#1', '日报', { logger, outbox, now: clock.now }),
    ).toBe(true);
    expect(standIn.requests).toHaveLength(2);
    // 37 s to the end of the minute, plus a second's margin.
    expect(clock.slept).toEqual([38_000]);
    expect(logger.lines).toEqual([
      'warn WeCom webhook wecom#1: rate limited (errcode 45009: api freq out of limit); resending in 38 s',
    ]);
  });

  it('on 93000 (invalid webhook) gives up at once, in one log line', async () => {
    standIn = await startStandIn(() => ({ body: { errcode: 93000, errmsg: 'invalid webhook url' } }));
    const logger = createMemoryLogger();
    const clock = fakeClock(0);
    const url = `${standIn.url}/send?key=k`;
    expect(await sendWecomMarkdown(url, 'wecom#3', '日报', { logger, outbox: createOutbox(clock) })).toBe(false);
    expect(standIn.requests).toHaveLength(1);
    expect(clock.slept).toEqual([]);
    expect(logger.lines).toEqual([
      'warn WeCom webhook wecom#3: errcode 93000: invalid webhook url (the webhook URL is wrong or the robot was removed); not retried',
    ]);
  });

  it('sends at most 20 messages a minute to one robot: the 21st waits for the window, another robot does not', async () => {
    standIn = await startStandIn(() => ({ body: { errcode: 0 } }));
    const clock = fakeClock(1_000_000);
    const deps = { logger: createMemoryLogger(), outbox: createOutbox(clock) };
    const sends = Array.from({ length: 21 }, (_, at) =>
      sendWecomMarkdown(`${standIn!.url}/send?key=a`, 'wecom#1', `第 ${at + 1} 条`, deps),
    );
    sends.push(sendWecomMarkdown(`${standIn.url}/send?key=b`, 'wecom#2', '另一个群', deps));
    expect(await Promise.all(sends)).toEqual(Array(22).fill(true));
    expect(clock.slept).toEqual([60_000]);
    const toA = standIn.requests.filter((request) => request.path.endsWith('key=a'));
    expect(toA.map((request) => (request.body.markdown as { content: string }).content)).toEqual(
      Array.from({ length: 21 }, (_, at) => `第 ${at + 1} 条`),
    );
  });

  it('gives up after the retry, logs without the secret URL, and never throws', async () => {
    standIn = await startStandIn(() => ({ status: 500, body: {} }));
    const logger = createMemoryLogger();
    const url = `${standIn.url}/send?key=very-secret`;
    expect(await sendWecomMarkdown(url, 'wecom#2', '日报', { logger, retryDelayMs: 1 })).toBe(false);
    expect(standIn.requests).toHaveLength(2);
    expect(logger.lines).toEqual([
      'warn WeCom webhook wecom#2: send failed (attempt 1), retrying once: Error: HTTP 500',
      'warn WeCom webhook wecom#2: send failed (attempt 2), giving up: Error: HTTP 500',
    ]);
  });

  it('survives a closed port (connection refused) the same way', async () => {
    standIn = await startStandIn();
    const url = `${standIn.url}/send?key=very-secret`;
    await standIn.close();
    standIn = undefined;
    const logger = createMemoryLogger();
    expect(await sendWecomMarkdown(url, 'wecom#1', '日报', { logger, retryDelayMs: 1 })).toBe(false);
    expect(logger.lines).toHaveLength(2);
    expect(logger.lines.join('\n')).not.toContain('very-secret');
  });

  it('sends a long digest as several messages under 4096 bytes each', async () => {
    standIn = await startStandIn(() => ({ body: { errcode: 0 } }));
    const text = Array.from({ length: 200 }, (_, at) => `· 深圳市龙岗区人民政府 ${at} 号报告：行政复议 15 件`).join(
      '\n',
    );
    expect(await sendWecomMarkdown(`${standIn.url}/send`, 'wecom#1', text, { logger: createMemoryLogger() })).toBe(
      true,
    );
    const contents = standIn.requests.map((request) => (request.body.markdown as { content: string }).content);
    expect(contents.length).toBeGreaterThan(1);
    expect(contents.every((content) => Buffer.byteLength(content) <= 4000)).toBe(true);
    expect(contents.join('\n')).toBe(text);
  });
});

/** A clock that only moves when the outbox sleeps, so waits are asserted exactly and cost no time. */
function fakeClock(start: number) {
  let time = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => time,
    sleep: async (ms: number) => {
      slept.push(ms);
      time += ms;
    },
  };
}

describe('splitByBytes', () => {
  it.each([
    ['a\nb', 3, ['a\nb']],
    ['a\nb', 2, ['a', 'b']],
    ['一二三', 6, ['一二', '三']],
    ['', 10, []],
  ])('splitByBytes(%j, %i)', (text, maxBytes, parts) => {
    expect(splitByBytes(text, maxBytes)).toEqual(parts);
  });
});
