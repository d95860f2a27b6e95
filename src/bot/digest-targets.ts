// Where the digest goes: each destination is a named sender, so one failing never stops the others.
import type { Config } from '../config.js';
import type { Logger } from './logger.js';
import { createSlackWebClient } from './slack-client.js';
import { sendWecomMarkdown } from './wecom.js';

/** One destination of the digest or an alert. `send` throws when the message did not arrive. */
export interface DigestTarget {
  /** Names the destination in logs and results, never with a secret in it (`slack:C123`, `wecom#1`). */
  readonly name: string;
  send(text: string): Promise<void>;
}

export interface TargetDeps {
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
  /** Slack Web API base URL; tests point it at a local stand-in. */
  readonly slackApiUrl?: string;
  readonly wecomRetryDelayMs?: number;
}

/** The Slack channels and WeCom group robots the configuration lists (WeChat rooms come from the running bot). */
export function listConfiguredTargets(config: Config, deps: TargetDeps): DigestTarget[] {
  return [...listSlackTargets(config, deps), ...listWecomTargets(config, deps)];
}

/** WeCom group robots only: where alerts about the bot itself go. */
export function listWecomTargets(config: Config, deps: TargetDeps): DigestTarget[] {
  return config.wecomWebhookUrls.map((url, at) => {
    const name = `wecom#${at + 1}`;
    return {
      name,
      async send(text) {
        const options = { logger: deps.logger, fetch: deps.fetch, retryDelayMs: deps.wecomRetryDelayMs };
        if (!(await sendWecomMarkdown(url, name, text, options))) throw new Error(`${name}: not delivered`);
      },
    };
  });
}

function listSlackTargets(config: Config, deps: TargetDeps): DigestTarget[] {
  const slack = config.slack;
  if (slack === null || slack.digestChannels.length === 0) return [];
  const client = createSlackWebClient(slack.botToken, deps.slackApiUrl);
  return slack.digestChannels.map((channel) => ({
    name: `slack:${channel}`,
    async send(text) {
      // mrkdwn off: the digest is plain text, and organ names must not turn into formatting.
      await client.chat.postMessage({ channel, text, mrkdwn: false });
    },
  }));
}

/** Sends the text to every target in turn; failures are logged and listed, never thrown. */
export async function deliver(
  text: string,
  targets: readonly DigestTarget[],
  logger: Logger,
): Promise<{ sent: string[]; failed: string[] }> {
  const sent: string[] = [];
  const failed: string[] = [];
  for (const target of targets) {
    try {
      await target.send(text);
      sent.push(target.name);
    } catch (error) {
      logger.error(`${target.name}: sending failed`, error);
      failed.push(target.name);
    }
  }
  return { sent, failed };
}
