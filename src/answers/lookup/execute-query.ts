// Runs a structured query against the store's reports. Deterministic: every number comes from a report cell
// or is computed from such numbers, and carries its source.
import { type DisclosureRow, disclosureRow, type Report } from '../../parser/index.js';
import type { FigureScope } from '../../store/index.js';
import { findMetric, getMetric, partTotals, type Section } from '../metrics.js';
import {
  countYears,
  firstOrgs,
  helpExamples,
  indexStore,
  LIST_LIMIT,
  type OrgEntry,
  orgsHeld,
  resolveOrgan,
  resolveRegions,
  type StoreIndex,
  unplacedOrgsOf,
  type YearCount,
} from '../organs/index.js';
import type { Query } from '../query.js';
import type { Change, ChosenYear, LookupResult, Missing, Share } from '../result.js';
import type { Lang } from '../types.js';
import { ACTIVE_ROW_TERMS } from '../vocabulary/active-disclosure.js';
import { BREAKDOWN_DEFAULT_METRIC, SUMMARY_METRICS } from '../vocabulary/breakdowns.js';
import {
  type FigureSource,
  fieldOf,
  figuresOfReports,
  type LevelFilter,
  levelFilterOf,
  scopeOf,
} from './figure-source.js';
import { candidateOrgs, listNonZero, placeAmong, rank } from './lookup-across.js';
import {
  lookupArithmetic,
  partOfJoined,
  perOrganOf,
  reportsOfPairs,
  shareOfSum,
  sumInWhole,
} from './lookup-arithmetic.js';
import { lookupChange, lookupShare, partsAndWholes, yearsToCompare } from './lookup-change.js';
import { checksOf, failingInScope, listFailingChecks, listReports, listStoreReports } from './lookup-data.js';
import { sumAcross } from './lookup-sum.js';
import { chooseReports, lookupValues } from './lookup-values.js';
import { makeFact } from './make-fact.js';
import { latestCommonYear, latestYearHeld } from './one-year.js';
import { rankShares } from './rank-shares.js';

export interface ExecuteOptions {
  /** Language of the facts' labels. */
  readonly lang?: Lang;
  /**
   * Where rankings, places and lists across organs are asked (the store's result methods); by default computed
   * over the source's reports, which must then be every report of the store.
   */
  readonly figures?: FigureSource;
}

/**
 * Executes a query over reports (`await store.list()`; the store's index is cached per array) or over an index
 * holding the reports the query names (createStoreReader), asking `figures` for results across organs.
 */
export async function executeQuery(
  query: Query,
  source: readonly Report[] | StoreIndex,
  options: ExecuteOptions = {},
): Promise<LookupResult> {
  const lang = options.lang ?? 'zh';
  const index = isReportList(source) ? indexStore(source) : source;
  const figures = options.figures ?? figuresOfReports(index.reports);
  if (query.aggregation === 'help') return { kind: 'help', examples: helpExamples(index, lang) };
  // 超过500件 filters a list of organs only (a model's query may set it elsewhere): never a result without it.
  if (query.above !== undefined && (query.aggregation !== 'nonzero' || query.organs.length > 0))
    return notUnderstood(index, lang);
  const organs = resolveAll(query.organs, index);
  if (organs.choose) return organs.choose;
  const named = query.organs.length > 0;
  if (named && organs.entries.length === 0) return { kind: 'no_data', missing: organs.missing };
  const regionKeys = resolveRegions(query.regions, index);
  // 广州各区哪个最多: a region the store does not know is no filter to drop; nothing is compared.
  if (!named && query.regions.length > 0 && regionKeys.length === 0)
    return { kind: 'no_data', missing: resolveAll(query.regions, index).missing };
  // 江苏的报告 when the store holds 沐阳县, a place the gazetteer lacks: no list or sum that may leave an organ out,
  // and no 没有“江苏”的报告 either — the reply says which organs cannot be placed.
  const unplaced = named ? null : unplacedOrgsOf(query.regions, index, query.level, query.years);
  if (unplaced) return { kind: 'no_data', missing: [{ kind: 'unplaced', ...unplaced }] };
  // The organs named or narrowed to, read only where a branch needs them: a level over the whole store (区县政府,
  // 各部门) is asked of the store by its columns, never resolved to its organs to answer a ranking, sum or list.
  const scope = once(() => (named ? organs.entries : candidateOrgs(index, query, regionKeys)));
  const across: Across = {
    figures,
    atLevel: !named && regionKeys.length === 0 && query.level !== null ? levelFilterOf(query.level) : null,
    scope: (asked, latestOnly) =>
      named
        ? scopeOf(asked, null, regionKeys.length > 0, latestOnly)
        : fieldOf(asked, scope, regionKeys.length > 0, latestOnly),
  };
  const result = await executeOn(query, scope, named, index, lang, across);
  return 'missing' in result && organs.missing.length > 0 ? withMissing(result, organs.missing) : result;
}

/** Where results across organs come from, and the reports they compare (each organ's latest when no year). */
interface Across {
  readonly figures: FigureSource;
  /** A level over the whole store (区县政府, 各部门): its organs counted and listed by the store, never read. */
  readonly atLevel: LevelFilter | null;
  scope(asked: Query, latestOnly: boolean): FigureScope;
}

/** The organs named or narrowed to (null: every organ of the store), read when first asked for. */
type ScopeOrgans = () => readonly OrgEntry[] | null;

/** `fn` called once, when first asked for. */
function once<T>(fn: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => {
    made ??= { value: fn() };
    return made.value;
  };
}

/** `scope`: the organs named or narrowed to; null for every organ of the store. */
async function executeOn(
  query: Query,
  scope: ScopeOrgans,
  named: boolean,
  index: StoreIndex,
  lang: Lang,
  across: Across,
): Promise<LookupResult> {
  // 龙岗区2022年和南山区2020年…增长了多少: a change between organ–year pairs is their difference.
  if (query.aggregation === 'change' && query.pairs.length > 0)
    return executeOn({ ...query, aggregation: 'difference' }, scope, named, index, lang, across);
  const { figures } = across;
  const metricIds = metricsOf(query);
  const [metricId] = metricIds;
  // Every organ of the store only where a branch needs them: rankings and lists read the reports instead.
  const allOrgans = (): readonly OrgEntry[] => scope() ?? [...index.orgs.values()];
  switch (query.aggregation) {
    case 'reports': {
      const held = await reportsHeld(query, scope, named, across);
      return query.countsOrgans && held.kind === 'reports' ? { ...held, countsOrgans: true } : held;
    }
    case 'checks':
      // Of organs named, their fetched reports; else the store counts and lists the scope's failing reports.
      return named
        ? checksAsked(query, allOrgans(), index, sectionsAsked(metricIds))
        : failingInScope(figures, across.scope(query, false), allOrgans, query.years, sectionsAsked(metricIds));
    case 'max':
    case 'min':
    case 'top':
    case 'bottom': {
      // A ranking reads one figure: of several (行政复议和行政诉讼哪个单位最多) it would rank by the first alone.
      if (!metricId || (metricIds.length > 1 && query.breakdown !== 'parts')) return notUnderstood(index, lang);
      if (query.breakdown === 'parts' && named) return rankParts(allOrgans(), query, metricId, index, lang);
      const aggregation = query.aggregation;
      // 龙华数据局和龙岗区发改局哪个最多 / 它们中哪个最多: organs named alone are ranked among themselves.
      const isAmongNamed = named && query.regions.length === 0;
      const field = (asked: Query) => (isAmongNamed ? scopeOf(asked, scope(), false, true) : across.scope(asked, true));
      return inOneYear(query, scope, index, across, (asked) =>
        rank(figures, field(asked), { ...asked, aggregation }, metricId, lang),
      );
    }
    case 'position':
      if (!metricId) return notUnderstood(index, lang);
      if (named) return positions(allOrgans(), query, metricId, index, lang, figures);
      return inOneYear(query, scope, index, across, (asked) =>
        rank(figures, across.scope(asked, true), { ...asked, aggregation: 'top' }, metricId, lang),
      );
    case 'nonzero':
      // 有哪些单位？ without a figure asks which organs the store holds.
      return metricId
        ? listNonZero(figures, across.scope(query, false), query, metricId, lang)
        : reportsHeld(query, scope, named, across);
    case 'shareTop':
    case 'shareBottom': {
      if (!metricId) return notUnderstood(index, lang);
      const aggregation = query.aggregation === 'shareTop' ? 'top' : 'bottom';
      return inOneYear(query, scope, index, across, async (asked) => {
        const field = across.scope(asked, true);
        return (
          (await rankShares(figures, field, asked, metricIds, lang)) ??
          rank(figures, field, { ...asked, aggregation }, metricId, lang)
        );
      });
    }
    case 'zero':
      return metricId
        ? listNonZero(figures, across.scope(query, false), query, metricId, lang, true)
        : notUnderstood(index, lang);
    case 'difference':
    case 'ratio':
    case 'perMonth':
    case 'perDay':
    case 'doublings':
    case 'relativeDifference':
    case 'perOrgan':
    case 'sum': {
      if (!metricId) return notUnderstood(index, lang);
      // 平均每家: the sum over the organs asked, then divided by how many were added.
      const isPerOrgan = query.aggregation === 'perOrgan';
      const added: Query = isPerOrgan ? { ...query, aggregation: 'sum' } : query;
      if (!named && added.aggregation !== 'sum') return whichOrgan(query, firstOrgans(scope(), index), index, lang);
      const summed = named
        ? lookupArithmetic(added, allOrgans(), index, lang)
        : await sumAcross(
            figures,
            added,
            {
              // The organs listed when they share no year: of the whole store (or a level of it), its first.
              entries: async () =>
                across.atLevel
                  ? (await figures.listOrgsOfYears([], { limit: LIST_LIMIT, ...across.atLevel })).orgs
                  : (scope() ?? [...orgsHeld(index)].slice(0, LIST_LIMIT)),
              // Every organ of the store (or a level of it) holds a year when the year's count of organs is theirs.
              latestCommonYear: async () => {
                const orgs = across.atLevel ? null : scope();
                if (orgs) return latestCommonYear(orgs);
                const { counts, organs } = await yearCountsOf(null, index, across);
                return counts.find((count) => count.reports === organs)?.year ?? null;
              },
            },
            (years) => across.scope({ ...added, years: [...years] }, false),
            lang,
          );
      const result = isPerOrgan && summed.kind === 'arithmetic' ? perOrganOf(summed, lang) : summed;
      return result.kind === 'not_understood' ? notUnderstood(index, lang) : result;
    }
    case 'shareOfSum': {
      if (!metricId || !named) return notUnderstood(index, lang);
      const summed = lookupArithmetic({ ...query, aggregation: 'sum' }, allOrgans(), index, lang);
      return summed.kind === 'arithmetic' ? shareOfSum(summed, lang) : summed;
    }
    case 'shareOfJoined': {
      // The part first, then the figures joined: one sum of every figure of the report gives them all, in order.
      if (!named || metricIds.length < 3) return notUnderstood(index, lang);
      const summed = lookupArithmetic({ ...query, aggregation: 'sum' }, allOrgans(), index, lang);
      return summed.kind === 'arithmetic' ? partOfJoined(summed, lang) : summed;
    }
    case 'sumShare': {
      // The whole first, then the figures added: one sum of every figure of the report gives them all, in order.
      const whole = metricIds.at(-1);
      if (!named || !whole || metricIds.length < 3) return notUnderstood(index, lang);
      const all = { ...query, metric: whole, moreMetrics: metricIds.slice(0, -1), aggregation: 'sum' as const };
      const summed = lookupArithmetic(all, allOrgans(), index, lang);
      return summed.kind === 'arithmetic' ? sumInWhole(summed, lang) : summed;
    }
  }
  if (!named) {
    const orgs = scope();
    return (orgs ? orgs.length : index.orgs.size) === 1
      ? executeOn(query, once(allOrgans), true, index, lang, across)
      : whichOrgan(query, firstOrgans(orgs, index), index, lang);
  }
  const organs = allOrgans();
  // 南山区2021年和2020年对比 names no figure: the change of the figures a report is summed up by.
  if (query.aggregation === 'change')
    return changes(organs, query, metricIds.length > 0 ? metricIds : SUMMARY_METRICS, lang);
  if (query.aggregation === 'share')
    return metricId ? shares(organs, query, metricIds, lang) : notUnderstood(index, lang);
  // 本年增加 of a row a 2021 report prints no 本年增/减 for: the row's figure against the year before's report.
  const changeOfOwn = changeAcrossReports(organs, query, metricIds);
  if (changeOfOwn) return changes(organs, changeOfOwn.query, [changeOfOwn.metric], lang);
  return values(organs, query, metricIds.length > 0 ? metricIds : SUMMARY_METRICS, lang, index);
}

/** 有哪些报告: of the organs named or narrowed to, else the store's organs, counted and the first listed by the store. */
function reportsHeld(
  query: Query,
  scopeOrgans: ScopeOrgans,
  named: boolean,
  { figures, atLevel }: Across,
): LookupResult | Promise<LookupResult> {
  const narrowed = named ? null : { regions: query.regions, level: query.level };
  if (atLevel) return listStoreReports(figures, query.years, atLevel, narrowed);
  const scope = scopeOrgans();
  if (scope === null) return listStoreReports(figures, query.years);
  return listReports(scope, query.years, narrowed);
}

/**
 * 本年增加 / 增减 asked of a report whose template prints the row but no 本年增/减 (the 2021 template): the same words
 * then mean the row's own figure against the year before's report, as a change of two reports (the reply names both,
 * or says which is missing). Null when the report asked prints the column, or the query is not one organ's one such
 * figure in one year. 上一年项目数量 is not read so: items are not the decisions a 2021 report counts.
 */
function changeAcrossReports(
  organs: readonly OrgEntry[],
  query: Query,
  metricIds: readonly string[],
): { query: Query; metric: string } | null {
  const [entry] = organs;
  const [metricId] = metricIds;
  if (!entry || !metricId || organs.length !== 1 || metricIds.length !== 1) return null;
  if (query.pairs.length > 0 || query.years.length > 1 || query.breakdown !== null) return null;
  const spec = getMetric(metricId);
  if (spec.section !== 'activeDisclosure' || spec.column !== 'change') return null;
  const report = chooseReports(entry, query.years).chosen[0]?.report;
  const printed = report ? disclosureRow(report.template, spec.row as DisclosureRow)?.fields : undefined;
  const field = ACTIVE_ROW_TERMS[spec.row]?.defaultField;
  const own = field ? findMetric(spec.section, spec.row, field) : undefined;
  if (!report || !printed || !own || printed.some((column) => column.name === spec.column)) return null;
  if (!printed.some((column) => column.name === own.column)) return null;
  return { query: { ...query, metric: own.id, years: [report.year], aggregation: 'change' }, metric: own.id };
}

/**
 * The checks of the reports asked: organ–year pairs (这份报告… after a question about one report), the named organs'
 * years asked, else every report of the organs in scope. A report asked for that the store lacks is said, never
 * counted as passing.
 */
function checksAsked(
  query: Query,
  organs: readonly OrgEntry[],
  index: StoreIndex,
  sections: readonly Section[] | undefined,
): LookupResult {
  if (query.pairs.length > 0) {
    const found = reportsOfPairs(query.pairs, index);
    if (found.choose) return found.choose;
    return found.reports.length > 0
      ? checksOf(found.reports, found.missing, sections)
      : { kind: 'no_data', missing: found.missing };
  }
  if (query.years.length === 0) return listFailingChecks(organs, query.years, sections);
  const chosen = organs.map((entry) => chooseReports(entry, query.years));
  const reports = chosen.flatMap((entry) => entry.chosen.map((choice) => choice.report));
  const missing = chosen.flatMap((entry) => entry.missing);
  return reports.length > 0 ? checksOf(reports, missing, sections) : { kind: 'no_data', missing };
}

/** The tables a check question names by their figures (表三 reads as the rows that balance it); none: every table. */
function sectionsAsked(metricIds: readonly string[]): readonly Section[] | undefined {
  return metricIds.length === 0 ? undefined : [...new Set(metricIds.map((id) => getMetric(id).section))];
}

/**
 * A ranking compares one year (never one organ's 2020 beside another's 2025): the years asked, else the latest year
 * that at least half of the organs compared hold, else the year most of them hold (the latest of a tie), in which
 * some report has the figure. A year a few organs filed early is not "the latest" of a comparison. The reply says
 * which year and why, and the organs it leaves out.
 */
async function inOneYear(
  query: Query,
  scopeOrgans: ScopeOrgans,
  index: StoreIndex,
  across: Across,
  run: (asked: Query) => Promise<LookupResult>,
): Promise<LookupResult> {
  if (query.years.length > 0) return run(query);
  const scope = across.atLevel ? null : scopeOrgans();
  const { counts, organs } = await yearCountsOf(scope, index, across);
  for (const { year, reason } of yearsOfComparison(counts, organs)) {
    const result = await run({ ...query, years: [year] });
    if (comparedIn(result) > 0)
      return withChosenYear(result, await chosenYearOf(year, scope, reason, across.figures, across.atLevel ?? {}));
  }
  return run(query);
}

/**
 * How many organs a comparison covers, and how many hold each year (the latest first): of organs read, counted
 * from them; of a level over the whole store, asked of the store year by year; of the whole store, the vocabulary's.
 */
async function yearCountsOf(
  scope: readonly OrgEntry[] | null,
  index: StoreIndex,
  { figures, atLevel }: Across,
): Promise<{ counts: readonly YearCount[]; organs: number }> {
  if (scope) return { counts: countYears(scope), organs: scope.length };
  if (!atLevel) return { counts: index.yearCounts, organs: index.orgs.size };
  const count = async (years: readonly number[]) =>
    (await figures.listOrgsOfYears(years, { limit: 0, ...atLevel })).organs;
  const [organs, ...held] = await Promise.all([count([]), ...index.yearCounts.map(({ year }) => count([year]))]);
  const counts = index.yearCounts.flatMap(({ year }, at) => {
    const reports = held[at] ?? 0;
    return reports > 0 ? [{ year, reports }] : [];
  });
  return { counts, organs };
}

/** The years a comparison tries, in order: those at least half of the organs hold (latest first), then the rest. */
function yearsOfComparison(
  counts: readonly { year: number; reports: number }[],
  organCount: number,
): { year: number; reason: ChosenYear['reason'] }[] {
  const latest = counts[0]?.year;
  const isHeldByHalf = (reports: number): boolean => reports * 2 >= organCount;
  const held = counts.filter((count) => isHeldByHalf(count.reports));
  const rest = counts
    .filter((count) => !isHeldByHalf(count.reports))
    .sort((a, b) => b.reports - a.reports || b.year - a.year);
  return [
    ...held.map(({ year }) => ({ year, reason: year === latest ? ('latest' as const) : ('mostOrgans' as const) })),
    ...rest.map(({ year }) => ({ year, reason: year === latest ? ('latest' as const) : ('mostReports' as const) })),
  ];
}

function comparedIn(result: LookupResult): number {
  if (result.kind === 'ranking' || result.kind === 'positions') return result.compared;
  return result.kind === 'shares' ? (result.ranking?.compared ?? result.shares.length) : 0;
}

/** How many of the organs a comparison leaves out the reply names; the rest are counted. */
const LEFT_OUT_NAMED = 5;

/**
 * The year compared and the organs without a report of it, named in the reply (哪个单位…最多 leaves 沐阳县 2025 out):
 * of a scope, those of the newest reports first; of the whole store, the first few found (no walk of every organ),
 * counted from the vocabulary's year counts.
 */
async function chosenYearOf(
  year: number,
  scope: readonly OrgEntry[] | null,
  reason: ChosenYear['reason'],
  figures: FigureSource,
  atLevel: LevelFilter = {},
): Promise<ChosenYear> {
  const lacks = (entry: OrgEntry): boolean => !entry.years.includes(year);
  const named = (entries: readonly Pick<OrgEntry, 'org' | 'years'>[]) =>
    entries.slice(0, LEFT_OUT_NAMED).map((entry) => ({ org: entry.org, years: [...entry.years] }));
  const newestFirst = (a: Pick<OrgEntry, 'years'>, b: Pick<OrgEntry, 'years'>) =>
    (b.years.at(-1) ?? 0) - (a.years.at(-1) ?? 0);
  if (scope) {
    const leftOut = scope.filter(lacks).sort(newestFirst);
    return { year, leftOut: named(leftOut), leftOutCount: leftOut.length, reason };
  }
  // Of the whole store (or a level of it), the first organs lacking the year by name, asked of the store: never a
  // walk of the list. A level's are named newest first, as of a scope: the same reply when no more are left out.
  const lacking = await figures.listOrgsOfYears([year], { limit: LEFT_OUT_NAMED, lacking: true, ...atLevel });
  const isLevel = atLevel.level !== undefined || atLevel.tier !== undefined;
  const leftOut = isLevel ? [...lacking.orgs].sort(newestFirst) : lacking.orgs;
  return { year, leftOut: named(leftOut), leftOutCount: lacking.organs, reason };
}

function withChosenYear(result: LookupResult, chosen: ChosenYear | null): LookupResult {
  if (chosen === null) return result;
  if (result.kind === 'ranking' || result.kind === 'positions') return { ...result, chosenYear: chosen };
  if (result.kind === 'shares' && result.ranking)
    return { ...result, ranking: { ...result.ranking, chosenYear: chosen } };
  return result;
}

/** The query's metrics; a breakdown of applications without a figure starts from the applications received. */
function metricsOf(query: Query): string[] {
  if (query.metric) return [query.metric, ...query.moreMetrics];
  return query.breakdown === 'outcomes' || query.breakdown === 'applicants' ? [BREAKDOWN_DEFAULT_METRIC] : [];
}

function resolveAll(
  names: readonly string[],
  index: StoreIndex,
): { entries: OrgEntry[]; missing: Missing[]; choose?: LookupResult } {
  const entries: OrgEntry[] = [];
  const missing: Missing[] = [];
  for (const name of names) {
    const resolution = resolveOrgan(name, index);
    if (resolution.kind === 'choose')
      return {
        entries,
        missing,
        choose: {
          kind: 'clarify',
          name,
          candidates: resolution.candidates,
          ...(resolution.meant ? { meant: resolution.meant } : {}),
          ...(resolution.more ? { more: resolution.more } : {}),
        },
      };
    if (resolution.kind === 'found' && !entries.includes(resolution.entry)) {
      entries.push(resolution.entry);
      if (resolution.isMisprint) missing.push({ kind: 'misprint', name, org: resolution.entry.org });
    }
    if (resolution.kind === 'unknown')
      missing.push({
        kind: 'organ',
        name,
        nearby: resolution.nearby,
        isRegionKnown: resolution.isRegionKnown,
        orgCount: index.orgs.size,
      });
  }
  return { entries, missing };
}

/** The first organs of the scope (of the store when null) by name: what a question back names, no more read. */
function firstOrgans(scope: readonly OrgEntry[] | null, index: StoreIndex): readonly string[] {
  return scope ? scope.slice(0, LIST_LIMIT).map((entry) => entry.org) : firstOrgs(index);
}

/** A figure asked without an organ: ask which one (or, with none understood, explain what works). */
function whichOrgan(query: Query, candidates: readonly string[], index: StoreIndex, lang: Lang): LookupResult {
  if (metricsOf(query).length === 0) return notUnderstood(index, lang);
  return { kind: 'clarify', name: '', candidates: [...candidates] };
}

function notUnderstood(index: StoreIndex, lang: Lang): LookupResult {
  return { kind: 'not_understood', examples: helpExamples(index, lang) };
}

/**
 * 淮安市2024年不予公开里最多的是哪一项: the parts of one report's figure ranked among themselves (行政查询事项 105),
 * every part tied at the place stated; never a ranking of organs. One organ in one year only.
 */
function rankParts(
  scope: readonly OrgEntry[],
  query: Query,
  metricId: string,
  index: StoreIndex,
  lang: Lang,
): LookupResult {
  const parts = partTotals(metricId);
  const [entry] = scope;
  if (!parts || !entry || scope.length !== 1 || query.years.length > 1) return notUnderstood(index, lang);
  const picked = chooseReports(entry, query.years);
  const [chosen] = picked.chosen;
  if (!chosen) return { kind: 'no_data', missing: picked.missing };
  const facts = parts.flatMap((id) => makeFact(getMetric(id), chosen.report, lang) ?? []);
  if (facts.length !== parts.length) return notUnderstood(index, lang);
  const isAscending = query.aggregation === 'min' || query.aggregation === 'bottom';
  const ranked = [...facts].sort((a, b) => (isAscending ? a.value - b.value : b.value - a.value));
  const places = query.aggregation === 'max' || query.aggregation === 'min' ? 1 : (query.limit ?? ranked.length);
  const last = ranked[Math.min(places, ranked.length) - 1];
  const kept = ranked.filter((fact, at) => at < places || fact.value === last?.value);
  const plain = { ...query, aggregation: 'value' as const, breakdown: null };
  return values(
    scope,
    plain,
    kept.map((fact) => fact.metric),
    lang,
  );
}

function values(
  scope: readonly OrgEntry[],
  query: Query,
  metricIds: readonly string[],
  lang: Lang,
  index?: StoreIndex,
): LookupResult {
  const missing: Missing[] = [];
  // 龙岗区2022年和南山区2020年: each organ in its own year, never each in both.
  const paired = index && query.pairs.length > 0 ? reportsOfPairs(query.pairs, index) : null;
  if (paired?.choose) return paired.choose;
  if (paired) missing.push(...paired.missing);
  const chosen = paired
    ? paired.reports.map((report) => ({ report, isLatest: false }))
    : scope.flatMap((entry) => {
        const picked = chooseReports(entry, query.years);
        missing.push(...picked.missing);
        return picked.chosen;
      });
  // 洪泽区2023年行政处罚和沐阳县2025年行政强制: a pair naming its own figure is asked that figure alone.
  const found = paired?.figures.some((figure) => figure !== undefined)
    ? joinFound(
        chosen.map((choice, at) =>
          lookupValues([choice], [paired.figures[at] ?? metricIds].flat(), query.breakdown, lang),
        ),
      )
    : lookupValues(chosen, metricIds, query.breakdown, lang);
  const allMissing = [...missing, ...found.missing];
  return found.blocks.length > 0
    ? { kind: 'values', blocks: found.blocks, missing: allMissing }
    : { kind: 'no_data', missing: allMissing };
}

function joinFound(parts: readonly ReturnType<typeof lookupValues>[]): ReturnType<typeof lookupValues> {
  return { blocks: parts.flatMap((part) => part.blocks), missing: parts.flatMap((part) => part.missing) };
}

/** Where the named organs' figures stand among every organ's report (of the years asked, else the latest). */
async function positions(
  named: readonly OrgEntry[],
  query: Query,
  metricId: string,
  index: StoreIndex,
  lang: Lang,
  figures: FigureSource,
): Promise<LookupResult> {
  // 南山区排第几 with no year: among the reports of the named organs' latest common year (else the latest any holds).
  const year = query.years.length > 0 ? null : (latestCommonYear(named) ?? latestYearHeld(named));
  const asked = year === null ? query : { ...query, years: [year] };
  const picked = named.map((entry) => chooseReports(entry, asked.years));
  const chosen = picked.flatMap((entry) => entry.chosen.map((choice) => choice.report));
  const missing = picked.flatMap((entry) => entry.missing);
  const regionKeys = resolveRegions(query.regions, index);
  const candidates = once(() => candidateOrgs(index, query, regionKeys));
  const field = fieldOf(asked, candidates, regionKeys.length > 0, true);
  const result = await placeAmong(figures, field, chosen, asked, metricId, lang);
  if (result.kind === 'positions' && result.entries.length === 0) return { kind: 'no_data', missing };
  const placed =
    year === null ? result : withChosenYear(result, await chosenYearOf(year, candidates(), 'latest', figures));
  return withMissing(placed, missing);
}

function changes(scope: readonly OrgEntry[], query: Query, metricIds: readonly string[], lang: Lang): LookupResult {
  const found: Change[] = [];
  const missing = new Map<string, Missing>(); // one line per missing year, however many figures were asked
  const printed = new Set<string>();
  for (const entry of scope) {
    const years = yearsToCompare(entry, query.years);
    for (const metricId of metricIds) {
      const change = years ? lookupChange(entry, metricId, years, lang) : [];
      if (!Array.isArray(change)) found.push(change);
      for (const item of Array.isArray(change) ? change : []) missing.set(JSON.stringify(item), item);
      const printedChange = printedChangeOf(metricId);
      if (Array.isArray(change) && printedChange) printed.add(printedChange);
    }
  }
  if (found.length > 0) return { kind: 'changes', changes: found, missing: [...missing.values()] };
  // 行政许可比上年减少了多少 without last year's report: the 2019 template prints the change itself (本年增/减).
  const stated =
    printed.size > 0
      ? values(scope, { ...query, years: query.years.length > 0 ? [Math.max(...query.years)] : [] }, [...printed], lang)
      : null;
  return stated?.kind === 'values' ? stated : { kind: 'no_data', missing: [...missing.values()] };
}

/**
 * The field of a table 二 row stating its own change in items from the year before (本年增/减), for a question
 * about the row's items; never for its decisions, which the field does not count.
 */
function printedChangeOf(metricId: string): string | undefined {
  const spec = getMetric(metricId);
  return spec.section === 'activeDisclosure' && spec.column === 'lastYearItems'
    ? findMetric('activeDisclosure', spec.row, 'change')?.id
    : undefined;
}

function shares(scope: readonly OrgEntry[], query: Query, metricIds: readonly string[], lang: Lang): LookupResult {
  const pairs = partsAndWholes(metricIds.map(getMetric));
  if (pairs.length === 0) return values(scope, query, metricIds, lang);
  const found: Share[] = [];
  const missing: Missing[] = [];
  for (const entry of scope) {
    const picked = chooseReports(entry, query.years);
    missing.push(...picked.missing);
    found.push(
      ...picked.chosen.flatMap((chosen) =>
        pairs.flatMap(([part, whole]) => lookupShare(chosen, part, whole, lang) ?? []),
      ),
    );
  }
  if (found.length > 0) return { kind: 'shares', shares: found, missing };
  // Every whole 0 (胜诉率 of an organ with no lawsuits): no share exists, said so — never the figures as the answer.
  const zeroWholes = scope.flatMap((entry) =>
    chooseReports(entry, query.years).chosen.flatMap(({ report }) =>
      pairs.flatMap(([, whole]) => {
        const fact = makeFact(whole, report, lang);
        return fact?.value === 0
          ? [{ kind: 'zeroWhole' as const, org: report.org, year: report.year, whole: fact.label }]
          : [];
      }),
    ),
  );
  if (zeroWholes.length > 0 && missing.length === 0) return { kind: 'no_data', missing: zeroWholes };
  // No share to compute (a figure the report lacks): state the figures instead.
  return values(scope, query, [...new Set(pairs.flat().map((spec) => spec.id))], lang);
}

function isReportList(source: readonly Report[] | StoreIndex): source is readonly Report[] {
  return Array.isArray(source);
}

function withMissing(result: LookupResult, missing: readonly Missing[]): LookupResult {
  return 'missing' in result ? ({ ...result, missing: [...missing, ...result.missing] } as LookupResult) : result;
}
