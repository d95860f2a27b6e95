// An answer's chart in each channel: Slack uploads it with the answer as its comment, WeChat sends it after
// the text as an image file, the console saves it and prints the path. The PNG is decoded each time.
import { createHash, createHmac } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import type { Answer, Fact } from '../../src/answers/index.js';
import { runConsoleChat } from '../../src/bot/console-chat.js';
import { createHttpServer, type HttpServer } from '../../src/bot/http-server.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { type SlackChannel, startSlack } from '../../src/bot/slack.js';
import { startWechat, type WechatChannel } from '../../src/bot/wechat.js';
import { startWecomRobot } from '../../src/bot/wecom-robot.js';
import { loadConfig } from '../../src/config.js';
import {
  createScriptedEngine,
  FACT_552,
  makeTempDir,
  multipartFile,
  openExpectedStore,
  startSlackStandIn,
  waitFor,
} from './helpers.js';
import { groupText, ROBOT, readReply, signedCallback } from './wecom-wire.js';

/** A ranking of five organs, as the engine answers 各单位收到申请排名: drawn unasked. */
const RANKING: Answer = (() => {
  const facts: Fact[] = [552, 262, 40, 4, 1].map((value, at) => ({ ...FACT_552, org: `单位${at + 1}`, value }));
  return {
    status: 'answered',
    answer: facts.map((fact, at) => `${at + 1}. ${fact.org}（2022年）：${fact.value} 件`).join('\n'),
    facts,
    lang: 'zh',
    via: 'template',
  };
})();
const QUESTION = '各单位收到申请排名';

const isPng = (bytes: Buffer): boolean => PNG.sync.read(bytes).width === 1600;

describe('Slack', () => {
  let api: Awaited<ReturnType<typeof startSlackStandIn>>;
  let slack: SlackChannel | undefined;
  let http: HttpServer | undefined;
  afterEach(async () => {
    await slack?.stop();
    await http?.close();
    await api.close();
  });

  it('an @mention answered with a chart: the PNG uploaded into the thread, the answer as its comment', async () => {
    api = await startSlackStandIn();
    const secret = 'secret';
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret }).slack!;
    const logger = createMemoryLogger();
    http = createHttpServer({ port: 0, host: '127.0.0.1' }, logger);
    const engine = createScriptedEngine(() => RANKING);
    slack = await startSlack({ config, engine, logger, http, apiUrl: `${api.url}/api/` });
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: 'Ev1',
      event_time: 1,
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'U7',
        text: `<@UBOT> ${QUESTION}`,
        ts: '1700.1',
        channel: 'C42',
        event_ts: '1700.1',
      },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
    const response = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-signature': `v0=${signature}`,
        'x-slack-request-timestamp': String(timestamp),
      },
      body,
    });
    expect(response.status).toBe(200);
    await waitFor(() => api.requests.some((request) => request.path.endsWith('completeUploadExternal')), 10_000);
    expect(api.requests.map((request) => request.path)).not.toContain('/api/chat.postMessage');
    const upload = api.requests.find((request) => request.path.startsWith('/upload/'));
    expect(isPng(multipartFile(upload!.body))).toBe(true);
    const complete = new URLSearchParams(api.requests.at(-1)!.body.toString('utf8'));
    expect(complete.get('channel_id')).toBe('C42');
    expect(complete.get('thread_ts')).toBe('1700.1');
    expect(complete.get('initial_comment')).toBe(RANKING.answer);
  });
});

describe('WeChat', () => {
  let channel: WechatChannel | undefined;
  afterEach(async () => channel?.stop());

  it('the answer in the room, then the chart as an image file', async () => {
    const mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    const [botUser, mike] = [mocker.createContact({ name: 'nianbao' }), mocker.createContact({ name: 'mike' })];
    const room = mocker.createRoom({ topic: '年报工作群', memberIdList: [botUser.id, mike.id] });
    const config = loadConfig({ WECHATY_PUPPET: 'wechaty-puppet-mock', WECHAT_PART_SPACING_MS: '0' }).wechat!;
    const logger = createMemoryLogger();
    channel = await startWechat({
      config,
      engine: createScriptedEngine(() => RANKING),
      logger,
      puppet,
    });
    mocker.login(botUser);
    await waitFor(() => channel!.bot.isLoggedIn);
    const said: { id?: string; type?: number; text?: string }[] = [];
    (room as unknown as EventEmitter).on(
      'message',
      (message: { payload: { talkerId?: string; type?: number; text?: string } }) => {
        if (message.payload.talkerId === botUser.id) said.push(message.payload);
      },
    );
    mike.say(`@nianbao ${QUESTION}`, [botUser]).to(room);
    await waitFor(() => said.length === 2, 10_000);
    expect(said[0]?.text).toBe(`@mike ${RANKING.answer}`);
    expect(said[1]?.type).toBe(types.Message.Image);
    const file = await puppet.messageFile(said[1]!.id!);
    expect(file.name).toBe('nianbao-ranking.png');
    expect(isPng(await file.toBuffer())).toBe(true);
  });
});

describe('the WeCom smart robot', () => {
  it('the passive stream reply carries the chart as an image item (base64 + md5)', async () => {
    const logger = createMemoryLogger();
    const http = createHttpServer({ port: 0, host: '127.0.0.1' }, logger);
    const config = loadConfig({ WECOM_BOT_TOKEN: ROBOT.token, WECOM_BOT_AES_KEY: ROBOT.encodingAesKey }).wecomBot!;
    // A generous budget: the first chart also loads the renderer.
    const robot = await startWecomRobot({
      config,
      engine: createScriptedEngine(() => RANKING),
      logger,
      http,
      replyBudgetMs: 10_000,
    });
    try {
      const { query, body } = signedCallback(groupText(`@nianbao ${QUESTION}`));
      const response = await fetch(`http://127.0.0.1:${robot.port}/wecom/callback?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const { reply } = readReply(await response.json());
      const stream = reply.stream as {
        content: string;
        msg_item?: { msgtype: string; image: { base64: string; md5: string } }[];
      };
      expect(stream.content).toBe(RANKING.answer);
      expect(stream.msg_item?.map((item) => item.msgtype)).toEqual(['image']);
      const { base64, md5 } = stream.msg_item![0]!.image;
      const bytes = Buffer.from(base64, 'base64');
      expect(createHash('md5').update(bytes).digest('hex')).toBe(md5);
      expect(isPng(bytes)).toBe(true);
    } finally {
      await robot.stop();
      await http.close();
    }
  });
});

describe('the console', () => {
  it('prints the answer, then where the chart was saved', async () => {
    const temp = await makeTempDir();
    const store = await openExpectedStore(`${temp.path}/store.json`);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const chat = runConsoleChat({
      engine: createScriptedEngine(() => RANKING),
      store,
      logger: createMemoryLogger(),
      input,
      output,
      chartDir: `${temp.path}/charts`,
    });
    input.end(`${QUESTION}\n订阅日报\n`);
    await chat;
    const path = /图表：(.+\.png)\n/.exec(printed)?.[1];
    expect(printed).toContain(`答：${RANKING.answer}\n图表：${temp.path}/charts/`);
    expect(isPng(await readFile(path!))).toBe(true);
    expect(printed).toContain('答：订阅日报只能在群里（或 Slack 频道里）使用。');
    await store.close();
    await temp.remove();
  });
});
