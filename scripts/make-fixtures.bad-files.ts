// The bad files of the format tests: each must give a ParseError naming the file and the reason.
// Used only by scripts/make-fixtures.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** Writes the bad files into `dir`; `samplePdf` is a good PDF to truncate and to encrypt. */
export function writeBadFiles(dir: string, samplePdf: string): void {
  mkdirSync(dir, { recursive: true });
  const pdf = readFileSync(samplePdf);
  writeFileSync(join(dir, 'truncated.pdf'), pdf.subarray(0, 2000));
  writeFileSync(join(dir, 'scan-no-text.pdf'), makeImageOnlyPdf());
  encryptPdf(samplePdf, join(dir, 'password.pdf'));
  // 0xFF never occurs in UTF-8 and is no GB18030 byte either.
  writeFileSync(
    join(dir, 'unreadable-encoding.txt'),
    Buffer.from(Array.from({ length: 600 }, (_, index) => (index % 3 === 0 ? 0x41 : 0xff))),
  );
  writeFileSync(join(dir, 'not-a-report.html'), NOT_A_REPORT);
  // An OLE compound-file signature followed by nothing Word can read.
  writeFileSync(
    join(dir, 'unreadable.doc'),
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), pseudoRandomBytes(4000, 7)]),
  );
  writeFileSync(join(dir, 'binary-junk.txt'), pseudoRandomBytes(3000, 11));
  console.log(`bad files in ${dir}`);
}

const NOT_A_REPORT = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展2023年全民健身月活动的通知</title></head>
<body><h1>关于开展2023年全民健身月活动的通知</h1>
<p>各街道办事处、区直各单位：为深入实施全民健身国家战略，现将有关事项通知如下。</p>
<table border="1"><tr><td>活动名称</td><td>时间</td><td>地点</td></tr>
<tr><td>健步走</td><td>8月8日</td><td>中心公园</td></tr></table>
<p>深圳市某某区文化广电旅游体育局</p><p>2023年7月20日</p></body></html>
`;

/** Deterministic bytes (a linear congruential generator), so that rerunning the script changes nothing. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = (state >>> 16) & 0xff;
  }
  return bytes;
}

/** A one-page PDF holding only a grey image with dark "lines of text": what a scanner produces. */
function makeImageOnlyPdf(): Buffer {
  const width = 120;
  const height = 160;
  const pixels = Buffer.alloc(width * height, 0xf0);
  for (let y = 20; y < height - 20; y += 8) pixels.fill(0x30, y * width + 15, y * width + width - 15);
  const image = deflateSync(pixels);
  const content = Buffer.from('q 500 0 0 700 48 71 cm /Scan Do Q\n');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>',
    ),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`,
      ),
      image,
      Buffer.from('\nendstream'),
    ]),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('endstream')]),
  ];
  return assemblePdf(objects);
}

function assemblePdf(objects: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
  ];
  parts.push(
    Buffer.from(
      `${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/** AES-256 with a user password, so that nothing can be read without it. */
function encryptPdf(input: string, output: string): void {
  runQpdf(['--encrypt', 'secret-user', 'secret-owner', '256', '--', input, output]);
}

/** Runs qpdf (Debian's qpdf package) with the given arguments. */
export function runQpdf(args: readonly string[]): void {
  try {
    execFileSync('qpdf', args, { stdio: 'pipe' });
  } catch (error) {
    throw new Error('qpdf failed (is it installed? apt-get install -y qpdf)', { cause: error });
  }
}
