import type { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { createEngine, type Engine } from '../../src/answers/index.js';
import { askLater } from '../../src/bot/handle-question.js';
import { APOLOGY, RESET_REPLY } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { startWechat, type WechatChannel } from '../../src/bot/wechat.js';
import { loadConfig, type WechatConfig } from '../../src/config.js';
import { openSampleStore, type Store } from '../../src/store/index.js';
import { ANSWER_552, createScriptedEngine, makeTempDir, waitFor } from './helpers.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';

function wechatConfig(env: Record<string, string> = {}): WechatConfig {
  const config = loadConfig({ WECHATY_PUPPET: 'wechaty-puppet-mock', ...env }).wechat;
  if (config === null) throw new Error('WeChat not configured');
  return config;
}

/** A logged-in mock account in one group with two people, plus a second group, recording what appears there. */
async function startMockWechat(engine: Engine, config = wechatConfig()) {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const logger = createMemoryLogger();
  const [botUser, mike, mary] = [
    mocker.createContact({ name: 'nianbao' }),
    mocker.createContact({ name: 'mike' }),
    mocker.createContact({ name: 'mary' }),
  ] as const;
  const room = mocker.createRoom({ topic: '年报工作群', memberIdList: [botUser.id, mike.id, mary.id] });
  const otherRoom = mocker.createRoom({ topic: '另一个群', memberIdList: [botUser.id, mike.id] });
  const channel = await startWechat({ config, engine, logger, puppet });
  mocker.login(botUser);
  await waitFor(() => channel.bot.isLoggedIn);
  const seen = (target: unknown): string[] => {
    const texts: string[] = [];
    // Everything said in a mock room is emitted on it, including the bot's replies.
    (target as EventEmitter).on('message', (message: { payload: { talkerId?: string; text?: string } }) => {
      if (message.payload.talkerId === botUser.id) texts.push(message.payload.text ?? '');
    });
    return texts;
  };
  return {
    mocker,
    channel,
    logger,
    botUser,
    mike,
    mary,
    room,
    otherRoom,
    replies: seen(room),
    otherReplies: seen(otherRoom),
    directReplies: seen(mike),
  };
}

describe('WeChat through wechaty-puppet-mock (mechanics, scripted engine)', () => {
  let channel: WechatChannel | undefined;
  afterEach(async () => {
    await channel?.stop();
    channel = undefined;
  });
  const start = async (engine: Engine, config?: WechatConfig) => {
    const wechat = await startMockWechat(engine, config);
    channel = wechat.channel;
    return wechat;
  };

  it('answers a room message that @mentions the bot, in that room, with the mention removed', async () => {
    const engine = createScriptedEngine();
    const wechat = await start(engine);
    wechat.mike.say(`@nianbao ${QUESTION}`, [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 1);
    // The context is the asker's own in that room; the reply @mentions the asker.
    const conversationId = `wechat:room:${wechat.room.id}:${wechat.mike.id}`;
    expect(engine.calls).toEqual([{ question: QUESTION, conversationId }]);
    expect(wechat.replies).toEqual([`@mike echo:${QUESTION}@${conversationId}`]);
    expect(wechat.otherReplies).toEqual([]);
  });

  it.each([
    ['年报 龙岗区2022年收到多少申请？', '龙岗区2022年收到多少申请？'],
    ['年报：南山区呢？', '南山区呢？'],
  ])('answers a room message starting with the prefix: %s', async (text, question) => {
    const engine = createScriptedEngine();
    const wechat = await start(engine);
    wechat.mike.say(text).to(wechat.room);
    await waitFor(() => wechat.replies.length === 1);
    expect(engine.calls.map((call) => call.question)).toEqual([question]);
  });

  it('ignores room messages with neither mention nor prefix, and non-text messages', async () => {
    const engine = createScriptedEngine();
    const wechat = await start(engine);
    wechat.mike.say(QUESTION).to(wechat.room);
    wechat.mary.say(`@mike ${QUESTION}`, [wechat.mike]).to(wechat.room);
    const image = wechat.mocker.MessageMock.create({
      id: 'image-1',
      talkerId: wechat.mike.id,
      roomId: wechat.room.id,
      timestamp: Date.now(),
      type: types.Message.Image,
      text: `@nianbao ${QUESTION}`,
      mentionIdList: [wechat.botUser.id],
    });
    wechat.mocker.puppet.emit('message', { messageId: image.id });
    // A question that must be answered, sent last: once it is, the earlier ones had their chance.
    wechat.mike.say('@nianbao 最后一个问题', [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.calls.map((call) => call.question)).toEqual(['最后一个问题']);
  });

  it('with no prefixes configured, answers mentions only', async () => {
    const engine = createScriptedEngine();
    const wechat = await start(engine, wechatConfig({ WECHAT_ROOM_PREFIXES: '' }));
    wechat.mike.say(`年报 ${QUESTION}`).to(wechat.room);
    wechat.mike.say(`@nianbao 年报 ${QUESTION}`, [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.calls.map((call) => call.question)).toEqual([`年报 ${QUESTION}`]);
  });

  it('answers every text in a direct chat, as its own conversation, and ignores its own messages', async () => {
    const engine = createScriptedEngine();
    const wechat = await start(engine);
    wechat.mike.say(QUESTION).to(wechat.botUser);
    await waitFor(() => wechat.directReplies.length === 1);
    // The bot's reply comes back to it as a message too; answering it would loop.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.calls).toEqual([{ question: QUESTION, conversationId: `wechat:contact:${wechat.mike.id}` }]);
    expect(wechat.directReplies).toEqual([`echo:${QUESTION}@wechat:contact:${wechat.mike.id}`]);
  });

  it('splits a long reply into messages that fit, in order, spaced apart; the first @mentions the asker', async () => {
    const line = '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件。';
    const long = Array.from({ length: 12 }, (_, at) => `${at + 1}. ${line}`).join('\n');
    const engine = createScriptedEngine(() => ({ ...ANSWER_552, answer: long }));
    const config = wechatConfig({ WECHAT_MAX_REPLY_LENGTH: '150', WECHAT_PART_SPACING_MS: '80' });
    const wechat = await start(engine, config);
    const arrivals: number[] = [];
    (wechat.room as unknown as EventEmitter).on('message', (message: { payload: { talkerId?: string } }) => {
      if (message.payload.talkerId === wechat.botUser.id) arrivals.push(performance.now());
    });
    wechat.mike.say(`@nianbao ${QUESTION}`, [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.join('\n').length >= long.length);
    expect(wechat.replies.length).toBeGreaterThanOrEqual(Math.ceil(long.length / 150));
    expect(wechat.replies.every((part) => part.length <= 150)).toBe(true);
    expect(wechat.replies[0]).toMatch(/^@mike /);
    expect(wechat.replies.join('\n').replace(/^@mike /, '')).toBe(long);
    const gaps = arrivals.slice(1).map((at, index) => at - (arrivals[index] ?? at));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(75);
  });

  it('past the rate limit, each asker is told once to ask later (and the log says so); other rooms go on', async () => {
    const engine = createScriptedEngine();
    const wechat = await start(
      engine,
      wechatConfig({ WECHAT_RATE_LIMIT_PER_MINUTE: '2', WECHAT_PART_SPACING_MS: '0' }),
    );
    for (const n of [1, 2, 3, 4]) wechat.mike.say(`@nianbao 问题${n}`, [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.logger.lines.some((line) => line.endsWith('already asked to ask later, not answered')));
    wechat.mary.say('@nianbao 问题5', [wechat.botUser]).to(wechat.room);
    wechat.mike.say('@nianbao 别的群', [wechat.botUser]).to(wechat.otherRoom);
    await waitFor(() => wechat.replies.length === 4 && wechat.otherReplies.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.calls.map((call) => call.question).sort()).toEqual(['别的群', '问题1', '问题2']);
    expect(wechat.replies.filter((reply) => reply.includes(askLater(2)))).toEqual([
      `@mike ${askLater(2)}`,
      `@mary ${askLater(2)}`,
    ]);
    const place = `wechat:room:${wechat.room.id}`;
    expect(wechat.logger.lines).toEqual(
      expect.arrayContaining([
        `warn wechat ${place}:${wechat.mike.id}: more than 2 questions a minute in ${place}, asked to ask later`,
        `warn wechat ${place}:${wechat.mike.id}: more than 2 questions a minute in ${place}, already asked to ask later, not answered`,
        `warn wechat ${place}:${wechat.mary.id}: more than 2 questions a minute in ${place}, asked to ask later`,
      ]),
    );
  });

  it('group talk that merely starts with the prefix is not answered with help; a mention still is', async () => {
    const notUnderstood = { ...ANSWER_552, status: 'not_understood' as const, answer: 'HELP\nline\nline', facts: [] };
    const engine = createScriptedEngine(() => notUnderstood);
    const wechat = await start(engine);
    wechat.mary.say('年报什么时候报送？').to(wechat.room);
    wechat.mike.say('@nianbao 什么时候报送？', [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.calls.map((call) => call.question)).toEqual(['什么时候报送？', '什么时候报送？']);
    expect(wechat.replies).toEqual(['@mike HELP\nline\nline']);
  });

  it('replies with an apology when answering throws, and logs it with the conversation', async () => {
    const engine = createScriptedEngine(() => new Error('engine exploded'));
    const wechat = await start(engine);
    wechat.mike.say(`@nianbao ${QUESTION}`, [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 1);
    expect(wechat.replies).toEqual([`@mike ${APOLOGY}`]);
    expect(wechat.logger.lines).toContain(
      `error wechat wechat:room:${wechat.room.id}:${wechat.mike.id}: answering failed: Error: engine exploded`,
    );
  });

  it('sends the digest only to opted-in rooms, spaced apart, and fails for a room it cannot find', async () => {
    const config = wechatConfig({
      WECHAT_DIGEST_ROOMS: '年报工作群,另一个群,不存在的群',
      WECHAT_DIGEST_SPACING_MS: '200',
    });
    const wechat = await start(createScriptedEngine(), config);
    const arrivals: number[] = [];
    (wechat.otherRoom as unknown as EventEmitter).on('message', () => arrivals.push(Date.now()));
    const targets = wechat.channel.digestTargets();
    expect(targets.map((target) => target.name)).toEqual(['wechat:年报工作群', 'wechat:另一个群', 'wechat:不存在的群']);
    const sentAt = Date.now();
    await targets[0]?.send('日报正文');
    await targets[1]?.send('日报正文');
    await expect(targets[2]?.send('日报正文')).rejects.toThrow('WeChat room "不存在的群" not found');
    expect(wechat.replies).toEqual(['日报正文']);
    expect(wechat.otherReplies).toEqual(['日报正文']);
    expect(arrivals[0]! - sentAt).toBeGreaterThanOrEqual(195);
  });
});

describe('WeChat with the real engine over the sample store', () => {
  let channel: WechatChannel | undefined;
  let store: Store | undefined;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openSampleStore(`${temp.path}/store.json`);
  });
  afterEach(async () => {
    await channel?.stop();
    await store?.close();
    await temp.remove();
  });

  it('answers a room message mentioning the bot with 552, in that room', async () => {
    const wechat = await startMockWechat(createEngine({ store: store! }));
    channel = wechat.channel;
    wechat.mike.say(`@nianbao ${QUESTION}`, [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 1);
    expect(wechat.replies[0]).toContain('552');
    expect(wechat.replies[0]).toContain('深圳市龙岗区人民政府');
  });

  it("a bare mention, 你好 and 謝謝 get the engine's short friendly reply with three example questions", async () => {
    const engine = createEngine({ store: store! });
    const wechat = await startMockWechat(engine, wechatConfig({ WECHAT_PART_SPACING_MS: '0' }));
    channel = wechat.channel;
    wechat.mike.say('@nianbao', [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 1);
    wechat.mike.say('你好！').to(wechat.botUser);
    await waitFor(() => wechat.directReplies.length === 1);
    wechat.mike.say('謝謝').to(wechat.botUser);
    await waitFor(() => wechat.directReplies.length === 2);
    const examples = (await engine.examples('zh')).slice(0, 3).map((question) => `- ${question}`);
    for (const greeting of [wechat.replies[0]?.replace(/^@mike /, ''), wechat.directReplies[0]]) {
      const lines = greeting?.split('\n') ?? [];
      expect(lines).toEqual([lines[0], ...examples]);
      expect(lines[0]).toMatch(/^你好！/);
    }
    expect(wechat.directReplies[1]?.split('\n')[0]).toBe('不客氣！還想查什麼，可以這樣問：');
  });

  it("a follow-up uses the asker's own context: not another person's in the same room, nor another room's", async () => {
    const wechat = await startMockWechat(
      createEngine({ store: store! }),
      wechatConfig({ WECHAT_PART_SPACING_MS: '0' }),
    );
    channel = wechat.channel;
    wechat.mike.say('@nianbao 龙岗区2022年行政复议总数？', [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 1);
    expect(wechat.replies[0]).toContain('行政复议 15 件');
    wechat.mike.say('年报 那南山区2020年呢？').to(wechat.room);
    await waitFor(() => wechat.replies.length === 2);
    wechat.mary.say('年报 那南山区2020年呢？').to(wechat.room);
    wechat.mike.say('年报 那南山区2020年呢？').to(wechat.otherRoom);
    await waitFor(() => wechat.replies.length === 3 && wechat.otherReplies.length === 1);
    // Mike asked about 行政复议, so his follow-up is about 行政复议; Mary and the other room have no such context.
    expect(wechat.replies[1]).toMatch(/^@mike 深圳市南山区人民政府 2020年 行政复议 5 件/);
    expect(wechat.replies[1]).not.toContain('262');
    expect(wechat.replies[2]).toMatch(/^@mary /);
    expect(wechat.replies[2]).toContain('262');
    expect(wechat.otherReplies[0]).toContain('262');
  });

  it("重新开始 clears only the asker's context", async () => {
    const wechat = await startMockWechat(
      createEngine({ store: store! }),
      wechatConfig({ WECHAT_PART_SPACING_MS: '0' }),
    );
    channel = wechat.channel;
    wechat.mike.say('@nianbao 龙岗区2022年行政复议总数？', [wechat.botUser]).to(wechat.room);
    wechat.mary.say('@nianbao 龙岗区2022年行政复议总数？', [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 2);
    wechat.mike.say('@nianbao 重新开始', [wechat.botUser]).to(wechat.room);
    await waitFor(() => wechat.replies.length === 3);
    expect(wechat.replies[2]).toBe(`@mike ${RESET_REPLY}`);
    wechat.mike.say('年报 那南山区2020年呢？').to(wechat.room);
    await waitFor(() => wechat.replies.length === 4);
    wechat.mary.say('年报 那南山区2020年呢？').to(wechat.room);
    await waitFor(() => wechat.replies.length === 5);
    expect(wechat.replies[3]).toMatch(/^@mike /);
    expect(wechat.replies[3]).toContain('262');
    expect(wechat.replies[4]).toMatch(/^@mary 深圳市南山区人民政府 2020年 行政复议 5 件/);
  });
});
