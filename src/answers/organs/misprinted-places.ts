// English names of places a store's organ name may have misprinted: the OCR read 沭阳县 as 沐阳县, so the report's
// organ is 沐阳县人民政府 and its pinyin Muyang, while people write the place's own name, Shuyang.
import { DIVISION_SUFFIXES, stemOf, toPinyin } from '../../organ-names/index.js';
import { isPlaceName, placesOneCharFrom } from '../../parser/index.js';
import type { AliasTarget, OrgEntry } from './store-index.js';

/** Endings of a county or higher: the gazetteer holds those, so a region ending so that it lacks may be misprinted. */
const GAZETTEER_ENDINGS = ['县', '区', '市', '旗'];

/**
 * English names (lower case) of the gazetteer's places one character from an organ's region the gazetteer lacks,
 * each asking back which organ is meant (needsChoice), never answering for it: Shuyang → 沐阳县人民政府?. A name
 * the store's own aliases hold is left to them.
 */
export function misprintedPlaceAliases(
  orgs: Iterable<OrgEntry>,
  own: ReadonlyMap<string, AliasTarget>,
): Map<string, AliasTarget> {
  const named = new Map<string, Set<string>>();
  for (const entry of orgs) {
    const region = entry.parts.region;
    if (!region || entry.parts.prefix || isPlaceName(region)) continue;
    if (!GAZETTEER_ENDINGS.some((ending) => region.endsWith(ending))) continue;
    for (const place of placesOneCharFrom(region))
      for (const name of englishNames(place)) {
        if (own.has(name)) continue;
        named.set(name, (named.get(name) ?? new Set()).add(entry.org));
      }
  }
  return new Map(
    [...named].map(([name, orgSet]) => [name, { orgs: [...orgSet], regionKey: null, needsChoice: true }] as const),
  );
}

/** shuyang, shuyang county. */
function englishNames(place: string): string[] {
  const stem = toPinyin(stemOf(place) ?? place);
  const suffix = DIVISION_SUFFIXES.find(([ending]) => place.endsWith(ending))?.[1];
  return suffix ? [stem, `${stem} ${suffix}`] : [stem];
}
