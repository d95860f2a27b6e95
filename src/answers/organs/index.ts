// The organs a store holds: their names and aliases, regions and years, and the reports a question reads.
export { helpExamples } from './help-examples.js';
export { StaleVocabulary } from './question-names.js';
export { createStoreReader, type StoreReader } from './read-store.js';
export {
  firstOrgs,
  isAtLevel,
  LIST_LIMIT,
  levelOrgsUpTo,
  lookupAlias,
  orgsHeld,
  orgsHolding,
  orgsInScope,
  regionsOfProvince,
  resolveOrgan,
  resolveRegions,
  scopeOrgsUpTo,
  unplacedOrgsOf,
} from './resolve-organs.js';
export {
  type AliasTarget,
  amongOrgsOf,
  countOrgsOf,
  countYears,
  firstOrgsOf,
  indexStore,
  type OrgEntry,
  type StoreIndex,
  type YearCount,
} from './store-index.js';
