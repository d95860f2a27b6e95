import type { Report } from '../parser/index.js';

/** Where a report came from, as replies and lists carry it: its file, and its web page when it was fetched from one. */
export function reportSource(report: Pick<Report, 'source'>): { readonly file: string; readonly url?: string } {
  return { file: report.source.file, ...(report.source.url ? { url: report.source.url } : {}) };
}
