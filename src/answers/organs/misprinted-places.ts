// Places a store's organ name misprints: the OCR read 沭阳县 as 沐阳县, so the report's organ is 沐阳县人民政府
// (pinyin Muyang), while people write the place's own name, 沭阳 / 沭阳县 / Shuyang. Where the printed region is no
// place of the gazetteer and exactly one place differs from it by one look-alike or same-sounding character, the
// organ is also named as of that place, and an answer found so says which organ it answered for.
import { deriveOrganAliases } from '../../organ-names/index.js';
import { isPlaceName, placesOneCharFrom } from '../../parser/index.js';
import { soundsAlike } from '../text/index.js';
import type { Lang } from '../types.js';
import { looksAlike } from '../vocabulary/look-alike.js';
import type { AliasTarget, OrgEntry } from './store-index.js';

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

/**
 * The names an organ of a misprinted region has as of the place meant (沭阳, 沭阳县, 沭阳县人民政府; Shuyang), each
 * naming it with `isMisprint`; several organs under one name must be chosen. A name the store's own organs hold
 * (a real 沭阳县人民政府 beside the misprinted one) is theirs, never a misprint's.
 */
export function misprintedPlaceAliases(
  orgs: Iterable<OrgEntry>,
  own: ReadonlyMap<string, AliasTarget>,
  lang: Lang,
): Map<string, AliasTarget> {
  const named = new Map<string, Set<string>>();
  for (const entry of orgs) {
    const region = entry.parts.region;
    if (!region || entry.parts.prefix) continue;
    const meant = meantPlaceOf(region);
    if (meant === null) continue;
    const renamed = entry.org.replace(region, meant);
    for (const alias of deriveOrganAliases(renamed, meant, entry.isGovernment, [lang])) {
      const text = alias.text;
      if (own.has(text)) continue;
      // The place's own name (沭阳县) names its government, as a held region's name does.
      if (alias.regionKey !== null && !entry.isGovernment) continue;
      named.set(text, (named.get(text) ?? new Set()).add(entry.org));
    }
  }
  return new Map(
    [...named].map(
      ([text, orgSet]) =>
        [text, { orgs: [...orgSet], regionKey: null, needsChoice: orgSet.size > 1, isMisprint: true }] as const,
    ),
  );
}
