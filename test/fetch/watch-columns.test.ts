// Watching the made-up site's annual-report column: list pages walked (UTF-8, then GBK), report links fetched
// once and ingested, failures (404, robots.txt, a slow page) named while the run goes on and retried next run,
// nothing fetched twice, a new report on page 1 found with one list page read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';
import { createFetcher, ingestUrls, watchColumn } from '../../src/fetch/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { COLUMN_PAGE_1, fixturePage, listPage, startTestSite, type TestSite } from './test-site.js';

const REPORT_PAGES = [
  '/ndbg/nanshan-2020.html',
  '/ndbg/fgj-2020.html',
  '/ndbg/longgang-2022.html',
  '/uploads/202301/longgang-district-2022.pdf',
  '/ndbg/sjj-2021.html',
  '/ndbg/longhua-2020.pdf',
];
const INGESTED_IDS = [
  '深圳市南山区人民政府/2020',
  '深圳市龙岗区发展和改革局/2020',
  '深圳市龙岗区人民政府/2022',
  '深圳市龙岗区政务服务数据管理局/2021',
  '深圳市龙华区政务服务数据管理局/2020',
];

async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, isTTY: false };
  const code = await main(['node', 'nianbao', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('watching a 政府信息公开工作年度报告 column', () => {
  let site: TestSite;
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    site = await startTestSite();
    dir = await mkdtemp(join(tmpdir(), 'nianbao-watch-'));
    store = await openStore(join(dir, 'store.json'));
  });
  afterEach(async () => {
    await store.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });
  const options = (maxPages = 2) => ({ fetcher: createFetcher({ delayMs: 5, timeoutMs: 3000 }), maxPages });
  const column = () => `${site.url}/ndbg/index.html`;
  const sinceNow = (): (() => string[]) => {
    const start = site.requests.length;
    return () => site.paths().slice(start);
  };

  it('nianbao watch walks the list pages, ingests each report link once, names each failure and goes on', async () => {
    const env = { FETCH_DELAY_MS: '5', FETCH_TIMEOUT_MS: '3000', WATCH_MAX_PAGES: '2' };
    const storeFile = join(dir, 'cli-store.json');
    const { code, out } = await runCli(['watch', column(), '--store', storeFile], env);
    expect(code).toBe(1);
    expect(out).toContain(`${column()}: read 2 list page(s), 8 report link(s) new or retried`);
    expect(out).toContain('ingested 5, replaced 0, unchanged 0, failed 3');
    expect(out).toContain(`failed: ${site.url}/private/2019.html: robots.txt forbids fetching it`);
    expect(out).toContain(`failed: ${site.url}/ndbg/missing-2018.html: HTTP 404`);
    expect(out).toContain(`failed: ${site.url}/slow/2017.html: no answer within 3 s`);
    expect(out).toContain(`new: 深圳市南山区人民政府/2020 ← ${site.url}/ndbg/nanshan-2020.html`);
    // The notice is not titled as a report, robots.txt forbids /private/, and the limit stops before page 3.
    expect(site.paths()).not.toContain('/news/notice-1.html');
    expect(site.paths()).not.toContain('/private/2019.html');
    expect(site.paths()).not.toContain('/ndbg/index_2.html');
    const opened = await openStore(storeFile);
    expect((await opened.list()).map((report) => report.id).sort()).toEqual([...INGESTED_IDS].sort());
    expect((await opened.get('深圳市龙岗区人民政府/2022'))?.source).toMatchObject({
      url: `${site.url}/ndbg/longgang-2022.html`,
      attachmentUrl: `${site.url}/uploads/202301/longgang-district-2022.pdf`,
      title: '深圳市龙岗区人民政府2022年政府信息公开工作年度报告_龙岗政府在线',
    });
    await opened.close();
    const asked = await runCli(['ask', '龙岗区2022年收到多少政府信息公开申请？', '--store', storeFile], {});
    expect(asked.out).toContain('552');
  });

  it('a second run fetches no report again and retries only what failed; a fixed page is then read', async () => {
    await watchColumn(store, column(), options());
    site.setPage('/ndbg/missing-2018.html', fixturePage('nanshan-district-2020.html', 'text/html'));
    const requested = sinceNow();
    const second = await watchColumn(store, column(), options());
    expect(second.pages).toEqual([column(), `${site.url}/ndbg/index_1.html`]);
    expect(second.reports.map((entry) => [entry.file.replace(site.url, ''), entry.outcome])).toEqual([
      ['/private/2019.html', 'failed'],
      ['/ndbg/missing-2018.html', 'unchanged'], // the page now serves the 南山 report, already stored
      ['/slow/2017.html', 'failed'],
    ]);
    for (const path of REPORT_PAGES) expect(requested()).not.toContain(path);

    // Nothing left to retry on page 2 but the two failures: a third run reads the same pages.
    const third = await watchColumn(store, column(), options());
    expect(third.reports.map((entry) => entry.file.replace(site.url, ''))).toEqual([
      '/private/2019.html',
      '/slow/2017.html',
    ]);
  });

  it('a new report on page 1 is found by reading page 1 only, once the older pages hold nothing to retry', async () => {
    site.setPage('/ndbg/index_1.html', { body: Buffer.from(listPage([])), type: 'text/html' }); // no failures
    await watchColumn(store, column(), options(5));
    const added = ['深圳市龙岗区人民政府2022年政府信息公开工作年度报告', '/ndbg/longgang-2022.html'] as const;
    site.setPage('/ndbg/index.html', {
      body: Buffer.from(listPage([added, ...COLUMN_PAGE_1], 'index_1.html')),
      type: 'text/html',
    });
    const requested = sinceNow();
    const run = await watchColumn(store, column(), options(5)); // a new fetcher: robots.txt read again
    expect(run.pages).toEqual([column()]);
    expect(run.reports).toEqual([
      { file: `${site.url}/ndbg/longgang-2022.html`, outcome: 'added', id: '深圳市龙岗区人民政府/2022', checks: 0 },
    ]);
    expect(requested()).toEqual([
      '/robots.txt',
      '/ndbg/index.html',
      '/ndbg/longgang-2022.html',
      '/uploads/202301/longgang-district-2022.pdf',
    ]);
  });

  it('a page listed by the TRS paging script is followed; a report already ingested by URL is not fetched again', async () => {
    await ingestUrls(store, [`${site.url}/ndbg/fgj-2020.html`], options());
    const requested = sinceNow();
    const run = await watchColumn(store, `${site.url}/trs/index.html`, options());
    expect(run.pages).toEqual([`${site.url}/trs/index.html`, `${site.url}/trs/index_1.html`]);
    expect(run.reports.map((entry) => entry.file)).toEqual([`${site.url}/ndbg/sjj-2021.html`]);
    expect(requested()).not.toContain('/ndbg/fgj-2020.html');
  });

  it('a list page that fails is named; the other columns go on', async () => {
    const runs = await runCli(
      ['watch', `${site.url}/ndbg/gone.html`, `${site.url}/trs/index.html`, '--store', join(dir, 'other.json')],
      {
        FETCH_DELAY_MS: '5',
      },
    );
    expect(runs.code).toBe(1);
    expect(runs.out).toContain(`${site.url}/ndbg/gone.html: read 0 list page(s), 0 report link(s) new or retried`);
    expect(runs.out).toContain(`  failed: ${site.url}/ndbg/gone.html: HTTP 404`);
    expect(runs.out).toContain(`${site.url}/trs/index.html: read 2 list page(s), 2 report link(s) new or retried`);
  });

  it('without a URL and without WATCH_URLS, says what to name', async () => {
    const { code, err } = await runCli(['watch', '--store', join(dir, 'none.json')], {});
    expect(code).toBe(1);
    expect(err).toContain('nianbao watch needs the list page of a 政府信息公开工作年度报告 column');
  });
});
