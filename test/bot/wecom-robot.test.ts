import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answers/index.js';
import { createHttpServer, type HttpServer } from '../../src/bot/http-server.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { decryptWecom, encryptWecom, isWecomSignatureValid } from '../../src/bot/wecom-crypto.js';
import { startWecomRobot } from '../../src/bot/wecom-robot.js';
import { loadConfig } from '../../src/config.js';
import { openSampleStore, type Store } from '../../src/store/index.js';
import { createScriptedEngine, makeTempDir, spawnServe, startStandIn, waitFor } from './helpers.js';
import {
  DOCUMENTED_EXAMPLE,
  groupText,
  ROBOT,
  readReply,
  signedCallback,
  signedVerification,
  wecomDecrypt,
  wecomEncrypt,
  wecomSign,
} from './wecom-wire.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const ROBOT_ENV = { WECOM_BOT_TOKEN: ROBOT.token, WECOM_BOT_AES_KEY: ROBOT.encodingAesKey };

describe("WeCom's encryption scheme", () => {
  it("the tests' own implementation reproduces the documented example exactly", () => {
    const example = DOCUMENTED_EXAMPLE;
    expect(wecomSign(example.token, example.timestamp, example.nonce, example.echostr)).toBe(example.msgSignature);
    const decrypted = wecomDecrypt(example.encodingAesKey, example.echostr);
    expect([decrypted.message, decrypted.receiveId]).toEqual([example.echoPlaintext, example.receiveId]);
    expect(
      wecomEncrypt(example.encodingAesKey, example.echoPlaintext, example.receiveId, Buffer.from(decrypted.random)),
    ).toBe(example.echostr);
  });

  it('the robot (through @wecom/crypto) agrees with the documented example and with the tests', () => {
    const example = DOCUMENTED_EXAMPLE;
    const query = { signature: example.msgSignature, timestamp: example.timestamp, nonce: example.nonce };
    expect(isWecomSignatureValid(example.token, { ...query, ciphertext: example.echostr })).toBe(true);
    expect(isWecomSignatureValid(example.token, { ...query, ciphertext: `${example.echostr}x` })).toBe(false);
    expect(decryptWecom(example.encodingAesKey, example.echostr, example.receiveId)).toBe(example.echoPlaintext);
    // That example is for an enterprise app (receiveid = corp id); a smart robot's receiveid is "".
    expect(() => decryptWecom(example.encodingAesKey, example.echostr)).toThrow(
      'not decrypt to a message for this robot',
    );
    const sealed = encryptWecom(ROBOT.encodingAesKey, '中文 reply');
    expect(wecomDecrypt(ROBOT.encodingAesKey, sealed)).toMatchObject({ message: '中文 reply', receiveId: '' });
    expect(decryptWecom(ROBOT.encodingAesKey, wecomEncrypt(ROBOT.encodingAesKey, '{"a":1}'))).toBe('{"a":1}');
  });

  it('refuses every one of 2,000 ciphertexts made with another key', () => {
    // Fixed random prefixes, so the same 2,000 ciphertexts every run (a check of the byte count alone let about one
    // in a few hundred through).
    const refused = Array.from({ length: 2000 }, (_, index) => {
      const random = Buffer.alloc(16);
      random.writeUInt32BE(index);
      const ciphertext = wecomEncrypt(DOCUMENTED_EXAMPLE.encodingAesKey, `hello ${index % 40}`, '', random);
      try {
        decryptWecom(ROBOT.encodingAesKey, ciphertext);
        return false;
      } catch {
        return true;
      }
    });
    expect(refused.filter((ok) => !ok)).toHaveLength(0);
  });

  it.each([
    ['not whole blocks', 'aGVsbG8='],
    ['empty', ''],
  ])('refuses a ciphertext made with %s', (_name, ciphertext) => {
    expect(() => decryptWecom(ROBOT.encodingAesKey, ciphertext)).toThrow();
  });
});

describe('the WeCom robot callback (/wecom/callback on the shared HTTP server)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let http: HttpServer;
  let robot: { port: number; stop(): Promise<void> } | undefined;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openSampleStore(`${temp.path}/store.json`);
  });
  afterEach(async () => {
    await robot?.stop();
    robot = undefined;
    await http.close();
    await store.close();
    await temp.remove();
  });
  const start = async (engine: Engine = createEngine({ store }), replyBudgetMs?: number) => {
    const logger = createMemoryLogger();
    const config = loadConfig(ROBOT_ENV).wecomBot;
    if (config === null) throw new Error('robot not configured');
    http = createHttpServer({ port: 0, host: '127.0.0.1' }, logger);
    robot = await startWecomRobot({ config, engine, logger, http, replyBudgetMs });
    const base = `http://127.0.0.1:${robot.port}/wecom/callback`;
    const post = (message: unknown) => {
      const { query, body } = signedCallback(message);
      return fetch(`${base}?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    };
    return { logger, base, post };
  };

  it('answers the URL verification with the plain echostr', async () => {
    const { base } = await start();
    const response = await fetch(`${base}?${signedVerification('8274017261513927263')}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('8274017261513927263');
  });

  it('answers an @mention in a group with an encrypted, signed stream reply containing 552', async () => {
    const { post } = await start();
    const response = await post(groupText(`@nianbao ${QUESTION}`));
    expect(response.status).toBe(200);
    const { signatureOk, receiveId, reply } = readReply(await response.json());
    expect(signatureOk).toBe(true);
    expect(receiveId).toBe('');
    expect(reply.msgtype).toBe('stream');
    expect(reply.stream?.finish).toBe(true);
    expect(reply.stream?.content).toContain('深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件');
  });

  it('answers mixed messages and (transcribed voice) single chats; context is per person in a group', async () => {
    const engine = createScriptedEngine();
    const { post } = await start(engine);
    const mixed = groupText('', {
      msgtype: 'mixed',
      text: undefined,
      mixed: {
        msg_item: [
          { msgtype: 'text', text: { content: '@nianbao 南山区呢？' } },
          { msgtype: 'image', image: { url: 'x' } },
        ],
      },
    });
    const single = {
      ...groupText(''),
      chattype: 'single',
      chatid: undefined,
      from: { userid: 'lisi' },
      msgtype: 'voice',
      text: undefined,
      voice: { content: QUESTION },
    };
    const replies = [];
    for (const message of [mixed, single, groupText('@nianbao 2020年呢？', { from: { userid: 'lisi' } })]) {
      replies.push(readReply(await (await post(message)).json()).reply.stream?.content);
    }
    expect(engine.calls).toEqual([
      { question: '南山区呢？', conversationId: 'wecom:wrkSFfCgAAtest:zhangsan' },
      { question: QUESTION, conversationId: 'wecom:single:lisi' },
      { question: '2020年呢？', conversationId: 'wecom:wrkSFfCgAAtest:lisi' },
    ]);
    expect(replies[0]).toBe('echo:南山区呢？@wecom:wrkSFfCgAAtest:zhangsan');
  });

  it('answers a message delivered twice (same msgid) once, giving the same reply again', async () => {
    const engine = createScriptedEngine();
    const { post, logger } = await start(engine);
    const message = groupText(`@nianbao ${QUESTION}`, { msgid: 'CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=' });
    const first = readReply(await (await post(message)).json()).reply;
    const again = readReply(await (await post(message)).json()).reply;
    expect(engine.calls).toHaveLength(1);
    expect(again.stream?.content).toBe(first.stream?.content);
    expect(logger.lines).toContain(
      'info WeCom robot: message CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI= delivered again; answered once',
    );
  });

  it('an answer slower than WeCom waits goes to the response_url (plain markdown), once', async () => {
    const responseUrl = await startStandIn(() => ({ body: { errcode: 0, errmsg: 'ok' } }));
    try {
      const slow = createScriptedEngine();
      const answer = slow.answer.bind(slow);
      slow.answer = async (question, options) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return answer(question, options);
      };
      const { post } = await start(slow, 20);
      const message = groupText(`@nianbao ${QUESTION}`, {
        response_url: `${responseUrl.url}/cgi-bin/aibot/response?response_code=RC`,
      });
      const response = await post(message);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
      await waitFor(() => responseUrl.requests.length === 1);
      expect(responseUrl.requests[0]).toMatchObject({
        path: '/cgi-bin/aibot/response?response_code=RC',
        body: { msgtype: 'markdown', markdown: { content: `echo:${QUESTION}@wecom:wrkSFfCgAAtest:zhangsan` } },
      });
      expect(await (await post(message)).text()).toBe('');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(responseUrl.requests).toHaveLength(1);
      expect(slow.calls).toHaveLength(1);
    } finally {
      await responseUrl.close();
    }
  });

  it.each([
    [
      'GET with a bad signature',
      401,
      (base: string) => fetch(`${base}?${signedVerification('x').replace(/msg_signature=\w+/, 'msg_signature=00')}`),
    ],
    [
      'GET signed by another token',
      401,
      (base: string) => fetch(`${base}?${signedVerification('x', { ...ROBOT, token: 'other' })}`),
    ],
    ['GET without a signature', 400, (base: string) => fetch(`${base}?echostr=abc`)],
    [
      'POST that is signed but encrypted with another key',
      400,
      (base: string) => {
        const encrypt = wecomEncrypt(DOCUMENTED_EXAMPLE.encodingAesKey, JSON.stringify(groupText(QUESTION)));
        const signature = wecomSign(ROBOT.token, '1', '2', encrypt);
        return fetch(`${base}?msg_signature=${signature}&timestamp=1&nonce=2`, {
          method: 'POST',
          body: JSON.stringify({ encrypt }),
        });
      },
    ],
    [
      'POST without JSON',
      400,
      (base: string) => fetch(`${base}?msg_signature=a&timestamp=1&nonce=2`, { method: 'POST', body: 'x' }),
    ],
  ])('refuses a %s with %i, logs it without secrets, and answers nothing', async (_name, status, send) => {
    const engine = createScriptedEngine();
    const { base, logger } = await start(engine);
    const response = await send(base);
    expect(response.status).toBe(status);
    expect(engine.calls).toEqual([]);
    expect(logger.lines).toHaveLength(2);
    expect(logger.lines[1]).toMatch(/^warn WeCom robot: refused a (GET|POST) \/wecom\/callback: /);
    expect(logger.lines.join('\n')).not.toMatch(new RegExp(`${ROBOT.token}|${ROBOT.encodingAesKey}`));
  });
});

describe('npm start with only the WeCom robot variables', () => {
  it('serves /wecom/callback: verification, an encrypted answer with 552, 4xx for a bad signature', async () => {
    const bot = await spawnServe({ HOST: '127.0.0.1', PORT: '0', ...ROBOT_ENV });
    try {
      const port = await bot.waitForLine(/callback http:\/\/<host>:(\d+)\/wecom\/callback/);
      const base = `http://127.0.0.1:${port}/wecom/callback`;
      const verification = await fetch(`${base}?${signedVerification('5918827331')}`);
      expect([verification.status, await verification.text()]).toEqual([200, '5918827331']);
      const { query, body } = signedCallback(groupText(`@nianbao ${QUESTION}`));
      const answered = await fetch(`${base}?${query}`, { method: 'POST', body });
      const { signatureOk, reply } = readReply(await answered.json());
      expect(signatureOk).toBe(true);
      expect(reply.stream?.content).toContain('552');
      const forged = await fetch(`${base}?${query.replace(/msg_signature=\w+/, 'msg_signature=0000')}`, {
        method: 'POST',
        body,
      });
      expect(forged.status).toBeGreaterThanOrEqual(400);
      expect(forged.status).toBeLessThan(500);
      expect(await bot.stop()).toBe(0);
    } finally {
      await bot.close();
    }
    expect(bot.stderr()).toContain('info nianbao is running (WeCom robot); stop with Ctrl+C');
    expect(bot.stderr()).not.toContain(ROBOT.token);
    expect(bot.stderr()).not.toContain(ROBOT.encodingAesKey);
  });
});
