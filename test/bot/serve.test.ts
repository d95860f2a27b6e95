import type { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { serve } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import type { Store } from '../../src/store/index.js';
import {
  createScriptedEngine,
  makeTempDir,
  openExpectedStore,
  postSlackCommand,
  spawnServe,
  startStandIn,
  waitFor,
} from './helpers.js';
import { ROBOT, signedVerification } from './wecom-wire.js';

/** A port something else already listens on, so a channel that wants it fails to start. */
async function occupyPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    release: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A logged-in mock WeChat account in one group; `said` collects what the bot says there. */
function mockWechat() {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const botUser = mocker.createContact({ name: 'nianbao' });
  const mike = mocker.createContact({ name: 'mike' });
  const room = mocker.createRoom({ topic: '年报工作群', memberIdList: [botUser.id, mike.id] });
  const said: string[] = [];
  (room as unknown as EventEmitter).on('message', (message: { payload: { talkerId?: string; text?: string } }) => {
    if (message.payload.talkerId === botUser.id) said.push(message.payload.text ?? '');
  });
  return { mocker, puppet, botUser, mike, room, said, login: () => mocker.login(botUser) };
}

describe('serve with several channels', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let wecom: Awaited<ReturnType<typeof startStandIn>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openExpectedStore(`${temp.path}/store.json`);
    wecom = await startStandIn(() => ({ body: { errcode: 0 } }));
  });
  afterEach(async () => {
    await wecom.close();
    await store.close();
    await temp.remove();
  });

  it('a channel that cannot start is logged and alerted to WeCom; the others run on; all stop on shutdown', async () => {
    const taken = await occupyPort();
    const wechat = mockWechat();
    const config = loadConfig({
      WECHATY_PUPPET: 'wechaty-puppet-mock',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      HOST: '127.0.0.1',
      PORT: String(taken.port),
      WECOM_WEBHOOK_URLS: `${wecom.url}/send?key=k`,
    });
    const logger = createMemoryLogger();
    const stop = new AbortController();
    const served = serve({
      config,
      store,
      engine: createScriptedEngine(),
      logger,
      signal: stop.signal,
      wechatPuppet: wechat.puppet,
    });
    try {
      await waitFor(() => logger.lines.some((line) => line.startsWith('info nianbao is running')));
      wechat.login();
      await new Promise((resolve) => setTimeout(resolve, 50));
      wechat.mike.say('@nianbao 南山区呢？', [wechat.botUser]).to(wechat.room);
      await waitFor(() => wechat.said.length === 1);
      expect(wechat.said[0]).toMatch(/^@mike echo:南山区呢？@wechat:room:/);
      expect(
        logger.lines.some((line) => line.startsWith('error Slack: could not start; the other channels go on')),
      ).toBe(true);
      expect(logger.lines).toContain('info nianbao is running (WeChat, digest); stop with Ctrl+C');
      expect(wecom.requests.map((request) => (request.body.markdown as { content: string }).content)).toEqual([
        expect.stringMatching(/^nianbao：Slack 通道启动失败（.*EADDRINUSE.*），请查看日志。$/),
      ]);
    } finally {
      stop.abort();
      await served;
      await taken.release();
    }
    expect(logger.lines.slice(-3)).toEqual(['info stopping…', 'info digest: stopped', 'info WeChat: stopped']);
    expect(wecom.requests).toHaveLength(1); // stopping is not a logout worth an alert
  });

  it('fails with a ConfigError when no channel could start at all', async () => {
    const taken = await occupyPort();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      HOST: '127.0.0.1',
      PORT: String(taken.port),
    });
    try {
      await expect(
        serve({ config, store, engine: createScriptedEngine(), logger: createMemoryLogger() }),
      ).rejects.toThrow(ConfigError);
    } finally {
      await taken.release();
    }
  });

  it('the digest schedule sends to the opted-in WeChat room of the running bot, and to WeCom', async () => {
    const wechat = mockWechat();
    const config = loadConfig({
      WECHATY_PUPPET: 'wechaty-puppet-mock',
      WECHAT_DIGEST_ROOMS: '年报工作群',
      WECHAT_DIGEST_SPACING_MS: '0',
      WECOM_WEBHOOK_URLS: `${wecom.url}/send?key=k`,
      DIGEST_CRON: '* * * * * *', // every second, so the test sees a slot soon
    });
    const logger = createMemoryLogger();
    const stop = new AbortController();
    const served = serve({
      config,
      store,
      engine: createScriptedEngine(),
      logger,
      signal: stop.signal,
      wechatPuppet: wechat.puppet,
    });
    try {
      await waitFor(() => logger.lines.some((line) => line.startsWith('info nianbao is running')));
      wechat.login();
      await waitFor(() => wechat.said.length >= 1 && wecom.requests.length >= 1);
    } finally {
      stop.abort();
      await served;
    }
    expect(wechat.said[0]).toMatch(/^【政府信息公开年报日报】/);
    expect((wecom.requests[0]?.body.markdown as { content: string } | undefined)?.content).toBe(wechat.said[0]);
  });
});

describe('serve with Slack and the WeCom robot', () => {
  it('serves both on the one PORT: /slack/events and /wecom/callback', async () => {
    const temp = await makeTempDir();
    const store = await openExpectedStore(`${temp.path}/store.json`);
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'shared-port-secret',
      WECOM_BOT_TOKEN: ROBOT.token,
      WECOM_BOT_AES_KEY: ROBOT.encodingAesKey,
      HOST: '127.0.0.1',
      PORT: '0',
    });
    const logger = createMemoryLogger();
    const stop = new AbortController();
    const served = serve({ config, store, engine: createScriptedEngine(), logger, signal: stop.signal });
    try {
      await waitFor(() => logger.lines.some((line) => line.startsWith('info nianbao is running')));
      // With Slack running, groups may subscribe (订阅日报): the digest schedule runs too.
      expect(logger.lines).toContain('info nianbao is running (Slack, WeCom robot, digest); stop with Ctrl+C');
      const ports = logger.lines.flatMap((line) => /(?:HTTP on port |<host>:)(\d+)/.exec(line)?.[1] ?? []);
      expect(new Set(ports).size).toBe(1);
      const base = `http://127.0.0.1:${ports[0]}`;
      const verification = await fetch(`${base}/wecom/callback?${signedVerification('424242')}`);
      expect(await verification.text()).toBe('424242');
      const slack = await postSlackCommand(Number(ports[0]), 'shared-port-secret', 'help');
      expect(slack.status).toBe(200);
      expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
    } finally {
      stop.abort();
      await served;
      await store.close();
      await temp.remove();
    }
  });
});

describe('the real process with Slack variables and no Slack reachable', () => {
  it('starts, logs that Slack is configured, serves signed requests on PORT, and exits 0 on SIGTERM', async () => {
    const secret = 'process-secret';
    const env = { SLACK_BOT_TOKEN: 'xoxb-process-token', SLACK_SIGNING_SECRET: secret, HOST: '127.0.0.1', PORT: '0' };
    const bot = await spawnServe(env);
    try {
      const port = Number(await bot.waitForLine(/HTTP on port (\d+)/));
      const good = await postSlackCommand(port, secret, 'help');
      expect(good.status).toBe(200);
      expect(((await good.json()) as { text: string }).text).toContain('/nianbao 哪些报告的数据不一致？');
      const forged = await postSlackCommand(port, secret, 'help', 'v0=00');
      expect(forged.status).toBe(401);
      expect(await bot.stop()).toBe(0);
    } finally {
      await bot.close();
    }
    expect(bot.stderr()).toMatch(/info Slack: configured, HTTP on port \d+, command \/nianbao/);
    expect(bot.stderr()).toContain('info Slack: stopped');
    expect(bot.stderr()).not.toContain('xoxb-process-token');
    expect(bot.stderr()).not.toContain(secret);
  });
});

describe('the real process with a WeChat puppet service that cannot be reached, and Slack', () => {
  it('WeChat fails in one line and is retried; Slack serves on; no secret is printed; SIGTERM exits 0', async () => {
    const closed = await occupyPort();
    await closed.release(); // nothing listens there now: the directory cannot be reached
    const secret = 'process-signing-secret';
    const puppetToken = 'puppet_workpro_0123456789abcdef';
    const bot = await spawnServe({
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_TOKEN: puppetToken,
      WECHATY_PUPPET_SERVICE_AUTHORITY: `127.0.0.1:${closed.port}`,
      SLACK_BOT_TOKEN: 'xoxb-process-token',
      SLACK_SIGNING_SECRET: secret,
      HOST: '127.0.0.1',
      PORT: '0',
    });
    try {
      await bot.waitForLine(/(nianbao is running \(Slack, digest\))/);
      const port = Number(/HTTP on port (\d+)/.exec(bot.stderr())?.[1]);
      expect((await postSlackCommand(port, secret, 'help')).status).toBe(200);
      expect(await bot.stop()).toBe(0);
    } finally {
      await bot.close();
    }
    const stderr = bot.stderr();
    const failures = stderr.split('\n').filter((line) => line.includes('WeChat: could not start'));
    expect(failures[0]).toMatch(
      new RegExp(
        `^\\S+ error WeChat: could not start; the other channels go on; retrying in 5 s \\(Error: the puppet service directory https://127\\.0\\.0\\.1:${closed.port} cannot be reached \\(.+\\)\\)$`,
      ),
    );
    expect(stderr).not.toContain('onError is not a function');
    for (const value of [puppetToken, secret, 'xoxb-process-token']) expect(stderr).not.toContain(value);
  });
});

describe('serve keeps a failing channel apart', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let directory: Awaited<ReturnType<typeof startStandIn>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openExpectedStore(`${temp.path}/store.json`);
  });
  afterEach(async () => {
    await directory.close();
    await store.close();
    await temp.remove();
  });

  it('retries a channel that could not start with growing pauses and alerts once; the rest runs', async () => {
    directory = await startStandIn(() => ({ status: 503, body: {} }));
    const wecom = await startStandIn(() => ({ body: { errcode: 0 } }));
    const config = loadConfig({
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_TOKEN: 'puppet_workpro_token',
      WECHATY_PUPPET_SERVICE_AUTHORITY: directory.url.replace('http://', ''),
      WECOM_WEBHOOK_URLS: `${wecom.url}/send?key=k`,
    });
    const logger = createMemoryLogger();
    const stop = new AbortController();
    const served = serve({
      config,
      store,
      engine: createScriptedEngine(),
      logger,
      signal: stop.signal,
      supervision: { retryDelayMs: 40, maxRetryDelayMs: 1000 },
      wechatServiceDirectoryUrl: directory.url,
    });
    try {
      await waitFor(() => logger.lines.filter((line) => line.includes('WeChat: could not start')).length >= 3);
      const delays = logger.lines
        .filter((line) => line.includes('WeChat: could not start'))
        .map((line) => /retrying in (\d+) ms/.exec(line)?.[1]);
      expect(delays.slice(0, 3)).toEqual(['40', '80', '160']);
      expect(logger.lines).toContain('info nianbao is running (digest); stop with Ctrl+C');
      expect(wecom.requests.map((request) => (request.body.markdown as { content: string }).content)).toEqual([
        'nianbao：WeChat 通道启动失败（the puppet service directory ' +
          `${directory.url} gave no server address (HTTP 503)），请查看日志。`,
      ]);
    } finally {
      stop.abort();
      await served;
      await wecom.close();
    }
    expect(logger.lines.at(-1)).toBe('info digest: stopped');
  });
});
