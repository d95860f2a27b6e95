// The few kinds of real failure. Expected outcomes (no data, not understood) are values, not errors.

export type ErrorCode = 'parse' | 'config' | 'store' | 'chart' | 'usage' | 'fetch';

/** Base of every error nianbao raises on purpose; the CLI prints its message without a stack. */
export class NianbaoError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A file that cannot be read as a report: names the file and the reason. */
export class ParseError extends NianbaoError {
  constructor(
    readonly file: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super('parse', `${file}: ${reason}`, options);
  }
}

/** A bad environment variable or option: names the variable. */
export class ConfigError extends NianbaoError {
  constructor(
    readonly variable: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('config', message, options);
  }
}

/** A store that cannot be opened or written. */
export class StoreError extends NianbaoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('store', message, options);
  }
}

/** A chart that cannot be drawn or written (the renderer is missing, the file cannot be saved). */
export class ChartError extends NianbaoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('chart', message, options);
  }
}

/** A URL that could not be fetched (or may not be: robots.txt): names the URL and the reason. */
export class FetchError extends NianbaoError {
  /** The HTTP status, when the server answered with an error. */
  readonly status?: number;

  constructor(
    readonly url: string,
    readonly reason: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super('fetch', `${url}: ${reason}`, options);
    this.status = options?.status;
  }
}
