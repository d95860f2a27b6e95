import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';

const SAMPLE_DIR = 'data/reports';

/** Runs the CLI in-process and collects what it printed. */
async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, isTTY: false };
  const code = await main(['node', 'nianbao', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'nianbao-cli-'));
}

describe('nianbao CLI', () => {
  it('parse --json prints the canonical JSON of a sample report', async () => {
    const { code, out } = await runCli(['parse', join(SAMPLE_DIR, 'longgang-district-2022.txt'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const expected = JSON.parse(await readFile('test/fixtures/expected/longgang-district-2022.json', 'utf8'));
    expect(report.id).toBe('深圳市龙岗区人民政府/2022');
    expect(report.applications).toEqual(expected.applications);
    expect(report.source.format).toBe('text');
  });

  it('parse prints a human summary with the organ, year and checks', async () => {
    const { code, out } = await runCli(['parse', join(SAMPLE_DIR, 'longgang-development-reform-2020.txt')]);
    expect(code).toBe(0);
    expect(out).toContain('深圳市龙岗区发展和改革局  2020年');
    expect(out).toContain('applications.balance');
    expect(out).toContain('read: 198 cells read, 0 missing · 2 checks failed · text: no figures stated');
  });

  it('ingest, list and check work on the sample folder; a second ingest changes nothing', async () => {
    const store = join(await tempDir(), 'store.json');
    const first = await runCli(['ingest', SAMPLE_DIR, '--store', store]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('ingested 5, replaced 0, unchanged 0, failed 0');
    const second = await runCli(['ingest', SAMPLE_DIR], { NIANBAO_STORE: store });
    expect(second.out).toContain('ingested 0, replaced 0, unchanged 5, failed 0');
    const list = await runCli(['list', '--store', store]);
    expect(list.out.split('\n')).toHaveLength(5);
    expect(list.out).toContain(
      '深圳市南山区人民政府\t2020\t2019\t0 checks\tdata/reports/nanshan-district-2020.txt' +
        '\t198 cells read, 0 missing · 0 checks failed · text: 3 of 3 figures agree',
    );
    const check = await runCli(['check', '--store', store]);
    expect(check.out).toContain('深圳市龙华区政务服务数据管理局/2020');
    expect(check.out).toContain('applications.rowTotal');
  });

  it('says when a different file replaces a stored organ-year', async () => {
    const dir = await tempDir();
    const store = join(dir, 'store.json');
    await runCli(['ingest', join(SAMPLE_DIR, 'nanshan-district-2020.txt'), '--store', store]);
    const edited = join(dir, 'nanshan-edited.txt');
    await writeFile(edited, `${await readFile(join(SAMPLE_DIR, 'nanshan-district-2020.txt'), 'utf8')}\n`);
    const { out } = await runCli(['ingest', edited, '--store', store]);
    expect(out).toContain('ingested 0, replaced 1, unchanged 0, failed 0');
    expect(out).toContain(`replaced: 深圳市南山区人民政府/2020 ← ${edited}`);
  });

  it('reports each bad file with its name and reason, goes on with the rest, and exits 1', async () => {
    const dir = await tempDir();
    const reports = join(dir, 'reports');
    await mkdir(reports);
    await copyFile(join(SAMPLE_DIR, 'nanshan-district-2020.txt'), join(reports, 'b-nanshan.txt'));
    await writeFile(join(reports, 'a-empty.txt'), '');
    await writeFile(join(reports, 'c-news.txt'), '龙岗区举办运动会。本次运动会共有三千人参加，气氛热烈。');
    await writeFile(join(reports, 'd-junk.txt'), Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x42]));
    const store = join(dir, 'store.json');
    const { code, out } = await runCli(['ingest', reports, '--store', store]);
    expect(code).toBe(1);
    expect(out).toContain('ingested 1, replaced 0, unchanged 0, failed 3');
    for (const name of ['a-empty.txt', 'c-news.txt', 'd-junk.txt']) expect(out).toContain(join(reports, name));
    const list = await runCli(['list', '--store', store]);
    expect(list.out).toContain('深圳市南山区人民政府');
  });

  it('prints a clear message and exits 1 for a missing file', async () => {
    const { code, err } = await runCli(['parse', 'no/such/report.txt']);
    expect(code).toBe(1);
    expect(err).toMatch(/^no\/such\/report\.txt: cannot read the file \(ENOENT\)/);
  });

  it('runs as the package bin with --help on every command', () => {
    const top = spawnSync('node', ['bin/nianbao.js', '--help'], { encoding: 'utf8' });
    expect(top.status).toBe(0);
    for (const command of ['parse', 'ingest', 'list', 'check', 'ask', 'serve', 'digest'])
      expect(top.stdout).toContain(command);
    const ingest = spawnSync('node', ['bin/nianbao.js', 'ingest', '--help'], { encoding: 'utf8' });
    expect(ingest.stdout).toContain('--store <path>');
  });

  it('a killed ingest leaves a valid store holding every report committed before the kill', async () => {
    const dir = await tempDir();
    const reports = join(dir, 'reports');
    await mkdir(reports);
    // Many copies of the samples, each a distinct organ-year, so the batch commits several times.
    const samples = await readdir(SAMPLE_DIR);
    for (let year = 2030; year < 2130; year += 1) {
      for (const name of samples) {
        const text = (await readFile(join(SAMPLE_DIR, name), 'utf8')).replaceAll(
          /20(19|20|21|22)(\s*)年/g,
          `${year}$2年`,
        );
        await writeFile(join(reports, `${year}-${name}`), text);
      }
    }
    const store = join(dir, 'store.json');
    const child = spawn('node', ['bin/nianbao.js', 'ingest', reports, '--store', store], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // Kill it once it has said that some reports are committed, and remember how many.
    let committed = 0;
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        for (const match of String(chunk).matchAll(/committed (\d+) report/g)) committed = Number(match[1]);
        if (committed >= 100 && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    expect(committed).toBeGreaterThanOrEqual(100);
    const saved = JSON.parse(await readFile(store, 'utf8'));
    expect(saved.reports.length).toBeGreaterThanOrEqual(committed);
    expect(saved.reports.length).toBeLessThan(500);
    for (const report of saved.reports) expect(Object.keys(report.applications ?? {}).length).toBeGreaterThan(20);
    const list = await runCli(['list', '--store', store]);
    expect(list.code).toBe(0);
  });
});
