// What an answer was about: the organs and years it stated, so that a follow-up's 它 / 这两个 / them points at
// what the user just read (the organ a ranking named, the organs a list listed), not at the question's scope.
import { EMPTY_QUERY, type Query } from './query.js';
import type { LookupResult } from './result.js';

/** One organ in one year that an answer stated a figure of. */
interface Subject {
  readonly org: string;
  readonly year: number;
}

/**
 * The answer's subjects as a query of the figure asked (a plain value, no ranking): after a ranking the organs
 * ranked, after a list the organs listed, after a lookup its organs and years, after a list of reports each
 * organ's one or latest year; after 第N名 the organ at place N. Null when the answer names no organ-year of its own (a change over years keeps its
 * query, a sum over a scope listing only part of its operands, a clarify names none).
 */
export function subjectsQuery(result: LookupResult, asked: Query, place?: number): Query | null {
  // 洪泽区2023年行政处罚和沐阳县2025年行政强制: the pairs asked, each with its own figure, are what was stated.
  if (
    asked.pairs.some((pair) => pair.metric !== undefined) &&
    (result.kind === 'values' || result.kind === 'arithmetic')
  )
    return {
      ...EMPTY_QUERY,
      organs: asked.organs,
      pairs: asked.pairs,
      metric: asked.metric,
      moreMetrics: asked.moreMetrics,
    };
  const subjects = uniqueSubjects(place === undefined ? subjectsOf(result) : atPlace(result, place));
  if (subjects.length === 0) return null;
  const organs = [...new Set(subjects.map((subject) => subject.org))];
  const years = [...new Set(subjects.map((subject) => subject.year))];
  // Every organ in every year: organs × years; otherwise each organ with its own year (龙岗区2022年, 南山区2020年).
  const isProduct = organs.length * years.length === subjects.length;
  // 不予处理哪一类最多: the parts the ranking stated (信访 62) are what 它 points at, not the group ranked.
  const rankedParts = asked.breakdown === 'parts' && result.kind === 'values' ? partsStated(result.blocks) : [];
  const metric =
    result.kind === 'ranking' || result.kind === 'positions' ? result.metric : (rankedParts[0] ?? asked.metric);
  if (rankedParts.length > 0)
    return {
      ...EMPTY_QUERY,
      organs,
      years: isProduct ? years : [],
      pairs: [],
      metric,
      moreMetrics: rankedParts.slice(1),
    };
  return {
    ...EMPTY_QUERY,
    organs,
    years: isProduct ? years : [],
    pairs: isProduct ? [] : subjects.map((subject) => ({ organ: subject.org, year: subject.year })),
    metric,
    moreMetrics: metric === asked.metric ? asked.moreMetrics : [],
  };
}

/** The figures of value blocks, each once (a part ranking states one block per part kept). */
function partsStated(blocks: Extract<LookupResult, { kind: 'values' }>['blocks']): string[] {
  return [...new Set(blocks.flatMap((block) => (block.fact ? [block.fact.metric] : [])))];
}

function subjectsOf(result: LookupResult): readonly Subject[] {
  switch (result.kind) {
    case 'values':
      return result.blocks.filter((block) => block.fact !== null || block.parts.length > 0);
    case 'ranking':
    case 'nonzero':
      return result.entries;
    case 'positions':
      return result.entries.map((entry) => entry.fact);
    case 'shares':
      return result.shares.map((share) => share.part);
    case 'arithmetic':
      // A sum over a scope states its operands only when it lists them all (2020年全部单位合计, three reports).
      return result.scope === null || result.items.every((item) => (item.operandCount ?? 0) <= item.operands.length)
        ? result.items.flatMap((item) => item.operands)
        : [];
    case 'reports':
      return result.orgs.flatMap(({ org, years }) => {
        const year = years.at(-1);
        return year === undefined ? [] : [{ org, year }];
      });
    default:
      return [];
  }
}

/**
 * 第二名是谁: the organ at that place of a ranking, not the places above it listed beside; organs tied with it all
 * (它 after a tie asks which).
 */
function atPlace(result: LookupResult, place: number): readonly Subject[] {
  if (result.kind !== 'ranking') return subjectsOf(result);
  const placed = result.entries[place - 1];
  return placed === undefined ? [] : result.entries.filter((entry) => entry.value === placed.value);
}

function uniqueSubjects(subjects: readonly Subject[]): Subject[] {
  const seen = new Set<string>();
  return subjects.filter(({ org, year }) => {
    const key = `${org}\u0000${year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
