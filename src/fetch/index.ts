// Reports from the web: the only door. Fetching (polite: robots.txt, one request per host at a time), reading a
// report page or the attachment it wraps, and ingesting what is found. The parser gets bytes, never a URL.
export {
  createFetcher,
  type Fetched,
  type Fetcher,
  type FetcherOptions,
  isUrl,
  ROBOTS_AGENT,
  USER_AGENT,
} from './fetcher.js';
export { ingestUrls, type UrlIngestOptions } from './ingest-urls.js';
export { readReportAt } from './read-report-at.js';
export {
  type ColumnRun,
  isReportLink,
  type PageFailure,
  WATCH_LINK_KEY,
  WATCH_PAGE_KEY,
  type WatchOptions,
  watchColumn,
  watchColumns,
} from './watch-columns.js';
