// While serving, an uncaught error is one log line and a restart of the channel it came from, never the end
// of the process (wechaty-puppet-service without network throws `this.listener.onError is not a function`).
import { describeBriefly, type Logger } from './logger.js';
import type { SupervisedChannel } from './supervise-channel.js';

/** Catches uncaught exceptions and unhandled rejections until the returned function is called. */
export function guardProcess(logger: Logger, channels: () => readonly SupervisedChannel[]): () => void {
  const handle =
    (kind: string) =>
    (error: unknown): void => {
      const owner = blameChannel(error, channels());
      if (owner) owner.fail(error);
      else logger.error(`${kind} outside any channel; serving on (${describeBriefly(error)})`);
    };
  const onException = handle('uncaught exception');
  const onRejection = handle('unhandled rejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}

/** The channel whose packages appear in the error's stack (`node_modules/wechaty-token/…` → WeChat). */
export function blameChannel(error: unknown, channels: readonly SupervisedChannel[]): SupervisedChannel | undefined {
  const stack = (error instanceof Error ? (error.stack ?? '') : '').replaceAll('\\', '/');
  return channels.find((channel) => channel.packages.some((name) => stack.includes(`/node_modules/${name}`)));
}
