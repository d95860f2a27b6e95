// Example questions that work on the current store: the help text's templates filled with a real organ and year.

import { bodyForms, stemOf, toPinyin } from '../../organ-names/index.js';
import type { Lang } from '../types.js';
import { HELP_EXAMPLES } from '../vocabulary/intents.js';
import { type OrgEntry, type StoreIndex, vocabularyOf } from './store-index.js';

// Per vocabulary, shared by its per-question views: choosing the example reads every organ.
const cache = new WeakMap<StoreIndex, Record<Lang, string[]>>();

/** The help examples for a store, in a language; templates needing an organ are left out of an empty store. */
export function helpExamples(index: StoreIndex, lang: Lang): string[] {
  const vocabulary = vocabularyOf(index);
  let examples = cache.get(vocabulary);
  if (!examples) {
    examples = { zh: fillExamples(vocabulary, 'zh'), en: fillExamples(vocabulary, 'en') };
    cache.set(vocabulary, examples);
  }
  return examples[lang];
}

function fillExamples(index: StoreIndex, lang: Lang): string[] {
  const example = chooseExample([...index.orgs.values()]);
  const name = example ? shortName(example, lang) : null;
  const year = example?.years.at(-1) ?? index.latestYear;
  return HELP_EXAMPLES[lang]
    .filter((template) => (!template.includes('{org}') || name) && (!template.includes('{year}') || year !== null))
    .map((template) => template.replace('{org}', name ?? '').replace('{year}', String(year)));
}

/**
 * A region's government, else an organ of a region, else any; among those the newest report, ties by name. Chosen
 * by value, not by the store's order, so both backends (and lists of organs without reports) give the same one.
 */
function chooseExample(entries: readonly OrgEntry[]): OrgEntry | undefined {
  const preference = (entry: OrgEntry): number => (entry.parts.region ? (entry.isGovernment ? 2 : 1) : 0);
  let best: OrgEntry | undefined;
  for (const entry of entries) {
    const order = best
      ? preference(entry) - preference(best) ||
        (entry.years.at(-1) ?? 0) - (best.years.at(-1) ?? 0) ||
        (entry.org < best.org ? 1 : -1)
      : 1;
    if (order > 0) best = entry;
  }
  return best;
}

/** The name people would type: 龙岗区 / 龙岗区发改局 in Chinese, Longgang in English. */
function shortName(entry: OrgEntry, lang: Lang): string {
  const region = entry.parts.region;
  if (lang === 'en' && region) {
    const stem = toPinyin(stemOf(region) ?? region);
    const capitalized = stem.charAt(0).toUpperCase() + stem.slice(1);
    return entry.isGovernment ? capitalized : entry.org;
  }
  if (!region) return entry.org;
  return entry.isGovernment ? region : region + (bodyForms(entry.parts.body).at(-1) ?? entry.parts.body);
}
