// Slack through bolt: the slash command, @mentions, DMs and follow-ups in answered threads become BotContexts.
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { Answer, Engine } from '../answers/index.js';
import type { SlackConfig } from '../config.js';
import type { Store } from '../store/index.js';
import { drawChartOf } from './answer-chart.js';
import { type BotContext, handleQuestion, type Trigger } from './handle-question.js';
import type { HttpServer } from './http-server.js';
import type { Logger } from './logger.js';
import type { ReportIntake } from './report-intake.js';
import { createSerialRunner } from './serialize.js';
import { formatSlackReply } from './slack-blocks.js';
import { slackClientOptions } from './slack-client.js';
import { createSlackFileTaker, type SlackFile } from './slack-files.js';
import { checkSlackTimestamp, createSeenIds, deliveryIdOf } from './slack-replay.js';

/** Words that ask for help instead of asking a question. */
export const HELP_WORDS = ['help', '帮助', '幫助', '?', '？'] as const;

export interface SlackDeps {
  readonly config: SlackConfig;
  readonly engine: Engine;
  readonly logger: Logger;
  /** Where groups' 订阅日报 / 取消订阅 are kept (the bot's store). */
  readonly digestStore?: Store;
  /** The shared HTTP server (HTTP mode); Socket Mode needs none. */
  readonly http?: HttpServer;
  /** Slack Web API base URL instead of SLACK_API_URL; tests point it at a local stand-in. */
  readonly apiUrl?: string;
  /** The clock the replay window is checked against. */
  readonly now?: () => number;
  /** Reports sent in chat (files, URLs in a direct message) go here; without it they are not taken. */
  readonly intake?: ReportIntake;
}

/** A running Slack app; `port` is the HTTP port actually bound (undefined in Socket Mode). */
export interface SlackChannel {
  readonly port: number | undefined;
  stop(): Promise<void>;
}

/** Starts the bolt app on the shared HTTP server's /slack/events, or in Socket Mode when SLACK_APP_TOKEN is set. */
export async function startSlack(deps: SlackDeps): Promise<SlackChannel> {
  const { config, logger } = deps;
  const boltLogger = toBoltLogger(logger);
  const common = {
    // Authorize without calling auth.test, so the app starts and serves requests even before Slack is reachable.
    authorize: async () => ({ botToken: config.botToken }),
    clientOptions: slackClientOptions(deps.apiUrl ?? config.apiUrl),
    logger: boltLogger,
    logLevel: LogLevel.WARN,
  };
  if (config.appToken !== undefined) {
    const app = new App({ ...common, socketMode: true, appToken: config.appToken });
    addListeners(app, deps);
    await app.start();
    logger.info(`Slack: configured, Socket Mode, command ${config.command}`);
    return { port: undefined, stop: () => app.stop() as Promise<void> };
  }
  if (deps.http === undefined) throw new Error('Slack over HTTP needs the HTTP server');
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret ?? '', logger: boltLogger });
  const app = new App({ ...common, receiver });
  addListeners(app, deps);
  const now = deps.now ?? Date.now;
  const removeRoute = deps.http.route('/slack/', (request, response) => {
    const refused = checkSlackTimestamp(request.headers['x-slack-request-timestamp'], now());
    if (refused === undefined) return receiver.requestListener(request, response);
    logger.warn(`Slack: refused a request with a ${refused} (a replay, or a wrong clock)`);
    response.writeHead(401).end();
  });
  try {
    const port = await deps.http.listen();
    logger.info(`Slack: configured, HTTP on port ${port}, command ${config.command}`);
    return { port, stop: async () => void removeRoute() };
  } catch (error) {
    removeRoute();
    throw error;
  }
}

function addListeners(app: App, deps: SlackDeps): void {
  const { config, logger } = deps;
  const runInOrder = createSerialRunner();
  const answer = (ctx: BotContext): Promise<void> => runInOrder(ctx.conversationId, () => handleQuestion(ctx, deps));
  // Threads the bot answered in (the most recent ones): a follow-up there needs no new @mention.
  const answeredThreads = new LRUCache<string, true>({ max: 10_000 });
  const seen = createSeenIds();

  app.use(async (args) => {
    const id = deliveryIdOf(args.body);
    if (id !== undefined && !seen.isFirst(id)) {
      logger.info(`Slack: ${id} was already answered; the repeat is ignored`);
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    await args.next();
  });

  app.command(config.command, async ({ command, ack, respond, client }) => {
    const text = command.text.trim();
    if (isHelp(text)) {
      await ack({ response_type: 'ephemeral', text: await composeHelp(deps) });
      return;
    }
    // Acknowledge at once (Slack allows 3 s); the answer follows through the response URL.
    await ack();
    await answer({
      channel: 'slack',
      conversationId: `slack:${command.channel_id}:${command.user_id}`,
      place: `slack:${command.channel_id}`,
      trigger: 'direct',
      text,
      reply: (reply, result) =>
        replyWithChart(client, logger, { channel: command.channel_id }, reply, result, () =>
          respond({ response_type: 'in_channel', ...formatSlackReply(reply, result) }),
        ),
      replyToAsker: (reply) => respond({ response_type: 'ephemeral', text: reply }).then(() => undefined),
    });
  });

  app.event('app_mention', async ({ event, client }) => {
    const text = stripMentions(event.text);
    const shared = (event as { files?: SlackFile[] }).files ?? [];
    if (files !== undefined && shared.length > 0 && event.user !== undefined) {
      const thread_ts = event.thread_ts ?? event.ts;
      const post = (reply: string) =>
        client.chat.postMessage({ channel: event.channel, thread_ts, text: reply, mrkdwn: false });
      await files.takeFiles({ channel: 'slack', ids: [event.user] }, shared, post);
      return;
    }
    if (text !== '' && isHelp(text)) {
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: event.thread_ts ?? event.ts,
        text: await composeHelp(deps),
      });
      return;
    }
    const thread = event.thread_ts ?? event.ts;
    answeredThreads.set(`${event.channel}:${thread}`, true);
    await answer(
      threadContext(client, logger, {
        channel: event.channel,
        thread,
        user: event.user ?? '',
        text,
        trigger: 'mention',
      }),
    );
  });

  const files = addFileListeners(app, deps);
  app.event('message', async ({ event, client, body }) => {
    if (files !== undefined && event.subtype === 'file_share' && event.channel_type === 'im') {
      if (event.user === undefined || isBotUser(event.user, body)) return;
      const post = (text: string) => client.chat.postMessage({ channel: event.channel, text, mrkdwn: false });
      await files.takeFiles({ channel: 'slack', ids: [event.user] }, (event.files ?? []) as SlackFile[], post);
      return;
    }
    if (event.subtype !== undefined || event.bot_id !== undefined || event.user === undefined) return;
    const text = event.text ?? '';
    if (event.channel_type === 'im') {
      const post = (reply: string) => client.chat.postMessage({ channel: event.channel, text: reply, mrkdwn: false });
      if (await files?.takeUrlsIn({ channel: 'slack', ids: [event.user] }, text, post)) return;
      await answer({
        channel: 'slack',
        conversationId: `slack:${event.channel}:${event.user}`,
        place: `slack:${event.channel}`,
        trigger: 'direct',
        text,
        reply: (reply, result) =>
          replyWithChart(client, logger, { channel: event.channel }, reply, result, () =>
            client.chat.postMessage({ channel: event.channel, ...formatSlackReply(reply, result) }),
          ),
      });
      return;
    }
    // In channels, only follow-ups in a thread the bot answered; a new @mention there is an app_mention.
    const thread = event.thread_ts;
    if (thread === undefined || !answeredThreads.has(`${event.channel}:${thread}`)) return;
    if (mentionsBot(text, body)) return;
    await answer(
      threadContext(client, logger, {
        channel: event.channel,
        thread,
        user: event.user,
        text: text.trim(),
        trigger: 'unaddressed',
      }),
    );
  });

  app.error(async (error) => {
    logger.error('Slack: request handling failed', error);
  });
}

/** file_shared in a direct message (its channel id starts with D); files shared elsewhere need an @mention. */
function addFileListeners(app: App, deps: SlackDeps): ReturnType<typeof createSlackFileTaker> | undefined {
  if (deps.intake === undefined) return undefined;
  const files = createSlackFileTaker({
    intake: deps.intake,
    botToken: deps.config.botToken,
    apiUrl: deps.apiUrl ?? deps.config.apiUrl ?? 'https://slack.com/api/',
    logger: deps.logger,
  });
  app.event('file_shared', async ({ event, client, body }) => {
    // The bot's own chart uploads are announced too.
    if (!event.channel_id.startsWith('D') || isBotUser(event.user_id, body)) return;
    const post = (text: string) => client.chat.postMessage({ channel: event.channel_id, text, mrkdwn: false });
    await files.takeSharedFile(client, { channel: 'slack', ids: [event.user_id] }, event.file_id, post);
  });
  return files;
}

/** A turn in a channel thread: the answer goes in the thread; clarifications and errors only to the asker. */
function threadContext(
  client: App['client'],
  logger: Logger,
  turn: { channel: string; thread: string; user: string; text: string; trigger: Trigger },
): BotContext {
  const { channel, thread, user } = turn;
  return {
    channel: 'slack',
    conversationId: `slack:${channel}:${thread}:${user}`,
    place: `slack:${channel}`,
    trigger: turn.trigger,
    text: turn.text,
    reply: (reply: string, result?: Answer) =>
      replyWithChart(client, logger, { channel, thread }, reply, result, () =>
        client.chat.postMessage({ channel, thread_ts: thread, ...formatSlackReply(reply, result) }),
      ),
    replyToAsker: (reply: string) =>
      client.chat.postEphemeral({ channel, user, thread_ts: thread, text: reply }).then(() => undefined),
  };
}

/**
 * An answer with a chart goes as the picture, uploaded where the reply goes, with the answer as its comment
 * (files.getUploadURLExternal + completeUploadExternal); without one, or when the upload fails (the bot is not
 * in the channel), as `post` sends it.
 */
async function replyWithChart(
  client: App['client'],
  logger: Logger,
  where: { readonly channel: string; readonly thread?: string },
  reply: string,
  result: Answer | undefined,
  post: () => Promise<unknown>,
): Promise<void> {
  const chart = await drawChartOf(result, logger);
  if (chart !== null) {
    try {
      const file = { file: chart.png, filename: chart.fileName, title: chart.plan.spec.title, initial_comment: reply };
      await (where.thread === undefined
        ? client.filesUploadV2({ ...file, channel_id: where.channel })
        : client.filesUploadV2({ ...file, channel_id: where.channel, thread_ts: where.thread }));
      return;
    } catch (error) {
      logger.warn(`Slack: the chart could not be uploaded to ${where.channel}; the answer goes as text`, error);
    }
  }
  await post();
}

const isHelp = (text: string): boolean => text === '' || (HELP_WORDS as readonly string[]).includes(text.toLowerCase());

const stripMentions = (text: string): string => text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, '').trim();

/** Whether `user` is the bot itself (Events API payloads name the bot user in `authorizations`). */
function isBotUser(user: string, body: unknown): boolean {
  const authorizations = (body as { authorizations?: { user_id?: string }[] }).authorizations ?? [];
  return authorizations.some((entry) => entry.user_id === user);
}

/** Whether a message @mentions the bot (Events API payloads name the bot user in `authorizations`). */
function mentionsBot(text: string, body: unknown): boolean {
  const authorizations = (body as { authorizations?: { user_id?: string }[] }).authorizations ?? [];
  return authorizations.some((entry) => entry.user_id !== undefined && text.includes(`<@${entry.user_id}`));
}

async function composeHelp(deps: SlackDeps): Promise<string> {
  const examples = await deps.engine.examples('zh');
  return [
    '问我政府信息公开年报里的数字，例如：',
    ...examples.map((question) => `• ${deps.config.command} ${question}`),
    '在频道里 @我 提问，我会在话题中回答；话题里可以直接追问，也可以私信我。说“重新开始”清除追问的上下文。',
  ].join('\n');
}

// Bolt logs through our logger, so nothing of bolt's reaches stdout.
function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const join = (parts: unknown[]): string => parts.map(String).join(' ');
  return {
    debug: () => undefined,
    info: (...parts) =>
      level === LogLevel.INFO || level === LogLevel.DEBUG ? logger.info(`Slack: ${join(parts)}`) : undefined,
    warn: (...parts) => logger.warn(`Slack: ${join(parts)}`),
    error: (...parts) => logger.error(`Slack: ${join(parts)}`),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
