// Places an organ's printed name misprints: the OCR read 沭阳县 as 沐阳县, so the report's organ is 沐阳县人民政府.
// Where the printed region is no place of the gazetteer and exactly one place differs from it by one look-alike or
// same-sounding character, that place is the one meant: the organ answers to its names and lies in its province.
import { isPlaceName, placesOneCharFrom } from '../parser/index.js';
import { looksAlike } from './look-alike.js';
import { soundsAlike } from './sounds-alike.js';

/** Endings of a county or higher: the gazetteer holds those, so a region ending so that it lacks may be misprinted. */
const GAZETTEER_ENDINGS = ['县', '区', '市', '旗'];

/**
 * The one gazetteer place a region that is no place misprints (沐阳县 → 沭阳县): one character apart, a look-alike
 * or same-sounding one; null when the region is a place, or none or several places fit (no guess between two).
 */
export function meantPlaceOf(region: string): string | null {
  if (isPlaceName(region) || !GAZETTEER_ENDINGS.some((ending) => region.endsWith(ending))) return null;
  const printed = [...region];
  const fitting = placesOneCharFrom(region).filter((place) => {
    const meant = [...place];
    const at = meant.findIndex((char, position) => char !== printed[position]);
    const [was, is] = [printed[at] as string, meant[at] as string];
    return looksAlike(was, is) || soundsAlike(was, is);
  });
  return fitting.length === 1 ? (fitting[0] as string) : null;
}
