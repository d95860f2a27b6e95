import iconv from 'iconv-lite';
import { UnreadableDocumentError } from './unreadable-document-error.js';

/** Character sets Chinese sites declare that GB18030 (their superset) decodes alike. */
const GB_FAMILY = new Set(['gb2312', 'gbk', 'x-gbk', 'gb_2312-80', 'cp936', 'windows-936', 'euc-cn', 'gb18030']);

/** Share of U+FFFD replacement characters above which a decoding is judged wrong. */
const MAX_REPLACEMENT_SHARE = 0.01;

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

/**
 * Decodes text bytes: a byte-order mark wins, then a declared charset (e.g. from an HTML meta tag),
 * then UTF-8 when the bytes are valid UTF-8, else GB18030. Throws UnreadableDocumentError when none fits.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const fromBom = decodeByBom(bytes);
  if (fromBom) return fromBom;
  const declared = declaredCharset ? normalizeCharset(declaredCharset) : undefined;
  // Pages often declare gb2312 while serving UTF-8 (or the reverse): trust the bytes over a wrong label.
  const utf8 = decodeUtf8(bytes);
  if (declared && declared !== 'utf-8' && utf8 === undefined && iconv.encodingExists(declared)) {
    return checked(iconv.decode(Buffer.from(bytes), declared), declared);
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return checked(iconv.decode(Buffer.from(bytes), 'gb18030'), 'gb18030');
}

/** Maps a declared charset label to the iconv-lite name we decode with (the GB family → gb18030). */
export function normalizeCharset(label: string): string {
  const lower = label.trim().toLowerCase();
  if (GB_FAMILY.has(lower)) return 'gb18030';
  if (lower === 'utf8') return 'utf-8';
  return lower;
}

function decodeByBom(bytes: Uint8Array): DecodedText | undefined {
  const [first, second, third] = bytes;
  if (first === 0xef && second === 0xbb && third === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (first === 0xff && second === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (first === 0xfe && second === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return undefined;
}

/** The bytes as UTF-8 when they are valid UTF-8 (decoded once: the check is the decoding), else undefined. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function checked(text: string, encoding: string): DecodedText {
  const replacements = text.split('\uFFFD').length - 1;
  if (replacements > Math.max(2, text.length * MAX_REPLACEMENT_SHARE)) {
    throw new UnreadableDocumentError(
      `unreadable text encoding: ${replacements} of ${text.length} characters are invalid as ${encoding}; ` +
        'save the file as UTF-8 (or GB18030) and try again',
    );
  }
  return { text, encoding };
}
