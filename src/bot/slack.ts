// Slack through bolt: the slash command and @mentions become BotContexts; replies use Block Kit.

import type { AddressInfo } from 'node:net';
import { App, type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Engine } from '../answers/index.js';
import type { SlackConfig } from '../config.js';
import { type BotContext, handleQuestion } from './handle-question.js';
import type { Logger } from './logger.js';
import { createSerialRunner } from './serialize.js';
import { formatSlackReply } from './slack-blocks.js';
import { slackClientOptions } from './slack-client.js';

/** Words that ask for help instead of asking a question. */
export const HELP_WORDS = ['help', '帮助', '幫助', '?', '？'] as const;

export interface SlackDeps {
  readonly config: SlackConfig;
  readonly engine: Engine;
  readonly logger: Logger;
  /** Slack Web API base URL; tests point it at a local stand-in. */
  readonly apiUrl?: string;
}

/** A running Slack app; `port` is the HTTP port actually bound (undefined in Socket Mode). */
export interface SlackChannel {
  readonly port: number | undefined;
  stop(): Promise<void>;
}

/** Starts the bolt app in HTTP mode on PORT, or in Socket Mode when SLACK_APP_TOKEN is set. */
export async function startSlack(deps: SlackDeps): Promise<SlackChannel> {
  const { config, logger } = deps;
  const isSocketMode = config.appToken !== undefined;
  const app = new App({
    // Authorize without calling auth.test, so the app starts and serves requests even before Slack is reachable.
    authorize: async () => ({ botToken: config.botToken }),
    ...(isSocketMode ? { socketMode: true, appToken: config.appToken } : { signingSecret: config.signingSecret }),
    clientOptions: slackClientOptions(deps.apiUrl),
    logger: toBoltLogger(logger),
    logLevel: LogLevel.WARN,
  });
  addListeners(app, deps);
  const server = isSocketMode ? await app.start() : await app.start({ port: config.port, host: config.host });
  const port = isSocketMode
    ? undefined
    : ((server as { address(): AddressInfo | string | null }).address() as AddressInfo).port;
  logger.info(`Slack: configured, ${isSocketMode ? 'Socket Mode' : `HTTP on port ${port}`}, command ${config.command}`);
  return { port, stop: () => app.stop() as Promise<void> };
}

function addListeners(app: App, deps: SlackDeps): void {
  const runInOrder = createSerialRunner();
  const answer = (ctx: BotContext): Promise<void> => runInOrder(ctx.conversationId, () => handleQuestion(ctx, deps));

  app.command(deps.config.command, async ({ command, ack, respond }) => {
    const text = command.text.trim();
    if (isHelp(text)) {
      await ack({ response_type: 'ephemeral', text: await composeHelp(deps) });
      return;
    }
    // Acknowledge at once (Slack allows 3 s); the answer follows through the response URL.
    await ack();
    await answer({
      channel: 'slack',
      conversationId: `slack:${command.channel_id}`,
      text,
      reply: (reply, result) =>
        respond({ response_type: 'in_channel', ...formatSlackReply(reply, result) }).then(() => undefined),
    });
  });

  app.event('app_mention', async ({ event, say }) => {
    const thread = event.thread_ts ?? event.ts;
    const text = event.text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, '').trim();
    const reply = (message: string, result?: Parameters<typeof formatSlackReply>[1]) =>
      say({ thread_ts: thread, ...formatSlackReply(message, result) }).then(() => undefined);
    if (isHelp(text)) {
      await reply(await composeHelp(deps));
      return;
    }
    await answer({ channel: 'slack', conversationId: `slack:${event.channel}:${thread}`, text, reply });
  });

  app.error(async (error) => {
    deps.logger.error('Slack: request handling failed', error);
  });
}

const isHelp = (text: string): boolean => text === '' || (HELP_WORDS as readonly string[]).includes(text.toLowerCase());

async function composeHelp(deps: SlackDeps): Promise<string> {
  const examples = await deps.engine.examples('zh');
  return [
    '问我政府信息公开年报里的数字，例如：',
    ...examples.map((question) => `• ${deps.config.command} ${question}`),
    '在频道里 @我 提问，我会在话题中回答；同一频道或话题里可以接着追问。',
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
