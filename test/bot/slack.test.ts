import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answers/index.js';
import { createHttpServer, type HttpServer } from '../../src/bot/http-server.js';
import { serve } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { type SlackChannel, startSlack } from '../../src/bot/slack.js';
import { loadConfig, type SlackConfig } from '../../src/config.js';
import { openSampleStore, type Store } from '../../src/store/index.js';
import { ANSWER_552, createScriptedEngine, makeTempDir, openExpectedStore, startStandIn, waitFor } from './helpers.js';

const SECRET = 'test-signing-secret';
const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const SLACK_ENV = { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, PORT: '0', HOST: '127.0.0.1' };

function slackConfig(): SlackConfig {
  const config = loadConfig(SLACK_ENV).slack;
  if (config === null) throw new Error('Slack not configured');
  return config;
}

/** Headers Slack would send: v0 HMAC-SHA256 over `v0:<timestamp>:<raw body>`. */
function signedHeaders(
  body: string,
  secret = SECRET,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${signature}`, 'x-slack-request-timestamp': String(timestamp) };
}

function slashCommandBody(text: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'nianbao',
    channel_id: 'C42',
    channel_name: 'general',
    user_id: 'U7',
    user_name: 'mike',
    command: '/nianbao',
    text,
    response_url: responseUrl,
    trigger_id: 'trigger',
    api_app_id: 'A1',
  }).toString();
}

/** A `message` event (channel thread or DM), as Slack sends it to the Events API. */
function messageBody(event: Record<string, string>): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `Ev${Math.random()}`,
    event_time: 1,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: {
      type: 'message',
      user: 'U7',
      ts: `${Date.now() / 1000}`,
      channel: 'C42',
      channel_type: 'channel',
      event_ts: '1',
      ...event,
    },
  });
}

function mentionBody(text: string, thread?: string): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `Ev${Math.random()}`,
    event_time: 1,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: {
      type: 'app_mention',
      user: 'U7',
      text,
      ts: '1700000000.000200',
      channel: 'C42',
      event_ts: '1700000000.000200',
      ...(thread ? { thread_ts: thread } : {}),
    },
  });
}

async function post(port: number, body: string, headers: Record<string, string>, type: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': type, ...headers },
    body,
  });
}
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

describe("Slack through bolt's HTTP receiver on 127.0.0.1", () => {
  let api: Awaited<ReturnType<typeof startStandIn>>;
  let slack: SlackChannel | undefined;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  beforeEach(async () => {
    api = await startStandIn();
    temp = await makeTempDir();
    store = await openExpectedStore(`${temp.path}/store.json`);
  });
  let http: HttpServer | undefined;
  afterEach(async () => {
    await slack?.stop();
    slack = undefined;
    await http?.close();
    await api.close();
    await store.close();
    await temp.remove();
  });
  const start = async (engine: Engine, config: SlackConfig = slackConfig()) => {
    const logger = createMemoryLogger();
    http = createHttpServer({ port: 0, host: '127.0.0.1' }, logger);
    slack = await startSlack({ config, engine, logger, http, apiUrl: `${api.url}/api/` });
    return { port: slack.port!, logger };
  };
  const posts = (method = 'chat.postMessage') => api.requests.filter((request) => request.path === `/api/${method}`);

  it('answers a signed slash command in the channel, with the number in bold and the source as context', async () => {
    const engine = createScriptedEngine(() => ANSWER_552);
    const { port } = await start(engine);
    const body = slashCommandBody(QUESTION, `${api.url}/response/1`);
    const response = await post(port, body, signedHeaders(body), FORM);
    expect(response.status).toBe(200);
    await waitFor(() => api.requests.some((request) => request.path === '/response/1'));
    const reply = api.requests.find((request) => request.path === '/response/1')!.body;
    expect(engine.calls).toEqual([{ question: QUESTION, conversationId: 'slack:C42:U7' }]);
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toBe(ANSWER_552.answer);
    expect(reply.blocks).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 *552* 件（表三“本年新收政府信息公开申请数量”总计）',
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: '来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
          },
        ],
      },
    ]);
  });

  it('answers `/nianbao help` at once with example questions from the store', async () => {
    const engine = createScriptedEngine(undefined, createEngine({ store }));
    const { port } = await start(engine);
    const body = slashCommandBody('help', `${api.url}/response/2`);
    const response = await post(port, body, signedHeaders(body), FORM);
    const help = (await response.json()) as { response_type: string; text: string };
    expect(help.response_type).toBe('ephemeral');
    expect(help.text).toContain('/nianbao 龙岗区2022年收到多少政府信息公开申请？');
    expect(help.text).toContain('/nianbao 哪些报告的数据不一致？');
    expect(engine.calls).toEqual([]);
  });

  it('answers an app_mention in its thread, one conversation per thread and person', async () => {
    const engine = createScriptedEngine();
    const { port } = await start(engine);
    const first = mentionBody(`<@UBOT> ${QUESTION}`);
    const inThread = mentionBody('<@UBOT> 那南山区呢？', '1699999999.000100');
    expect((await post(port, first, signedHeaders(first), JSON_TYPE)).status).toBe(200);
    expect((await post(port, inThread, signedHeaders(inThread), JSON_TYPE)).status).toBe(200);
    await waitFor(() => posts().length === 2);
    expect(engine.calls.sort((a, b) => a.question.localeCompare(b.question))).toEqual([
      { question: '那南山区呢？', conversationId: 'slack:C42:1699999999.000100:U7' },
      { question: QUESTION, conversationId: 'slack:C42:1700000000.000200:U7' },
    ]);
    const byThread = Object.fromEntries(posts().map((request) => [request.body.thread_ts, request.body]));
    expect(byThread['1700000000.000200']).toMatchObject({
      channel: 'C42',
      text: `echo:${QUESTION}@slack:C42:1700000000.000200:U7`,
    });
    expect(byThread['1699999999.000100']).toMatchObject({
      channel: 'C42',
      text: 'echo:那南山区呢？@slack:C42:1699999999.000100:U7',
    });
    expect(posts()[0]!.headers.authorization).toBe('Bearer xoxb-test-token');
  });

  it('answers a follow-up in a thread it answered without a new @mention; ignores other threads and chatter', async () => {
    const engine = createScriptedEngine((question) =>
      question === '谢谢大家' ? { ...ANSWER_552, status: 'not_understood', answer: 'HELP', facts: [] } : undefined,
    );
    const { port, logger } = await start(engine);
    const mention = mentionBody(`<@UBOT> ${QUESTION}`);
    await post(port, mention, signedHeaders(mention), JSON_TYPE);
    await waitFor(() => posts().length === 1);
    const thread = '1700000000.000200';
    const followUp = messageBody({ text: '那南山区呢？', thread_ts: thread, user: 'U8' });
    const elsewhere = messageBody({ text: '那南山区呢？', thread_ts: '1600000000.000001' });
    const chatter = messageBody({ text: '谢谢大家', thread_ts: thread });
    const ownReply = messageBody({ text: 'echo', thread_ts: thread, bot_id: 'B1' });
    for (const body of [elsewhere, chatter, ownReply, followUp]) await post(port, body, signedHeaders(body), JSON_TYPE);
    await waitFor(() => posts().length === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.calls.map((call) => [call.question, call.conversationId])).toEqual([
      [QUESTION, `slack:C42:${thread}:U7`],
      ['谢谢大家', `slack:C42:${thread}:U7`],
      ['那南山区呢？', `slack:C42:${thread}:U8`],
    ]);
    expect(posts()[1]?.body).toMatchObject({
      channel: 'C42',
      thread_ts: thread,
      text: `echo:那南山区呢？@slack:C42:${thread}:U8`,
    });
    expect(posts('chat.postEphemeral')).toEqual([]);
    expect(logger.lines).toContain(
      `info slack slack:C42:${thread}:U7: not understood as a question, and not addressed to the bot; no reply`,
    );
  });

  it('answers direct messages (message.im) as their own conversation', async () => {
    const engine = createScriptedEngine();
    const { port } = await start(engine);
    const body = messageBody({ text: QUESTION, channel: 'D9', channel_type: 'im' });
    await post(port, body, signedHeaders(body), JSON_TYPE);
    await waitFor(() => posts().length === 1);
    expect(engine.calls).toEqual([{ question: QUESTION, conversationId: 'slack:D9:U7' }]);
    expect(posts()[0]?.body).toMatchObject({ channel: 'D9', text: `echo:${QUESTION}@slack:D9:U7` });
    expect(posts()[0]?.body.thread_ts).toBeUndefined();
  });

  it('sends a clarifying question only to the asker (ephemeral), and greets a bare mention', async () => {
    const clarify = { ...ANSWER_552, status: 'clarify' as const, answer: '你指的是哪个单位？', facts: [] };
    const engine = createScriptedEngine((question) => (question === '龙岗' ? clarify : undefined));
    const { port } = await start(engine);
    const ask = mentionBody('<@UBOT> 龙岗');
    await post(port, ask, signedHeaders(ask), JSON_TYPE);
    await waitFor(() => posts('chat.postEphemeral').length === 1);
    expect(posts('chat.postEphemeral')[0]?.body).toMatchObject({
      channel: 'C42',
      user: 'U7',
      thread_ts: '1700000000.000200',
      text: '你指的是哪个单位？',
    });
    const bare = mentionBody('<@UBOT>');
    await post(port, bare, signedHeaders(bare), JSON_TYPE);
    await waitFor(() => posts().length === 1);
    // The bare mention reaches the engine (whose chat reply is its greeting) and its reply goes to the channel.
    expect(engine.calls.map((call) => call.question)).toEqual(['龙岗', '']);
    expect(posts()[0]?.body).toMatchObject({ channel: 'C42', text: `echo:@slack:C42:1700000000.000200:U7` });
  });

  it('refuses a timestamp more than 5 minutes in the future as well as in the past', async () => {
    const engine = createScriptedEngine();
    const { port, logger } = await start(engine);
    const body = slashCommandBody(QUESTION, `${api.url}/response/future`);
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    expect((await post(port, body, signedHeaders(body, SECRET, inAnHour), FORM)).status).toBe(401);
    const inFourMinutes = Math.floor(Date.now() / 1000) + 4 * 60;
    expect((await post(port, body, signedHeaders(body, SECRET, inFourMinutes), FORM)).status).toBe(200);
    await waitFor(() => api.requests.length === 1);
    expect(engine.calls).toHaveLength(1);
    // The server reads its clock after the test's: a second may have passed in between.
    expect(logger.lines).toContainEqual(
      expect.stringMatching(
        /^warn Slack: refused a request with a timestamp (3600|3599) s in the future \(a replay, or a wrong clock\)$/,
      ),
    );
  });

  it('answers a replayed request (same trigger_id, same event_id) once', async () => {
    const engine = createScriptedEngine();
    const { port } = await start(engine);
    const command = slashCommandBody(QUESTION, `${api.url}/response/replayed`);
    const headers = signedHeaders(command);
    expect((await post(port, command, headers, FORM)).status).toBe(200);
    expect((await post(port, command, headers, FORM)).status).toBe(200);
    const mention = mentionBody(`<@UBOT> ${QUESTION}`);
    const mentionHeaders = signedHeaders(mention);
    await post(port, mention, mentionHeaders, JSON_TYPE);
    await post(port, mention, { ...mentionHeaders, 'x-slack-retry-num': '1' }, JSON_TYPE);
    await waitFor(() => api.requests.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(engine.calls).toHaveLength(2);
    expect(api.requests.map((request) => request.path)).toEqual(['/response/replayed', '/api/chat.postMessage']);
  });

  it.each([
    ['a wrong signature', (body: string) => signedHeaders(body, 'not-the-secret')],
    ['a stale timestamp', (body: string) => signedHeaders(body, SECRET, Math.floor(Date.now() / 1000) - 6 * 60)],
    ['no signature', () => ({})],
  ])('rejects %s with 401 and answers nothing', async (_name, headersFor) => {
    const engine = createScriptedEngine();
    const { port } = await start(engine);
    const body = slashCommandBody(QUESTION, `${api.url}/response/3`);
    const response = await post(port, body, headersFor(body), FORM);
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.calls).toEqual([]);
    expect(api.requests).toEqual([]);
  });

  it('replies politely when answering throws, and logs the conversation', async () => {
    const engine = createScriptedEngine(() => new Error('engine exploded'));
    const { port, logger } = await start(engine);
    const body = slashCommandBody(QUESTION, `${api.url}/response/4`);
    await post(port, body, signedHeaders(body), FORM);
    await waitFor(() => api.requests.length === 1);
    expect(String(api.requests[0]!.body.text)).toMatch(/^抱歉/);
    expect(String(api.requests[0]!.body.response_type)).toBe('ephemeral');
    expect(logger.lines).toContain('error slack slack:C42:U7: answering failed: Error: engine exploded');
  });
});

describe('serve with Slack variables set and no real Slack reachable', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let api: Awaited<ReturnType<typeof startStandIn>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openSampleStore(`${temp.path}/store.json`);
    api = await startStandIn();
  });
  afterEach(async () => {
    await api.close();
    await store.close();
    await temp.remove();
  });

  it('starts, logs that Slack is configured, answers a signed slash command with 552 (real engine), and stops on abort', async () => {
    const logger = createMemoryLogger();
    const stop = new AbortController();
    const config = loadConfig(SLACK_ENV);
    const served = serve({
      config,
      store,
      engine: createEngine({ store }),
      logger,
      signal: stop.signal,
      slackApiUrl: `${api.url}/api/`,
    });
    await waitFor(() => logger.lines.some((line) => line.startsWith('info Slack: configured')));
    const port = Number(/HTTP on port (\d+)/.exec(logger.lines.join('\n'))?.[1]);
    const body = slashCommandBody(QUESTION, `${api.url}/response/real`);
    expect((await post(port, body, signedHeaders(body), FORM)).status).toBe(200);
    await waitFor(() => api.requests.length === 1);
    expect(String(api.requests[0]!.body.text)).toContain('552');
    stop.abort();
    await served;
    expect(logger.lines).toContain('info Slack: stopped');
    await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).rejects.toThrow();
  });
});
