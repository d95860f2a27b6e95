// Traditional (Hong Kong, Taiwan) → Simplified as OpenCC converts it, on the parts of a text that can change.
// opencc-js walks every character of the text through four tries (normalization, segmentation, two conversions);
// a report is mostly Simplified already, and most of its characters (digits, punctuation, table layout, the many
// Han characters no dictionary phrase holds) can never be part of a phrase. Those split the text into runs that
// convert independently, and a run with no character that begins a phrase is left as it is by every step: only the
// other runs (about a sixth of a report's characters) go through opencc-js, in one call. Same text out, half the time.
import * as OpenCC from 'opencc-js';

/** What a character is to the dictionaries: in no phrase, inside phrases only, or the first of some phrase. */
const NO_PHRASE = 0;
const IN_PHRASE = 1;
const STARTS_PHRASE = 2;
/** Joins the runs for the one opencc-js call; a character of no phrase, so the runs convert as apart. */
const RUN_SEPARATOR = '\n';

/** Ideographic description characters (⿰ …): opencc-js steps over each one's sequence whole, so none is split. */
const isDescription = (code: number): boolean => code >= 0x2ff0 && code <= 0x2fff;

/** Builds the converter (about 20 ms and 12 MB for opencc-js's tries, once, at the first call). */
export function makeTraditionalToSimplified(): (text: string) => string {
  const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const config = OpenCC.Locale.configs.hk2s;
  if (!config) return convert;
  const kinds = new Uint8Array(0x10000);
  const groups = [...(config.normalizationChain ?? []), config.segmentation, ...config.conversionChain];
  for (const dictionary of groups.flat())
    for (const line of dictionary.split('|')) {
      const [phrase = '', replacement = ''] = line.split(' ');
      // A separator inside a phrase or a replacement would join or split runs: convert whole texts then.
      if (phrase.includes(RUN_SEPARATOR) || replacement.includes(RUN_SEPARATOR)) return convert;
      for (let at = 0; at < phrase.length; at += 1) {
        const code = phrase.charCodeAt(at);
        if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates always join runs (below)
        kinds[code] = Math.max(kinds[code] ?? 0, at === 0 ? STARTS_PHRASE : IN_PHRASE);
      }
    }
  return (text) => convertRuns(text, kinds, convert);
}

/** `convert(text)`, calling it only on the runs of phrase characters holding a phrase's first character. */
function convertRuns(text: string, kinds: Uint8Array, convert: (text: string) => string): string {
  const starts: number[] = [];
  const ends: number[] = [];
  let runStart = -1;
  let changeable = false;
  for (let at = 0; at <= text.length; at += 1) {
    const code = at < text.length ? text.charCodeAt(at) : RUN_SEPARATOR.charCodeAt(0);
    if (isDescription(code)) return convert(text);
    // A surrogate half (a character beyond U+FFFF) is taken for the first character of a phrase: never a split.
    const kind = code >= 0xd800 && code <= 0xdfff ? STARTS_PHRASE : (kinds[code] ?? NO_PHRASE);
    if (kind === NO_PHRASE) {
      if (changeable) {
        starts.push(runStart);
        ends.push(at);
      }
      runStart = -1;
      changeable = false;
    } else {
      if (runStart < 0) runStart = at;
      if (kind === STARTS_PHRASE) changeable = true;
    }
  }
  if (starts.length === 0) return text;
  const converted = convert(starts.map((start, run) => text.slice(start, ends[run])).join(RUN_SEPARATOR));
  const runs = converted.split(RUN_SEPARATOR);
  if (runs.length !== starts.length) return convert(text);
  let result = '';
  let last = 0;
  for (const [run, start] of starts.entries()) {
    result += text.slice(last, start) + runs[run];
    last = ends[run] as number;
  }
  return result + text.slice(last);
}
