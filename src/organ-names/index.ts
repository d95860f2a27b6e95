// Organ names → the names people use for them (龙岗区发改局, Longgang): rules shared by the store, which keeps
// each organ's names on ingest, and the answers, which look questions up in them.
export {
  type Alias,
  bodyForms,
  deriveChineseAliases,
  deriveEnglishAliases,
  type OrgNameParts,
  splitOrgName,
  stemOf,
  toPinyin,
} from './derive-aliases.js';
export { LOOK_ALIKE_GROUPS, looksAlike } from './look-alike.js';
export { meantPlaceOf } from './misprinted-place.js';
export {
  deriveOrganAliases,
  type NameLang,
  ORGAN_ALIAS_RULES,
  type OrganAlias,
} from './organ-aliases.js';
export { type OrganPlace, placeOfOrgan, provinceOfParts, regionKeyOf } from './organ-place.js';
export {
  isInTier,
  ORGAN_TIER_RULES,
  type OrganTier,
  TIERS_OF_FILTER,
  type TierFilter,
  tierOfOrgan,
  tierOfParts,
} from './organ-tier.js';
export * from './organ-words.js';
export { isPlaceText, placeStem, placeTextRules, placeTextsIn } from './place-texts.js';
export { soundsAlike, typedAlike } from './sounds-alike.js';
export { tokenizeEnglish } from './tokenize-english.js';
