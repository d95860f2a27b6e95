// HTTP GET as a polite crawler does it (undici): a User-Agent naming nianbao, robots.txt obeyed, one request at
// a time per host with a pause between them, time and size limits, redirects followed one checked hop at a time.
import { FetchError } from '../errors.js';
import { HostQueue } from './host-queue.js';
import { RobotsRules } from './robots-rules.js';

export interface FetcherOptions {
  readonly userAgent?: string;
  /** Pause between two requests to one host (robots.txt's Crawl-delay when longer, up to MAX_CRAWL_DELAY_MS). */
  readonly delayMs?: number;
  /** Limit for one request, headers and body. */
  readonly timeoutMs?: number;
  /** Largest body read; a larger one is a failure. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

/** What a GET brought back: the final URL (after redirects), the body and its declared type. */
export interface Fetched {
  readonly url: string;
  readonly bytes: Uint8Array;
  /** The Content-Type's media type, lower case ('' when absent). */
  readonly mediaType: string;
  /** The Content-Type's charset, if declared. */
  readonly charset?: string;
}

export interface Fetcher {
  /** GETs `url`; throws a FetchError naming the URL and the reason. */
  get(url: string): Promise<Fetched>;
}

export const USER_AGENT = 'nianbao/0.1 (reads government information-disclosure annual reports; robots.txt obeyed)';
/** The name robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'nianbao';

const DEFAULTS = { delayMs: 1_000, timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 5 };
/** RFC 9309: at least 500 KiB of a robots.txt are read. */
const MAX_ROBOTS_BYTES = 512 * 1024;
/** A Crawl-delay beyond this is not waited for in full: a watch would never finish. */
const MAX_CRAWL_DELAY_MS = 30_000;

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const settings = { ...DEFAULTS, userAgent: USER_AGENT, ...options };
  const hosts = new HostQueue(settings.delayMs);
  const once = (url: URL, maxBytes: number) => getOnce(url, settings, maxBytes, hosts);
  const robots = new RobotsRules(ROBOTS_AGENT, async (url) => {
    let current = url;
    for (let hop = 0; hop <= settings.maxRedirects; hop++) {
      const response = await once(current, MAX_ROBOTS_BYTES);
      if (response.location === undefined) return Buffer.from(response.fetched.bytes).toString('utf8');
      current = parseHttpUrl(new URL(response.location, current).href, current.href);
    }
    throw new FetchError(url.href, `more than ${settings.maxRedirects} redirects`);
  });

  return {
    async get(url) {
      let current = parseHttpUrl(url);
      for (let hop = 0; hop <= settings.maxRedirects; hop++) {
        const rules = await robots.forOrigin(current);
        const refusal = rules.refusal(current.href);
        if (refusal !== undefined) throw new FetchError(current.href, refusal);
        const delay = rules.crawlDelayMs();
        if (delay !== undefined) hosts.slowDown(current.host, Math.min(delay, MAX_CRAWL_DELAY_MS));
        const response = await once(current, settings.maxBytes);
        if (response.location === undefined) return response.fetched;
        current = parseHttpUrl(new URL(response.location, current).href, current.href);
      }
      throw new FetchError(url, `more than ${settings.maxRedirects} redirects`);
    },
  };
}

interface Response {
  readonly fetched: Fetched;
  /** Set on a redirect. */
  readonly location?: string;
}

/** One GET, in its host's turn. A status other than 2xx and 3xx is a FetchError. */
async function getOnce(
  url: URL,
  settings: typeof DEFAULTS & { userAgent: string },
  maxBytes: number,
  hosts: HostQueue,
): Promise<Response> {
  // undici takes ~150 ms to load (far more on a busy machine): only commands that fetch pay for it, and not
  // out of the request's time limit.
  const { request } = await import('undici');
  return hosts.run(url.host, async () => {
    const signal = AbortSignal.timeout(settings.timeoutMs);
    try {
      const response = await request(url, {
        method: 'GET',
        headers: { 'user-agent': settings.userAgent, accept: '*/*' },
        headersTimeout: settings.timeoutMs,
        bodyTimeout: settings.timeoutMs,
        signal,
      });
      const { statusCode, headers, body } = response;
      const location = statusCode >= 300 && statusCode < 400 ? header(headers.location) : undefined;
      if (location !== undefined || statusCode < 200 || statusCode >= 300) {
        await body.dump();
        if (location !== undefined) return { fetched: emptyFetch(url), location };
        throw new FetchError(url.href, `HTTP ${statusCode}${response.statusText ? ` ${response.statusText}` : ''}`, {
          status: statusCode,
        });
      }
      const declared = Number(header(headers['content-length']));
      if (declared > maxBytes) {
        body.destroy();
        throw tooLarge(url, maxBytes);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of body) {
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          body.destroy();
          throw tooLarge(url, maxBytes);
        }
        chunks.push(chunk as Buffer);
      }
      const [mediaType = '', ...parameters] = (header(headers['content-type']) ?? '').split(';');
      const charset = parameters.map((part) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(part)?.[1]).find(Boolean);
      return {
        fetched: {
          url: url.href,
          bytes: new Uint8Array(Buffer.concat(chunks)),
          mediaType: mediaType.trim().toLowerCase(),
          charset,
        },
      };
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw new FetchError(url.href, describeFailure(error, signal, settings.timeoutMs), { cause: error });
    }
  });
}

function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  const { code, message } = error as { code?: string; message?: string };
  if (signal.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
    return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  if (cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') return 'the host name does not resolve';
  if (cause === 'ECONNREFUSED') return 'the connection was refused';
  return `cannot fetch (${cause ?? code ?? message ?? String(error)})`;
}

function tooLarge(url: URL, maxBytes: number): FetchError {
  const size =
    maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} kB`;
  return new FetchError(url.href, `larger than ${size}, the most nianbao reads (FETCH_MAX_MB)`);
}

function emptyFetch(url: URL): Fetched {
  return { url: url.href, bytes: new Uint8Array(), mediaType: '' };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A URL nianbao may fetch: http or https. `from` names the page that pointed there. */
export function parseHttpUrl(text: string, from?: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError(text, 'not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(text, `only http and https are fetched${from ? ` (linked from ${from})` : ''}`);
  url.hash = '';
  return url;
}

/** True for an argument that names a URL rather than a path. */
export function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}
