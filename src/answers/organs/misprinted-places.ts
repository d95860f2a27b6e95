// Places a store's organ name misprints: the OCR read 沭阳县 as 沐阳县, so the report's organ is 沐阳县人民政府
// (pinyin Muyang), while people write the place's own name, 沭阳 / 沭阳县 / Shuyang. Where the printed region is no
// place of the gazetteer and exactly one place differs from it by one look-alike or same-sounding character, the
// organ is also named as of that place, and an answer found so says which organ it answered for.
import { deriveOrganAliases, meantPlaceOf } from '../../organ-names/index.js';
import type { Lang } from '../types.js';
import type { AliasTarget, OrgEntry } from './store-index.js';

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
