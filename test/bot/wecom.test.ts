import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../src/bot/logger.js';
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

  it('retries once after an error reply, and succeeds', async () => {
    let calls = 0;
    standIn = await startStandIn(() =>
      ++calls === 1 ? { body: { errcode: 45009, errmsg: 'api freq out of limit' } } : { body: { errcode: 0 } },
    );
    const logger = createMemoryLogger();
    expect(await sendWecomMarkdown(`${standIn.url}/send?key=k`, 'wecom#1', '日报', { logger, retryDelayMs: 1 })).toBe(
      true,
    );
    expect(standIn.requests).toHaveLength(2);
    expect(logger.lines).toEqual([
      'warn WeCom webhook wecom#1: send failed (attempt 1), retrying once: Error: errcode 45009: api freq out of limit',
    ]);
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
