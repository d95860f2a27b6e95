// The organ names one question looks up, fetched from a store that keeps them (Postgres: derived on ingest), so a
// bot never derives or holds every organ's names. Understanding reads names synchronously, so each step runs on
// the vocabulary with the names fetched so far, recording the texts it looked up that were not fetched; those are
// fetched and the step run again until it looks up nothing new. A text naming many organs comes with its first ones;
// a step that reads more of them (its first N, how many, all) is run again with those fetched, so the run that asks
// nothing new saw exactly what the whole dictionary would have given it.
import {
  type NamedOrgans,
  type NameTexts,
  type OrganNameCount,
  type OrganNameLengths,
  type Store,
  type StoredOrganName,
  type TextRuns,
  textRuns,
} from '../../store/index.js';
import type { PhraseDictionary } from '../text/index.js';
import { tokenizeEnglish } from '../text/index.js';
import type { Lang } from '../types.js';
import {
  countOrgNeeds,
  FetchedOrgs,
  noOrgNeeds,
  type OrgFetches,
  type OrgFinder,
  type OrgNeeds,
} from './fetched-orgs.js';
import { RegionsByKey } from './organ-list.js';
import {
  type AliasTarget,
  aliasTargets,
  dictionaryOf,
  markCloseNameAsks,
  markQuestionOrgans,
  markView,
  type StoreIndex,
} from './store-index.js';

/** Runs the steps of one question on the vocabulary with the names they look up. */
export interface QuestionNames {
  run<T>(step: (index: StoreIndex) => T | Promise<T>): Promise<T>;
  /**
   * Fetches the names a query's organs may be looked up by before its step runs (one fetch, not a rerun): their
   * runs of characters, and in an English question their English form (a Chinese one's step reads none).
   */
  lookAhead(names: readonly string[], lang: Lang): Promise<void>;
  /**
   * Fetches every name a question's texts may hold (each run of characters, or of English words, as long as a name
   * can be) before understanding reads them, so that it reads the question once, not once without names first: the
   * question, and the text understanding looks names up in (its years blanked), whose runs across a blank are new.
   * With `check`, the vocabulary's revision is checked by that first read, where the store reads its revision
   * beside the names (NameSource's `current`): a StaleVocabulary is thrown when the store has moved on.
   */
  readAhead(texts: readonly string[], lang: Lang, check?: boolean): Promise<void>;
}

/** The store's revision is not the one the vocabulary was built at: the question must be run on a new one. */
export class StaleVocabulary extends Error {
  constructor() {
    super('the store changed since the vocabulary was built');
    this.name = 'StaleVocabulary';
  }
}

/** The names of a store that keeps them, looked up question by question. */
export type NameSource = {
  /**
   * The names among the texts (of a text naming organs, its first `organsPerName`; with `orgs`, theirs only), and
   * among the runs of `runs`' texts, made by the store.
   */
  readonly find: (
    texts: NameTexts,
    organsPerName?: number,
    orgs?: readonly string[],
    runs?: TextRuns,
  ) => Promise<readonly StoredOrganName[]>;
  /** How many organs each text names, counted up to `upTo`, when the store counts them (else a count reads all). */
  readonly count?: (texts: NameTexts, upTo: number) => Promise<readonly OrganNameCount[]>;
  readonly longest: OrganNameLengths;
  /** The store's organs, when it answers for them too: the vocabulary's fetches, and how to ask for more. */
  readonly organs?: OrganSource;
  /** The names one character from a name (a slip), when the store looks them up. */
  readonly findClose?: (name: string) => Promise<readonly StoredOrganName[]>;
  /**
   * The revision the vocabulary was built at, and `find` with the store's revision read in the same statement
   * (findOrganNamesAt), when the store reads both at once: a question's first read checks the vocabulary.
   */
  readonly current?: {
    readonly revision: string;
    /** With `withOrgans`, the organs the names lead to as well (NamedOrgans), in the same statement. */
    readonly find: (
      texts: NameTexts,
      organsPerName: number,
      runs: TextRuns | undefined,
      withOrgans: boolean,
    ) => Promise<{
      readonly revision: string;
      readonly names: readonly StoredOrganName[];
      readonly organs?: NamedOrgans;
    }>;
  };
};

/** The organs of a store that answers for them by name and prefix (see fetched-orgs). */
export interface OrganSource extends OrgFinder {
  readonly fetches: OrgFetches;
}

/** A store's name source, or null when it keeps no names (the vocabulary then holds every organ's names). */
export async function nameSourceOf(store: Store): Promise<NameSource | null> {
  const { findOrganNames, longestNames, findCloseNames, countOrganNames } = store;
  if (!findOrganNames || !longestNames) return null;
  return {
    find: (texts, organsPerName, orgs, runs) =>
      findOrganNames.call(store, texts, {
        ...(organsPerName === undefined ? {} : { organsPerName }),
        ...(orgs === undefined ? {} : { orgs }),
        ...(runs === undefined ? {} : { runs }),
      }),
    ...(countOrganNames ? { count: (texts: NameTexts, upTo: number) => countOrganNames.call(store, texts, upTo) } : {}),
    longest: await longestNames.call(store),
    ...(findCloseNames ? { findClose: (name: string) => findCloseNames.call(store, name) } : {}),
  };
}

/**
 * Organs fetched at first for a text that names organs. A body's name (数据局) inside a full name names every
 * region's bureau, thousands nationally, and a question rarely reads them (the full name is the longer match):
 * a text with more is cut, its first organs and its count fetched as far as a step reads them (a question back
 * lists a few: firstOrgsOf, countOrgsOf), and fetched whole only when a step reads all its organs.
 */
const ORGANS_PER_NAME = 8;

type LangTexts = Record<Lang, Set<string>>;
const noTexts = (): LangTexts => ({ zh: new Set(), en: new Set() });
const countOf = (texts: LangTexts): number => texts.zh.size + texts.en.size;
/** A number per text (how many organs held, asked or counted), per language. */
type LangNumbers = Record<Lang, Map<string, number>>;
const noNumbers = (): LangNumbers => ({ zh: new Map(), en: new Map() });
const sizeOf = (numbers: LangNumbers): number => numbers.zh.size + numbers.en.size;
/** Notes the largest number asked of a text. */
const noteMost = (numbers: LangNumbers, lang: Lang, text: string, value: number): void => {
  numbers[lang].set(text, Math.max(value, numbers[lang].get(text) ?? 0));
};
const textsOf = (numbers: LangNumbers): NameTexts => ({ zh: [...numbers.zh.keys()], en: [...numbers.en.keys()] });
const mostOf = (numbers: LangNumbers): number => Math.max(0, ...numbers.zh.values(), ...numbers.en.values());

/** Steps run on the vocabulary as it is (its names all in memory). */
export const namesInMemory = (vocabulary: StoreIndex): QuestionNames => ({
  run: async (step) => step(vocabulary),
  lookAhead: async () => undefined,
  readAhead: async () => undefined,
});

/** The question's names, fetched from `source` as its steps look them up. */
export function fetchedNames(vocabulary: StoreIndex, source: NameSource): QuestionNames {
  const fetched = noTexts();
  // Texts whose organs came cut (at ORGANS_PER_NAME, or past the first organs a step read), until a step reads all.
  const cut = noTexts();
  // How many organs cut texts name, as the store counted them, and up to what count (by lang and text).
  const counted = new Map<string, { organs: number; upTo: number }>();
  // Whether a cut text names an organ asked about (by lang, text and organ).
  const checked = new Map<string, boolean>();
  let rows: StoredOrganName[] = [];
  let view: StoreIndex | undefined;
  // Where the running step's reads of cut organs are noted: all of them, the first ones, how many.
  let reads = noTexts();
  let firsts = noNumbers();
  let counts = noNumbers();
  let amongs: Record<Lang, Map<string, Set<string>>> = { zh: new Map(), en: new Map() };
  // Set by readAhead until its first read of names: whether that read checks the vocabulary's revision, and the
  // question's runs (each the name of an organ, or of none).
  let firstRead: { readonly check: boolean; readonly runs: ReadonlySet<string> } | undefined;
  // readAhead's first read, with the store's revision and the organs the names lead to beside the names (`current`):
  // the vocabulary's revision must still be the store's; the organs are recorded as fetchNamed would fetch them.
  const findFirst = async (
    current: NonNullable<NameSource['current']>,
    texts: NameTexts,
    runs?: TextRuns,
  ): Promise<readonly StoredOrganName[]> => {
    const read = firstRead;
    firstRead = undefined;
    const found = await current.find(texts, ORGANS_PER_NAME + 1, runs, organs !== undefined);
    if (read?.check && found.revision !== current.revision) throw new StaleVocabulary();
    if (organs && found.organs) {
      const named = found.names.filter((row) => row.regionKey === null).map((row) => row.org);
      organs.fetches.record([...(read?.runs ?? []), ...named], found.organs);
    }
    return found.names;
  };
  // The names of texts not fetched yet; by runs, the store's rows of other runs (fetched already) left out.
  const findTexts = async (texts: NameTexts, runs: TextRuns | undefined): Promise<readonly StoredOrganName[]> => {
    const { current } = source;
    const isFirst = firstRead !== undefined && current !== undefined;
    if (!runs) return isFirst ? findFirst(current, texts) : source.find(texts, ORGANS_PER_NAME + 1);
    const asked = new Set(texts.zh);
    const others = { zh: [], en: texts.en };
    const found = isFirst
      ? await findFirst(current, others, runs)
      : await source.find(others, ORGANS_PER_NAME + 1, undefined, runs);
    return found.filter((row) => row.lang !== 'zh' || asked.has(row.text));
  };
  // `runs`: the Chinese texts wanted are runs of these, asked of the store as the texts (its rows of runs fetched
  // before are left out).
  const fetch = async (wanted: LangTexts, whole = noTexts(), more = noNumbers(), runs?: TextRuns): Promise<void> => {
    const texts = { zh: [...wanted.zh].filter((text) => !fetched.zh.has(text)), en: [...wanted.en] };
    texts.en = texts.en.filter((text) => !fetched.en.has(text));
    const wholeTexts = { zh: [...whole.zh], en: [...whole.en] };
    for (const lang of ['zh', 'en'] as const) for (const text of whole[lang]) more[lang].delete(text);
    const moreTexts = textsOf(more);
    // The first organs asked of each text, and one more: a text with more stays cut.
    const organsPerMore = mostOf(more) + 1;
    const asked = [texts, wholeTexts, moreTexts].map((each) => each.zh.length + each.en.length);
    if (asked.every((count) => count === 0)) return;
    const [found, foundWhole, foundMore] = await Promise.all([
      (asked[0] ?? 0) > 0 ? findTexts(texts, runs) : [],
      (asked[1] ?? 0) > 0 ? source.find(wholeTexts) : [],
      (asked[2] ?? 0) > 0 ? source.find(moreTexts, organsPerMore) : [],
    ]);
    const replaced = (row: StoredOrganName): boolean => whole[row.lang].has(row.text) || more[row.lang].has(row.text);
    rows = [...rows.filter((row) => !replaced(row)), ...found, ...foundWhole, ...foundMore];
    const organsFound = organCounts([...found, ...foundMore]);
    for (const lang of ['zh', 'en'] as const) {
      for (const text of texts[lang]) fetched[lang].add(text);
      for (const text of whole[lang]) cut[lang].delete(text);
      for (const text of texts[lang])
        if ((organsFound.get(`${lang}\n${text}`) ?? 0) > ORGANS_PER_NAME) cut[lang].add(text);
      for (const text of more[lang].keys())
        if ((organsFound.get(`${lang}\n${text}`) ?? 0) < organsPerMore) cut[lang].delete(text);
    }
    view = undefined;
  };
  const fetchCounts = async (wanted: LangNumbers): Promise<void> => {
    const { count } = source;
    if (!count || sizeOf(wanted) === 0) return;
    const upTo = mostOf(wanted);
    const found = new Map((await count(textsOf(wanted), upTo)).map((row) => [`${row.lang}\n${row.text}`, row.organs]));
    for (const lang of ['zh', 'en'] as const)
      for (const text of wanted[lang].keys()) {
        const key = `${lang}\n${text}`;
        counted.set(key, { organs: found.get(key) ?? 0, upTo });
      }
    view = undefined;
  };
  const fetchAmong = async (wanted: Record<Lang, Map<string, Set<string>>>): Promise<void> => {
    const orgs = new Set([...wanted.zh.values(), ...wanted.en.values()].flatMap((asked) => [...asked]));
    if (orgs.size === 0) return;
    const found = await source.find({ zh: [...wanted.zh.keys()], en: [...wanted.en.keys()] }, undefined, [...orgs]);
    const named = new Set(
      found.filter((row) => row.regionKey === null).map((row) => checkKey(row.lang, row.text, row.org)),
    );
    for (const lang of ['zh', 'en'] as const)
      for (const [text, asked] of wanted[lang])
        for (const org of asked) checked.set(checkKey(lang, text, org), named.has(checkKey(lang, text, org)));
    view = undefined;
  };
  const cutReads: CutReads = {
    all: (lang, text) => {
      reads[lang].add(text);
    },
    first: (lang, text, count) => noteMost(firsts, lang, text, count),
    count(lang, text, upTo, held) {
      // A cut text names more organs than it holds.
      if (upTo <= held) return upTo;
      const known = counted.get(`${lang}\n${text}`);
      if (known && (known.organs < known.upTo || known.upTo >= upTo))
        return Math.min(Math.max(known.organs, held), upTo);
      if (source.count) noteMost(counts, lang, text, upTo);
      else reads[lang].add(text);
      return held;
    },
    among(lang, text, orgs, held) {
      const isHeld = new Set(held);
      const unknown = orgs.filter((org) => !isHeld.has(org) && !checked.has(checkKey(lang, text, org)));
      if (unknown.length > 0) {
        const asked = amongs[lang].get(text) ?? new Set();
        for (const org of unknown) asked.add(org);
        amongs[lang].set(text, asked);
      }
      const named = orgs.filter((org) => isHeld.has(org) || checked.get(checkKey(lang, text, org)) === true);
      return [...new Set(named)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    },
  };
  // The question's organs, when the store answers for them: what its steps read and did not have is noted here.
  const organs = source.organs && { ...source.organs, fetches: source.organs.fetches.startQuestion() };
  let needs = noOrgNeeds();
  const noteNeed = (add: (needs: OrgNeeds) => void): void => add(needs);
  // The names one character from a name a step looked for (a slip), fetched once each.
  const closeFetched = new Set<string>();
  let closeAsked = new Set<string>();
  const askClose = (name: string): void => {
    if (source.findClose && !closeFetched.has(name)) closeAsked.add(name);
  };
  const fetchClose = async (names: ReadonlySet<string>): Promise<void> => {
    const { findClose } = source;
    if (!findClose || names.size === 0) return;
    const found = (await Promise.all([...names].map((name) => findClose(name)))).flat();
    for (const name of names) closeFetched.add(name);
    const known = new Set(rows.map((row) => `${row.org}\n${row.lang}\n${row.text}`));
    rows = [...rows, ...found.filter((row) => !known.has(`${row.org}\n${row.lang}\n${row.text}`))];
    view = undefined;
  };
  const fetchOrgans = async (wanted: OrgNeeds): Promise<void> => {
    if (!organs) return;
    await organs.fetches.fetch(wanted, organs);
    view = undefined;
  };
  // Every organ the fetched names name and every region they name, so the steps find them without a rerun.
  const fetchNamed = (): Promise<void> => {
    const wanted = noOrgNeeds();
    for (const row of rows) {
      if (row.regionKey === null) wanted.names.add(row.org);
      else wanted.prefixes.add(row.regionKey);
    }
    return fetchOrgans(wanted);
  };
  return {
    async run(step) {
      for (;;) {
        const missing = noTexts();
        reads = noTexts();
        firsts = noNumbers();
        counts = noNumbers();
        amongs = { zh: new Map(), en: new Map() };
        needs = noOrgNeeds();
        closeAsked = new Set();
        if (!view) {
          view = withNames(vocabulary, rows, source.longest, cut, cutReads, organs && { ...organs, noteNeed });
          markCloseNameAsks(view, askClose);
        }
        const result = await step(recording(view, fetched, missing));
        const noted =
          countOf(reads) +
          sizeOf(firsts) +
          sizeOf(counts) +
          amongs.zh.size +
          amongs.en.size +
          countOrgNeeds(needs) +
          closeAsked.size;
        if (countOf(missing) + noted === 0) return result;
        await Promise.all([
          fetch(missing, reads, firsts),
          fetchCounts(counts),
          fetchAmong(amongs),
          fetchOrgans(needs),
          fetchClose(closeAsked),
        ]);
        await fetchNamed();
      }
    },
    async lookAhead(names, lang) {
      const zh = new Set<string>();
      for (const name of names) for (const part of substrings([...name], source.longest.zh, '')) zh.add(part);
      const en = new Set(lang === 'en' ? names.map((name) => tokenizeEnglish(name).join(' ')) : []);
      await Promise.all([fetch({ zh, en }), fetchOrgans(organsNamed(names))]);
      await fetchNamed();
    },
    async readAhead(texts, lang, check = false) {
      // The question's runs of characters are made by the store (a thousand texts are a few sent).
      const runs: TextRuns = { texts, longest: source.longest.zh };
      const zh = new Set(textRuns(runs));
      const en = new Set(
        lang === 'en' ? texts.flatMap((text) => substrings(tokenizeEnglish(text), source.longest.en, ' ')) : [],
      );
      // A full name written in the question is an organ's own name too: fetched beside the names, in the same
      // statement when the store reads them together (`current`), with the organs and regions the names name.
      const { current } = source;
      firstRead = current && { check, runs: zh };
      await Promise.all([
        fetch({ zh, en }, undefined, undefined, runs),
        current ? undefined : fetchOrgans({ ...organsNamed(zh), runs }),
      ]);
      // No name asked (no text): the revision alone.
      if (current && firstRead?.check) await findFirst(current, { zh: [], en: [] });
      firstRead = undefined;
      await fetchNamed();
    },
  };
}

/** The organs of these names, as needs. */
function organsNamed(names: Iterable<string>): OrgNeeds {
  const wanted = noOrgNeeds();
  for (const name of names) wanted.names.add(name);
  return wanted;
}

/** How many organs (not regions) each language and text names among the rows. */
function organCounts(rows: readonly StoredOrganName[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.regionKey !== null) continue;
    const key = `${row.lang}\n${row.text}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Every run of up to `longest` tokens (characters, or English words), joined: what a phrase lookup may ask. */
function substrings(tokens: readonly string[], longest: number, joiner: string): string[] {
  const found: string[] = [];
  for (let start = 0; start < tokens.length; start += 1)
    for (let end = start + 1; end <= Math.min(tokens.length, start + longest); end += 1)
      found.push(tokens.slice(start, end).join(joiner));
  return found;
}

/** Where a step's reads of a cut text's organs are noted, so that it is run again with what it read fetched. */
interface CutReads {
  /** Every organ it names. */
  all(lang: Lang, text: string): void;
  /** Its first `count` organs. */
  first(lang: Lang, text: string, count: number): void;
  /** How many organs it names up to `upTo`, as far as known (it holds `held`): noted when not yet counted. */
  count(lang: Lang, text: string, upTo: number, held: number): number;
  /** Which of `orgs` it names, as far as known (it holds `held`): those not yet asked about are noted. */
  among(lang: Lang, text: string, orgs: readonly string[], held: readonly string[]): readonly string[];
}

const checkKey = (lang: Lang, text: string, org: string): string => `${lang}\n${text}\n${org}`;

/**
 * The vocabulary with the fetched names as its dictionaries (probing every length a name may have). A cut text's
 * target notes each read of its organs past those held (`reads`), so that the step is run again with them fetched.
 */
function withNames(
  vocabulary: StoreIndex,
  rows: readonly StoredOrganName[],
  longest: OrganNameLengths,
  cut: Readonly<Record<Lang, ReadonlySet<string>>>,
  reads: CutReads,
  organs: { readonly fetches: OrgFetches; readonly noteNeed: (add: (needs: OrgNeeds) => void) => void } | undefined,
): StoreIndex {
  const orgs = organs ? new FetchedOrgs(organs.fetches, organs.noteNeed) : undefined;
  const regions = orgs ? new RegionsByKey(orgs) : vocabulary.regions;
  const dictionary = (lang: Lang): PhraseDictionary<AliasTarget> => {
    const targets = aliasTargets(
      rows.filter((row) => row.lang === lang),
      regions,
    );
    for (const text of cut[lang]) {
      const partial = targets.get(text);
      if (!partial) continue;
      const held = partial.orgs;
      targets.set(text, {
        get orgs() {
          reads.all(lang, text);
          return held;
        },
        regionKey: partial.regionKey,
        needsChoice: partial.needsChoice,
        cut: {
          first(count) {
            if (count > held.length) reads.first(lang, text, count);
            return held.slice(0, count);
          },
          countUpTo: (upTo) => reads.count(lang, text, upTo, held.length),
          among: (asked) => reads.among(lang, text, asked, held),
        },
      });
    }
    const own = dictionaryOf(targets, lang);
    return { ...own, lengths: Array.from({ length: longest[lang] }, (_, at) => longest[lang] - at) };
  };
  const aliases = { zh: dictionary('zh'), en: dictionary('en') };
  const view = orgs ? { ...vocabulary, orgs, regions, aliases } : { ...vocabulary, aliases };
  markView(view, vocabulary);
  if (orgs) markQuestionOrgans(view, orgs);
  return view;
}

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
  markView(recorded, view);
  return recorded;
}
