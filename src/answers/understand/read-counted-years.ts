// 两年 / 这三年 / both years count years without naming them: which years they are comes from the question's own
// years, the conversation, or the one organ asked about; when none of these says, the question is asked back.
import type { StoreIndex } from '../organs/index.js';
import type { Query } from '../query.js';
import type { Term } from './term-dictionary.js';

/** How many years a count word (两年加起来) asks, when the question writes no years of its own; else null. */
export function countOfYears(terms: readonly Term[], hasOwnYears: boolean): number | null {
  if (hasOwnYears || terms.some((term) => term.kind === 'relativeYear')) return null;
  const counted = terms.find((term) => term.kind === 'yearCount');
  return counted?.kind === 'yearCount' ? counted.count : null;
}

/**
 * The years `count` stands for in the question itself: the one organ it names, when that organ holds exactly that
 * many years (洪泽区两年加起来: its 2023 and 2024). Null otherwise: the conversation may still give them — the
 * previous question's years (龙岗区2021年和2022年… → 两年加起来) or its last two turns (洪泽区2024年… → 2023年呢).
 */
export function yearsOfCount(count: number, own: Query, index: StoreIndex): number[] | null {
  const [organ, ...more] = own.organs;
  const held = organ !== undefined && more.length === 0 ? index.orgs.get(organ)?.years : undefined;
  return held?.length === count ? [...held] : null;
}

/** Whether the query reads exactly `count` years (written ones, or its organ–year pairs). */
export function readsYearCount(query: Query, count: number): boolean {
  return new Set([...query.years, ...query.pairs.map((pair) => pair.year)]).size === count;
}

/** What to ask back when a count of years names none: the years of the one organ asked, else of the store. */
export function chooseCountedYears(
  count: number,
  query: Query,
  index: StoreIndex,
): { readonly kind: 'chooseYears'; readonly count: number; readonly org: string | null; readonly years: number[] } {
  const [organ, ...more] = query.organs;
  const held = organ !== undefined && more.length === 0 ? index.orgs.get(organ)?.years : undefined;
  return held
    ? { kind: 'chooseYears', count, org: organ as string, years: [...held] }
    : { kind: 'chooseYears', count, org: null, years: [...index.years] };
}
