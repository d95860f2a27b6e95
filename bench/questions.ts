// The question mix for ask latency, made from the corpus plan so that every lookup has a known answer.
import * as OpenCC from 'opencc-js';
import type { Report } from '../src/parser/index.js';
import { type PlannedReport, romanizeName } from './corpus/generate-corpus.js';
import { seededRandom } from './corpus/place-names.js';

export const QUESTION_KINDS = ['lookup', 'ranking', 'list', 'follow-up', 'traditional', 'english'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One question to ask; questions sharing a conversationId are asked in order, as follow-ups. */
export interface BenchQuestion {
  readonly kind: QuestionKind;
  readonly conversationId: string;
  readonly text: string;
  /** The first number the answer must state, when the corpus plan knows it. */
  readonly expected?: number;
}

interface Lookup {
  readonly ask: (who: string, year: number) => string;
  /** The metric's follow-up form, asked after a question about the same organ and year. */
  readonly followUp: string;
  readonly value: (report: Report) => number | undefined;
}

/** Single-number questions, phrased as in test/fixtures/questions.json. */
const LOOKUPS: readonly Lookup[] = [
  {
    ask: (who, year) => `${who}${year}年收到多少政府信息公开申请？`,
    followUp: '收到的申请呢？',
    value: (report) => report.applications?.newReceived?.total,
  },
  {
    ask: (who, year) => `${who}${year}年予以公开多少件？`,
    followUp: '予以公开多少件？',
    value: (report) => report.applications?.granted?.total,
  },
  {
    ask: (who, year) => `${who}${year}年行政复议总数？`,
    followUp: '行政复议呢？',
    value: (report) => report.reviewLitigation?.review.total,
  },
  {
    ask: (who, year) => `${who}${year}年结转下年度继续办理多少件？`,
    followUp: '结转下年度的呢？',
    value: (report) => report.applications?.carriedForward?.total,
  },
];

/** A ranking of applications received: over the organs' reports of the year asked, or of the year a ranking with none compares. */
interface Ranking {
  readonly ask: (year: number) => string;
  readonly over: 'year' | 'latest';
}

/** Rankings over every organ, and lists over the whole store. */
const RANKINGS: readonly Ranking[] = [
  { ask: (year) => `${year}年哪个单位收到的申请最多？`, over: 'year' },
  { ask: (year) => `${year}年收到申请最多的前三个单位`, over: 'year' },
  { ask: () => '哪个单位收到的申请最多？', over: 'latest' },
];
const LISTS = [
  '哪些单位有行政诉讼？',
  'Which agencies had litigation?',
  '哪些单位被申请了行政复议？',
  '哪些报告的数据不一致？',
];

/** Applications received: the ranking and English questions ask for it. */
const RECEIVED = LOOKUPS[0] as Lookup;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** How a question names the organ: the district alone for its government, else the organ without its city. */
function nameInQuestion(entry: PlannedReport): string {
  if (entry.source.report.level === 'government') return entry.region;
  const cityPrefix = `${entry.cityName}市`;
  return entry.org.startsWith(cityPrefix) ? entry.org.slice(cityPrefix.length) : entry.org;
}

function expectedValue(entry: PlannedReport, lookup: Lookup): number | undefined {
  const value = lookup.value(entry.source.report);
  return value === undefined ? undefined : value * entry.factor;
}

/** What the question makers draw from, computed once. */
interface QuestionPool {
  readonly entries: readonly PlannedReport[];
  readonly governments: readonly PlannedReport[];
  /** Pairs of reports of one organ (two years), for follow-ups. */
  readonly sameOrgPairs: readonly (readonly [PlannedReport, PlannedReport])[];
  /** The most applications received by one organ, per year. */
  readonly mostReceived: ReadonlyMap<number, number>;
  /** The most applications received in an organ's latest report. */
  readonly mostReceivedLatest: number;
  readonly pick: <T>(items: readonly T[]) => T;
}

/** `perKind` questions of each kind (follow-ups: conversations of three turns), reproducible from `seed`. */
export function makeQuestions(entries: readonly PlannedReport[], perKind: number, seed = 7): BenchQuestion[] {
  const pool = makePool(entries, seed);
  const questions: BenchQuestion[] = [];
  for (let at = 0; at < perKind; at += 1) {
    const entry = pool.pick(entries);
    const lookup = pool.pick(LOOKUPS);
    const text = lookup.ask(nameInQuestion(entry), entry.year);
    const expected = expectedValue(entry, lookup);
    questions.push({ kind: 'lookup', conversationId: `lookup-${at}`, text, expected });
    questions.push({ kind: 'traditional', conversationId: `traditional-${at}`, text: toTraditional(text), expected });
    questions.push(makeEnglish(pool, at), ...makeRankingAndList(pool, at));
  }
  for (let at = 0; at < perKind / 3; at += 1) questions.push(...makeConversation(pool, at));
  return questions;
}

function makePool(entries: readonly PlannedReport[], seed: number): QuestionPool {
  const random = seededRandom(seed);
  const byOrg = new Map<string, PlannedReport[]>();
  for (const entry of entries) byOrg.set(entry.org, [...(byOrg.get(entry.org) ?? []), entry]);
  const mostReceived = new Map<number, number>();
  for (const entry of entries) {
    const received = expectedValue(entry, RECEIVED) ?? 0;
    mostReceived.set(entry.year, Math.max(received, mostReceived.get(entry.year) ?? 0));
  }
  return {
    entries,
    mostReceivedLatest: mostReceived.get(yearOfRanking(byOrg)) ?? 0,
    governments: entries.filter((entry) => entry.source.report.level === 'government'),
    sameOrgPairs: [...byOrg.values()].flatMap(([first, second]) => (first && second ? [[first, second] as const] : [])),
    mostReceived,
    pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T,
  };
}

function makeEnglish(pool: QuestionPool, at: number): BenchQuestion {
  const entry = pool.pick(pool.governments);
  const text = `How many applications did ${romanizeName(entry.regionName)} receive in ${entry.year}?`;
  return { kind: 'english', conversationId: `english-${at}`, text, expected: expectedValue(entry, RECEIVED) };
}

function makeRankingAndList(pool: QuestionPool, at: number): BenchQuestion[] {
  const year = pool.pick(pool.entries).year;
  const ranking = pool.pick(RANKINGS);
  const expected = ranking.over === 'year' ? pool.mostReceived.get(year) : pool.mostReceivedLatest;
  return [
    { kind: 'ranking', conversationId: `ranking-${at}`, text: ranking.ask(year), expected },
    { kind: 'list', conversationId: `list-${at}`, text: pool.pick(LISTS) },
  ];
}

/** A lookup, then the same organ in its other year, then another metric for that year. */
function makeConversation(pool: QuestionPool, at: number): BenchQuestion[] {
  const [entry, other] = pool.pick(pool.sameOrgPairs);
  const [first, second] = [pool.pick(LOOKUPS), pool.pick(LOOKUPS)];
  const conversationId = `follow-up-${at}`;
  return [
    {
      kind: 'follow-up',
      conversationId,
      text: first.ask(nameInQuestion(entry), entry.year),
      expected: expectedValue(entry, first),
    },
    { kind: 'follow-up', conversationId, text: `那${other.year}年呢？`, expected: expectedValue(other, first) },
    { kind: 'follow-up', conversationId, text: second.followUp, expected: expectedValue(other, second) },
  ];
}

/**
 * The year a ranking with no year compares (issue 13: one year, never 2020 beside 2025): the latest year at least
 * half of the organs hold, else the year most of them hold, the latest of a tie.
 */
function yearOfRanking(byOrg: ReadonlyMap<string, readonly PlannedReport[]>): number {
  const holding = new Map<number, number>();
  for (const group of byOrg.values())
    for (const year of new Set(group.map((entry) => entry.year))) holding.set(year, (holding.get(year) ?? 0) + 1);
  const years = [...holding.keys()].sort((a, b) => b - a);
  const half = years.find((year) => (holding.get(year) ?? 0) * 2 >= byOrg.size);
  if (half !== undefined) return half;
  const most = Math.max(...holding.values());
  return years.find((year) => holding.get(year) === most) ?? 0;
}
