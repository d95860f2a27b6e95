// Every name people use for one organ, in the form a question is looked up by: derived from the organ's name,
// region and level alone, so a store can keep them per organ on ingest and the engine can build them in memory.
import { createHash } from 'node:crypto';
import { deriveChineseAliases, deriveEnglishAliases, splitOrgName } from './derive-aliases.js';
import { LOOK_ALIKE_GROUPS } from './look-alike.js';
import { regionKeyOf } from './organ-place.js';
import {
  BARE_FORM_EXCLUDED,
  BODY_ENGLISH,
  DIVISION_SUFFIXES,
  GOVERNMENT_BODIES,
  NAME_DIVISION_SUFFIXES,
  ORG_SHORTENINGS,
} from './organ-words.js';
import { tokenizeEnglish } from './tokenize-english.js';

/** The languages names are looked up in. */
export type NameLang = 'zh' | 'en';

/**
 * One name of an organ: `text` as a question's tokens are joined to look it up (Chinese as written, English as
 * lower-case words joined by one space), `length` in tokens (characters or words). `regionKey` is set when the
 * name is its region's alone (龙岗区 → 深圳市龙岗区), which names the region's government or asks for a choice.
 */
export interface OrganAlias {
  readonly lang: NameLang;
  readonly text: string;
  readonly length: number;
  readonly regionKey: string | null;
}

/** Every name of the organ in the languages asked (both by default), each (language, text, region or not) once. */
export function deriveOrganAliases(
  org: string,
  region: string | null,
  isGovernment: boolean,
  langs: readonly NameLang[] = ['zh', 'en'],
): OrganAlias[] {
  const parts = splitOrgName(org, region);
  const regionKey = regionKeyOf(parts);
  const found = new Map<string, OrganAlias>();
  const add = (lang: NameLang, tokens: readonly string[], isRegion: boolean): void => {
    if (tokens.length === 0 || (isRegion && regionKey === null)) return;
    const text = tokens.join(lang === 'zh' ? '' : ' ');
    const key = `${lang}|${isRegion}|${text}`;
    if (!found.has(key)) found.set(key, { lang, text, length: tokens.length, regionKey: isRegion ? regionKey : null });
  };
  if (langs.includes('zh'))
    for (const alias of deriveChineseAliases(org, parts, isGovernment)) add('zh', [...alias.text], alias.isRegion);
  // English names need pinyin, the slowest step: made only when asked for.
  if (langs.includes('en'))
    for (const alias of deriveEnglishAliases(parts, isGovernment))
      add('en', tokenizeEnglish(alias.text), alias.isRegion);
  return [...found.values()];
}

/**
 * Changes whenever the naming rules may: the tables they read, and this version for changes to the code that
 * applies them (bump it with any change to derive-aliases.ts). A store keeping names rebuilds them when it differs.
 */
// 2: a region the gazetteer lacks lies in the province of the place it misprints (organ-place's provinceOfParts).
// 3: a possessive 's is dropped before tokenizing (people's government → people government).
const RULES_VERSION = 3;
export const ORGAN_ALIAS_RULES: string = createHash('sha256')
  .update(
    JSON.stringify([
      RULES_VERSION,
      ORG_SHORTENINGS,
      BARE_FORM_EXCLUDED,
      GOVERNMENT_BODIES,
      DIVISION_SUFFIXES,
      NAME_DIVISION_SUFFIXES,
      BODY_ENGLISH,
      LOOK_ALIKE_GROUPS,
    ]),
  )
  .digest('hex')
  .slice(0, 16);
