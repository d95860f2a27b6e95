// Latency of the store's indexed queries and of the answer engine, p50/p99 over random picks.

import { seededRandom } from '../../bench/corpus/place-names.js';
import { summarize } from '../../bench/stats.js';
import { createEngine } from '../../src/answers/index.js';
import type { Report } from '../../src/parser/index.js';
import type { FigureScope, Store } from '../../src/store/index.js';

export type Latency = ReturnType<typeof summarize>;

/** What the measurements pick questions from: a stored report's keys, not the report (100,000 would crowd the heap). */
export type ReportKey = Pick<Report, 'id' | 'org' | 'year' | 'region'>;

/** The keys of reports, so the reports themselves can be let go. */
export function keysOf(reports: readonly Report[]): ReportKey[] {
  return reports.map(({ id, org, year, region }) => ({ id, org, year, region }));
}

/** Metrics the rankings draw from: one per table, and a dotted row key. */
const RANKED_METRICS = [
  'applications.newReceived.total',
  'applications.granted.natural',
  'applications.denied.stateSecret.total',
  'reviewLitigation.review.corrected',
  'activeDisclosure.licensing.decisions',
];

export async function time(count: number, run: (at: number) => Promise<unknown>): Promise<Latency> {
  const samples: number[] = [];
  for (let at = 0; at < count; at += 1) {
    const started = performance.now();
    await run(at);
    samples.push(performance.now() - started);
  }
  return summarize(samples.map((ms) => Math.round(ms * 100) / 100));
}

/**
 * p50/p99 of each indexed query over `reports` (what the store holds), picked with a fixed seed. list() is left
 * out: its first call loads every report (timed apart), and the heap it fills would slow the rest.
 */
export async function measureQueries(
  store: Store,
  reports: readonly ReportKey[],
  rounds = 500,
): Promise<Record<string, Latency>> {
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const years = [...new Set(reports.map((report) => report.year))];
  const regions = [...new Set(reports.map((report) => report.region ?? ''))];
  const rankFigures = store.rankFigures?.bind(store);
  const listOrgs = store.listOrgs?.bind(store);
  if (!rankFigures || !listOrgs) throw new Error('the store has no rankFigures/listOrgs');
  const rankBy = (metric: string, scope: Omit<FigureScope, 'years'> & { year: number }, limit = 10) =>
    rankFigures({ cells: [metric] }, { ...scope, years: [scope.year] }, { limit });
  await store.get(pick(reports).id); // warm-up: connections opened, caches primed like a running bot's
  return {
    'lookup: get(id)': await time(rounds, () => store.get(pick(reports).id)),
    'lookup: find({ org, year })': await time(rounds, () => {
      const report = pick(reports);
      return store.find({ org: report.org, year: report.year });
    }),
    'ranking: top 10 of a year': await time(rounds, () => rankBy(pick(RANKED_METRICS), { year: pick(years) })),
    'ranking: departments of a year, all': await time(Math.ceil(rounds / 5), () =>
      rankBy(pick(RANKED_METRICS), { year: pick(years), level: 'department' }, Number.MAX_SAFE_INTEGER),
    ),
    'ranking: one region and year': await time(rounds, () =>
      rankBy(pick(RANKED_METRICS), { year: pick(years), region: pick(regions) }, Number.MAX_SAFE_INTEGER),
    ),
    'list: organs of a region': await time(rounds, () => listOrgs({ region: pick(regions) })),
  };
}

/**
 * Ask latency through the answer engine (after one warm-up answer): lookups of one organ-year and rankings over a
 * year. `answered` says whether the engine understood them.
 */
export async function measureAsk(
  store: Store,
  reports: readonly ReportKey[],
  rounds = 200,
): Promise<Record<string, Latency & { answered: number; firstMs: number }>> {
  const random = seededRandom(13);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const engine = createEngine({ store });
  const years = [...new Set(reports.map((report) => report.year))];
  const kinds: Record<string, () => string> = {
    lookup: () => {
      const report = pick(reports);
      return `${report.org}${report.year}年收到多少政府信息公开申请？`;
    },
    ranking: () => `${pick(years)}年哪个单位收到的申请最多？`,
  };
  const results: Record<string, Latency & { answered: number; firstMs: number }> = {};
  for (const [kind, makeQuestion] of Object.entries(kinds)) {
    // The first answer may load and index the store: reported apart, as a bot pays it once per store change.
    const started = performance.now();
    await engine.answer(makeQuestion(), { conversationId: 'warm-up' });
    const firstMs = Math.round(performance.now() - started);
    let answered = 0;
    const latency = await time(rounds, async (at) => {
      const reply = await engine.answer(makeQuestion(), { conversationId: `${kind}-${at}` });
      if (reply.status === 'answered') answered += 1;
    });
    results[`ask: ${kind}`] = { ...latency, answered, firstMs };
  }
  return results;
}
