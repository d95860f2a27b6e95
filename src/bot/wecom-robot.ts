// WeCom smart robot (企业微信智能机器人) in API mode: WeCom calls /wecom/callback with encrypted JSON when someone
// @mentions the robot in a group or writes to it; the answer goes back encrypted in the response, or, when it
// takes longer than WeCom waits, to the message's response_url.
import { randomBytes, randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../answers/index.js';
import type { WecomBotConfig } from '../config.js';
import type { Store } from '../store/index.js';
import { drawChartOf } from './answer-chart.js';
import { handleQuestion } from './handle-question.js';
import { type HttpServer, readBody } from './http-server.js';
import { describeBriefly, type Logger } from './logger.js';
import { type Outbox, SHARED_OUTBOX } from './outbox.js';
import { createSerialRunner } from './serialize.js';
import { wecomImageOf } from './wecom.js';
import { decryptWecom, encryptWecom, isWecomSignatureValid, signWecom } from './wecom-crypto.js';

/** The callback path, as configured in the robot's API settings (https://<host>/wecom/callback). */
export const WECOM_CALLBACK_PATH = '/wecom/callback';

/** WeCom takes at most 20480 bytes of (Markdown) content in a stream reply; a runaway answer is cut, not refused. */
const MAX_REPLY_BYTES = 20_000;

export interface WecomRobotDeps {
  readonly config: WecomBotConfig;
  readonly engine: Engine;
  readonly logger: Logger;
  /** Where groups' 订阅日报 / 取消订阅 are kept (the bot's store). */
  readonly digestStore?: Store;
  readonly http: HttpServer;
  /** How long to wait for an answer before replying empty and sending it to response_url instead. */
  readonly replyBudgetMs?: number;
  readonly fetch?: typeof fetch;
  readonly outbox?: Outbox;
}

/** A message callback after decryption (接收消息): the fields nianbao reads. */
interface RobotMessage {
  readonly msgid?: string;
  readonly chatid?: string;
  readonly chattype?: 'group' | 'single';
  readonly from?: { readonly userid?: string };
  readonly response_url?: string;
  readonly msgtype?: string;
  readonly text?: { readonly content?: string };
  /** A voice message in a single chat, as WeCom transcribed it. */
  readonly voice?: { readonly content?: string };
  readonly mixed?: { readonly msg_item?: readonly { msgtype?: string; text?: { content?: string } }[] };
}

/** What the robot says back: the text ('' for nothing) and, for answers with one, the chart. */
interface RobotReply {
  readonly text: string;
  readonly image?: Buffer;
}

const SILENCE: RobotReply = { text: '' };

/** How one message (by msgid) was answered, so a repeated delivery is not answered again. */
interface Delivery {
  readonly reply: Promise<RobotReply>;
  passive?: RobotReply;
  sentToUrl?: boolean;
}

/** Serves the callback on the shared HTTP server. */
export async function startWecomRobot(deps: WecomRobotDeps): Promise<{ port: number; stop(): Promise<void> }> {
  const handle = createCallbackHandler(deps);
  const removeRoute = deps.http.route(WECOM_CALLBACK_PATH, handle);
  try {
    const port = await deps.http.listen();
    deps.logger.info(`WeCom robot: configured, callback http://<host>:${port}${WECOM_CALLBACK_PATH}`);
    return { port, stop: async () => void removeRoute() };
  } catch (error) {
    removeRoute();
    throw error;
  }
}

function createCallbackHandler(
  deps: WecomRobotDeps,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const { config, logger } = deps;
  const deliveries = createDeliveries();
  const runInOrder = createSerialRunner();
  const refuse = (response: ServerResponse, status: number, method: string, reason: string): void => {
    logger.warn(`WeCom robot: refused a ${method} ${WECOM_CALLBACK_PATH}: ${reason}`);
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(reason);
  };
  return async (request, response) => {
    const method = request.method ?? '';
    const query = readQuery(request.url ?? '');
    const { msg_signature: signature, timestamp, nonce } = query;
    if (signature === undefined || timestamp === undefined || nonce === undefined) {
      return refuse(response, 400, method, 'msg_signature, timestamp or nonce missing');
    }
    const ciphertext = method === 'GET' ? query.echostr : method === 'POST' ? await readEncrypt(request) : undefined;
    if (ciphertext === undefined)
      return refuse(response, method === 'GET' || method === 'POST' ? 400 : 405, method, 'no ciphertext');
    if (!isWecomSignatureValid(config.token, { signature, timestamp, nonce, ciphertext })) {
      return refuse(response, 401, method, 'bad signature');
    }
    let plaintext: string;
    try {
      plaintext = decryptWecom(config.aesKey, ciphertext);
    } catch (error) {
      return refuse(response, 400, method, `cannot decrypt (${describeBriefly(error)})`);
    }
    // URL verification: answer the plain echostr, nothing else (no quotes, no newline).
    if (method === 'GET')
      return void response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(plaintext);
    let message: RobotMessage;
    try {
      message = JSON.parse(plaintext) as RobotMessage;
    } catch {
      return refuse(response, 400, method, 'decrypted callback is not JSON');
    }
    const reply = await answerMessage(message, deliveries, deps, runInOrder);
    if (reply.text === '') return void response.writeHead(200).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(encryptReply(config, reply));
  };
}

/** The reply to send passively ('' for an empty response); slow answers go to response_url when ready. */
async function answerMessage(
  message: RobotMessage,
  deliveries: ReturnType<typeof createDeliveries>,
  deps: WecomRobotDeps,
  runInOrder: ReturnType<typeof createSerialRunner>,
): Promise<RobotReply> {
  const text = questionOf(message);
  const id = message.msgid;
  if (text === undefined || id === undefined) return SILENCE; // stream refreshes, events, images: nothing to answer
  const known = deliveries.get(id);
  if (known) {
    deps.logger.info(`WeCom robot: message ${id} delivered again; answered once`);
    // WeCom retries when it did not get our response: give it the same reply, never a second answer.
    return known.passive ?? SILENCE;
  }
  const delivery = deliveries.start(
    id,
    runInOrder(conversationOf(message), () => ask(message, text, deps)),
  );
  const budget = deps.replyBudgetMs ?? 3000;
  const ready = await Promise.race([delivery.reply, sleep(budget).then(() => undefined)]);
  if (ready !== undefined) {
    delivery.passive = ready;
    return ready;
  }
  // response_url takes markdown only: a late answer goes without its chart.
  void delivery.reply.then((late) => sendToResponseUrl(message, late.text, delivery, deps));
  return SILENCE;
}

/** Runs the question through the shared path and resolves with what it replied ('' when it stayed silent). */
async function ask(message: RobotMessage, text: string, deps: WecomRobotDeps): Promise<RobotReply> {
  const isGroup = message.chattype === 'group';
  const user = message.from?.userid ?? 'unknown';
  const place = isGroup ? `wecom:${message.chatid ?? 'group'}` : `wecom:single:${user}`;
  const replies: string[] = [];
  let image: Buffer | undefined;
  await handleQuestion(
    {
      channel: 'wecom',
      conversationId: isGroup ? `${place}:${user}` : place,
      place,
      trigger: isGroup ? 'mention' : 'direct',
      text,
      reply: async (reply, answer) => {
        replies.push(reply);
        image = (await drawChartOf(answer, deps.logger))?.png ?? image;
      },
    },
    deps,
  );
  return { text: replies.join('\n\n'), ...(image === undefined ? {} : { image }) };
}

async function sendToResponseUrl(message: RobotMessage, reply: string, delivery: Delivery, deps: WecomRobotDeps) {
  const url = message.response_url;
  if (reply === '' || url === undefined || delivery.sentToUrl) return;
  delivery.sentToUrl = true;
  // response_url takes plain JSON (not encrypted), once, within an hour.
  const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: cutToBytes(reply, MAX_REPLY_BYTES) } });
  const outgoing = {
    destination: `wecom-response:${message.msgid}`,
    label: `WeCom robot reply to ${message.msgid}`,
    pacing: { retries: 1, retryDelayMs: 2000 },
    logger: deps.logger,
  };
  await (deps.outbox ?? SHARED_OUTBOX).send(outgoing, async () => {
    const response = await (deps.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const result = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
    if (!response.ok || (result.errcode !== undefined && result.errcode !== 0)) {
      throw new Error(`HTTP ${response.status}, errcode ${String(result.errcode)}: ${result.errmsg ?? ''}`);
    }
  });
}

/** The passive reply (被动回复): a finished stream message, with the chart as its image, encrypted and signed. */
function encryptReply(config: WecomBotConfig, reply: RobotReply): string {
  const images = reply.image === undefined ? [] : [{ msgtype: 'image', image: wecomImageOf(reply.image) }];
  const plaintext = JSON.stringify({
    msgtype: 'stream',
    stream: {
      id: randomBytes(8).toString('hex'),
      finish: true,
      content: cutToBytes(reply.text, MAX_REPLY_BYTES),
      ...(images.length > 0 ? { msg_item: images } : {}),
    },
  });
  const encrypt = encryptWecom(config.aesKey, plaintext);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(randomInt(100_000_000, 1_000_000_000));
  return JSON.stringify({
    encrypt,
    msgsignature: signWecom(config.token, timestamp, nonce, encrypt),
    timestamp,
    nonce,
  });
}

/** The question in a text, voice (transcribed) or mixed message, without the leading @mention(s) of the robot. */
function questionOf(message: RobotMessage): string | undefined {
  const raw =
    message.msgtype === 'text'
      ? message.text?.content
      : message.msgtype === 'voice'
        ? message.voice?.content
        : message.msgtype === 'mixed'
          ? (message.mixed?.msg_item ?? [])
              .filter((item) => item.msgtype === 'text')
              .map((item) => item.text?.content ?? '')
              .join(' ')
          : undefined;
  return raw?.replace(/^(?:\s*@\S+)+/u, '').trim();
}

const conversationOf = (message: RobotMessage): string =>
  `${message.chatid ?? 'single'}:${message.from?.userid ?? 'unknown'}`;

/** Query parameters URL-decoded as WeCom requires; a raw "+" in base64 stays a "+". */
function readQuery(url: string): Record<string, string | undefined> {
  const search = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const fields: Record<string, string> = {};
  for (const pair of search.split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    try {
      fields[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1));
    } catch {
      // A malformed escape: leave the field out, so the request is refused as incomplete.
    }
  }
  return fields;
}

async function readEncrypt(request: IncomingMessage): Promise<string | undefined> {
  try {
    const body = JSON.parse(await readBody(request, 100_000)) as { encrypt?: unknown };
    return typeof body.encrypt === 'string' ? body.encrypt : undefined;
  } catch {
    return undefined;
  }
}

/** Deliveries by msgid, kept 10 minutes (WeCom retries within seconds). */
function createDeliveries(ttlMs = 10 * 60_000) {
  const byId = new Map<string, { delivery: Delivery; at: number }>();
  return {
    get(id: string): Delivery | undefined {
      for (const [other, entry] of byId) {
        if (Date.now() - entry.at < ttlMs) break;
        byId.delete(other);
      }
      return byId.get(id)?.delivery;
    },
    start(id: string, reply: Promise<RobotReply>): Delivery {
      const delivery: Delivery = { reply: reply.catch(() => SILENCE) };
      byId.set(id, { delivery, at: Date.now() });
      return delivery;
    },
  };
}

function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let cut = text.slice(0, maxBytes);
  while (Buffer.byteLength(cut) > maxBytes - 3) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());
