// Text clean-up shared by every layout: one pass each, whole text at once (the bench counts every millisecond).
import { makeTraditionalToSimplified } from './to-simplified.js';

let hongKongToSimplified: ((text: string) => string) | undefined;
/**
 * Built once, at the first report: a converter takes ~20 ms to build and well under 1 ms to run on a report, and
 * holds about 12 MB resident, which a bot that imports the parser's tables but parses nothing never needs.
 */
function toSimplified(text: string): string {
  hongKongToSimplified ??= makeTraditionalToSimplified();
  return hongKongToSimplified(text);
}

/** Pinyin after a Han character, as web pages annotate: 區(qū), 當(dāng). Needs a tone mark or ü. */
const PINYIN = /(\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

/**
 * Format characters (Unicode category Cf): byte-order marks, zero-width spaces and joiners, soft hyphens and
 * bidirectional marks. Invisible, yet a U+FEFF inside "456880" splits the number and an RTL mark alone in a cell
 * hides the cell.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Word bookmarks and similar markup that text exports leave behind. */
const MARKUP = /\[bookmark:[^\]\n]*\]/g;

/** Page footers on a line of their own: — 2 —, - 3 -, 第 4 页, 第4页 共6页, 4/6. */
const PAGE_FOOTER =
  /^[ \t]*(?:[-—–−]+[ \t]*\d{1,4}[ \t]*[-—–−]+|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?|\d{1,4}[ \t]*\/[ \t]*\d{1,4})[ \t]*$/gm;

/** A run of spaces between two Han characters, except around a lone 无 (a cell value, not part of a word). */
const SPACE_IN_WORD = /(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu;

/**
 * Normalizes report text: format characters dropped, NFKC (full-width digits and brackets), pinyin annotations removed, Traditional →
 * Simplified, markup and page footers dropped, stray spaces inside Chinese words closed up. Tabs and line
 * breaks are kept: they carry the table layout.
 */
export function normalizeText(text: string): string {
  const unified = text.replace(/\r\n?/g, '\n').replace(FORMAT_CHARACTERS, '').normalize('NFKC');
  const simplified = toSimplified(unified.replace(PINYIN, '$1'));
  return simplified.replace(MARKUP, '').replace(PAGE_FOOTER, '').replace(SPACE_IN_WORD, closeUpSpace);
}

/** Keeps the space when either neighbour is a lone 无, which is a printed cell meaning zero. */
function closeUpSpace(space: string, offset: number, whole: string): string {
  const before = whole[offset - 1];
  const after = whole[offset + space.length];
  const isLoneBefore = before === '无' && !isHan(whole[offset - 2]);
  const isLoneAfter = after === '无' && !isHan(whole[offset + space.length + 1]);
  return isLoneBefore || isLoneAfter ? space : '';
}

const HAN = /\p{Script=Han}/u;
function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}
