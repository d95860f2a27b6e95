// WeChat through wechaty: turns room and direct messages into BotContexts, and rooms into digest targets.

import { FileBox } from 'file-box';
import { qrcodeValueToImageUrl, types, type Wechaty, WechatyBuilder, type WechatyOptions } from 'wechaty';
import type { Message, Room } from 'wechaty/users';
import type { Answer, Engine } from '../answers/index.js';
import type { WechatConfig } from '../config.js';
import { isReportFileName, type Store } from '../store/index.js';
import { drawChartOf } from './answer-chart.js';
import type { DigestTarget } from './digest-targets.js';
import { handleQuestion } from './handle-question.js';
import { describeIngestFailure, INGEST_REFUSAL } from './ingest-words.js';
import { createRepeatedErrorLog, type Logger } from './logger.js';
import { type Outbox, SHARED_OUTBOX } from './outbox.js';
import { createQuestionLimiter } from './question-limiter.js';
import { findUrls, type ReportIntake } from './report-intake.js';
import { findRoomQuestion } from './room-question.js';
import { createSerialRunner } from './serialize.js';
import { splitMessage } from './split-message.js';
import { findServiceEndpoint } from './wechat-service.js';

export interface WechatDeps {
  readonly config: WechatConfig;
  readonly engine: Engine;
  readonly logger: Logger;
  /** Where groups' 订阅日报 / 取消订阅 are kept (the bot's store). */
  readonly digestStore?: Store;
  /** A ready puppet instance instead of the one WECHATY_PUPPET names (tests pass wechaty-puppet-mock). */
  readonly puppet?: Exclude<WechatyOptions['puppet'], string | undefined>;
  /** Called with a Chinese message when the account logs out, so someone can scan again. */
  readonly alert?: (text: string) => Promise<void>;
  /** Where replies queue (the process's shared one by default). */
  readonly outbox?: Outbox;
  /** The puppet service directory's URL instead of https://WECHATY_PUPPET_SERVICE_AUTHORITY (tests). */
  readonly serviceDirectoryUrl?: string;
  /** Reports sent in a direct chat (a file, or a message with a report's URL) go here. */
  readonly intake?: ReportIntake;
}

/** A running WeChat bot. */
export interface WechatChannel {
  readonly bot: Wechaty;
  /** The rooms listed in WECHAT_DIGEST_ROOMS, sent to with pauses in between (one pause for all rooms). */
  digestTargets(): DigestTarget[];
  /** A room by id as a digest destination (a room that subscribed with 订阅日报). */
  roomTarget(roomId: string): DigestTarget;
  stop(): Promise<void>;
}

/** Starts the wechaty bot; with a personal-account puppet the QR login link is logged. */
export async function startWechat(deps: WechatDeps): Promise<WechatChannel> {
  const { config, logger } = deps;
  const puppetOptions = deps.puppet === undefined ? await puppetOptionsFor(config, deps) : undefined;
  const bot = WechatyBuilder.build({
    // A name makes wechaty keep the login session in <name>.memory-card.json, so a restart needs no new scan.
    ...(deps.puppet === undefined ? { name: config.sessionName } : {}),
    puppet: deps.puppet ?? (config.puppet as WechatyOptions['puppet']),
    ...(puppetOptions === undefined ? {} : { puppetOptions }),
  } as WechatyOptions);
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
  // A puppet without network reports the same error many times a second: one line a minute is enough.
  const logPuppetError = createRepeatedErrorLog(logger);
  bot.on('error', (error) => logPuppetError('WeChat: puppet error', error));
  const onMessage = createMessageHandler(deps);
  bot.on('message', (message) => {
    onMessage(message).catch((error: unknown) => logger.error('WeChat: message handling failed', error));
  });
  await bot.start();
  const roomTarget = createRoomTargets(bot, deps);
  logger.info(`WeChat: started with ${deps.puppet === undefined ? config.puppet : 'a supplied puppet'}`);
  return {
    bot,
    digestTargets: () => config.digestRooms.map((name) => roomTarget(name)),
    roomTarget: (roomId) => roomTarget(roomId, true),
    stop: async () => {
      isStopping = true;
      await bot.stop();
    },
  };
}

/**
 * Steps in order: ignore our own and non-text messages → in rooms, require a mention or prefix → the shared
 * question path (greeting, reset, rate limit, answer). Context is per person: room + sender.
 */
function createMessageHandler(deps: WechatDeps): (message: Message) => Promise<void> {
  const { config } = deps;
  const limiter = createQuestionLimiter(config.rateLimitPerMinute);
  const runInOrder = createSerialRunner();
  const outbox = deps.outbox ?? SHARED_OUTBOX;
  const takeReport = deps.intake === undefined ? undefined : createReportTaker(deps.intake, deps, outbox);
  return async (message) => {
    if (message.self()) return;
    if (takeReport !== undefined && message.room() === undefined && (await takeReport(message))) return;
    if (message.type() !== types.Message.Text) return;
    const room = message.room();
    const talker = message.talker();
    const found = room
      ? await findQuestionInRoom(message, config.roomPrefixes)
      : { text: message.text(), trigger: 'direct' as const };
    if (found === undefined) return;
    const place = room ? `wechat:room:${room.id}` : `wechat:contact:${talker.id}`;
    const conversationId = room ? `${place}:${talker.id}` : place;
    const pacing = { minGapMs: config.partSpacingMs };
    const say = (part: string, mention: boolean) =>
      outbox.send({ destination: place, label: `WeChat ${place}`, pacing, logger: deps.logger }, async () => {
        await (room && mention ? room.say(part, talker) : message.say(part));
      });
    const reply = async (answer: string, result?: Answer): Promise<void> => {
      // In a group the first part @mentions the asker; leave room for the mention in every part.
      const mention = room ? `@${(await room.alias(talker)) ?? talker.name()} ` : '';
      const parts = splitMessage(answer, config.maxReplyLength - mention.length);
      for (const [at, part] of parts.entries()) {
        if (!(await say(part, at === 0))) throw new Error(`part ${at + 1} of ${parts.length} not delivered`);
      }
      // The chart follows the text as an image file (the text alone already answers).
      const chart = await drawChartOf(result, deps.logger);
      if (chart === null) return;
      const box = FileBox.fromBase64(chart.png.toString('base64'), chart.fileName);
      const sent = await outbox.send(
        { destination: place, label: `WeChat ${place}`, pacing, logger: deps.logger },
        async () => {
          await (room ? room.say(box) : message.say(box));
        },
      );
      if (!sent) deps.logger.warn(`WeChat ${place}: the chart was not delivered (the answer was)`);
    };
    const ctx = { channel: 'wechat' as const, conversationId, place, trigger: found.trigger, text: found.text, reply };
    await runInOrder(conversationId, () => handleQuestion(ctx, { ...deps, limiter }));
  };
}

/**
 * In a direct chat, a file (PDF/DOCX/DOC/HTML/text) or a text holding a report's URL goes to the intake and its
 * reply back to the sender; true when the message was one of these.
 */
function createReportTaker(
  intake: ReportIntake,
  deps: WechatDeps,
  outbox: Outbox,
): (message: Message) => Promise<boolean> {
  const { config, logger } = deps;
  return async (message) => {
    // Only what may be a report: other files sent for other reasons are left alone.
    const box = message.type() === types.Message.Attachment ? await message.toFileBox() : undefined;
    const file = box !== undefined && isReportFileName(box.name) ? box : undefined;
    const urls = message.type() === types.Message.Text ? findUrls(message.text()) : [];
    if (file === undefined && urls.length === 0) return false;
    const talker = message.talker();
    const sender = { channel: 'wechat' as const, ids: [talker.id, talker.name()] };
    let reply: string;
    if (!intake.isAllowed(sender)) reply = INGEST_REFUSAL;
    else if (file !== undefined) {
      const bytes = new Uint8Array(await file.toBuffer());
      reply =
        bytes.length > intake.maxBytes
          ? describeIngestFailure(
              `${file.name}: larger than ${Math.round(intake.maxBytes / 1024 / 1024)} MB (FETCH_MAX_MB)`,
            )
          : await intake.takeFile(sender, { name: `wechat:${file.name}`, bytes });
    } else reply = await intake.takeUrls(sender, urls);
    const place = `wechat:contact:${talker.id}`;
    const target = { destination: place, label: `WeChat ${place}`, pacing: { minGapMs: config.partSpacingMs }, logger };
    for (const part of splitMessage(reply, config.maxReplyLength)) {
      if (!(await outbox.send(target, async () => void (await message.say(part)))))
        logger.warn(`WeChat ${place}: the reply about the report was not delivered`);
    }
    return true;
  };
}

/** The token, and for wechaty-puppet-service the server it names, looked up before wechaty would (see wechat-service.ts). */
async function puppetOptionsFor(
  config: WechatConfig,
  deps: WechatDeps,
): Promise<{ token: string; endpoint?: string } | undefined> {
  const token = config.puppetToken;
  if (token === undefined) return undefined;
  if (config.puppet !== 'wechaty-puppet-service') return { token };
  const endpoint =
    config.serviceEndpoint ??
    (await findServiceEndpoint({ token, authority: config.serviceAuthority, directoryUrl: deps.serviceDirectoryUrl }));
  return { token, endpoint };
}

async function findQuestionInRoom(
  message: Message,
  prefixes: readonly string[],
): Promise<{ text: string; trigger: 'mention' | 'unaddressed' } | undefined> {
  const isMentioned = await message.mentionSelf();
  const text = findRoomQuestion(isMentioned ? await message.mentionText() : message.text(), isMentioned, prefixes);
  return text === undefined ? undefined : { text, trigger: isMentioned ? 'mention' : 'unaddressed' };
}

// Scheduled pushes from a personal account have drawn bans: only listed or subscribed rooms, one at a time, spaced.
function createRoomTargets(bot: Wechaty, deps: WechatDeps): (name: string, isId?: boolean) => DigestTarget {
  const { config, logger } = deps;
  const outbox = deps.outbox ?? SHARED_OUTBOX;
  let lastSentAt = 0;
  const waitForTurn = async (): Promise<void> => {
    const wait = lastSentAt + config.digestSpacingMs - Date.now();
    if (lastSentAt > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastSentAt = Date.now();
  };
  return (name, isId = name.includes('@')) => ({
    name: `wechat:${name}`,
    async send(text, images = []) {
      const room = await findRoom(bot, name, isId);
      await waitForTurn();
      // The same queue as the room's replies, so digest and answers are paced together.
      const place = `wechat:room:${room.id}`;
      const message = {
        destination: place,
        label: `WeChat ${place}`,
        pacing: { minGapMs: config.partSpacingMs },
        logger,
      };
      for (const part of splitMessage(text, config.maxReplyLength)) {
        const say = async (): Promise<void> => void (await room.say(part));
        if (!(await outbox.send(message, say))) throw new Error(`WeChat room "${name}": not delivered`);
      }
      for (const image of images) {
        const say = async (): Promise<void> =>
          void (await room.say(FileBox.fromBase64(image.png.toString('base64'), image.fileName)));
        if (!(await outbox.send(message, say))) logger.warn(`WeChat room "${name}": the picture was not delivered`);
      }
    },
  });
}

async function findRoom(bot: Wechaty, name: string, isId: boolean): Promise<Room> {
  // In WECHAT_DIGEST_ROOMS, room ids look like 12345@chatroom; anything else is a topic (the group's name).
  const room = await bot.Room.find(isId ? { id: name } : { topic: name });
  if (!room) throw new Error(`WeChat room "${name}" not found (WECHAT_DIGEST_ROOMS lists room names or ids)`);
  return room;
}
