// `nianbao ingest` with URLs mixed among paths: each URL fetched from the local made-up site, a failure named
// with its URL and reason while the batch goes on, and the stored report citing its page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';
import { openStore } from '../../src/store/index.js';
import { startTestSite, type TestSite } from './test-site.js';

async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, isTTY: false };
  const code = await main(['node', 'nianbao', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('nianbao ingest URL…', () => {
  let site: TestSite;
  let dir: string;
  beforeAll(async () => {
    site = await startTestSite();
    dir = await mkdtemp(join(tmpdir(), 'nianbao-ingest-urls-'));
  });
  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads pages, wrapper pages and PDFs beside files; failures name the URL and the reason; the batch goes on', async () => {
    const store = join(dir, 'store.json');
    const env = { FETCH_DELAY_MS: '10', FETCH_TIMEOUT_MS: '3000' };
    const urls = [
      '/ndbg/nanshan-2020.html',
      '/ndbg/missing-2018.html',
      '/ndbg/longgang-2022.html',
      '/private/2019.html',
    ];
    const args = ['ingest', 'data/reports/longhua-data-bureau-2020.txt', ...urls.map((path) => site.url + path)];
    const { code, out } = await runCli([...args, '--store', store], env);
    expect(code).toBe(1);
    expect(out).toContain('ingested 3, replaced 0, unchanged 0, failed 2');
    expect(out).toContain(`  failed: ${site.url}/ndbg/missing-2018.html: HTTP 404`);
    expect(out).toContain(`  failed: ${site.url}/private/2019.html: robots.txt forbids fetching it`);
    const opened = await openStore(store);
    const wrapped = await opened.get('深圳市龙岗区人民政府/2022');
    expect(wrapped?.source).toMatchObject({
      url: `${site.url}/ndbg/longgang-2022.html`,
      attachmentUrl: `${site.url}/uploads/202301/longgang-district-2022.pdf`,
    });
    await opened.close();
    const list = await runCli(['list', '--store', store], {});
    expect(list.out).toContain(`深圳市南山区人民政府\t2020\t2019\t0 checks\t${site.url}/ndbg/nanshan-2020.html`);
    const asked = await runCli(['ask', '南山区2020年收到多少政府信息公开申请？', '--store', store], {});
    // The reply cites the report by its title and its page, never the store's file; a file ingested from disk by
    // its title alone.
    expect(asked.out.trimEnd()).toBe(
      `深圳市南山区人民政府 2020年 收到政府信息公开申请 262 件（表三“本年新收政府信息公开申请数量”总计）\n来源：《深圳市南山区人民政府2020年政府信息公开工作年度报告》 ${site.url}/ndbg/nanshan-2020.html`,
    );
    const both = await runCli(['ask', '龙华区数据局2020年和南山区2020年收到多少申请', '--store', store], {});
    expect(both.out.trimEnd().split('\n').slice(-3)).toEqual([
      '来源：',
      '- 《深圳市龙华区政务服务数据管理局2020年政府信息公开工作年度报告》',
      `- 《深圳市南山区人民政府2020年政府信息公开工作年度报告》 ${site.url}/ndbg/nanshan-2020.html`,
    ]);
    expect(both.out).not.toContain('data/reports');
    const json = await runCli(['ask', '--json', '南山区2020年收到多少政府信息公开申请？', '--store', store], {});
    const [fact] = (JSON.parse(json.out) as { facts: { value: number; source: { url?: string } }[] }).facts;
    expect(fact).toMatchObject({ value: 262, source: { url: `${site.url}/ndbg/nanshan-2020.html` } });
  });
});
