// Replies to a question written in Traditional characters are written wholly in Traditional, organ names
// included (a reader of 龍崗區 reads 深圳市龍崗區人民政府). Only links are kept as written: a page's address is
// not text. Digits and punctuation are untouched by the conversion, so every number stays as the guard proved it.
import { toTraditional } from '../text/index.js';

/** A link in a reply, up to the first space or closing bracket. */
const LINK = /https?:\/\/[^\s）)》」]+/g;

/** `text` in Traditional characters, links kept as written. `toTraditionalText("收到申请")` → 收到申請. */
export function toTraditionalText(text: string): string {
  let converted = '';
  let from = 0;
  for (const link of text.matchAll(LINK)) {
    converted += toTraditional(text.slice(from, link.index)) + link[0];
    from = link.index + link[0].length;
  }
  return converted + toTraditional(text.slice(from));
}
