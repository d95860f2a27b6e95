// Files that used to take the process down or never end: each is a ParseError naming the file and the limit or
// the reason, found fast (the FIFO used to hang forever, /dev/zero to grow without bound).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/errors.js';
import { DEFAULT_PARSE_LIMITS, parseFile } from '../../../src/parser/index.js';
import { readSample } from '../read-report.js';
import { DOCUMENTS_DIR, readBytes } from './documents.js';
import { documentXmlWithRows, makeDeflatedDocx, makePdf } from './make-hostile-files.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-limits-'));
const MB = 1024 * 1024;

async function reasonOf(path: string, limits = DEFAULT_PARSE_LIMITS): Promise<string> {
  const error: unknown = await parseFile(path, limits).then(
    () => new Error(`${path} parsed without error`),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ParseError)) throw error;
  expect(error.file).toBe(path);
  expect(error.message).toBe(`${path}: ${error.reason}`);
  return error.reason;
}

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('only regular files are read', () => {
  it('a named pipe (FIFO) is refused at once, never waited on', async () => {
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    expect(await reasonOf(path)).toBe('不是普通文件: a named pipe (FIFO), not a report file');
  });

  it('/dev/zero is refused, never read', async () => {
    expect(await reasonOf('/dev/zero')).toBe('不是普通文件: a character device, not a report file');
  });

  it('a folder is refused', async () => {
    const folder = join(dir, 'folder.pdf');
    mkdirSync(folder);
    expect(await reasonOf(folder)).toBe('不是普通文件: a folder, not a report file');
  });

  it('a symlink loop is named', async () => {
    const path = join(dir, 'loop.txt');
    symlinkSync(path, path);
    expect(await reasonOf(path)).toBe('cannot read the file (ELOOP)');
  });
});

describe('bytes read', () => {
  it('a file over PARSE_MAX_FILE_MB is refused before it is read', async () => {
    const path = write('big.txt', readSample('nanshan-district-2020'));
    expect(await reasonOf(path, { ...DEFAULT_PARSE_LIMITS, maxFileBytes: 10_000 })).toMatch(
      /^超过文件大小上限 10 KB \(the file has \d+ KB; PARSE_MAX_FILE_MB raises the limit\)$/,
    );
  });

  it('a file at the limit is read', async () => {
    const text = readSample('nanshan-district-2020');
    const path = write('at-limit.txt', text);
    const report = await parseFile(path, { ...DEFAULT_PARSE_LIMITS, maxFileBytes: Buffer.byteLength(text) });
    expect(report.org).toBe('深圳市南山区人民政府');
  });
});

describe('bytes unzipped (DOCX ZIP bombs)', () => {
  // 1.2 million table rows: about 70 MB of XML, deflated to a few hundred KB.
  const bomb = documentXmlWithRows(1_200_000);

  it.each([
    ['a DOCX inflating past 50 MB', false],
    ['a zip64 DOCX (sizes 0xFFFFFFFF) inflating past 50 MB', true],
  ])('%s stops at the entry limit', async (_case, zip64) => {
    const bytes = makeDeflatedDocx(bomb, { zip64 });
    expect(bytes.length).toBeLessThan(MB);
    const path = write(`bomb${zip64 ? '64' : ''}.docx`, bytes);
    expect(await reasonOf(path)).toMatch(
      /^解压后超过 50 MB: ZIP entry word\/document\.xml inflates to more than an entry may \(a ZIP bomb\?; PARSE_MAX_UNZIPPED_MB raises the limit\)$/,
    );
  });

  it('the total limit holds when it is the lower one', async () => {
    const path = write('bomb-total.docx', makeDeflatedDocx(documentXmlWithRows(50_000)));
    const limits = { ...DEFAULT_PARSE_LIMITS, maxUnzippedBytes: MB };
    expect(await reasonOf(path, limits)).toMatch(
      /^解压后超过 1 MB: .* all entries together .*PARSE_MAX_UNZIPPED_TOTAL_MB/,
    );
  });

  it('a real DOCX is well within the limits', async () => {
    const path = join(DOCUMENTS_DIR, 'nanshan-district-2020.docx');
    const limits = { ...DEFAULT_PARSE_LIMITS, maxEntryBytes: MB, maxUnzippedBytes: MB };
    expect((await parseFile(path, limits)).org).toBe('深圳市南山区人民政府');
  });
});

describe('pages', () => {
  it('a PDF of 600 pages is refused before its pages are read', async () => {
    const path = write('long.pdf', makePdf(600));
    const started = performance.now();
    expect(await reasonOf(path)).toBe(
      '超过页数上限 500: the PDF has 600 pages, more than any annual report (PARSE_MAX_PAGES raises the limit)',
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('a PDF of as many pages as the limit is read (and found to be no report)', async () => {
    const path = write('20.pdf', makePdf(20, 'a page of text that is no report'));
    expect(await reasonOf(path, { ...DEFAULT_PARSE_LIMITS, maxPages: 20 })).toMatch(
      /^no 政府信息公开 annual-report tables found/,
    );
  });
});

describe('a PDF whose broken structure leaves pdfjs promises rejected and unhandled', () => {
  it('is a named failure, and the process goes on', async () => {
    const pdf = Buffer.from(readBytes(join(DOCUMENTS_DIR, 'nanshan-district-2020.pdf')));
    // 2 KB zeroed 3 KB before the cross-reference table: the font objects there (pdfjs: Bad XRef entry).
    const at = pdf.lastIndexOf('\nxref\n') + 1 - 3008;
    pdf.fill(0, at, at + 2048);
    expect(await reasonOf(write('zeroed.pdf', pdf))).toMatch(
      /^PDF 结构损坏: a corrupt PDF \(pdfjs: XRefEntryException: Bad \(uncompressed\) XRef entry: \d+R\); download it again/,
    );
  });
});
