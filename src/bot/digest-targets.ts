// Where the digest goes: each destination is a named sender, so one failing never stops the others.
import type { Config } from '../config.js';
import type { Logger } from './logger.js';
import { sendWecomImage, sendWecomMarkdown } from './wecom.js';

/** A picture sent after the text (the digest's charts): PNG bytes, a file name and a title. */
export interface DigestImage {
  readonly png: Buffer;
  readonly fileName: string;
  readonly title: string;
}

/**
 * One destination of the digest or an alert. `send` throws when the text did not arrive; images are extra:
 * one that fails is logged, and the text counts as delivered.
 */
export interface DigestTarget {
  /** Names the destination in logs and results, never with a secret in it (`slack:C123`, `wecom#1`). */
  readonly name: string;
  send(text: string, images?: readonly DigestImage[]): Promise<void>;
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
  const channels = config.slack?.digestChannels ?? [];
  return [...listSlackTargets(config, channels, deps), ...listWecomTargets(config, deps)];
}

/** WeCom group robots only: where alerts about the bot itself go. */
export function listWecomTargets(config: Config, deps: TargetDeps): DigestTarget[] {
  return config.wecomWebhookUrls.map((url, at) => {
    const name = `wecom#${at + 1}`;
    const options = { logger: deps.logger, fetch: deps.fetch, retryDelayMs: deps.wecomRetryDelayMs };
    return {
      name,
      async send(text, images = []) {
        if (!(await sendWecomMarkdown(url, name, text, options))) throw new Error(`${name}: not delivered`);
        for (const image of images) {
          if (!(await sendWecomImage(url, name, image.png, options))) {
            deps.logger.warn(`${name}: the picture ${image.fileName} was not delivered (the text was)`);
          }
        }
      },
    };
  });
}

/**
 * Slack channels (ids): the text as a message, each picture as a file uploaded to the channel. The Slack SDK (about
 * 8 MB resident) is loaded by the first send, so a bot without Slack never holds it.
 */
export function listSlackTargets(config: Config, channels: readonly string[], deps: TargetDeps): DigestTarget[] {
  const slack = config.slack;
  if (slack === null || channels.length === 0) return [];
  const makeClient = async () =>
    (await import('./slack-client.js')).createSlackWebClient(slack.botToken, deps.slackApiUrl ?? slack.apiUrl);
  let made: ReturnType<typeof makeClient> | undefined;
  return channels.map((channel) => ({
    name: `slack:${channel}`,
    async send(text, images = []) {
      made ??= makeClient();
      const client = await made;
      // mrkdwn off: the digest is plain text, and organ names must not turn into formatting.
      await client.chat.postMessage({ channel, text, mrkdwn: false });
      for (const image of images) {
        await client
          .filesUploadV2({ channel_id: channel, file: image.png, filename: image.fileName, title: image.title })
          .catch((error: unknown) =>
            deps.logger.warn(`slack:${channel}: the picture ${image.fileName} was not uploaded`, error),
          );
      }
    },
  }));
}

/** Sends the text (and images) to every target in turn; failures are logged and listed, never thrown. */
export async function deliver(
  text: string,
  targets: readonly DigestTarget[],
  logger: Logger,
  images: readonly DigestImage[] = [],
): Promise<{ sent: string[]; failed: string[] }> {
  const sent: string[] = [];
  const failed: string[] = [];
  for (const target of targets) {
    try {
      await target.send(text, images);
      sent.push(target.name);
    } catch (error) {
      logger.error(`${target.name}: sending failed`, error);
      failed.push(target.name);
    }
  }
  return { sent, failed };
}
