// Two `nianbao watch` processes on one lowdb store at once, against the local made-up site: every report and
// every link's state is kept (one meta key per link, each write merged under the store's lock), and a third run
// fetches no report again.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WATCH_LINK_KEY } from '../../src/fetch/index.js';
import { openStore } from '../../src/store/index.js';
import { startTestSite, type TestSite } from './test-site.js';

function watch(
  args: string[],
  onStart?: (child: ChildProcess) => void,
): Promise<{ code: number | string; output: string }> {
  const child = spawn(process.execPath, ['bin/nianbao.js', 'watch', ...args], {
    env: { PATH: process.env.PATH ?? '', FETCH_DELAY_MS: '5', FETCH_TIMEOUT_MS: '3000', WATCH_MAX_PAGES: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  onStart?.(child);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code: signal ?? code ?? -1, output })));
}

describe('two watchers on one store', () => {
  let site: TestSite;
  let dir: string;
  beforeAll(async () => {
    site = await startTestSite();
    dir = await mkdtemp(join(tmpdir(), 'nianbao-watch-processes-'));
  });
  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keep every report and every link state of both; a later run fetches no report', async () => {
    const store = join(dir, 'store.json');
    const [first, second] = await Promise.all([
      watch([`${site.url}/ndbg/index.html`, '--store', store]),
      watch([`${site.url}/trs/index.html`, '--store', store]),
    ]);
    expect(first.code, first.output).toBe(1); // the column's 404, robots.txt and slow links
    expect(second.code, second.output).toBe(0);
    const opened = await openStore(store);
    expect((await opened.list()).map((report) => report.id).sort()).toEqual([
      '深圳市南山区人民政府/2020',
      '深圳市龙华区政务服务数据管理局/2020',
      '深圳市龙岗区人民政府/2022',
      '深圳市龙岗区发展和改革局/2020',
      '深圳市龙岗区政务服务数据管理局/2021',
    ]);
    const states = Object.keys((await opened.listMeta?.()) ?? {}).filter((key) => key.startsWith(WATCH_LINK_KEY));
    expect(states).toHaveLength(8); // 5 ingested, 3 failed: both columns' links, none lost to the other's writes
    await opened.close();
    const before = site.requests.length;
    await watch([`${site.url}/ndbg/index.html`, `${site.url}/trs/index.html`, '--store', store]);
    const fetched = site.paths().slice(before);
    for (const path of [
      '/ndbg/nanshan-2020.html',
      '/ndbg/fgj-2020.html',
      '/ndbg/sjj-2021.html',
      '/ndbg/longhua-2020.pdf',
    ])
      expect(fetched).not.toContain(path);
  }, 180_000);

  it('a watch killed with kill -9 at a random moment loses nothing: the next run takes what is left, once', async () => {
    const store = join(dir, 'killed.json');
    const column = `${site.url}/ndbg/index.html`;
    const reportPaths = ['/ndbg/nanshan-2020.html', '/ndbg/fgj-2020.html', '/ndbg/longgang-2022.html'];
    const start = site.requests.length;
    const served = () =>
      site
        .paths()
        .slice(start)
        .filter((path) => reportPaths.includes(path)).length;
    // After the first or second report page is served, and up to 200 ms more: mid-parse, mid-write, or between.
    const after = 1 + Math.floor(Math.random() * 2);
    const killed = await watch([column, '--store', store], (child) => {
      const timer = setInterval(() => {
        if (served() < after) return;
        clearInterval(timer);
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 200);
      }, 5);
      child.on('exit', () => clearInterval(timer));
    });
    expect(killed.code, killed.output).toBe('SIGKILL');
    const rerun = await watch([column, '--store', store]);
    expect(rerun.output).toContain('failed 3'); // the 404, robots.txt and slow links only
    const opened = await openStore(store);
    expect((await opened.list()).map((report) => report.id).sort()).toEqual([
      '深圳市南山区人民政府/2020',
      '深圳市龙华区政务服务数据管理局/2020',
      '深圳市龙岗区人民政府/2022',
      '深圳市龙岗区发展和改革局/2020',
      '深圳市龙岗区政务服务数据管理局/2021',
    ]);
    await opened.close();
    // A report the killed run stored is not fetched again unless its state was not written yet: at most one.
    const fetchedTwice = reportPaths.filter(
      (path) =>
        site
          .paths()
          .slice(start)
          .filter((seen) => seen === path).length > 1,
    );
    expect(fetchedTwice.length).toBeLessThanOrEqual(1);
    const names = await readdir(dir);
    expect(names.filter((name) => name.startsWith('killed.json') || name.startsWith('.killed.json'))).toEqual([
      'killed.json',
      'killed.json.bak',
    ]);
  }, 180_000);
});
