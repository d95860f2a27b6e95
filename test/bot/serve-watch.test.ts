// `serve` with WATCH_URLS: the made-up site's column is read on WATCH_CRON, its new reports are answered by the
// running engine, reach the next digest, and are announced once (WATCH_ANNOUNCE) to the digest's destinations.
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/index.js';
import { buildDigest, serve } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { loadConfig } from '../../src/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { startTestSite, type TestSite } from '../fetch/test-site.js';
import { makeTempDir, startStandIn, waitFor } from './helpers.js';

describe('serve watching a site', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let site: TestSite;
  let wecom: Awaited<ReturnType<typeof startStandIn>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openStore(`${temp.path}/store.json`);
    site = await startTestSite();
    wecom = await startStandIn(() => ({ body: { errcode: 0 } }));
  });
  afterEach(async () => {
    await wecom.close();
    await site.close();
    await store.close();
    await temp.remove();
  });

  it('ingests the new reports on WATCH_CRON, answers them, announces them once and lists them in the digest', async () => {
    const config = loadConfig({
      WECOM_WEBHOOK_URLS: `${wecom.url}/cgi-bin/webhook/send?key=k`,
      DIGEST_CRON: '0 0 1 1 *',
      DIGEST_TZ: 'UTC',
      WATCH_URLS: `${site.url}/ndbg/index.html`,
      WATCH_CRON: '* * * * * *',
      WATCH_MAX_PAGES: '1',
      WATCH_ANNOUNCE: 'on',
      FETCH_DELAY_MS: '5',
    });
    const logger = createMemoryLogger();
    const stop = new AbortController();
    const engine = createEngine({ store });
    const served = serve({ config, store, engine, logger, signal: stop.signal });
    const announcements = () =>
      wecom.requests.map((request) => String((request.body.markdown as { content?: string })?.content ?? ''));
    try {
      await waitFor(() => announcements().length >= 1, 20_000);
      const [announcement] = announcements();
      expect(announcement).toContain('网站上发现新的年报 2 份，已收录：');
      expect(announcement).toContain(
        `深圳市南山区人民政府 2020年（2019年版表格，勾稽检查全部一致）${site.url}/ndbg/nanshan-2020.html`,
      );
      expect(announcement).toContain('深圳市龙岗区发展和改革局 2020年');
      const reply = await engine.answer('南山区2020年收到多少政府信息公开申请？', { conversationId: 't' });
      expect(reply.answer).toContain('262');
      // Later runs read page 1 again, find nothing new and announce nothing.
      await waitFor(
        () => logger.lines.filter((line) => line.includes('list page(s) read, 0 report(s) read')).length >= 2,
        10_000,
      );
      expect(announcements()).toHaveLength(1);
      expect(site.paths().filter((path) => path === '/ndbg/nanshan-2020.html')).toHaveLength(1);
    } finally {
      stop.abort();
      await served;
    }
    expect(logger.lines).toContain('info watch: stopped');
    const digest = await buildDigest(store, new Date(), config.digest);
    expect(digest.text).toContain('深圳市南山区人民政府');
    expect(digest.text).toContain('深圳市龙岗区发展和改革局');
  }, 40_000);

  it('runs beside the console chat when no channel is configured, and its reports are answered there', async () => {
    const config = loadConfig({
      WATCH_URLS: `${site.url}/ndbg/index.html`,
      WATCH_CRON: '* * * * * *',
      WATCH_MAX_PAGES: '1',
      FETCH_DELAY_MS: '5',
    });
    const logger = createMemoryLogger();
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const served = serve({ config, store, engine: createEngine({ store }), logger, input, output });
    await waitFor(
      () => logger.lines.some((line) => /watch: .*: 1 list page\(s\) read, 2 report\(s\) read, 0 failed/.test(line)),
      20_000,
    );
    input.end('南山区2020年收到多少政府信息公开申请？\n');
    await served;
    expect(printed).toContain('262');
    expect(logger.lines).toContain('info watch: stopped');
  }, 40_000);
});
