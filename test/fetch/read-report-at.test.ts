// Reports read from a local made-up site: report pages (UTF-8, GBK by meta or by header), a page wrapping a PDF,
// a PDF linked directly, a redirect; failures named with the URL and the reason; fetching etiquette.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, ParseError } from '../../src/errors.js';
import { createFetcher, readReportAt, USER_AGENT } from '../../src/fetch/index.js';
import { startTestSite, type TestSite } from './test-site.js';

const expected = (name: string) =>
  JSON.parse(readFileSync(`test/fixtures/expected/${name}.json`, 'utf8')) as { org: string; applications: unknown };

describe('reading the report at a URL', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(() => site.close());
  const fetcher = () => createFetcher({ delayMs: 20, timeoutMs: 3000 });

  it.each([
    ['a UTF-8 report page', '/ndbg/fgj-2020.html', 'longgang-development-reform-2020', 'html'],
    ['a GBK page declaring gb2312 in a meta tag', '/ndbg/nanshan-2020.html', 'nanshan-district-2020', 'html'],
    ['a GBK page declared in the header only', '/ndbg/sjj-2021.html', 'longgang-data-bureau-2021', 'html'],
    ['a PDF linked directly (served as octet-stream)', '/ndbg/longhua-2020.pdf', 'longhua-data-bureau-2020', 'pdf'],
  ])('%s is read as its content says, keeping its URL', async (_, path, name, format) => {
    const report = await readReportAt(`${site.url}${path}`, fetcher());
    expect(report.org).toBe(expected(name).org);
    expect(report.applications).toEqual(expected(name).applications);
    expect(report.source).toMatchObject({ file: `${site.url}${path}`, url: `${site.url}${path}`, format });
    expect(report.source.attachmentUrl).toBeUndefined();
  });

  it('a page that only wraps the report follows its attachment, keeping the page, the attachment and the title', async () => {
    const report = await readReportAt(`${site.url}/ndbg/longgang-2022.html`, fetcher());
    expect(report.org).toBe('深圳市龙岗区人民政府');
    expect(report.applications).toEqual(expected('longgang-district-2022').applications);
    expect(report.source).toMatchObject({
      file: `${site.url}/ndbg/longgang-2022.html`,
      url: `${site.url}/ndbg/longgang-2022.html`,
      attachmentUrl: `${site.url}/uploads/202301/longgang-district-2022.pdf`,
      title: '深圳市龙岗区人民政府2022年政府信息公开工作年度报告_龙岗政府在线',
      format: 'pdf',
    });
    expect(site.paths()).not.toContain('/uploads/202301/guide.docx'); // the report's attachment is tried first
  });

  it('follows a redirect and keeps the final URL', async () => {
    const report = await readReportAt(`${site.url}/old/nanshan`, fetcher());
    expect(report.source.url).toBe(`${site.url}/ndbg/nanshan-2020.html`);
  });

  it.each([
    ['a 404', '/ndbg/missing-2018.html', FetchError, 'HTTP 404'],
    ['a path robots.txt forbids', '/private/2019.html', FetchError, 'robots.txt forbids fetching it'],
    ['a page slower than the time limit', '/slow/2017.html', FetchError, 'no answer within 3 s'],
    ['a page with no report and no attachment', '/ndbg/no-report.html', ParseError, ''],
    ['a file: URL', 'file:///etc/passwd', FetchError, 'only http and https are fetched'],
  ])('%s fails naming the URL and the reason', async (_, path, kind, reason) => {
    const url = path.startsWith('file:') ? path : `${site.url}${path}`;
    const failure = readReportAt(url, fetcher());
    await expect(failure).rejects.toThrow(kind);
    await expect(failure).rejects.toThrow(`${url}: ${reason}`);
  });

  it('refuses a body past the size limit', async () => {
    const small = createFetcher({ delayMs: 0, maxBytes: 50 * 1024 });
    await expect(readReportAt(`${site.url}/ndbg/longhua-2020.pdf`, small)).rejects.toThrow(
      /larger than 0 MB|larger than/,
    );
  });

  it('names itself, reads robots.txt once per site, and sends one request at a time per host, spaced', async () => {
    const before = site.requests.length;
    const polite = createFetcher({ delayMs: 150 });
    await Promise.all(
      ['/ndbg/fgj-2020.html', '/ndbg/nanshan-2020.html', '/ndbg/sjj-2021.html'].map((path) =>
        readReportAt(`${site.url}${path}`, polite),
      ),
    );
    const requests = site.requests.slice(before);
    expect(requests.map((request) => request.path)).toEqual([
      '/robots.txt',
      '/ndbg/fgj-2020.html',
      '/ndbg/nanshan-2020.html',
      '/ndbg/sjj-2021.html',
    ]);
    for (const request of requests) expect(request.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^nianbao\//);
    for (const [at, request] of requests.entries()) {
      const previous = requests[at - 1];
      if (previous) expect(request.startedAt - previous.endedAt).toBeGreaterThanOrEqual(140);
    }
  });
});
