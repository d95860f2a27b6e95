// A model's query is run only for what the question asks: every organ, region, year and figure it names must be
// read in the question's own words by the engine's vocabulary, so the model can never answer with a number of
// an organ, year or figure nobody asked about.
import { type AliasTarget, lookupAlias, resolveRegions, type StoreIndex } from '../organs/index.js';
import type { Query } from '../query.js';
import type { NormalizedQuestion } from '../text/index.js';
import { closestFigures, extractMentions, readMetrics } from '../understand/index.js';

/** What the question's words name, as the engine reads them. */
interface Asked {
  /** Each organ or region the question names, as the organs it stands for and its region. */
  readonly targets: readonly AliasTarget[];
  readonly orgs: ReadonlySet<string>;
  readonly regionKeys: ReadonlySet<string>;
  readonly years: ReadonlySet<number>;
  /** The question names a span of years (近三年) or every year (历年): any year of the span may be asked. */
  readonly spanFrom: number | null;
  readonly metrics: ReadonlySet<string>;
}

/**
 * Why the model's query holds an organ, region, year or figure the question does not name, or undefined when it
 * holds none. A figure is named when the question's table words name it, or when it is among the figures closest
 * to the words the rules could not read (申请单子 for 收到申请): the model may choose among those, not beyond.
 */
export function findUnaskedPart(query: Query, question: NormalizedQuestion, index: StoreIndex): string | undefined {
  const asked = readAsked(question, index);
  const organ = [...query.organs, ...query.pairs.map((pair) => pair.organ)].find(
    (name) => !isOrganAsked(name, asked, index),
  );
  if (organ !== undefined) return `the question does not name the organ ${JSON.stringify(organ)}`;
  const region = query.regions.find((name) => !isOrganAsked(name, asked, index));
  if (region !== undefined) return `the question does not name the region ${JSON.stringify(region)}`;
  const year = [...query.years, ...query.pairs.map((pair) => pair.year)].find(
    (candidate) => !asked.years.has(candidate) && (asked.spanFrom === null || candidate < asked.spanFrom),
  );
  if (year !== undefined) return `the question does not name the year ${year}`;
  const metric = [query.metric, ...query.moreMetrics].find((id) => id !== null && !asked.metrics.has(id));
  if (metric !== undefined && metric !== null) return `the question does not name the figure ${metric}`;
  return findDroppedPart(query, asked, index);
}

/** What the question names that the query leaves out: an organ dropped ranks every organ, a year dropped asks the latest. */
function findDroppedPart(query: Query, asked: Asked, index: StoreIndex): string | undefined {
  const names = [...query.organs, ...query.regions, ...query.pairs.map((pair) => pair.organ)];
  const orgs = new Set(names.flatMap((name) => lookupAlias(name, index)?.orgs ?? []));
  const regionKeys = new Set(
    names.flatMap((name) => [lookupAlias(name, index)?.regionKey ?? [], resolveRegions([name], index)].flat()),
  );
  const dropped = asked.targets.find(
    (target) => !target.orgs.some((org) => orgs.has(org)) && !(target.regionKey && regionKeys.has(target.regionKey)),
  );
  if (dropped !== undefined) return `the query leaves out the organ ${dropped.orgs.join('、')} the question names`;
  const years = new Set([...query.years, ...query.pairs.map((pair) => pair.year)]);
  const year = [...asked.years].find((candidate) => !years.has(candidate));
  return year === undefined ? undefined : `the query leaves out the year ${year} the question names`;
}

function readAsked(question: NormalizedQuestion, index: StoreIndex): Asked {
  const mentions = extractMentions(question, index);
  const targets = mentions.organs.flatMap((mention) => (mention.target === null ? [] : [mention.target]));
  const latest = index.latestYear;
  const relative = latest === null ? [] : mentions.relativeYears.map((offset) => latest + offset);
  const spans = mentions.terms.flatMap((term) => (term.kind === 'yearSpan' ? [term.count] : []));
  const spanFrom =
    spans.length === 0 || latest === null
      ? null
      : spans.includes(null)
        ? Number.NEGATIVE_INFINITY
        : latest - Math.max(...spans.map((count) => count ?? 0)) + 1;
  const named = readMetrics(mentions.terms).metrics;
  return {
    targets,
    orgs: new Set(targets.flatMap((target) => target.orgs)),
    regionKeys: new Set([
      ...targets.flatMap((target) => (target.regionKey === null ? [] : [target.regionKey])),
      ...resolveRegions(mentions.heldPlaces, index),
    ]),
    years: new Set([...mentions.years, ...relative]),
    spanFrom,
    metrics: new Set([...named, ...closestFigures(mentions.unreadWords, named, question.lang)]),
  };
}

/** Whether a name of the query (a full name, a short one, a region) stands for an organ or region the question names. */
function isOrganAsked(name: string, asked: Asked, index: StoreIndex): boolean {
  const target = lookupAlias(name, index);
  if (target?.orgs.some((org) => asked.orgs.has(org))) return true;
  if (target?.regionKey && asked.regionKeys.has(target.regionKey)) return true;
  return resolveRegions([name], index).some((key) => asked.regionKeys.has(key));
}
