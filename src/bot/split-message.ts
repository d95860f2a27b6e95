/**
 * Splits a long reply into parts of at most `maxLength` characters, breaking at line ends where it can
 * (then at sentence ends, then anywhere). `splitMessage("a\nb", 1)` is `["a", "b"]`.
 */
export function splitMessage(text: string, maxLength: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > maxLength) {
    const cut = findCut(rest, maxLength);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

// Prefer a break in the second half of the window, so parts are not tiny.
const BREAKS = ['\n', '。', '；', '，', ' '] as const;

function findCut(text: string, maxLength: number): number {
  const window = text.slice(0, maxLength);
  for (const mark of BREAKS) {
    const at = window.lastIndexOf(mark);
    if (at >= maxLength / 2) return at + mark.length;
  }
  return maxLength;
}
