// robots.txt per origin (robots-parser), as RFC 9309 says: a 4xx means no rules, an unreachable robots.txt
// (5xx, network failure) means nothing may be fetched until it can be read.
import robotsParserModule from 'robots-parser';
import { FetchError } from '../errors.js';

// The package is CommonJS exporting the function itself; its types declare it as `default` (wrong under NodeNext).
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** The rules of one origin for our agent. */
export interface OriginRules {
  /** Why `url` may not be fetched, or undefined when it may. */
  refusal(url: string): string | undefined;
  /** robots.txt's Crawl-delay for our agent, in ms. */
  crawlDelayMs(): number | undefined;
}

/** Fetches a robots.txt URL (redirects followed): its text. Throws a FetchError (with `status` on an HTTP error). */
export type RobotsLoader = (url: URL) => Promise<string>;

/** How long rules are kept before robots.txt is read again (a watch runs for months). */
const KEEP_MS = 24 * 60 * 60 * 1000;

export class RobotsRules {
  private readonly origins = new Map<string, { rules: Promise<OriginRules>; at: number }>();

  constructor(
    private readonly agent: string,
    private readonly load: RobotsLoader,
  ) {}

  forOrigin(url: URL): Promise<OriginRules> {
    const kept = this.origins.get(url.origin);
    if (kept && performance.now() - kept.at < KEEP_MS) return kept.rules;
    const rules = this.read(url);
    this.origins.set(url.origin, { rules, at: performance.now() });
    return rules;
  }

  private async read(url: URL): Promise<OriginRules> {
    const robotsUrl = new URL('/robots.txt', url.origin);
    let text: string;
    try {
      text = await this.load(robotsUrl);
    } catch (error) {
      const status = error instanceof FetchError ? error.status : undefined;
      if (status !== undefined && status >= 400 && status < 500)
        return { refusal: () => undefined, crawlDelayMs: () => undefined };
      this.origins.delete(url.origin); // tried again on the next URL of this origin
      const reason = `robots.txt cannot be read (${error instanceof FetchError ? error.reason : String(error)}), so nothing of ${url.origin} is fetched`;
      return { refusal: () => reason, crawlDelayMs: () => undefined };
    }
    const robots = robotsParser(robotsUrl.href, text);
    return {
      refusal: (target) =>
        robots.isAllowed(target, this.agent) === false
          ? `robots.txt forbids fetching it (line ${robots.getMatchingLineNumber(target, this.agent)})`
          : undefined,
      crawlDelayMs: () => {
        const seconds = robots.getCrawlDelay(this.agent);
        return seconds === undefined ? undefined : seconds * 1000;
      },
    };
  }
}
