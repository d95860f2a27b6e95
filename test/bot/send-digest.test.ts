import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  composeDigest,
  DIGEST_LAST_SENT_KEY,
  DIGEST_PENDING_KEY,
  type DigestTarget,
  resendPendingDigest,
  sendDigest,
} from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { loadConfig } from '../../src/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { makeTempDir, openExpectedStore, startStandIn } from './helpers.js';

const NOW = new Date('2026-03-02T01:00:00Z');

describe('sendDigest to Slack channels and WeCom robots (local stand-ins)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let path: string;
  let store: Store;
  let slackApi: Awaited<ReturnType<typeof startStandIn>>;
  let wecom: Awaited<ReturnType<typeof startStandIn>>;
  let isBrokenFixed: boolean;
  beforeEach(async () => {
    temp = await makeTempDir();
    path = `${temp.path}/store.json`;
    store = await openExpectedStore(path);
    slackApi = await startStandIn();
    // The robot with key "broken" fails (HTTP 500, until `isBrokenFixed`); the others accept.
    isBrokenFixed = false;
    wecom = await startStandIn((request) =>
      request.path.endsWith('key=broken') && !isBrokenFixed ? { status: 500, body: {} } : { body: { errcode: 0 } },
    );
  });
  afterEach(async () => {
    await slackApi.close();
    await wecom.close();
    await store.close();
    await temp.remove();
  });
  // These tests are about delivery: the pictures are tested in test/bot/digest-charts.test.ts.
  const drawCharts = false;
  const configWith = (webhookKeys: string[]) =>
    loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_DIGEST_CHANNELS: 'C1,C2',
      WECOM_WEBHOOK_URLS: webhookKeys.map((key) => `${wecom.url}/cgi-bin/webhook/send?key=${key}`).join(','),
    });

  it('sends the same digest everywhere; one failing destination does not stop the others', async () => {
    const logger = createMemoryLogger();
    const expected = await composeDigest(store, NOW);
    const result = await sendDigest({
      config: configWith(['broken', 'good']),
      store,
      now: NOW,
      logger,
      drawCharts,
      slackApiUrl: `${slackApi.url}/api/`,
      wecomRetryDelayMs: 1,
    });
    expect(result).toEqual({ sent: ['slack:C1', 'slack:C2', 'wecom#2'], failed: ['wecom#1'] });
    expect(slackApi.requests.map((request) => [request.path, request.body.channel, request.body.text])).toEqual([
      ['/api/chat.postMessage', 'C1', expected],
      ['/api/chat.postMessage', 'C2', expected],
    ]);
    const good = wecom.requests.filter((request) => request.path.endsWith('key=good'));
    expect(good.map((request) => request.body)).toEqual([{ msgtype: 'markdown', markdown: { content: expected } }]);
    expect(wecom.requests.filter((request) => request.path.endsWith('key=broken'))).toHaveLength(2); // retried once
    expect(logger.lines.join('\n')).not.toMatch(/key=|xoxb-test/);
  });

  it('a destination that missed the digest gets it later, once; the others do not get it twice', async () => {
    const logger = createMemoryLogger();
    const config = configWith(['broken', 'good']);
    const deps = { config, store, logger, drawCharts, slackApiUrl: `${slackApi.url}/api/`, wecomRetryDelayMs: 1 };
    const expected = await composeDigest(store, NOW);
    await sendDigest({ ...deps, now: NOW });
    const toBroken = () => wecom.requests.filter((request) => request.path.endsWith('key=broken'));
    expect(toBroken()).toHaveLength(2);
    // Still broken an hour later: stays pending.
    expect(await resendPendingDigest({ ...deps, now: new Date(NOW.getTime() + 3_600_000) })).toEqual({
      sent: [],
      failed: ['wecom#1'],
    });
    isBrokenFixed = true;
    const later = await resendPendingDigest({ ...deps, now: new Date(NOW.getTime() + 7_200_000) });
    expect(later).toEqual({ sent: ['wecom#1'], failed: [] });
    expect(toBroken().at(-1)?.body).toEqual({ msgtype: 'markdown', markdown: { content: expected } });
    expect(slackApi.requests).toHaveLength(2);
    expect(wecom.requests.filter((request) => request.path.endsWith('key=good'))).toHaveLength(1);
    expect(await store.getMeta(DIGEST_PENDING_KEY)).toBe('');
    expect(await resendPendingDigest({ ...deps, now: new Date(NOW.getTime() + 7_300_000) })).toEqual({
      sent: [],
      failed: [],
    });
    expect(toBroken()).toHaveLength(5);
  });

  it('a digest that reached nobody is resent later and then counts as sent', async () => {
    const config = loadConfig({ WECOM_WEBHOOK_URLS: `${wecom.url}/send?key=broken` });
    const deps = { config, store, logger: createMemoryLogger(), wecomRetryDelayMs: 1 };
    await sendDigest({ ...deps, now: NOW });
    expect(await store.getMeta(DIGEST_LAST_SENT_KEY)).toBeUndefined();
    isBrokenFixed = true;
    expect(await resendPendingDigest({ ...deps, now: new Date(NOW.getTime() + 60_000) })).toEqual({
      sent: ['wecom#1'],
      failed: [],
    });
    expect(await store.getMeta(DIGEST_LAST_SENT_KEY)).toBe(NOW.toISOString());
  });

  it('a pending digest older than a day is dropped, not sent', async () => {
    const deps = {
      config: configWith(['broken']),
      store,
      logger: createMemoryLogger(),
      drawCharts,
      wecomRetryDelayMs: 1,
    };
    await sendDigest({ ...deps, slackApiUrl: `${slackApi.url}/api/`, now: NOW });
    isBrokenFixed = true;
    const requests = wecom.requests.length;
    const result = await resendPendingDigest({ ...deps, now: new Date(NOW.getTime() + 25 * 3_600_000) });
    expect(result).toEqual({ sent: [], failed: [] });
    expect(wecom.requests).toHaveLength(requests);
    expect(deps.logger.lines).toContain('warn digest: not delivered to wecom#1 within a day; dropped');
  });

  it('extra targets (WeChat rooms from the running bot) get it after the configured ones', async () => {
    const expected = await composeDigest(store, NOW);
    const received: string[] = [];
    const room: DigestTarget = { name: 'wechat:年报工作群', send: async (text) => void received.push(text) };
    const result = await sendDigest({
      config: configWith(['good']),
      store,
      now: NOW,
      logger: createMemoryLogger(),
      drawCharts,
      slackApiUrl: `${slackApi.url}/api/`,
      extraTargets: [room],
    });
    expect(result.sent).toEqual(['slack:C1', 'slack:C2', 'wecom#1', 'wechat:年报工作群']);
    expect(received).toEqual([expected]);
  });

  it('remembers the send time across a restart, so the next digest lists only newer reports', async () => {
    const sentAt = new Date(); // after the reports were stored
    await sendDigest({
      config: configWith(['good']),
      store,
      now: sentAt,
      logger: createMemoryLogger(),
      drawCharts,
      slackApiUrl: `${slackApi.url}/api/`,
    });
    await store.close();
    store = await openStore(path);
    expect(await store.getMeta(DIGEST_LAST_SENT_KEY)).toBe(sentAt.toISOString());
    expect((await composeDigest(store, sentAt)).split('\n\n')[2]).toMatch(
      /^自上次日报（.*）以来没有新增或更新的报告，也没有新发现的数据问题。$/,
    );
  });

  it('does not record a send that reached nobody, so it is retried', async () => {
    const config = loadConfig({ WECOM_WEBHOOK_URLS: `${wecom.url}/send?key=broken` });
    const logger = createMemoryLogger();
    const result = await sendDigest({ config, store, now: NOW, logger, drawCharts, wecomRetryDelayMs: 1 });
    expect(result).toEqual({ sent: [], failed: ['wecom#1'] });
    expect(await store.getMeta(DIGEST_LAST_SENT_KEY)).toBeUndefined();
  });

  it('with no destination configured, sends nothing and says why', async () => {
    const logger = createMemoryLogger();
    expect(await sendDigest({ config: loadConfig({}), store, now: NOW, logger })).toEqual({ sent: [], failed: [] });
    expect(logger.lines[0]).toMatch(
      /^warn digest: no destination \(SLACK_DIGEST_CHANNELS, .* or a group that said 订阅日报\)$/,
    );
  });
});
