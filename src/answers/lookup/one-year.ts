// Which one year a comparison across organs reads when the question names none: like is compared with like,
// never one organ's 2020 beside another's 2025.
import type { OrgEntry } from '../organs/index.js';

/** The latest year any of the organs holds: a ranking or a total over a scope reads that year. */
export function latestYearHeld(entries: readonly OrgEntry[]): number | null {
  let latest: number | null = null;
  for (const entry of entries) {
    const year = entry.years.at(-1);
    if (year !== undefined && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** The latest year every one of the organs holds, or null when they share none. */
export function latestCommonYear(entries: readonly OrgEntry[]): number | null {
  const [first, ...rest] = entries;
  if (!first) return null;
  const shared = first.years.filter((year) => rest.every((entry) => entry.years.includes(year)));
  return shared.at(-1) ?? null;
}
