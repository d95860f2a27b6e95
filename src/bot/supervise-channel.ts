// One failing channel never stops the others: each channel starts, fails and restarts on its own, with backoff.
import { describeBriefly, type Logger } from './logger.js';

/** A channel as serve starts it: a name for logs and a start that resolves once it is up. */
export interface ChannelStarter {
  readonly name: string;
  /** Packages whose uncaught errors are this channel's (`wechaty`, `@slack`): they restart it, not the process. */
  readonly packages?: readonly string[];
  start(): Promise<RunningChannel>;
}

export interface RunningChannel {
  stop(): Promise<void> | void;
}

export interface SupervisorOptions {
  readonly logger: Logger;
  /** Tells people (WeCom robots) that a channel is down; called once per outage. */
  readonly alert: (text: string) => Promise<void>;
  /** The first retry waits this long, each next one twice as long, up to `maxRetryDelayMs`. */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  /** A start that takes longer counts as failed (a puppet waiting forever for an unreachable service). */
  readonly startTimeoutMs?: number;
}

/** A channel under supervision. */
export interface SupervisedChannel {
  readonly name: string;
  readonly packages: readonly string[];
  /** Settles with whether the first attempt started the channel. */
  readonly firstStart: Promise<boolean>;
  isRunning(): boolean;
  /** Reports that the channel broke (an uncaught error blamed on it): it is stopped and started again later. */
  fail(error: unknown): void;
  /** Stops the channel and any pending retry. */
  stop(): Promise<void>;
}

const DEFAULTS = { retryDelayMs: 5_000, maxRetryDelayMs: 10 * 60_000, startTimeoutMs: 120_000 };

/** Starts the channel now and keeps it running: every failure is one log line and a retry with backoff. */
export function superviseChannel(starter: ChannelStarter, options: SupervisorOptions): SupervisedChannel {
  const { logger, alert } = options;
  const { retryDelayMs, maxRetryDelayMs, startTimeoutMs } = { ...DEFAULTS, ...withoutUndefined(options) };
  const name = starter.name;
  let running: RunningChannel | undefined;
  let attempt = 0; // the current start attempt; a result for an older one is stopped on arrival
  let isStarting = false;
  let isStopped = false;
  let failures = 0;
  let hasAlerted = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let settleFirst: (started: boolean) => void = () => undefined;
  const firstStart = new Promise<boolean>((resolve) => {
    settleFirst = resolve;
  });

  const start = (): void => {
    retryTimer = undefined;
    if (isStopped) return;
    const mine = ++attempt;
    isStarting = true;
    const timeout = setTimeout(() => {
      if (mine === attempt && isStarting)
        onFailure('could not start', new Error(`no start within ${seconds(startTimeoutMs)}`));
    }, startTimeoutMs);
    starter.start().then(
      (channel) => {
        clearTimeout(timeout);
        if (mine !== attempt || isStopped) return void stopQuietly(name, channel, logger);
        isStarting = false;
        running = channel;
        if (failures > 0) logger.info(`${name}: running again after ${failures} failed attempt(s)`);
        failures = 0;
        hasAlerted = false;
        settleFirst(true);
      },
      (error: unknown) => {
        clearTimeout(timeout);
        if (mine === attempt && !isStopped) onFailure('could not start', error);
      },
    );
  };

  const onFailure = (what: string, error: unknown): void => {
    attempt += 1; // whatever the failed attempt still delivers is stale now
    isStarting = false;
    settleFirst(false);
    failures += 1;
    const delay = Math.min(retryDelayMs * 2 ** (failures - 1), maxRetryDelayMs);
    logger.error(
      `${name}: ${what}; the other channels go on; retrying in ${seconds(delay)} (${describeBriefly(error)})`,
    );
    if (!hasAlerted) {
      hasAlerted = true;
      const reason = error instanceof Error ? error.message : String(error);
      const text =
        what === 'could not start'
          ? `nianbao：${name} 通道启动失败（${reason}），请查看日志。`
          : `nianbao：${name} 通道出错（${reason}），正在自动重启，请查看日志。`;
      alert(text).catch((alertError: unknown) => logger.warn(`${name}: alert not sent`, alertError));
    }
    retryTimer = setTimeout(start, delay);
  };

  start();
  return {
    name,
    packages: starter.packages ?? [],
    firstStart,
    isRunning: () => running !== undefined,
    fail(error) {
      if (isStopped || (running === undefined && !isStarting)) return;
      const broken = running;
      running = undefined;
      if (broken) void stopQuietly(name, broken, logger);
      onFailure('failed', error);
    },
    async stop() {
      isStopped = true;
      clearTimeout(retryTimer);
      settleFirst(false);
      const current = running;
      running = undefined;
      if (current && (await stopQuietly(name, current, logger))) logger.info(`${name}: stopped`);
    },
  };
}

/** Stops a channel; a failure to stop is logged, never thrown. True when it stopped cleanly. */
async function stopQuietly(name: string, channel: RunningChannel, logger: Logger): Promise<boolean> {
  try {
    await channel.stop();
    return true;
  } catch (error) {
    logger.warn(`${name}: did not stop cleanly`, error);
    return false;
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
