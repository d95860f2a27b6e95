// Hostile documents served by a site (the local made-up one on 127.0.0.1), made on the spot by small generators:
// `nianbao ingest URL…` and `nianbao watch` parse what they fetch in a parse process under PARSE_*, so a PDF that
// never ends, a .doc that crashes V8 and a DOCX whose rows need more memory than allowed are each stopped and
// named with their URL, and the batch or the watch goes on to the good reports after them.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';
import { openStore } from '../../src/store/index.js';
import { documentXmlWithRows, makeDeflatedDocx, makePdf } from '../parser/formats/make-hostile-files.js';
import { htmlPage, listPage, startTestSite, type TestSite } from './test-site.js';

async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: () => {}, env, isTTY: false };
  const code = await main(['node', 'nianbao', ...args], io);
  return { code, out: out.join('\n') };
}

async function storedIds(storeFile: string): Promise<string[]> {
  const store = await openStore(storeFile);
  const ids = (await store.list()).map((report) => report.id).sort();
  await store.close();
  return ids;
}

/** Fast fetching; no fetch limit is what these tests are about. */
const FETCH_ENV = { FETCH_DELAY_MS: '5', FETCH_TIMEOUT_MS: '30000' };

describe('hostile documents at URLs', () => {
  let site: TestSite;
  let dir: string;
  beforeEach(async () => {
    site = await startTestSite();
    dir = await mkdtemp(join(tmpdir(), 'nianbao-hostile-urls-'));
  });
  afterEach(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('nianbao ingest: a PDF past PARSE_TIMEOUT_S is stopped and named; the pages after it are stored', async () => {
    // 30,000 pages take minutes whatever the machine: far past the 10 s allowed, while a report page takes a
    // fraction of a second (a busy machine may need seconds for the first PDF: its reader loads on first use).
    site.setPage('/uploads/endless.pdf', { body: makePdf(30_000, 'a page of text'), type: 'application/pdf' });
    const urls = ['/uploads/endless.pdf', '/ndbg/nanshan-2020.html', '/ndbg/fgj-2020.html'].map(
      (path) => site.url + path,
    );
    const storeFile = join(dir, 'store.json');
    const env = { ...FETCH_ENV, PARSE_TIMEOUT_S: '10', PARSE_MAX_PAGES: '100000' };
    const { code, out } = await runCli(['ingest', ...urls, '--store', storeFile], env);
    expect(code).toBe(1);
    expect(out).toContain('ingested 2, replaced 0, unchanged 0, failed 1');
    expect(out).toContain(
      `  failed: ${site.url}/uploads/endless.pdf: 解析超时 10 秒: parsing took longer than that (PARSE_TIMEOUT_S raises the limit)`,
    );
    expect(await storedIds(storeFile)).toEqual(['深圳市南山区人民政府/2020', '深圳市龙岗区发展和改革局/2020']);
  }, 120_000);

  it('nianbao watch: a DOCX needing more than PARSE_MAX_MEMORY_MB and a .doc that crashes its parse process are named; the other link is stored', async () => {
    const doc = readFileSync('test/fixtures/documents/longhua-data-bureau-2020.doc');
    doc[808] = 56; // one changed byte that made V8 give up
    site.setPage('/hostile/crash.doc', { body: doc, type: 'application/msword' });
    // 70 MB of table rows (200 KB deflated), let through the unzip limit: the document tree needs far more than 400 MB.
    site.setPage('/hostile/rows.docx', {
      body: makeDeflatedDocx(documentXmlWithRows(1_200_000)),
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    site.setPage(
      '/hostile/index.html',
      htmlPage(
        listPage([
          ['某某局2023年政府信息公开工作年度报告', '/hostile/rows.docx'],
          ['某某局2022年政府信息公开工作年度报告', '/hostile/crash.doc'],
          ['深圳市龙岗区发展和改革局2020年政府信息公开工作年度报告', '/ndbg/fgj-2020.html'],
        ]),
      ),
    );
    const column = `${site.url}/hostile/index.html`;
    const storeFile = join(dir, 'store.json');
    const env = {
      ...FETCH_ENV,
      PARSE_MAX_MEMORY_MB: '400',
      PARSE_MAX_UNZIPPED_MB: '1000',
      PARSE_MAX_UNZIPPED_TOTAL_MB: '1000',
    };
    const { code, out } = await runCli(['watch', column, '--store', storeFile], env);
    expect(code).toBe(1);
    expect(out).toContain(`${column}: read 1 list page(s), 3 report link(s) new or retried`);
    expect(out).toContain('ingested 1, replaced 0, unchanged 0, failed 2');
    expect(out).toContain(
      `failed: ${site.url}/hostile/rows.docx: 内存超过上限 400 MB: parsing needed more memory than that (PARSE_MAX_MEMORY_MB raises the limit)`,
    );
    // V8 gives up (SIGTRAP) when an array reaches its largest size, unless the memory limit stops it first.
    expect(out).toMatch(
      new RegExp(
        `failed: ${site.url}/hostile/crash\\.doc: (解析进程崩溃: the file crashed the process parsing it \\(signal SIGTRAP|内存超过上限 400 MB)`,
      ),
    );
    expect(out).toContain(`new: 深圳市龙岗区发展和改革局/2020 ← ${site.url}/ndbg/fgj-2020.html`);
    expect(await storedIds(storeFile)).toEqual(['深圳市龙岗区发展和改革局/2020']);
  }, 120_000);
});
