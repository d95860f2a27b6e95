// Replies to a question written in Traditional characters are written in Traditional too; organ names stay exactly
// as the store holds them (they are names, and what facts carry), and so do the URLs of the source footer (a link
// with a Chinese path must still open); numbers are not touched by the conversion.
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A URL as the source footer writes it: up to the next space or line end. */
const URL_PATTERN = /https?:\/\/\S+/gu;

/**
 * `text` in Traditional characters, each of `names` and every URL kept as written.
 * `toTraditionalText("收到申请", [])` → 收到申請.
 */
export function toTraditionalText(text: string, names: Iterable<string>): string {
  const kept = [...new Set(names)];
  const pieces: string[] = [];
  let at = 0;
  for (const url of text.matchAll(URL_PATTERN)) {
    pieces.push(convertKeepingNames(text.slice(at, url.index), kept), url[0]);
    at = url.index + url[0].length;
  }
  return [...pieces, convertKeepingNames(text.slice(at), kept)].join('');
}

function convertKeepingNames(text: string, names: readonly string[]): string {
  const kept = names.filter((name) => name !== '' && text.includes(name));
  if (kept.length === 0) return toTraditional(text);
  kept.sort((a, b) => b.length - a.length);
  const pieces: string[] = [];
  let rest = text;
  while (rest !== '') {
    const next = firstOf(rest, kept);
    if (!next) {
      pieces.push(toTraditional(rest));
      break;
    }
    pieces.push(toTraditional(rest.slice(0, next.at)), next.name);
    rest = rest.slice(next.at + next.name.length);
  }
  return pieces.join('');
}

/** The earliest name in `text`, the longest where several start at the same place. */
function firstOf(text: string, names: readonly string[]): { at: number; name: string } | undefined {
  let best: { at: number; name: string } | undefined;
  for (const name of names) {
    const at = text.indexOf(name);
    if (at >= 0 && (!best || at < best.at)) best = { at, name };
  }
  return best;
}
