// Watching a site's 政府信息公开工作年度报告 column: its list pages are read, each new report link is fetched and
// ingested, and what was seen is kept in the store's meta (one key per link, so watchers in several processes
// never overwrite each other). A page or report that fails is named and the run goes on; it is tried next run.
import { NianbaoError } from '../errors.js';
import { decodeHtml, type ParseLimits } from '../parser/index.js';
import type { IngestOutcome, Store } from '../store/index.js';
import { type ParseBytes, withFetchedParser } from './fetched-parser.js';
import type { Fetcher } from './fetcher.js';
import { type PageLink, readPage } from './read-page.js';
import { readReportWith } from './read-report-at.js';

export interface WatchOptions {
  readonly fetcher: Fetcher;
  /** How far each report fetched may take the parser (Config.parse; defaults: DEFAULT_PARSE_LIMITS). */
  readonly limits?: ParseLimits;
  /** List pages read per column and run: page 1 and its next pages. */
  readonly maxPages: number;
  readonly now?: () => Date;
  /** Called after each report link is tried. */
  readonly onReport?: (outcome: IngestOutcome) => void;
}

/** A list page that could not be read, and why. */
export interface PageFailure {
  readonly url: string;
  readonly reason: string;
}

/** What one run did with one column. */
export interface ColumnRun {
  readonly column: string;
  /** List pages read, in order. */
  readonly pages: readonly string[];
  readonly pageFailures: readonly PageFailure[];
  /** Report links tried (new ones, and those that failed before), with the report's outcome or the reason. */
  readonly reports: readonly IngestOutcome[];
}

/** A link's title (the full one a list cuts short) says it is an annual report: `…2022年…政府信息公开工作年度报告`. */
const REPORT_TITLES = [
  /(?:19|20)\d{2}\s*年.*政府信息公开.*年度报告/,
  /政府信息公开.*年度报告.*(?:19|20)\d{2}/,
  /(?:19|20)\d{2}\s*年度?政府信息公开(?:工作)?(?:年报|报告)/,
];

/** Pages about a report that are not the report: 解读 and 图解 pages beside it in many columns. */
const NOT_REPORT_TITLES = /解读|图解|一图读懂|问答|公示/;

/** How a list page names its next page, when no rel="next" does. */
const NEXT_PAGE_WORDS = /^(?:下一页|下页|后页|下一頁|next(?: page)?|›|»|>)$/i;

/** Meta key prefixes: a report link's state and a list page's last reading (JSON). */
export const WATCH_LINK_KEY = 'watch.link:';
export const WATCH_PAGE_KEY = 'watch.page:';

type LinkState =
  | { readonly state: 'ingested'; readonly id: string; readonly at: string }
  | { readonly state: 'failed'; readonly reason: string; readonly at: string; readonly tries: number };

/** Runs every column once, one after another (the fetcher keeps one request per host at a time). */
export function watchColumns(store: Store, columns: readonly string[], options: WatchOptions): Promise<ColumnRun[]> {
  return withFetchedParser(options.limits, async (parseBytes) => {
    const runs: ColumnRun[] = [];
    for (const column of columns) runs.push(await walkColumn(store, column, { ...options, parseBytes }));
    return runs;
  });
}

/**
 * Reads page 1 of the column, then its next pages while a page lists only new links, or the next page was never
 * read or holds links to retry, up to `maxPages`: once a column has been walked, a run costs one list page.
 * Reports are parsed in a parse process under `limits`: one past them fails alone and the run goes on.
 */
export function watchColumn(store: Store, column: string, options: WatchOptions): Promise<ColumnRun> {
  return withFetchedParser(options.limits, (parseBytes) => walkColumn(store, column, { ...options, parseBytes }));
}

type WalkOptions = WatchOptions & { readonly parseBytes: ParseBytes };

async function walkColumn(store: Store, column: string, options: WalkOptions): Promise<ColumnRun> {
  const now = options.now ?? (() => new Date());
  const known = await listKnownUrls(store);
  const pages: string[] = [];
  const pageFailures: PageFailure[] = [];
  const reports: IngestOutcome[] = [];
  let page: string | undefined = column;
  while (page !== undefined && pages.length < options.maxPages && !pages.includes(page)) {
    let listed: ListedPage;
    try {
      listed = await readListPage(page, options.fetcher);
    } catch (error) {
      if (!(error instanceof NianbaoError)) throw error;
      pageFailures.push({ url: page, reason: error.message });
      break;
    }
    pages.push(page);
    const taken = await takeLinks(store, listed.reportLinks, known, { ...options, now });
    reports.push(...taken.outcomes);
    const pending = taken.outcomes.filter((entry) => entry.outcome === 'failed').map((entry) => entry.file);
    await writePageState(store, page, { at: now().toISOString(), pending });
    const next = listed.next === undefined ? undefined : await readPageState(store, listed.next);
    // Lists are newest first: once a page shows a link seen before, the older pages hold nothing new, unless
    // one was never read (the first walk, cut short by the limit) or holds a link that failed.
    page = taken.isAllUnlisted || next === null || (next?.pending.length ?? 0) > 0 ? listed.next : undefined;
  }
  return { column, pages, pageFailures, reports };
}

/** Ingests the links not taken yet; tells whether every one was new (then the next page may hold new ones too). */
async function takeLinks(
  store: Store,
  links: readonly string[],
  known: ReadonlyMap<string, string>,
  options: WalkOptions & { now: () => Date },
): Promise<{ outcomes: IngestOutcome[]; isAllUnlisted: boolean }> {
  const outcomes: IngestOutcome[] = [];
  let unlisted = 0;
  for (const link of links) {
    const state = await readLinkState(store, link);
    if (state === undefined) unlisted++;
    if (state?.state === 'ingested') continue;
    const knownId = known.get(link);
    if (knownId !== undefined) {
      // Ingested by URL before the watch saw it: remembered, not fetched again.
      await writeLinkState(store, link, { state: 'ingested', id: knownId, at: options.now().toISOString() });
      continue;
    }
    const outcome = await ingestLink(store, link, state, options);
    outcomes.push(outcome);
    options.onReport?.(outcome);
  }
  return { outcomes, isAllUnlisted: links.length > 0 && unlisted === links.length };
}

async function ingestLink(
  store: Store,
  url: string,
  before: LinkState | undefined,
  { fetcher, parseBytes, now }: WalkOptions & { now: () => Date },
): Promise<IngestOutcome> {
  try {
    const report = await readReportWith(url, fetcher, parseBytes);
    const [outcome = 'unchanged'] = await store.put([report]);
    await writeLinkState(store, url, { state: 'ingested', id: report.id, at: now().toISOString() });
    return { file: url, outcome, id: report.id, checks: report.checks.length };
  } catch (error) {
    if (!(error instanceof NianbaoError) || error.code === 'store') throw error;
    const tries = before?.state === 'failed' ? before.tries + 1 : 1;
    await writeLinkState(store, url, { state: 'failed', reason: error.message, at: now().toISOString(), tries });
    return { file: url, outcome: 'failed', reason: error.message };
  }
}

interface ListedPage {
  /** Links whose title names an annual report, each once, in page order. */
  readonly reportLinks: readonly string[];
  readonly next?: string;
}

/** Fetches one list page: its report links and its next page. Throws a NianbaoError naming the page. */
async function readListPage(url: string, fetcher: Fetcher): Promise<ListedPage> {
  const page = await fetcher.get(url);
  const html = decodeHtml(page.bytes, page.charset);
  const { links } = readPage(html, page.url);
  const reportLinks = [...new Set(links.filter(isReportLink).map((link) => link.url))];
  return { reportLinks, next: findNextPage(links, html, page.url) };
}

/** True for a link titled as an annual report (by its title attribute or its text). */
export function isReportLink(link: Pick<PageLink, 'text' | 'title'>): boolean {
  return [link.title, link.text].some(
    (title) => REPORT_TITLES.some((pattern) => pattern.test(title)) && !NOT_REPORT_TITLES.test(title),
  );
}

/**
 * The next list page: a rel="next" or 下一页 link, else the TRS paging script many government sites print
 * (`createPageHTML(countPage, 0, "index", "html")` with `var countPage = 5`: page 0 of 5, the next is index_1.html).
 */
function findNextPage(links: readonly PageLink[], html: string, pageUrl: string): string | undefined {
  const link = links.find((candidate) => candidate.isNext || NEXT_PAGE_WORDS.test(candidate.text));
  if (link !== undefined && link.url !== pageUrl) return link.url;
  const script = /createPageHTML\(\s*(\w+)\s*,\s*(\w+)\s*,\s*['"]([\w-]+)['"]\s*,\s*['"](\w+)['"]/.exec(html);
  if (script === null) return undefined;
  const [, countArgument = '', currentArgument = '', name, extension] = script;
  const count = readScriptNumber(countArgument, html);
  const nextIndex = readScriptNumber(currentArgument, html) + 1;
  if (!(nextIndex < count)) return undefined;
  return new URL(`${name}_${nextIndex}.${extension}`, pageUrl).href;
}

/** A paging script's argument: a number, or a variable the page sets (`var countPage = 5`). NaN when neither. */
function readScriptNumber(argument: string, html: string): number {
  if (/^\d+$/.test(argument)) return Number(argument);
  const assigned = new RegExp(`\\b${argument}\\s*=\\s*['"]?(\\d+)`).exec(html);
  return assigned ? Number(assigned[1]) : Number.NaN;
}

/** A list page's last reading: when, and the report links on it that failed (retried next run). */
interface PageState {
  readonly at: string;
  readonly pending: readonly string[];
}

/** null when the page was never read. */
async function readPageState(store: Store, url: string): Promise<PageState | null> {
  const raw = await store.getMeta(WATCH_PAGE_KEY + url);
  if (raw === undefined) return null;
  try {
    const state = JSON.parse(raw) as PageState;
    return Array.isArray(state.pending) ? state : null;
  } catch {
    return null;
  }
}

async function writePageState(store: Store, url: string, state: PageState): Promise<void> {
  await store.setMeta(WATCH_PAGE_KEY + url, JSON.stringify(state));
}

async function readLinkState(store: Store, url: string): Promise<LinkState | undefined> {
  const raw = await store.getMeta(WATCH_LINK_KEY + url);
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as LinkState;
  } catch {
    return undefined; // an unreadable state is treated as never seen: the link is simply tried again
  }
}

async function writeLinkState(store: Store, url: string, state: LinkState): Promise<void> {
  await store.setMeta(WATCH_LINK_KEY + url, JSON.stringify(state));
}

/** Page and attachment URLs of the stored reports, with their ids: a report ingested by URL is not fetched again. */
async function listKnownUrls(store: Store): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  for (const report of await store.list()) {
    for (const url of [report.source.url, report.source.attachmentUrl]) if (url) known.set(url, report.id);
  }
  return known;
}
