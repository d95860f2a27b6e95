// A report at a URL: a report page read as HTML; a page that only wraps the report (a title and an attachment
// link) read through its attachment; a PDF or Word file read as it is. The report keeps where it came from.
// Every document fetched is parsed in a parse process under the parse limits (fetched-parser.ts).
import { FetchError, ParseError } from '../errors.js';
import { decodeHtml, type ParseLimits, type Report } from '../parser/index.js';
import { type ParseBytes, withFetchedParser } from './fetched-parser.js';
import type { Fetched, Fetcher } from './fetcher.js';
import { type PageLink, readPage } from './read-page.js';

/** Attachments a wrapper page links to, by the end of the link's path or of its text. */
const ATTACHMENT = /\.(pdf|docx?|wps)$/i;
/** A link that names the report itself comes first among several attachments. */
const REPORT_WORDS = /年度报告|年报|工作报告/;
/** Attachments tried, in order, before the page counts as holding no report. */
const MOST_ATTACHMENTS = 3;

/**
 * Fetches and parses the report at `url` under `limits` (bytes, unzipped bytes, pages, time, memory). Throws a
 * FetchError or ParseError naming the URL and the reason.
 */
export function readReportAt(url: string, fetcher: Fetcher, limits?: ParseLimits): Promise<Report> {
  return withFetchedParser(limits, (parseBytes) => readReportWith(url, fetcher, parseBytes));
}

/** readReportAt with the parser of a batch or watch run, so that the run starts one parse process, not one per URL. */
export async function readReportWith(url: string, fetcher: Fetcher, parseDocument: ParseBytes): Promise<Report> {
  const page = await fetcher.get(url);
  if (!isHtml(page)) return parseDocument(page.bytes, { file: page.url, url: page.url });
  const { title, links } = readPage(decodeHtml(page.bytes, page.charset), page.url);
  const source = { file: page.url, url: page.url, ...(title ? { title } : {}) };
  let pageFailure: unknown;
  try {
    const report = await parseDocument(page.bytes, source);
    if (!isEmptyShell(report)) return report;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    pageFailure = error;
  }
  const attachments = pickAttachments(links);
  if (attachments.length === 0) {
    if (pageFailure) throw pageFailure;
    throw new ParseError(
      page.url,
      'the page holds none of the report tables and links no attachment (.pdf, .doc, .docx, .wps)',
    );
  }
  const failures: string[] = [];
  for (const attachment of attachments) {
    try {
      const file = await fetcher.get(attachment.url);
      return await parseDocument(file.bytes, { ...source, attachmentUrl: file.url });
    } catch (error) {
      if (!(error instanceof FetchError || error instanceof ParseError)) throw error;
      failures.push(error instanceof ParseError ? `${attachment.url}: ${error.reason}` : error.message);
    }
  }
  throw new ParseError(page.url, `no report in the page's attachments (${failures.join('; ')})`);
}

function isHtml(fetched: Fetched): boolean {
  if (fetched.mediaType === 'text/html' || fetched.mediaType === 'application/xhtml+xml') return !looksBinary(fetched);
  if (fetched.mediaType !== '' && !fetched.mediaType.startsWith('text/')) return false;
  return /^\s*(<!doctype html|<html|<head|<meta|<!--)/i.test(
    Buffer.from(fetched.bytes.subarray(0, 512)).toString('latin1'),
  );
}

/** A server labelling a PDF or Word file text/html: the content decides, as it does for files. */
function looksBinary(fetched: Fetched): boolean {
  const start = Buffer.from(fetched.bytes.subarray(0, 8)).toString('latin1');
  return start.startsWith('%PDF') || start.startsWith('PK') || start.startsWith('\u00d0\u00cf\u0011\u00e0');
}

/** A page that parsed (title and year found) but holds none of the three tables: only a wrapper. */
function isEmptyShell(report: Report): boolean {
  return report.activeDisclosure === null && report.applications === null && report.reviewLitigation === null;
}

function pickAttachments(links: readonly PageLink[]): PageLink[] {
  const isAttachment = (link: PageLink): boolean =>
    ATTACHMENT.test(new URL(link.url).pathname) || ATTACHMENT.test(link.text);
  const unique = [...new Map(links.filter(isAttachment).map((link) => [link.url, link])).values()];
  const named = unique.filter(
    (link) => REPORT_WORDS.test(link.text) || REPORT_WORDS.test(decodeURIComponentSafe(link.url)),
  );
  return [...named, ...unique.filter((link) => !named.includes(link))].slice(0, MOST_ATTACHMENTS);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
