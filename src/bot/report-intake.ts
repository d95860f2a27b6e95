// Reports sent to the bot in chat: a file's bytes or a report's URL, from a user INGEST_ALLOWED_USERS names.
// Channels hand over what they received and send back the reply made here; they never parse.
import type { Config } from '../config.js';
import { NianbaoError } from '../errors.js';
import { type Fetcher, ingestUrls } from '../fetch/index.js';
import { ingestDocument, type Store } from '../store/index.js';
import { describeIngested, describeIngestFailure, INGEST_REFUSAL } from './ingest-words.js';
import type { Logger } from './logger.js';

/** Who sent it: the channel and the ids or names the sender goes by there (Slack member ID; WeChat id, name). */
export interface Sender {
  readonly channel: 'slack' | 'wechat';
  readonly ids: readonly string[];
}

export interface ReportIntake {
  /** Whether INGEST_ALLOWED_USERS lets this sender add reports. */
  isAllowed(sender: Sender): boolean;
  /** Reads a file sent in chat into the store; the reply says what was read or why nothing was. */
  takeFile(sender: Sender, file: { readonly name: string; readonly bytes: Uint8Array }): Promise<string>;
  /** Fetches the reports at the URLs into the store; the reply covers each. */
  takeUrls(sender: Sender, urls: readonly string[]): Promise<string>;
  /** The largest file taken (FETCH_MAX_MB), so a channel need not download more. */
  readonly maxBytes: number;
}

export interface IntakeDeps {
  /** Who may send reports (INGEST_ALLOWED_USERS), how far a report may take the parser (PARSE_*), FETCH_MAX_MB. */
  readonly config: Pick<Config, 'ingest' | 'parse' | 'fetch'>;
  readonly store: Store;
  readonly fetcher: Fetcher;
  readonly logger: Logger;
}

export function createReportIntake(deps: IntakeDeps): ReportIntake {
  const { store, logger } = deps;
  const limits = deps.config.parse;
  const isAllowed = (sender: Sender): boolean =>
    deps.config.ingest.allowedUsers.some((entry) => {
      const [channel, id] = entry.includes(':') ? entry.split(/:(.*)/s) : [undefined, entry];
      return (channel === undefined || channel === sender.channel) && id !== undefined && sender.ids.includes(id);
    });
  const named = (sender: Sender): string => `${sender.channel}:${sender.ids[0] ?? '?'}`;
  return {
    isAllowed,
    maxBytes: deps.config.fetch.maxBytes,
    async takeFile(sender, file) {
      if (!isAllowed(sender)) return INGEST_REFUSAL;
      try {
        const { report, outcome } = await ingestDocument(store, file.bytes, { file: file.name }, limits);
        logger.info(`ingest: ${named(sender)} sent ${file.name}: ${report.id} ${outcome}`);
        return describeIngested(report, outcome);
      } catch (error) {
        if (!(error instanceof NianbaoError) || error.code === 'store') throw error;
        logger.warn(`ingest: ${named(sender)} sent ${file.name}, which was not read: ${error.message}`);
        return describeIngestFailure(error.message);
      }
    },
    async takeUrls(sender, urls) {
      if (!isAllowed(sender)) return INGEST_REFUSAL;
      const outcomes = await ingestUrls(store, urls, { fetcher: deps.fetcher, limits });
      const replies: string[] = [];
      for (const entry of outcomes) {
        logger.info(`ingest: ${named(sender)} sent ${entry.file}: ${entry.outcome}`);
        const report = entry.outcome === 'failed' ? undefined : await store.get(entry.id);
        replies.push(
          entry.outcome === 'failed' || report === undefined
            ? describeIngestFailure(entry.outcome === 'failed' ? entry.reason : `${entry.file}: not in the store`)
            : describeIngested(report, entry.outcome),
        );
      }
      return replies.join('\n\n');
    },
  };
}

/** The http(s) URLs in a message, as chat apps print them (Slack wraps them in <…> with an optional |label). */
export function findUrls(text: string): string[] {
  const urls = [...text.replace(/&amp;/g, '&').matchAll(/https?:\/\/[^\s<>|"'，。；）]+/gi)].map((match) =>
    match[0].replace(/[.,;:!?)]+$/, ''),
  );
  return [...new Set(urls)];
}
