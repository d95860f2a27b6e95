// extractText tells the format from the content, not the extension, and decodes plain text as UTF-8 or GB18030.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/parser/formats/index.js';
import { DOCUMENTS_DIR, REAL_REPORTS_DIR, readBytes } from './documents.js';

const SAMPLE = join(import.meta.dirname, '../../../data/reports/nanshan-district-2020.txt');

describe('format detection', () => {
  it.each([
    ['nanshan-district-2020.html', 'html'],
    ['nanshan-district-2020.docx', 'docx'],
    ['nanshan-district-2020.pdf', 'pdf'],
    ['longhua-data-bureau-2020.doc', 'doc'],
  ])('%s is %s', async (file, format) => {
    expect((await extractText(readBytes(join(DOCUMENTS_DIR, file)), file)).format).toBe(format);
  });

  it.each([
    ['nanshan-district-2020.pdf', 'report.txt', 'pdf'],
    ['nanshan-district-2020.docx', 'report.doc', 'docx'],
    ['longhua-data-bureau-2020.doc', 'report.docx', 'doc'],
    ['longgang-development-reform-2020.html', 'report.pdf', 'html'],
  ])('%s named %s is still %s', async (file, fileName, format) => {
    expect((await extractText(readBytes(join(DOCUMENTS_DIR, file)), fileName)).format).toBe(format);
  });

  it('sniffs markup in a file without an HTML extension, and leaves a report text as text', async () => {
    const page = new TextEncoder().encode(
      '\n  <!DOCTYPE html><html><body><p>南山区2020年政府信息公开工作年度报告</p></body></html>',
    );
    expect(await extractText(page, 'download')).toEqual({
      text: '南山区2020年政府信息公开工作年度报告',
      format: 'html',
    });
    const table = new TextEncoder().encode('<table><tr><td>规章</td><td>0</td></tr></table>');
    expect(await extractText(table, 'table.txt')).toEqual({ text: '| 规章 | 0 |', format: 'html' });
    expect((await extractText(readBytes(join(REAL_REPORTS_DIR, 'huaian-city-2024-pdftext.txt')), 'x.txt')).format).toBe(
      'text',
    );
  });
});

describe('plain text encodings', () => {
  // GBK has no no-break space, so the sample drops its one (after 六、其他需要报告的事项).
  const sample = readFileSync(SAMPLE, 'utf8')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .normalize('NFC');

  it.each([
    ['UTF-8', Buffer.from(sample, 'utf8')],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])],
    ['GB18030', iconv.encode(sample, 'gb18030')],
    ['GBK', iconv.encode(sample, 'gbk')],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
  ])('%s decodes to the same text', async (_encoding, bytes) => {
    expect(await extractText(new Uint8Array(bytes), 'report.txt')).toEqual({ text: sample, format: 'text' });
  });

  it('joins Windows line ends', async () => {
    expect((await extractText(new TextEncoder().encode('一、总体情况\r\n二、主动公开\r\n'), 'r.txt')).text).toBe(
      '一、总体情况\n二、主动公开\n',
    );
  });
});
