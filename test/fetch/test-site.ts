// A small made-up government site on 127.0.0.1 for the fetch and watch tests: an annual-report column of list
// pages, report pages in UTF-8 and GBK, a page wrapping a PDF attachment, a PDF linked directly, a robots.txt
// forbidding /private/, a slow page, a 404 and a redirect; a second column paged by script. The sample reports'
// fixtures serve as the reports.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';

const DOCUMENTS = 'test/fixtures/documents';

export interface SiteRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly startedAt: number;
  endedAt: number;
}

interface Page {
  readonly body: Buffer;
  readonly type: string;
  readonly status?: number;
  readonly location?: string;
  readonly delayMs?: number;
}

export interface TestSite {
  readonly url: string;
  readonly requests: SiteRequest[];
  /** Paths requested, in order. */
  paths(): string[];
  /** Adds or replaces a page (a new report appearing on the site). */
  setPage(path: string, page: Page): void;
  close(): Promise<void>;
}

/** The column's report titles and where they link, as a list page shows them. */
export const COLUMN_PAGE_1 = [
  ['深圳市南山区人民政府2020年政府信息公开工作年度报告', '/ndbg/nanshan-2020.html'],
  ['深圳市龙岗区发展和改革局2020年政府信息公开工作年度报告', '/ndbg/fgj-2020.html'],
  ['关于做好2023年政务公开工作的通知', '/news/notice-1.html'],
] as const;

export const COLUMN_PAGE_2 = [
  ['深圳市龙岗区人民政府2022年政府信息公开工作年度报告', '/ndbg/longgang-2022.html'],
  ['深圳市龙岗区政务服务数据管理局2021年政府信息公开工作年度报告', '/ndbg/sjj-2021.html'],
  ['深圳市龙华区政务服务数据管理局2020年政府信息公开工作年度报告', '/ndbg/longhua-2020.pdf'],
  ['某某局2019年政府信息公开工作年度报告', '/private/2019.html'],
  ['某某局2018年政府信息公开工作年度报告', '/ndbg/missing-2018.html'],
  ['某某局2017年政府信息公开工作年度报告', '/slow/2017.html'],
] as const;

const html = (body: string): Page => ({ body: Buffer.from(body, 'utf8'), type: 'text/html; charset=utf-8' });
const fixture = (name: string, type: string): Page => ({ body: readFileSync(`${DOCUMENTS}/${name}`), type });

export function listPage(links: readonly (readonly [string, string])[], next?: string): string {
  const items = links.map(
    ([title, href]) => `<li><a href="${href}" title="${title}">${title}</a><span>2023-01-20</span></li>`,
  );
  const paging = next ? `<div class="page"><a href="${next}">下一页</a> <a href="/ndbg/index.html">首页</a></div>` : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开工作年度报告</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="javascript:void(0)">无障碍</a></div>
<ul class="list">${items.join('\n')}</ul>${paging}</body></html>`;
}

/** A list page paged by the TRS script many government sites print instead of a 下一页 link. */
export function scriptPagedListPage(
  links: readonly (readonly [string, string])[],
  count: number,
  current: number,
): string {
  return listPage(links).replace(
    '</ul>',
    `</ul><div class="page"><script>var countPage = ${count};createPageHTML(countPage, ${current}, "index", "html");</script></div>`,
  );
}

function sitePages(): Map<string, Page> {
  const pages = new Map<string, Page>();
  pages.set('/robots.txt', { body: Buffer.from('User-agent: *\nDisallow: /private/\n'), type: 'text/plain' });
  pages.set('/ndbg/index.html', html(listPage(COLUMN_PAGE_1, 'index_1.html')));
  // Page 2 is GBK, declared only in the Content-Type header.
  pages.set('/ndbg/index_1.html', {
    body: iconv.encode(listPage(COLUMN_PAGE_2, 'index_2.html').replace('<meta charset="utf-8">', ''), 'gbk'),
    type: 'text/html; charset=GBK',
  });
  pages.set('/ndbg/index_2.html', html(listPage([['某某局2016年政府信息公开工作年度报告', '/ndbg/2016.html']])));
  // A second column, paged by script: its second page links a report the first column also lists.
  pages.set('/trs/index.html', html(scriptPagedListPage([COLUMN_PAGE_1[1]], 2, 0)));
  pages.set('/trs/index_1.html', html(scriptPagedListPage([COLUMN_PAGE_2[1]], 2, 1)));
  pages.set('/ndbg/nanshan-2020.html', fixture('nanshan-district-2020.html', 'text/html')); // GBK, meta gb2312
  pages.set('/ndbg/fgj-2020.html', fixture('longgang-development-reform-2020.html', 'text/html; charset=utf-8'));
  // GBK without a meta charset, declared in the header only.
  pages.set('/ndbg/sjj-2021.html', fixture('longgang-data-bureau-2021.html', 'text/html; charset=gb2312'));
  pages.set(
    '/ndbg/longgang-2022.html',
    html(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>深圳市龙岗区人民政府2022年政府信息公开工作年度报告_龙岗政府在线</title></head>
<body><div class="nav"><a href="/">首页</a></div><h1>深圳市龙岗区人民政府2022年政府信息公开工作年度报告</h1>
<p>发布日期：2023-01-20</p><p>附件：<a href="/uploads/202301/longgang-district-2022.pdf">深圳市龙岗区人民政府2022年政府信息公开工作年度报告.pdf</a></p>
<p><a href="/uploads/202301/guide.docx">政府信息公开指南.docx</a></p></body></html>`),
  );
  pages.set('/uploads/202301/longgang-district-2022.pdf', fixture('longgang-district-2022.pdf', 'application/pdf'));
  pages.set('/ndbg/longhua-2020.pdf', fixture('longhua-data-bureau-2020.pdf', 'application/octet-stream'));
  pages.set('/slow/2017.html', { ...fixture('nanshan-district-2020.html', 'text/html'), delayMs: 60_000 }); // answers after every test's time limit
  pages.set('/private/2019.html', fixture('nanshan-district-2020.html', 'text/html'));
  pages.set('/old/nanshan', {
    body: Buffer.alloc(0),
    type: 'text/html',
    status: 301,
    location: '/ndbg/nanshan-2020.html',
  });
  pages.set(
    '/news/notice-1.html',
    html('<html><head><title>通知</title></head><body><p>关于做好政务公开工作的通知。</p></body></html>'),
  );
  pages.set('/ndbg/no-report.html', html('<html><head><title>栏目</title></head><body><p>暂无内容</p></body></html>'));
  return pages;
}

export async function startTestSite(): Promise<TestSite> {
  const pages = sitePages();
  const requests: SiteRequest[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? '/', 'http://site').pathname;
    const request: SiteRequest = { path, headers: incoming.headers, startedAt: performance.now(), endedAt: 0 };
    requests.push(request);
    const page = pages.get(path);
    const send = (): void => {
      outgoing.on('finish', () => {
        request.endedAt = performance.now();
      });
      if (!page) {
        outgoing.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404 页面不存在</h1>');
        return;
      }
      const headers: Record<string, string> = { 'content-type': page.type };
      if (page.location) headers.location = page.location;
      outgoing.writeHead(page.status ?? 200, headers).end(page.body);
    };
    if (page?.delayMs) pending.add(setTimeout(send, page.delayMs));
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    paths: () => requests.map((request) => request.path),
    setPage: (path, page) => pages.set(path, page),
    close: () =>
      new Promise((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { fixture as fixturePage, html as htmlPage };
