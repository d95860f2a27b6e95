// Builds a minimal DOCX (a stored ZIP holding word/document.xml) from body XML, for reader tests.
import { crc32 } from 'node:zlib';

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A DOCX whose body is `bodyXml` (w:p and w:tbl elements). */
export function makeDocx(bodyXml: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${bodyXml}</w:body></w:document>`;
  return makeZip([
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', xml],
  ]);
}

/** `<w:p>` with one run per text; `\n` becomes a manual line break. */
export function paragraph(text: string): string {
  return `<w:p>${text
    .split('\n')
    .map((part) => `<w:r><w:t xml:space="preserve">${part}</w:t></w:r>`)
    .join('<w:r><w:br/></w:r>')}</w:p>`;
}

/** `<w:tc>` with optional properties (e.g. `<w:gridSpan w:val="2"/>`). */
export function cell(text: string, properties = ''): string {
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraph(text)}</w:tc>`;
}

/** A ZIP archive of stored (uncompressed) entries: the DOCX readers' tests and the misread harness's Word layouts. */
export function makeZip(entries: readonly (readonly [string, string])[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const sizes = (header: Buffer, at: number): void => {
      header.writeUInt32LE(crc32(data), at);
      header.writeUInt32LE(data.length, at + 4);
      header.writeUInt32LE(data.length, at + 8);
      header.writeUInt16LE(nameBytes.length, at + 12);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    sizes(local, 14);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    sizes(central, 16);
    central.writeUInt32LE(offset, 42);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}
