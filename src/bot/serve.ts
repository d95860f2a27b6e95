// `nianbao serve`: start every configured channel (or the console chat), run the digest, stop on a signal.
import type { Engine } from '../answers/index.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Store } from '../store/index.js';
import { runConsoleChat } from './console-chat.js';
import { type DigestTarget, deliver, listWecomTargets } from './digest-targets.js';
import { createLogger, type Logger } from './logger.js';
import { scheduleDigest } from './schedule-digest.js';
import { sendDigest } from './send-digest.js';

export interface ServeDeps {
  readonly config: Config;
  readonly store: Store;
  readonly engine: Engine;
  /** Console chat streams (process.stdin / process.stdout by default). */
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  readonly logger?: Logger;
  /** Stops serving like SIGINT does (tests). */
  readonly signal?: AbortSignal;
  /** Test seams: the Slack Web API URL, the WeChat puppet, the fetch for WeCom. */
  readonly slackApiUrl?: string;
  readonly wechatPuppet?: import('./wechat.js').WechatDeps['puppet'];
  readonly fetch?: typeof fetch;
}

interface Running {
  readonly name: string;
  stop(): Promise<void> | void;
}

/**
 * Runs until SIGINT/SIGTERM (or `signal`); with no channel configured, runs the console chat until the
 * input ends. A channel that fails to start is logged (and alerted to WeCom) while the others run on.
 */
export async function serve(deps: ServeDeps): Promise<void> {
  const logger = deps.logger ?? createLogger();
  const stopping = listenForShutdown(deps.signal);
  try {
    const { config } = deps;
    if (config.wechat === null && config.slack === null && config.wecomWebhookUrls.length === 0) {
      await runConsoleChat({
        ...deps,
        logger,
        input: deps.input ?? process.stdin,
        output: deps.output ?? process.stdout,
        signal: stopping.signal,
      });
      return;
    }
    const running = await startChannels(deps, logger);
    logger.info(`nianbao is running (${running.map((entry) => entry.name).join(', ')}); stop with Ctrl+C`);
    await new Promise((resolve) => stopping.signal.addEventListener('abort', resolve, { once: true }));
    logger.info('stopping…');
    for (const entry of running.reverse()) await stopQuietly(entry, logger);
  } finally {
    stopping.dispose();
  }
}

async function startChannels(deps: ServeDeps, logger: Logger): Promise<Running[]> {
  const { config } = deps;
  const targetDeps = { logger, fetch: deps.fetch, slackApiUrl: deps.slackApiUrl };
  const alert = async (text: string): Promise<void> => {
    await deliver(text, listWecomTargets(config, targetDeps), logger);
  };
  const running: Running[] = [];
  let wechatTargets = (): DigestTarget[] => [];
  const failed: string[] = [];
  const attempt = async (name: string, start: () => Promise<Running>): Promise<void> => {
    try {
      running.push(await start());
    } catch (error) {
      failed.push(name);
      logger.error(`${name}: could not start; the other channels go on`, error);
      await alert(`nianbao：${name} 通道启动失败（${(error as Error).message}），请查看日志。`);
    }
  };
  if (config.wechat !== null) {
    const wechatConfig = config.wechat;
    await attempt('WeChat', async () => {
      const { startWechat } = await import('./wechat.js');
      const wechat = await startWechat({
        config: wechatConfig,
        engine: deps.engine,
        logger,
        puppet: deps.wechatPuppet,
        alert,
      });
      wechatTargets = () => wechat.digestTargets();
      return { name: 'WeChat', stop: () => wechat.stop() };
    });
  }
  if (config.slack !== null) {
    const slackConfig = config.slack;
    await attempt('Slack', async () => {
      const { startSlack } = await import('./slack.js');
      const slack = await startSlack({
        config: slackConfig,
        engine: deps.engine,
        logger,
        apiUrl: deps.slackApiUrl,
      });
      return { name: 'Slack', stop: () => slack.stop() };
    });
  }
  if (hasDigestDestination(config)) {
    const schedule = scheduleDigest({
      digest: config.digest,
      store: deps.store,
      logger,
      send: (now) => sendDigest({ ...targetDeps, config, store: deps.store, now, extraTargets: wechatTargets() }),
    });
    running.push({ name: 'digest', stop: () => schedule.stop() });
  }
  if (running.length === 0) {
    throw new ConfigError(
      failed.join(', '),
      `No channel could start (${failed.join(', ')}); see the errors above and check the variables in .env.example.`,
    );
  }
  return running;
}

function hasDigestDestination(config: Config): boolean {
  return (
    config.wecomWebhookUrls.length > 0 ||
    (config.slack?.digestChannels.length ?? 0) > 0 ||
    (config.wechat?.digestRooms.length ?? 0) > 0
  );
}

async function stopQuietly(entry: Running, logger: Logger): Promise<void> {
  try {
    await entry.stop();
    logger.info(`${entry.name}: stopped`);
  } catch (error) {
    logger.warn(`${entry.name}: did not stop cleanly`, error);
  }
}

/** One AbortSignal for SIGINT, SIGTERM and the caller's signal; `dispose` removes the process listeners. */
function listenForShutdown(external?: AbortSignal): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  external?.addEventListener('abort', abort, { once: true });
  if (external?.aborted) abort();
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
      external?.removeEventListener('abort', abort);
    },
  };
}
