// Replies to a question written in Traditional characters are written in Traditional too; organ names stay exactly
// as the store holds them (they are names, and what facts carry), numbers are not touched by the conversion.
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** `text` in Traditional characters, each of `names` kept as written. `toTraditionalText("收到申请", [])` → 收到申請. */
export function toTraditionalText(text: string, names: Iterable<string>): string {
  const kept = [...new Set(names)].filter((name) => name !== '' && text.includes(name));
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
