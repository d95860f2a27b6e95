// Example questions that work on the current store: the help text's templates filled with a real organ and year.
import { bodyForms, stemOf, toPinyin } from './derive-aliases.js';
import type { OrgEntry, StoreIndex } from './store-index.js';
import type { Lang } from './types.js';
import { HELP_EXAMPLES } from './vocabulary/intents.js';

const cache = new WeakMap<StoreIndex, Record<Lang, string[]>>();

/** The help examples for a store, in a language; templates needing an organ are left out of an empty store. */
export function helpExamples(index: StoreIndex, lang: Lang): string[] {
  let examples = cache.get(index);
  if (!examples) {
    examples = { zh: fillExamples(index, 'zh'), en: fillExamples(index, 'en') };
    cache.set(index, examples);
  }
  return examples[lang];
}

function fillExamples(index: StoreIndex, lang: Lang): string[] {
  const entries = [...index.orgs.values()];
  const example = entries.find((entry) => entry.isGovernment && entry.parts.region) ?? entries.find((entry) => entry.parts.region) ?? entries[0];
  const name = example ? shortName(example, lang) : null;
  const year = example?.reports.at(-1)?.year ?? index.latestYear;
  return HELP_EXAMPLES[lang]
    .filter((template) => (!template.includes('{org}') || name) && (!template.includes('{year}') || year !== null))
    .map((template) => template.replace('{org}', name ?? '').replace('{year}', String(year)));
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
