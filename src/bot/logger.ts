// Logs go to stderr so that the console chat's stdout carries only the conversation.

/** Where the bot writes what it does. Never pass secrets or whole configs to it. */
export interface Logger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

/** A logger writing timestamped lines to a stream (stderr by default). */
export function createLogger(
  stream: NodeJS.WritableStream = process.stderr,
  now: () => Date = () => new Date(),
): Logger {
  const write = (level: string, message: string, error?: unknown): void => {
    const detail = error === undefined ? '' : `: ${describeError(error, level === 'error')}`;
    stream.write(`${now().toISOString()} ${level} ${message}${detail}\n`);
  };
  return {
    info: (message) => write('info', message),
    warn: (message, error) => write('warn', message, error),
    error: (message, error) => write('error', message, error),
  };
}

/** A logger that keeps lines in memory, for tests. */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const push =
    (level: string) =>
    (message: string, error?: unknown): void => {
      lines.push(`${level} ${message}${error === undefined ? '' : `: ${describeError(error, false)}`}`);
    };
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

/**
 * Logs an error that may come in floods (a puppet retrying without network) as one line, and the same line
 * again at most once per `windowMs`, saying how many were left out in between.
 */
export function createRepeatedErrorLog(
  logger: Logger,
  windowMs = 60_000,
  now: () => number = Date.now,
): (message: string, error: unknown) => void {
  const last = new Map<string, { at: number; skipped: number }>();
  return (message, error) => {
    const line = `${message} (${describeBriefly(error)})`;
    const seen = last.get(line);
    if (seen && now() - seen.at < windowMs) {
      seen.skipped += 1;
      return;
    }
    const skipped = seen?.skipped ?? 0;
    last.set(line, { at: now(), skipped: 0 });
    logger.error(skipped > 0 ? `${line}; ${skipped} more like it since the last such line` : line);
  };
}

/** An error as one line: `Error: listen EADDRINUSE …`, line breaks and all but the first cause folded in. */
export function describeBriefly(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s*\n\s*/g, ' ');
}

// Warnings are expected trouble (a webhook down): the message is enough. Errors get the stack.
function describeError(error: unknown, withStack: boolean): string {
  if (error instanceof Error) return (withStack ? error.stack : undefined) ?? `${error.name}: ${error.message}`;
  return String(error);
}
