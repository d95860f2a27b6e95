// WeChat through wechaty: turns room and direct messages into BotContexts, and rooms into digest targets.
import { qrcodeValueToImageUrl, types, type Wechaty, WechatyBuilder, type WechatyOptions } from 'wechaty';
import type { Message, Room } from 'wechaty/users';
import type { Engine } from '../answers/index.js';
import type { WechatConfig } from '../config.js';
import type { DigestTarget } from './digest-targets.js';
import { handleQuestion } from './handle-question.js';
import type { Logger } from './logger.js';
import { createRateLimiter } from './rate-limit.js';
import { findRoomQuestion } from './room-question.js';
import { createSerialRunner } from './serialize.js';
import { splitMessage } from './split-message.js';

export interface WechatDeps {
  readonly config: WechatConfig;
  readonly engine: Engine;
  readonly logger: Logger;
  /** A ready puppet instance instead of the one WECHATY_PUPPET names (tests pass wechaty-puppet-mock). */
  readonly puppet?: Exclude<WechatyOptions['puppet'], string | undefined>;
  /** Called with a Chinese message when the account logs out, so someone can scan again. */
  readonly alert?: (text: string) => Promise<void>;
}

/** A running WeChat bot. */
export interface WechatChannel {
  readonly bot: Wechaty;
  /** The rooms listed in WECHAT_DIGEST_ROOMS, sent to with pauses in between. */
  digestTargets(): DigestTarget[];
  stop(): Promise<void>;
}

/** Starts the wechaty bot; with a personal-account puppet the QR login link is logged. */
export async function startWechat(deps: WechatDeps): Promise<WechatChannel> {
  const { config, logger } = deps;
  const bot = WechatyBuilder.build({
    // A name makes wechaty keep the login session in <name>.memory-card.json, so a restart needs no new scan.
    ...(deps.puppet === undefined ? { name: config.sessionName } : {}),
    puppet: deps.puppet ?? (config.puppet as WechatyOptions['puppet']),
    ...(config.puppetToken === undefined ? {} : { puppetOptions: { token: config.puppetToken } }),
  });
  bot.on('scan', (qrcode, status) => {
    if (status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout) {
      logger.info(`WeChat: scan this QR code with the bot's WeChat to log in: ${qrcodeValueToImageUrl(qrcode)}`);
    }
  });
  bot.on('login', (user) => logger.info(`WeChat: logged in as ${user.name()}`));
  let isStopping = false;
  bot.on('logout', (user) => {
    // Stopping logs the puppet out too; only an unexpected logout needs someone to scan again.
    if (isStopping) return;
    logger.warn(`WeChat: ${user.name()} logged out; restart nianbao and scan again`);
    void deps.alert?.(`nianbao：微信账号 ${user.name()} 已登出，请重启并扫码登录。`);
  });
  bot.on('error', (error) => logger.error('WeChat: puppet error', error));
  const onMessage = createMessageHandler(deps);
  bot.on('message', (message) => {
    onMessage(message).catch((error: unknown) => logger.error('WeChat: message handling failed', error));
  });
  await bot.start();
  logger.info(`WeChat: started with ${deps.puppet === undefined ? config.puppet : 'a supplied puppet'}`);
  return {
    bot,
    digestTargets: () => listRoomTargets(bot, config),
    stop: async () => {
      isStopping = true;
      await bot.stop();
    },
  };
}

/** Steps in order: ignore our own and non-text messages → in rooms, require a mention or prefix → rate limit → answer. */
function createMessageHandler(deps: WechatDeps): (message: Message) => Promise<void> {
  const { config, logger } = deps;
  const limiter = createRateLimiter(config.rateLimitPerMinute, 60_000);
  const runInOrder = createSerialRunner();
  return async (message) => {
    if (message.self() || message.type() !== types.Message.Text) return;
    const room = message.room();
    const text = room ? await findQuestionInRoom(message, config.roomPrefixes) : message.text();
    if (text === undefined || text.trim() === '') return;
    const conversationId = room ? `wechat:room:${room.id}` : `wechat:contact:${message.talker().id}`;
    if (!limiter.tryTake(conversationId)) {
      logger.warn(
        `WeChat ${conversationId}: more than ${config.rateLimitPerMinute} questions a minute, question ignored`,
      );
      return;
    }
    const reply = async (answer: string): Promise<void> => {
      for (const part of splitMessage(answer, config.maxReplyLength)) await message.say(part);
    };
    await runInOrder(conversationId, () => handleQuestion({ channel: 'wechat', conversationId, text, reply }, deps));
  };
}

async function findQuestionInRoom(message: Message, prefixes: readonly string[]): Promise<string | undefined> {
  const isMentioned = await message.mentionSelf();
  const text = isMentioned ? await message.mentionText() : message.text();
  return findRoomQuestion(text, isMentioned, prefixes);
}

// Scheduled pushes from a personal account have drawn bans: only listed rooms, one at a time, spaced apart.
function listRoomTargets(bot: Wechaty, config: WechatConfig): DigestTarget[] {
  let lastSentAt = 0;
  const waitForTurn = async (): Promise<void> => {
    const wait = lastSentAt + config.digestSpacingMs - Date.now();
    if (lastSentAt > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastSentAt = Date.now();
  };
  return config.digestRooms.map((name) => ({
    name: `wechat:${name}`,
    async send(text) {
      const room = await findRoom(bot, name);
      await waitForTurn();
      for (const part of splitMessage(text, config.maxReplyLength)) await room.say(part);
    },
  }));
}

async function findRoom(bot: Wechaty, name: string): Promise<Room> {
  // Room ids look like 12345@chatroom; anything else is a topic (the group's name).
  const room = await bot.Room.find(name.includes('@') ? { id: name } : { topic: name });
  if (!room) throw new Error(`WeChat room "${name}" not found (WECHAT_DIGEST_ROOMS lists room names or ids)`);
  return room;
}
