// The digest's pictures on the wire (Slack file uploads, WeCom image messages), unchanged days skipped, and
// groups that subscribe themselves (订阅日报 / 取消订阅), kept across a restart.
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BotContext, handleQuestion, sendDigest } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { loadConfig } from '../../src/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import {
  createScriptedEngine,
  makeTempDir,
  multipartFile,
  openExpectedStore,
  type RawRequest,
  startSlackStandIn,
  startStandIn,
} from './helpers.js';

const NOW = new Date('2026-03-02T01:00:00Z');

const form = (request: RawRequest): URLSearchParams => new URLSearchParams(request.body.toString('utf8'));

describe('the digest with its pictures, and a day with nothing new', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let wecom: Awaited<ReturnType<typeof startStandIn>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openExpectedStore(`${temp.path}/store.json`);
    slack = await startSlackStandIn();
    wecom = await startStandIn(() => ({ body: { errcode: 0 } }));
  });
  afterEach(async () => {
    await Promise.all([slack.close(), wecom.close()]);
    await store.close();
    await temp.remove();
  });

  it('Slack gets the text then each chart as an uploaded PNG; WeCom the markdown then image messages (base64 + md5)', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_DIGEST_CHANNELS: 'C1',
      WECOM_WEBHOOK_URLS: `${wecom.url}/cgi-bin/webhook/send?key=k`,
    });
    const logger = createMemoryLogger();
    const deps = { config, store, logger, slackApiUrl: `${slack.url}/api/` };
    // Sent now, after the reports were stored: the next digest compares with what this one saw.
    expect(await sendDigest({ ...deps, now: new Date() })).toEqual({ sent: ['slack:C1', 'wecom#1'], failed: [] });
    expect(slack.requests.map((request) => request.path.replace(/F\d$/, 'F*'))).toEqual([
      '/api/chat.postMessage',
      '/api/files.getUploadURLExternal',
      '/upload/F*',
      '/api/files.completeUploadExternal',
      '/api/files.getUploadURLExternal',
      '/upload/F*',
      '/api/files.completeUploadExternal',
    ]);
    const uploads = slack.requests.filter((request) => request.path.startsWith('/upload/'));
    for (const upload of uploads) {
      const image = PNG.sync.read(multipartFile(upload.body));
      expect([image.width, image.height]).toEqual([1600, 900]);
    }
    const completes = slack.requests.filter((request) => request.path.endsWith('completeUploadExternal')).map(form);
    expect(completes.map((fields) => fields.get('channel_id'))).toEqual(['C1', 'C1']);
    expect(completes.map((fields) => JSON.parse(fields.get('files') ?? '[]')[0].title)).toEqual([
      '2020年度 收到政府信息公开申请最多的 3 个单位',
      '各年度收到政府信息公开申请合计（2020–2022年）',
    ]);
    const [markdown, ...images] = wecom.requests.map((request) => request.body);
    expect(markdown?.msgtype).toBe('markdown');
    expect(images).toHaveLength(2);
    for (const message of images) {
      const { base64, md5 } = (message as { image: { base64: string; md5: string } }).image;
      const bytes = Buffer.from(base64, 'base64');
      expect(createHash('md5').update(bytes).digest('hex')).toBe(md5);
      expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
      expect(PNG.sync.read(bytes).width).toBe(1600);
    }

    // The next morning, nothing new: no digest at all (DIGEST_SKIP_UNCHANGED is on by default).
    const before = slack.requests.length + wecom.requests.length;
    const next = await sendDigest({ ...deps, now: new Date(Date.now() + 86_400_000) });
    expect(next).toEqual({ sent: [], failed: [], skipped: true });
    expect(slack.requests.length + wecom.requests.length).toBe(before);
    expect(logger.lines).toContain(
      'info digest: nothing new since the last digest; none sent today (DIGEST_SKIP_UNCHANGED)',
    );
  });
});

describe('订阅日报 / 取消订阅', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let slack: Awaited<ReturnType<typeof startStandIn>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openExpectedStore(`${temp.path}/store.json`);
    slack = await startStandIn();
  });
  afterEach(async () => {
    await slack.close();
    await store.close();
    await temp.remove();
  });

  /** Says `text` in `place` and returns what the bot replied. */
  const say = async (place: string, text: string): Promise<string[]> => {
    const replies: string[] = [];
    const ctx: BotContext = {
      channel: place.startsWith('slack:') ? 'slack' : 'wechat',
      conversationId: `${place}:someone`,
      place,
      trigger: 'mention',
      text,
      reply: async (reply) => void replies.push(reply),
    };
    await handleQuestion(ctx, { engine: createScriptedEngine(), logger: createMemoryLogger(), digestStore: store });
    return replies;
  };
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' });
  const send = (now: Date) =>
    sendDigest({
      config,
      store,
      now,
      logger: createMemoryLogger(),
      slackApiUrl: `${slack.url}/api/`,
      drawCharts: false,
    });

  it('a Slack channel that subscribed gets the digest, also after a restart; after 取消订阅 it does not', async () => {
    expect(await say('slack:C9', '订阅日报')).toEqual([
      '已订阅：本群会收到政府信息公开年报日报（没有新内容的日子不发）。不想再收，请说“取消订阅”。',
    ]);
    expect(await say('slack:C9', '订阅日报！')).toEqual(['本群已经订阅了日报。不想再收，请说“取消订阅”。']);
    await store.close();
    store = await openStore(`${temp.path}/store.json`);
    expect(await send(NOW)).toEqual({ sent: ['slack:C9'], failed: [] });
    expect(slack.requests.map((request) => [request.path, request.body.channel])).toEqual([
      ['/api/chat.postMessage', 'C9'],
    ]);
    expect(await say('slack:C9', '取消订阅')).toEqual(['已取消订阅，本群不再收到日报。']);
    expect(await say('slack:C9', 'unsubscribe')).toEqual(['本群没有订阅日报。']);
    const result = await sendDigest({
      config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' }),
      store,
      now: new Date(NOW.getTime() + 86_400_000),
      logger: createMemoryLogger(),
      slackApiUrl: `${slack.url}/api/`,
    });
    expect(result).toEqual({ sent: [], failed: [] });
  });

  it('a WeChat room is sent to through the running bot; a direct chat and a WeCom smart robot cannot subscribe', async () => {
    expect(await say('wechat:room:R1', '订阅日报')).toHaveLength(1);
    const received: string[] = [];
    const result = await sendDigest({
      config,
      store,
      now: NOW,
      logger: createMemoryLogger(),
      drawCharts: false,
      roomTarget: (roomId) => ({ name: `wechat:${roomId}`, send: async (text) => void received.push(text) }),
    });
    expect(result.sent).toEqual(['wechat:R1']);
    expect(received[0]).toMatch(/^【政府信息公开年报日报】/);
    expect(await say('wechat:contact:U1', '订阅日报')).toEqual(['订阅日报只能在群里（或 Slack 频道里）使用。']);
    expect((await say('wecom:chat1', '订阅日报'))[0]).toMatch(/^企业微信智能机器人不能主动推送/);
  });

  it('without a store to keep them (the console), the words are a question like any other', async () => {
    const replies: string[] = [];
    await handleQuestion(
      {
        channel: 'cli',
        conversationId: 'cli',
        place: 'cli',
        trigger: 'direct',
        text: '订阅日报',
        reply: async (reply) => void replies.push(reply),
      },
      { engine: createScriptedEngine(), logger: createMemoryLogger() },
    );
    expect(replies).toEqual(['echo:订阅日报@cli']);
  });
});
