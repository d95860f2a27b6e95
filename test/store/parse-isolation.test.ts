// Files that used to take the process down, in one batch with good ones: each fails with its name and reason,
// the good ones are stored, whatever the bad ones do to the process parsing them (nianbao ingest and parse).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';
import { openStore } from '../../src/store/index.js';
import { documentXmlWithRows, makeDeflatedDocx, makePdf } from '../parser/formats/make-hostile-files.js';

const SAMPLE_DIR = 'data/reports';
const DOCUMENTS_DIR = 'test/fixtures/documents';

async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: () => {}, env, isTTY: false };
  const code = await main(['node', 'nianbao', ...args], io);
  return { code, out: out.join('\n') };
}

/** A folder holding the five sample reports and the files `hostile` makes in it. */
function folderWith(hostile: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-isolation-'));
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  for (const name of [
    'longgang-data-bureau-2021',
    'longgang-development-reform-2020',
    'longgang-district-2022',
    'longhua-data-bureau-2020',
    'nanshan-district-2020',
  ])
    copyFileSync(join(SAMPLE_DIR, `${name}.txt`), join(reports, `${name}.txt`));
  hostile(reports);
  return reports;
}

async function ingest(
  reports: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string; stored: number }> {
  const store = join(reports, '..', 'store.json');
  const result = await runCli(['ingest', reports, '--store', store], env);
  const opened = await openStore(store);
  const stored = (await opened.list()).length;
  await opened.close();
  return { ...result, stored };
}

describe('ingest goes on past every hostile file', () => {
  it('a .doc with one changed byte that crashes V8 (exit 133), a broken PDF, a FIFO, /dev/zero: named, the five reports stored', async () => {
    const reports = folderWith((dir) => {
      const doc = readFileSync(join(DOCUMENTS_DIR, 'longhua-data-bureau-2020.doc'));
      doc[808] = 56;
      writeFileSync(join(dir, 'crash.doc'), doc);
      const pdf = readFileSync(join(DOCUMENTS_DIR, 'nanshan-district-2020.pdf'));
      const at = pdf.lastIndexOf('\nxref\n') + 1 - 3008;
      pdf.fill(0, at, at + 2048);
      writeFileSync(join(dir, 'zeroed.pdf'), pdf);
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    });
    const { code, out, stored } = await ingest(reports);
    expect(code).toBe(1);
    expect(stored).toBe(5);
    expect(out).toContain('ingested 5, replaced 0, unchanged 0, failed 3');
    // V8 gives up (SIGTRAP) when an array reaches its largest size, unless the memory limit stops it first.
    expect(out).toMatch(
      /failed: .*crash\.doc: (解析进程崩溃: the file crashed the process parsing it \(signal SIGTRAP: Fatal JavaScript invalid size error|内存超过上限 2048 MB)/,
    );
    expect(out).toMatch(/failed: .*zeroed\.pdf: PDF 结构损坏: a corrupt PDF \(pdfjs: XRefEntryException/);
    expect(out).toContain('pipe.txt: 不是普通文件: a named pipe (FIFO), not a report file');
  }, 120_000);

  it('a PDF that takes longer than PARSE_TIMEOUT_S is stopped and named', async () => {
    const reports = folderWith((dir) =>
      writeFileSync(join(dir, 'slow.pdf'), makePdf(500, 'a page of text that is no report', 400)),
    );
    const { out, stored } = await ingest(reports, { PARSE_TIMEOUT_S: '1' });
    expect(stored).toBe(5);
    expect(out).toContain('slow.pdf: 解析超时 1 秒: parsing took longer than that (PARSE_TIMEOUT_S raises the limit)');
  }, 60_000);

  it('a file that needs more memory than PARSE_MAX_MEMORY_MB is stopped and named', async () => {
    // 70 MB of table rows, let through the unzip limit: the document tree needs far more than 400 MB.
    const reports = folderWith((dir) =>
      writeFileSync(join(dir, 'rows.docx'), makeDeflatedDocx(documentXmlWithRows(1_200_000))),
    );
    const { out, stored } = await ingest(reports, {
      PARSE_MAX_MEMORY_MB: '400',
      PARSE_MAX_UNZIPPED_MB: '1000',
      PARSE_MAX_UNZIPPED_TOTAL_MB: '1000',
    });
    expect(stored).toBe(5);
    expect(out).toContain(
      'rows.docx: 内存超过上限 400 MB: parsing needed more memory than that (PARSE_MAX_MEMORY_MB raises the limit)',
    );
  }, 60_000);
});

describe('nianbao parse', () => {
  it('names a file that crashes its parse process, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-isolation-'));
    const path = join(dir, 'long.pdf');
    writeFileSync(path, makePdf(600));
    const out: string[] = [];
    const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => out.push(text), env: {}, isTTY: false };
    expect(await main(['node', 'nianbao', 'parse', path], io)).toBe(1);
    expect(out.join('\n')).toBe(
      `${path}: 超过页数上限 500: the PDF has 600 pages, more than any annual report (PARSE_MAX_PAGES raises the limit)`,
    );
  }, 60_000);
});
