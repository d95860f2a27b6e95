// How the engine reads the store. A store with listOrgs(), revision() and the result methods (Postgres, lowdb)
// gives the vocabulary from its organ list, cached until the revision changes; each question fetches only the
// reports of the organs it names, and questions across organs (rankings, places, lists) ask the store for their
// result instead of fetching reports. Questions with no organ named fetch the years asked only where their
// answer reads them (a sum over a scope, the failing checks); a figure asked with no organ reads no report
// unless the scope holds a single organ.
// Any other store is read whole through list(), as before.
import { LRUCache } from 'lru-cache';
import type { Report } from '../../parser/index.js';
import type { Store } from '../../store/index.js';
import type { Query } from '../query.js';
import { indexWithReports } from './index-with-reports.js';
import {
  fetchedNames,
  type NameSource,
  nameSourceOf,
  namesInMemory,
  type QuestionNames,
  vocabularyOf,
} from './question-names.js';
import { lookupAlias, orgsInScope, resolveRegions } from './resolve-organs.js';
import { indexOrgs, indexStore, type StoreIndex } from './store-index.js';

/** The engine's view of a store: the vocabulary to understand a question, then an index to run its query on. */
export interface StoreReader {
  /** Organs, aliases, regions and years: enough to understand a question. */
  vocabulary(): Promise<StoreIndex>;
  /** The vocabulary with the reports the query needs. */
  indexFor(query: Query, vocabulary: StoreIndex): Promise<StoreIndex>;
  /** The organ names one question looks up: from the store when it keeps them, else the vocabulary's own. */
  names(vocabulary: StoreIndex): QuestionNames;
}

/** Questions that compare organs: the store computes their result, only the named organs' reports are read. */
const ACROSS_ORGANS: ReadonlySet<Query['aggregation']> = new Set([
  'max',
  'min',
  'top',
  'bottom',
  'position',
  'nonzero',
  'zero',
  'shareTop',
  'shareBottom',
]);

/**
 * How many years of reports (and indexes of questions reading only years) are kept between questions until the
 * store changes. A year on Postgres is a large transfer (~15,000 reports, ~1 s at 100,000), so every year since
 * the 2019 template is kept once asked; at most what list() would hold, and only the years people ask about.
 */
const YEARS_KEPT = 10;

/** What a query reads: some organs' reports and some years' reports, or every report (`all`). */
export type ReportNeed = { readonly orgs: readonly string[]; readonly years: readonly number[] } | 'all';

/** A figure asked with no organ: answered as the scope's one organ's, else by asking which organ. */
const ONE_ORGAN: ReadonlySet<Query['aggregation']> = new Set(['value', 'change', 'share']);

/** The store's names behind each vocabulary built from a store that keeps them. */
const nameSources = new WeakMap<StoreIndex, NameSource>();

/** Reads the store through its indexed methods when it has them, else through list(). */
export function createStoreReader(store: Store): StoreReader {
  const { listOrgs, revision } = store;
  const hasResults = store.rankFigures && store.countFigures && store.placeFigures && store.sumFigures;
  if (!listOrgs || !revision || !hasResults) {
    return {
      vocabulary: async () => indexStore(await store.list()),
      indexFor: async (_query, vocabulary) => vocabulary,
      names: namesInMemory,
    };
  }
  // Per store revision: the vocabulary, the last few years fetched, and the indexes of questions reading only years.
  let cached:
    | {
        revision: string;
        vocabulary: StoreIndex;
        years: LRUCache<number, readonly Report[]>;
        views: LRUCache<string, StoreIndex>;
      }
    | undefined;
  const findYear = async (year: number): Promise<readonly Report[]> => {
    const years = cached?.years ?? new LRUCache<number, readonly Report[]>({ max: YEARS_KEPT });
    const found = years.get(year);
    if (found) return found;
    const reports = await store.find({ year });
    years.set(year, reports);
    return reports;
  };
  const indexReports = async (need: Exclude<ReportNeed, 'all'>, vocabulary: StoreIndex): Promise<StoreIndex> => {
    // Years first: a year's reports then keep the store's order, which breaks ties in rankings as list() does.
    const found = await Promise.all([...need.years.map(findYear), ...need.orgs.map((org) => store.find({ org }))]);
    return indexWithReports(vocabulary, dedupe(found.flat()));
  };
  return {
    async vocabulary() {
      const current = await revision.call(store);
      if (cached?.revision !== current) {
        const [orgs, names] = await Promise.all([listOrgs.call(store), nameSourceOf(store)]);
        cached = {
          revision: current,
          vocabulary: indexOrgs(orgs),
          years: new LRUCache({ max: YEARS_KEPT }),
          views: new LRUCache({ max: YEARS_KEPT }),
        };
        if (names) nameSources.set(cached.vocabulary, names);
      }
      return cached.vocabulary;
    },
    async indexFor(query, vocabulary) {
      const need = reportsNeeded(query, vocabulary);
      if (need === 'all') return indexStore(await store.list());
      // A view is kept only with its own vocabulary (a concurrent question may have seen a newer revision), and
      // serves each question with that question's names.
      const base = vocabularyOf(vocabulary);
      if (need.orgs.length > 0 || cached?.vocabulary !== base) return indexReports(need, vocabulary);
      const key = [...need.years].sort((a, b) => a - b).join(',');
      let view = cached.views.get(key);
      if (!view) {
        view = await indexReports(need, base);
        cached.views.set(key, view);
      }
      return view.aliases === vocabulary.aliases ? view : { ...view, aliases: vocabulary.aliases };
    },
    names(vocabulary) {
      const source = nameSources.get(vocabularyOf(vocabulary));
      return source ? fetchedNames(vocabulary, source) : namesInMemory(vocabulary);
    },
  };
}

/** Which reports a query reads, judged from the vocabulary (names resolved as executeQuery will). */
export function reportsNeeded(query: Query, vocabulary: StoreIndex): ReportNeed {
  if (query.aggregation === 'help' || (query.aggregation === 'reports' && query.organs.length === 0))
    return { orgs: [], years: [] };
  const named = query.organs.flatMap((name) => {
    const target = lookupAlias(name, vocabulary);
    return target && !target.needsChoice && target.orgs.length === 1 ? target.orgs : [];
  });
  if (ACROSS_ORGANS.has(query.aggregation) || query.organs.length > 0) return { orgs: named, years: [] };
  if (ONE_ORGAN.has(query.aggregation)) return { orgs: soleCandidate(query, vocabulary), years: [] };
  // The rest with no organ named (failing checks, a sum over a scope) read the years asked, else every report.
  if (query.years.length === 0 || (query.organs.length === 0 && query.aggregation === 'change')) return 'all';
  return { orgs: named, years: query.years };
}

/** The one organ of the regions and level asked, when there is exactly one; else none (the engine asks which). */
function soleCandidate(query: Query, vocabulary: StoreIndex): string[] {
  const regionKeys = resolveRegions(query.regions, vocabulary);
  if (query.level === null && regionKeys.length === 0)
    return vocabulary.orgs.size === 1 ? [...vocabulary.orgs.keys()] : [];
  const found = orgsInScope(vocabulary, regionKeys, query.level);
  return found.length === 1 ? found.map((entry) => entry.org) : [];
}

/** Reports fetched by organ and by year overlap: each once. */
function dedupe(reports: readonly Report[]): Report[] {
  return [...new Map(reports.map((report) => [report.id, report])).values()];
}
