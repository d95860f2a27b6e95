// How the engine reads the store. A store with listOrgs(), revision() and the result methods (Postgres, lowdb)
// gives the vocabulary from its organ list, cached until the revision changes; a store that also looks names
// and organs up (Postgres: findOrganNames, findOrgs, countOrgans) gives it from its counts and its first organs
// only, the names and organs a question reads fetched for that question (question-names, fetched-orgs). Each
// question fetches only the reports of the organs it names (or of a scope's single organ), and every question
// across organs (rankings, places, lists, sums, failing checks) asks the store for its result: no question
// fetches a year's reports, and nothing is kept between questions but the vocabulary.
// Any other store is read whole through list(), as before.
import type { NameTexts, OrgRequest, Store, TextRuns } from '../../store/index.js';
import type { Query } from '../query.js';
import { FetchedOrgs, type LevelOrgsFilter, OrgFetches } from './fetched-orgs.js';
import { indexWithReports } from './index-with-reports.js';
import {
  fetchedNames,
  type NameSource,
  nameSourceOf,
  namesInMemory,
  type OrganSource,
  type QuestionNames,
} from './question-names.js';
import { lookupAlias, orgsInScope, resolveRegions } from './resolve-organs.js';
import { indexOrgMap, indexOrgs, indexStore, type StoreIndex, vocabularyOf, type YearCount } from './store-index.js';

/** The engine's view of a store: the vocabulary to understand a question, then an index to run its query on. */
export interface StoreReader {
  /** Organs, aliases, regions and years: enough to understand a question; as of the store's revision now. */
  vocabulary(): Promise<StoreIndex>;
  /**
   * The vocabulary for a question whose first read of names checks it (names(…).readAhead with `check`): the one
   * last built, not asked of the store (`isCurrent` false), when the store reads its revision beside those names;
   * else vocabulary(). On StaleVocabulary the question is run again on vocabulary().
   */
  heldVocabulary(): Promise<{ readonly index: StoreIndex; readonly isCurrent: boolean }>;
  /** The vocabulary with the reports the query needs. */
  indexFor(query: Query, vocabulary: StoreIndex): Promise<StoreIndex>;
  /** The organ names one question looks up: from the store when it keeps them, else the vocabulary's own. */
  names(vocabulary: StoreIndex): QuestionNames;
  /** The vocabulary with every name and organ a text may hold (a model's reply, for the guard) fetched. */
  namesIn(vocabulary: StoreIndex, text: string): Promise<StoreIndex>;
}

/** What a query reads: the reports of some organs (the ones it names), never a year's or the store's. */
export interface ReportNeed {
  readonly orgs: readonly string[];
}

/** A figure asked with no organ: answered as the scope's one organ's, else by asking which organ. */
const ONE_ORGAN: ReadonlySet<Query['aggregation']> = new Set(['value', 'change', 'share']);

/** The store's names behind each vocabulary built from a store that keeps them. */
const nameSources = new WeakMap<StoreIndex, NameSource>();

/** Reads the store through its indexed methods when it has them, else through list(). */
export function createStoreReader(store: Store, organsHeld = ORGANS_HELD): StoreReader {
  const { listOrgs, revision } = store;
  const hasResults =
    store.rankFigures &&
    store.countFigures &&
    store.placeFigures &&
    store.sumFigures &&
    store.listFailing &&
    store.listOrgsOfYears;
  if (!listOrgs || !revision || !hasResults) {
    const vocabulary = async () => indexStore(await store.list());
    return {
      vocabulary,
      heldVocabulary: async () => ({ index: await vocabulary(), isCurrent: true }),
      indexFor: async (_query, vocabulary) => vocabulary,
      names: namesInMemory,
      namesIn: async (vocabulary) => vocabulary,
    };
  }
  // Per store revision: the vocabulary (organs, regions, years; names are looked up per question).
  let cached: { revision: string; vocabulary: StoreIndex } | undefined;
  const { findOrganNamesAt } = store;
  return {
    async vocabulary() {
      const current = await revision.call(store);
      if (cached?.revision !== current) {
        const names = await nameSourceOf(store);
        const organs = names && (await organSourceOf(store, organsHeld));
        const vocabulary = organs
          ? indexOrgMap(new FetchedOrgs(organs.fetches, null), organs.yearCounts)
          : indexOrgs(await listOrgs.call(store));
        cached = { revision: current, vocabulary };
        // A question's first read of names checks this revision, when the store reads it beside them.
        const checked = findOrganNamesAt && {
          revision: current,
          find: (texts: NameTexts, organsPerName: number, runs: TextRuns | undefined, withOrgans: boolean) =>
            findOrganNamesAt.call(store, texts, { organsPerName, ...(runs && { runs }), organs: withOrgans }),
        };
        if (names)
          nameSources.set(vocabulary, { ...names, ...(organs && { organs }), ...(checked && { current: checked }) });
      }
      return cached.vocabulary;
    },
    async heldVocabulary() {
      const held = cached?.vocabulary;
      if (held && nameSources.get(held)?.current) return { index: held, isCurrent: false };
      return { index: await this.vocabulary(), isCurrent: true };
    },
    async indexFor(query, vocabulary) {
      const { orgs } = reportsNeeded(query, vocabulary);
      if (orgs.length === 0) return vocabulary;
      const found = await Promise.all(orgs.map((org) => store.find({ org })));
      return indexWithReports(vocabulary, found.flat());
    },
    names(vocabulary) {
      const source = nameSources.get(vocabularyOf(vocabulary));
      return source ? fetchedNames(vocabulary, source) : namesInMemory(vocabulary);
    },
    async namesIn(vocabulary, text) {
      const names = this.names(vocabulary);
      // Chinese and English runs alike: a reply may name an organ either way.
      await names.readAhead([text], 'en');
      return names.run((view) => view);
    },
  };
}

/** The organs the vocabulary holds of a store that answers for its organs: the list's first by name. */
const ORGANS_HELD = 1000;

/**
 * The organs of a store that answers for them (findOrgs, countOrgans), read question by question: the vocabulary
 * holds only the counts and the list's first organs, whatever the store's size. Null for any other store.
 */
async function organSourceOf(
  store: Store,
  organsHeld: number,
): Promise<(OrganSource & { yearCounts: readonly YearCount[] }) | null> {
  const { findOrgs, countOrgans, findProvinceRegions, listOrgsOfYears } = store;
  if (!findOrgs || !countOrgans) return null;
  const find = (request: OrgRequest) => findOrgs.call(store, request);
  const [counts, head] = await Promise.all([
    countOrgans.call(store),
    find({ page: { after: null, limit: organsHeld } }),
  ]);
  return {
    fetches: new OrgFetches(head, counts.organs),
    find,
    ...(findProvinceRegions && { findProvinceRegions: (name: string) => findProvinceRegions.call(store, name) }),
    ...(listOrgsOfYears && {
      listAtLevel: ({ years = [], ...level }: LevelOrgsFilter, limit: number) =>
        listOrgsOfYears.call(store, years, { limit, ...level }),
    }),
    yearCounts: counts.years,
  };
}

/** Which reports a query reads, judged from the vocabulary (names resolved as executeQuery will). */
export function reportsNeeded(query: Query, vocabulary: StoreIndex): ReportNeed {
  if (query.aggregation === 'help' || (query.aggregation === 'reports' && query.organs.length === 0))
    return { orgs: [] };
  const named = query.organs.flatMap((name) => {
    const target = lookupAlias(name, vocabulary);
    return target && !target.needsChoice && target.orgs.length === 1 ? target.orgs : [];
  });
  if (query.organs.length > 0) return { orgs: named };
  if (ONE_ORGAN.has(query.aggregation)) return { orgs: soleCandidate(query, vocabulary) };
  // The rest with no organ named (rankings, lists, failing checks, a sum over a scope) are the store's results,
  // or a question back (which organ?): no report is read.
  return { orgs: [] };
}

/** The one organ of the regions and level asked, when there is exactly one; else none (the engine asks which). */
function soleCandidate(query: Query, vocabulary: StoreIndex): string[] {
  const regionKeys = resolveRegions(query.regions, vocabulary);
  if (query.level === null && regionKeys.length === 0)
    return vocabulary.orgs.size === 1 ? [...vocabulary.orgs.keys()] : [];
  const found = orgsInScope(vocabulary, regionKeys, query.level);
  return found.length === 1 ? found.map((entry) => entry.org) : [];
}
