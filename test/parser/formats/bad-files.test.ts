// Files that are no readable report: each gives a ParseError naming the file and saying why (and what to do).
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/errors.js';
import { parseFile } from '../../../src/parser/index.js';
import { BAD_DIR, DOCUMENTS_DIR, readBytes } from './documents.js';

async function parseErrorOf(path: string): Promise<ParseError> {
  const error: unknown = await parseFile(path).then(
    () => new Error(`${path} parsed without error`),
    (thrown: unknown) => thrown,
  );
  if (error instanceof ParseError) return error;
  throw error;
}

describe.each([
  ['truncated.pdf', /^a corrupt or truncated PDF/],
  ['password.pdf', /^the PDF is password-protected; open it with the password and save an unprotected copy/],
  ['scan-no-text.pdf', /^a scanned PDF with no text layer \(1 page, 0 characters of text\); run OCR on it first/],
  [
    'unreadable-encoding.txt',
    /^unreadable text encoding: 400 of 600 characters are invalid as gb18030; save the file as UTF-8/,
  ],
  [
    'unreadable.doc',
    /^cannot read this old Word \(\.doc\) file \(.+\); open it in Word or LibreOffice, save it as \.docx/,
  ],
  [
    'binary-junk.txt',
    /^a binary file, not a report: expected a PDF, Word \(\.docx or \.doc\), web page \(\.html\) or text file$/,
  ],
  ['not-a-report.html', /^no 政府信息公开 annual-report tables found/],
])('%s', (file, reason) => {
  it('is a ParseError naming the file and the reason', async () => {
    const path = join(BAD_DIR, file);
    const error = await parseErrorOf(path);
    expect(error.file).toBe(path);
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${path}: ${error.reason}`);
  });
});

describe('more broken files, made on the spot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bad-'));

  it.each([
    [
      'half a DOCX (the ZIP cut off)',
      'cut.docx',
      readBytes(join(DOCUMENTS_DIR, 'nanshan-district-2020.docx')).subarray(0, 6000),
      /^not a complete ZIP archive/,
    ],
    [
      'a PNG image named .pdf',
      'scan.pdf',
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      /^a PNG image, not a document; run OCR on it first/,
    ],
    ['an RTF document', 'report.rtf', Buffer.from('{\\rtf1\\ansi 南山区}'), /^an RTF document; .* save it as \.docx/],
    ['an empty file', 'empty.txt', Buffer.alloc(0), /^the text file holds no text$/],
    [
      'a web page with nothing but chrome',
      'nav.html',
      Buffer.from('<nav>首页</nav><script>x()</script><footer>版权所有</footer>'),
      /^the HTML file holds no text$/,
    ],
  ])('%s', async (_case, name, bytes, reason) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const error = await parseErrorOf(path);
    expect([error.file, error.reason]).toEqual([path, expect.stringMatching(reason)]);
  });

  it('reads a good file whatever it is called', async () => {
    const path = join(dir, 'download.bin');
    copyFileSync(join(DOCUMENTS_DIR, 'nanshan-district-2020.pdf'), path);
    expect((await parseFile(path)).source.format).toBe('pdf');
  });
});
