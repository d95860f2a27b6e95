// The organ names one question looks up, fetched from a store that keeps them (Postgres: derived on ingest), so a
// bot never derives or holds every organ's names. Understanding reads names synchronously, so each step runs on
// the vocabulary with the names fetched so far, recording the texts it looked up that were not fetched; those are
// fetched and the step run again until it looks up nothing new. A text is fetched with all its organs, so the run
// that asks nothing new saw exactly what the whole dictionary would have given it.
import type { NameTexts, OrganNameLengths, Store, StoredOrganName } from '../../store/index.js';
import type { PhraseDictionary } from '../text/index.js';
import { tokenizeEnglish } from '../text/index.js';
import type { Lang } from '../types.js';
import { type AliasTarget, aliasTargets, dictionaryOf, type StoreIndex } from './store-index.js';

/** Runs the steps of one question on the vocabulary with the names they look up. */
export interface QuestionNames {
  run<T>(step: (index: StoreIndex) => T | Promise<T>): Promise<T>;
  /** Fetches the names a query's organs may be looked up by before its step runs (one fetch, not a rerun). */
  lookAhead(names: readonly string[]): Promise<void>;
}

/** The names of a store that keeps them, looked up question by question. */
export type NameSource = {
  readonly find: (texts: NameTexts) => Promise<readonly StoredOrganName[]>;
  readonly longest: OrganNameLengths;
};

/** A store's name source, or null when it keeps no names (the vocabulary then holds every organ's names). */
export async function nameSourceOf(store: Store): Promise<NameSource | null> {
  const { findOrganNames, longestNames } = store;
  if (!findOrganNames || !longestNames) return null;
  return { find: (texts) => findOrganNames.call(store, texts), longest: await longestNames.call(store) };
}

/** Steps run on the vocabulary as it is (its names all in memory). */
export const namesInMemory = (vocabulary: StoreIndex): QuestionNames => ({
  run: async (step) => step(vocabulary),
  lookAhead: async () => undefined,
});

/** The question's names, fetched from `source` as its steps look them up. */
export function fetchedNames(vocabulary: StoreIndex, source: NameSource): QuestionNames {
  const fetched: Record<Lang, Set<string>> = { zh: new Set(), en: new Set() };
  const rows: StoredOrganName[] = [];
  let view: StoreIndex | undefined;
  const fetch = async (wanted: Record<Lang, Set<string>>): Promise<void> => {
    const texts = { zh: [...wanted.zh].filter((text) => !fetched.zh.has(text)), en: [...wanted.en] };
    texts.en = texts.en.filter((text) => !fetched.en.has(text));
    if (texts.zh.length + texts.en.length === 0) return;
    rows.push(...(await source.find(texts)));
    for (const lang of ['zh', 'en'] as const) for (const text of texts[lang]) fetched[lang].add(text);
    view = undefined;
  };
  return {
    async run(step) {
      for (;;) {
        const missing: Record<Lang, Set<string>> = { zh: new Set(), en: new Set() };
        view ??= withNames(vocabulary, rows, source.longest);
        const result = await step(recording(view, fetched, missing));
        if (missing.zh.size + missing.en.size === 0) return result;
        await fetch(missing);
      }
    },
    async lookAhead(names) {
      const zh = new Set<string>();
      for (const name of names) for (const part of substrings(name, source.longest.zh)) zh.add(part);
      await fetch({ zh, en: new Set(names.map((name) => tokenizeEnglish(name).join(' '))) });
    },
  };
}

/** Every run of up to `longest` characters of the text: what a phrase lookup over it may ask. */
function substrings(text: string, longest: number): string[] {
  const chars = [...text];
  const found: string[] = [];
  for (let start = 0; start < chars.length; start += 1)
    for (let end = start + 1; end <= Math.min(chars.length, start + longest); end += 1)
      found.push(chars.slice(start, end).join(''));
  return found;
}

/** The vocabulary with the fetched names as its dictionaries (probing every length a name may have). */
function withNames(vocabulary: StoreIndex, rows: readonly StoredOrganName[], longest: OrganNameLengths): StoreIndex {
  const dictionary = (lang: Lang): PhraseDictionary<AliasTarget> => {
    const own = dictionaryOf(
      aliasTargets(
        rows.filter((row) => row.lang === lang),
        vocabulary.regions,
      ),
      lang,
    );
    return { ...own, lengths: Array.from({ length: longest[lang] }, (_, at) => longest[lang] - at) };
  };
  const view = { ...vocabulary, aliases: { zh: dictionary('zh'), en: dictionary('en') } };
  bases.set(view, vocabulary);
  return view;
}

/** The vocabulary each view was made from, so caches of the vocabulary serve its views. */
const bases = new WeakMap<StoreIndex, StoreIndex>();

/** The vocabulary a question's view of names was made from (the index itself when it is no such view). */
export const vocabularyOf = (index: StoreIndex): StoreIndex => bases.get(index) ?? index;

/** The view with lookups of texts not fetched yet recorded in `missing`. */
function recording(
  view: StoreIndex,
  fetched: Readonly<Record<Lang, ReadonlySet<string>>>,
  missing: Record<Lang, Set<string>>,
): StoreIndex {
  const record = (lang: Lang): PhraseDictionary<AliasTarget> => {
    const own = view.aliases[lang];
    const known = fetched[lang];
    const note = (text: string): void => {
      if (!known.has(text)) missing[lang].add(text);
    };
    const entries = new Proxy(own.entries, {
      get(target, property) {
        if (property === 'get')
          return (text: string) => {
            note(text);
            return target.get(text);
          };
        if (property === 'has')
          return (text: string) => {
            note(text);
            return target.has(text);
          };
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return { ...own, entries };
  };
  const recorded = { ...view, aliases: { zh: record('zh'), en: record('en') } };
  bases.set(recorded, vocabularyOf(view));
  return recorded;
}
