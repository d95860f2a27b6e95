// Small generators of hostile files for the parse-limit tests: nothing large is committed, each is built on the spot.
import { crc32, deflateRawSync } from 'node:zlib';

/** A minimal valid PDF of `pageCount` pages, each printing `text` (ASCII) in Helvetica `itemsPerPage` times. */
export function makePdf(pageCount: number, text = 'page', itemsPerPage = 1): Buffer {
  const objects: string[] = [];
  const pageIds = Array.from({ length: pageCount }, (_, index) => 5 + index);
  objects[1] = '<</Type/Catalog/Pages 2 0 R>>';
  objects[2] = `<</Type/Pages/Kids[${pageIds.map((id) => `${id} 0 R`).join(' ')}]/Count ${pageCount}>>`;
  // Each item a text run of its own at its own place: what a parser's layout pass has to sort and join.
  const content = Array.from(
    { length: itemsPerPage },
    (_, item) => `BT /F1 12 Tf ${72 + (item % 40) * 12} ${720 - Math.floor(item / 40) * 14} Td (${text}) Tj ET`,
  ).join('\n');
  objects[3] = `<</Length ${content.length}>>\nstream\n${content}\nendstream`;
  objects[4] = '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>';
  for (const id of pageIds)
    objects[id] = '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 3 0 R/Resources<</Font<</F1 4 0 R>>>>>>';
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = body.length;
  const entries = offsets.slice(1).map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n${entries.join('')}`;
  body += `trailer\n<</Size ${objects.length}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** word/document.xml of a DOCX whose body is a table of `rows` rows (what a table-row ZIP bomb inflates to). */
export function documentXmlWithRows(rows: number): string {
  const row = '<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>';
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>${row.repeat(rows)}</w:tbl></w:body></w:document>`;
}

/**
 * A DOCX (one deflated entry, word/document.xml) holding `xml`. With `zip64`, its sizes say 0xFFFFFFFF and the
 * real ones sit in a zip64 extra field, as archives over 4 GB have them.
 */
export function makeDeflatedDocx(xml: string, options: { zip64?: boolean } = {}): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = Buffer.from(xml);
  const deflated = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const zip64 = options.zip64 === true;
  const extra = Buffer.alloc(zip64 ? 20 : 0);
  if (zip64) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(deflated.length), 12);
  }
  const sizes = (header: Buffer, at: number): void => {
    header.writeUInt32LE(crc, at);
    header.writeUInt32LE(zip64 ? 0xffffffff : deflated.length, at + 4);
    header.writeUInt32LE(zip64 ? 0xffffffff : data.length, at + 8);
    header.writeUInt16LE(name.length, at + 12);
    header.writeUInt16LE(extra.length, at + 14);
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(zip64 ? 45 : 20, 4);
  local.writeUInt16LE(8, 8);
  sizes(local, 14);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(zip64 ? 45 : 20, 6);
  central.writeUInt16LE(8, 10);
  sizes(central, 16);
  const directory = Buffer.concat([central, name, extra]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(local.length + name.length + extra.length + deflated.length, 16);
  return Buffer.concat([local, name, extra, deflated, directory, end]);
}
