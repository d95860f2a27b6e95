import type { TextRuns } from './types.js';

/** Every run of each text's characters up to `longest` of them, once each, in the order the texts give them. */
export function textRuns(runs: TextRuns): string[] {
  const found = new Set<string>();
  for (const text of runs.texts) {
    const chars = [...text];
    for (let start = 0; start < chars.length; start += 1)
      for (let end = start + 1; end <= Math.min(chars.length, start + runs.longest); end += 1)
        found.add(chars.slice(start, end).join(''));
  }
  return [...found];
}
