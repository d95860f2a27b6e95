// Reports sent to the Slack bot: a file in a direct message (message with files, or file_shared), a file shared
// with an @mention, or a direct message holding a report's URL. Files are downloaded from url_private with the bot
// token, only from Slack's own hosts (or the configured Web API base), and handed to the report intake.
import type { App } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import { isReportFileName } from '../store/index.js';
import { INGEST_REFUSAL } from './ingest-words.js';
import type { Logger } from './logger.js';
import { findUrls, type ReportIntake, type Sender } from './report-intake.js';

/** The fields of a Slack file object nianbao uses. */
export interface SlackFile {
  readonly id: string;
  readonly name?: string;
  readonly size?: number;
  readonly url_private?: string;
  readonly url_private_download?: string;
}

export interface SlackFileDeps {
  readonly intake: ReportIntake;
  readonly botToken: string;
  /** The Web API base (https://slack.com/api/ by default): files may also come from its host. */
  readonly apiUrl: string;
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
}

/** Where one turn's reply goes. */
type Post = (text: string) => Promise<unknown>;

/** Slack sends both a message and a file_shared event for one upload: each file is taken once. */
export function createSlackFileTaker(deps: SlackFileDeps) {
  const taken = new LRUCache<string, true>({ max: 10_000 });
  const takeFiles = async (sender: Sender, files: readonly SlackFile[], post: Post): Promise<void> => {
    // Only what may be a report: pictures and spreadsheets sent for other reasons are left alone.
    const fresh = files.filter((file) => !taken.has(file.id) && isReportFileName(file.name ?? ''));
    for (const file of fresh) taken.set(file.id, true);
    if (fresh.length === 0) return;
    if (!deps.intake.isAllowed(sender)) {
      await post(INGEST_REFUSAL);
      return;
    }
    for (const file of fresh) {
      const name = `slack:${file.id}/${file.name ?? 'file'}`;
      let reply: string;
      try {
        const bytes = await downloadSlackFile(file, { ...deps, maxBytes: deps.intake.maxBytes });
        reply = await deps.intake.takeFile(sender, { name, bytes });
      } catch (error) {
        deps.logger.warn(`Slack: the file ${name} could not be downloaded`, error);
        reply = `未能从 Slack 下载文件 ${file.name ?? file.id}：${(error as Error).message}`;
      }
      await post(reply);
    }
  };
  return {
    takeFiles,
    /** A direct message with a report's URL: true when it was taken (or refused), so it is not asked as a question. */
    async takeUrlsIn(sender: Sender, text: string, post: Post): Promise<boolean> {
      const urls = findUrls(text);
      if (urls.length === 0) return false;
      await post(await deps.intake.takeUrls(sender, urls));
      return true;
    },
    /** file_shared carries only the file's id: its object comes from files.info. */
    async takeSharedFile(client: App['client'], sender: Sender, fileId: string, post: Post): Promise<void> {
      if (taken.has(fileId)) return;
      const info = await client.files.info({ file: fileId });
      if (info.file?.id === undefined) return;
      await takeFiles(sender, [info.file as SlackFile], post);
    },
  };
}

/** Downloads a file's bytes with the bot token, from Slack's hosts only (the token must never leave Slack). */
export async function downloadSlackFile(
  file: SlackFile,
  deps: Pick<SlackFileDeps, 'botToken' | 'apiUrl' | 'fetch'> & { readonly maxBytes: number },
): Promise<Uint8Array> {
  const address = file.url_private_download ?? file.url_private;
  if (address === undefined) throw new Error('the file has no url_private');
  const tooLarge = new Error(`larger than ${Math.round(deps.maxBytes / 1024 / 1024)} MB (FETCH_MAX_MB)`);
  if ((file.size ?? 0) > deps.maxBytes) throw tooLarge;
  let url = new URL(address);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const isSlackHost = url.protocol === 'https:' && /(^|\.)slack(-edge)?\.com$/.test(url.hostname);
    if (!isSlackHost && url.origin !== new URL(deps.apiUrl).origin)
      throw new Error(`${url.origin} is not a Slack host; the bot token is sent to Slack only`);
    const response = await (deps.fetch ?? fetch)(url, {
      headers: { authorization: `Bearer ${deps.botToken}` },
      redirect: 'manual', // each hop's host is checked before the token goes there
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      url = new URL(location, url);
      continue;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > deps.maxBytes) throw tooLarge;
    // Without the files:read scope Slack answers with its sign-in page, not an error.
    if (!/\.html?$/i.test(file.name ?? '') && /text\/html/i.test(response.headers.get('content-type') ?? ''))
      throw new Error('Slack sent a web page instead of the file (does the app have the files:read scope?)');
    return bytes;
  }
  throw new Error(`more than ${MAX_REDIRECTS} redirects`);
}

const MAX_REDIRECTS = 3;
const DOWNLOAD_TIMEOUT_MS = 60_000;
