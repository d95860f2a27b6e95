// `nianbao serve`: start every configured channel (or the console chat), run the digest, stop on a signal.
// Each channel is supervised on its own: one that fails is logged, alerted once and retried, the others go on.
import type { Engine } from '../answers/index.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import { createFetcher, type Fetcher } from '../fetch/index.js';
import type { Store } from '../store/index.js';
import { runConsoleChat } from './console-chat.js';
import { type DigestTarget, deliver, listConfiguredTargets, listWecomTargets } from './digest-targets.js';
import { guardProcess } from './guard-process.js';
import { createHttpServer, type HttpServer } from './http-server.js';
import { createLogger, type Logger } from './logger.js';
import { createReportIntake, type ReportIntake } from './report-intake.js';
import { scheduleDigest } from './schedule-digest.js';
import { scheduleWatch } from './schedule-watch.js';
import { resendPendingDigest, sendDigest } from './send-digest.js';
import {
  type ChannelStarter,
  type SupervisedChannel,
  type SupervisorOptions,
  superviseChannel,
} from './supervise-channel.js';

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
  /** Test seams: the Slack Web API URL, the WeChat puppet and service directory, the fetch for WeCom, the retry pace. */
  readonly slackApiUrl?: string;
  readonly wechatPuppet?: import('./wechat.js').WechatDeps['puppet'];
  readonly wechatServiceDirectoryUrl?: string;
  readonly fetch?: typeof fetch;
  readonly supervision?: Pick<SupervisorOptions, 'retryDelayMs' | 'maxRetryDelayMs' | 'startTimeoutMs'>;
}

interface Running {
  readonly name: string;
  stop(): Promise<void> | void;
}

/**
 * Runs until SIGINT/SIGTERM (or `signal`); with no channel configured, runs the console chat until the
 * input ends. While serving, an uncaught error restarts the channel it came from instead of ending the process.
 */
export async function serve(deps: ServeDeps): Promise<void> {
  const logger = deps.logger ?? createLogger();
  const stopping = listenForShutdown(deps.signal);
  // One fetcher for the watch and the reports sent in chat: one request at a time per host for both.
  const fetcher = createFetcher(deps.config.fetch);
  try {
    if (!hasChannel(deps.config)) {
      // The watch runs beside the console chat too: the reports it finds are answered there.
      const watch = deps.config.watch.urls.length > 0 ? startWatch(deps, logger, NO_CHANNELS, fetcher) : undefined;
      try {
        await runConsoleChat({
          ...deps,
          logger,
          input: deps.input ?? process.stdin,
          output: deps.output ?? process.stdout,
          signal: stopping.signal,
        });
      } finally {
        await watch?.stop();
      }
      return;
    }
    const http = createHttpServer(deps.config.http, logger);
    const intake = createReportIntake({ config: deps.config, store: deps.store, fetcher, logger });
    const channels = startChannels(deps, logger, http, intake);
    const unguard = guardProcess(logger, () => channels.supervised);
    try {
      const running = await waitForFirstStarts(deps, logger, channels, fetcher);
      logger.info(`nianbao is running (${running.map((entry) => entry.name).join(', ')}); stop with Ctrl+C`);
      await new Promise((resolve) => stopping.signal.addEventListener('abort', resolve, { once: true }));
      logger.info('stopping…');
      // Supervised channels log their own stop, and also stop a pending retry.
      for (const entry of [...channels.supervised, ...running.filter(isScheduled)].reverse())
        await stopQuietly(entry, logger);
      await http.close();
    } finally {
      unguard();
    }
  } finally {
    stopping.dispose();
  }
}

interface StartedChannels {
  readonly supervised: SupervisedChannel[];
  /** The WeChat rooms of the WeChat channel currently running (none while it is down). */
  wechatTargets(): DigestTarget[];
  /** Rooms by id for the subscribed ones, while WeChat runs. */
  roomTarget(): ((roomId: string) => DigestTarget) | undefined;
}

function startChannels(deps: ServeDeps, logger: Logger, http: HttpServer, intake: ReportIntake): StartedChannels {
  const { config } = deps;
  const targetDeps = { logger, fetch: deps.fetch, slackApiUrl: deps.slackApiUrl };
  const alert = async (text: string): Promise<void> => {
    await deliver(text, listWecomTargets(config, targetDeps), logger);
  };
  let wechatTargets = (): DigestTarget[] => [];
  let roomTarget: ((roomId: string) => DigestTarget) | undefined;
  const starters: ChannelStarter[] = [];
  const wechatConfig = config.wechat;
  if (wechatConfig !== null) {
    starters.push({
      name: 'WeChat',
      packages: ['wechaty', '@grpc/', 'grpc', '@juzi/', 'wechat4u'],
      async start() {
        const { startWechat } = await import('./wechat.js');
        const wechat = await startWechat({
          config: wechatConfig,
          engine: deps.engine,
          logger,
          puppet: deps.wechatPuppet,
          serviceDirectoryUrl: deps.wechatServiceDirectoryUrl,
          alert,
          digestStore: deps.store,
          intake,
        });
        wechatTargets = () => wechat.digestTargets();
        roomTarget = (roomId) => wechat.roomTarget(roomId);
        return {
          stop: async () => {
            wechatTargets = () => [];
            roomTarget = undefined;
            await wechat.stop();
          },
        };
      },
    });
  }
  const slackConfig = config.slack;
  if (slackConfig !== null) {
    starters.push({
      name: 'Slack',
      packages: ['@slack/'],
      async start() {
        const { startSlack } = await import('./slack.js');
        return startSlack({
          config: slackConfig,
          engine: deps.engine,
          logger,
          http,
          apiUrl: deps.slackApiUrl,
          digestStore: deps.store,
          intake,
        });
      },
    });
  }
  const robotConfig = config.wecomBot;
  if (robotConfig !== null) {
    starters.push({
      name: 'WeCom robot',
      packages: ['@wecom/'],
      async start() {
        const { startWecomRobot } = await import('./wecom-robot.js');
        return startWecomRobot({
          config: robotConfig,
          engine: deps.engine,
          logger,
          http,
          fetch: deps.fetch,
          digestStore: deps.store,
        });
      },
    });
  }
  const options = { logger, alert, ...deps.supervision };
  return {
    supervised: starters.map((starter) => superviseChannel(starter, options)),
    wechatTargets: () => wechatTargets(),
    roomTarget: () => roomTarget,
  };
}

/** The console chat has no channel: nothing to announce to but the configured targets (none without a channel). */
const NO_CHANNELS: StartedChannels = { supervised: [], wechatTargets: () => [], roomTarget: () => undefined };

/** Waits for every channel's first attempt; fails when none could start and there is no digest to run either. */
async function waitForFirstStarts(
  deps: ServeDeps,
  logger: Logger,
  channels: StartedChannels,
  fetcher: Fetcher,
): Promise<Running[]> {
  const { config } = deps;
  const started = await Promise.all(channels.supervised.map((channel) => channel.firstStart));
  const running: Running[] = channels.supervised.filter((_, at) => started[at]);
  // WeChat and Slack groups may subscribe themselves (订阅日报): with either running, the schedule runs too.
  const maySubscribe = running.length > 0 && (config.wechat !== null || config.slack !== null);
  if (hasDigestDestination(config) || maySubscribe) {
    const digestDeps = () => ({
      logger,
      fetch: deps.fetch,
      slackApiUrl: deps.slackApiUrl,
      config,
      store: deps.store,
      extraTargets: channels.wechatTargets(),
      roomTarget: channels.roomTarget(),
    });
    const schedule = scheduleDigest({
      digest: config.digest,
      store: deps.store,
      logger,
      send: (now) => sendDigest({ ...digestDeps(), now }),
      resend: () => resendPendingDigest(digestDeps()),
    });
    running.push({
      name: 'digest',
      stop: () => {
        schedule.stop();
        logger.info('digest: stopped');
      },
    });
  }
  if (running.length === 0) {
    await Promise.all(channels.supervised.map((channel) => channel.stop()));
    const failed = channels.supervised.map((channel) => channel.name).join(', ');
    throw new ConfigError(
      failed,
      `No channel could start (${failed}); see the errors above and check the variables in .env.example.`,
    );
  }
  if (config.watch.urls.length > 0) running.push(startWatch(deps, logger, channels, fetcher));
  return running;
}

/** The site watch (WATCH_URLS): new reports announced, with WATCH_ANNOUNCE, where the digest goes. */
function startWatch(deps: ServeDeps, logger: Logger, channels: StartedChannels, fetcher: Fetcher): Running {
  const { config } = deps;
  const targetDeps = { logger, fetch: deps.fetch, slackApiUrl: deps.slackApiUrl };
  const schedule = scheduleWatch({
    watch: config.watch,
    timeZone: config.digest.timeZone,
    store: deps.store,
    fetcher,
    limits: config.parse,
    logger,
    announce: (text) =>
      deliver(text, [...listConfiguredTargets(config, targetDeps), ...channels.wechatTargets()], logger),
  });
  return {
    name: 'watch',
    stop: () => {
      schedule.stop();
      logger.info('watch: stopped');
    },
  };
}

function hasChannel(config: Config): boolean {
  return (
    config.wechat !== null || config.slack !== null || config.wecomBot !== null || config.wecomWebhookUrls.length > 0
  );
}

function hasDigestDestination(config: Config): boolean {
  return (
    config.wecomWebhookUrls.length > 0 ||
    (config.slack?.digestChannels.length ?? 0) > 0 ||
    (config.wechat?.digestRooms.length ?? 0) > 0
  );
}

const isScheduled = (entry: Running): boolean => entry.name === 'digest' || entry.name === 'watch';

async function stopQuietly(entry: Running, logger: Logger): Promise<void> {
  try {
    await entry.stop();
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
