// The vocabulary built from a store's organ list (issue 18) finds organs by binary search and a region's organs
// among the names that begin with its key, never holding a map of every organ: it must give exactly what a map of
// every organ gives, for nested regions (a city holds its districts, a district its towns), names that begin like a
// region without being in it, and a list the store did not sort.
import { describe, expect, it } from 'vitest';
import { type OrgEntry, orgsInScope } from '../../src/answers/organs/index.js';
import { indexOrgs, makeEntry } from '../../src/answers/organs/store-index.js';
import { LEVELS } from '../../src/answers/query.js';
import type { OrgEntry as StoredOrg } from '../../src/store/index.js';

const gov = (org: string, region: string, years: number[] = [2022]): StoredOrg => ({
  org,
  region,
  level: 'government',
  years,
});
const dept = (org: string, region: string, years: number[] = [2022]): StoredOrg => ({
  org,
  region,
  level: 'department',
  years,
});

const ORGANS: readonly StoredOrg[] = [
  gov('淮安市人民政府', '淮安市', [2021, 2022]),
  dept('淮安市教育局', '淮安市'),
  gov('淮安市洪泽区人民政府', '洪泽区', [2020, 2022]),
  dept('淮安市洪泽区发展和改革局', '洪泽区'),
  gov('淮安市洪泽区高良涧街道办事处', '高良涧街道'),
  gov('淮安市淮安区人民政府', '淮安区', [2019]),
  gov('淮安市涟水县人民政府', '涟水县'),
  dept('淮安市涟水县教育局', '涟水县', [2023]),
  // Begins like 深圳市龙岗区 but is another region's organ: no member of 深圳市龙岗区.
  gov('深圳市龙岗区人民政府', '龙岗区', [2022]),
  dept('深圳市龙岗区政务服务数据管理局', '龙岗区', [2021]),
  gov('深圳市龙岗区龙城街道办事处', '龙城街道'),
  gov('深圳市龙华区人民政府', '龙华区', [2020]),
  dept('深圳市发展和改革委员会', '深圳市'),
  dept('广东省教育厅', '广东省'),
  dept('国家统计局', ''),
  // A name outside the Basic Multilingual Plane sorts differently by code point and by UTF-16 unit.
  dept('𠀾市人民政府', '𠀾市'),
];

/** What a map of every organ gives: entries by name, organs grouped by region key in name order. */
function everyOrgan(stored: readonly StoredOrg[]): {
  orgs: Map<string, OrgEntry>;
  regions: Map<string, OrgEntry[]>;
} {
  const sorted = [...stored].sort((a, b) => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0));
  const orgs = new Map(
    sorted.map((entry) => [entry.org, makeEntry(entry.org, entry.region || null, entry.level, entry.years, [])]),
  );
  const regions = new Map<string, OrgEntry[]>();
  for (const entry of orgs.values())
    if (entry.regionKey) regions.set(entry.regionKey, [...(regions.get(entry.regionKey) ?? []), entry]);
  return { orgs, regions };
}

const stored = ORGANS.map((entry) => ({ ...entry, region: entry.region || null }));

describe('the vocabulary of an organ list', () => {
  // Shuffled the same way each run: the list is not in the store's order.
  const shuffled = [...stored].reverse().sort((a, b) => (a.org.length % 3) - (b.org.length % 3));
  const vocabulary = indexOrgs(shuffled);
  const expected = everyOrgan(stored);

  it('finds every organ by name, and none it does not hold, and walks them in name order', () => {
    for (const [org, entry] of expected.orgs) expect(vocabulary.orgs.get(org)).toEqual(entry);
    expect(vocabulary.orgs.get('淮安市洪泽区')).toBeUndefined();
    expect(vocabulary.orgs.has('深圳市龙岗区人民政府')).toBe(true);
    expect(vocabulary.orgs.has('深圳市龙岗')).toBe(false);
    expect([...vocabulary.orgs.keys()]).toEqual([...expected.orgs.keys()]);
    expect([...vocabulary.orgs.values()]).toEqual([...expected.orgs.values()]);
    expect(vocabulary.orgs.size).toBe(ORGANS.length);
  });

  it('gives each region key exactly its own organs, not those of the regions within it or named like it', () => {
    expect(expected.regions.size).toBeGreaterThan(8);
    for (const [key, members] of expected.regions) expect(vocabulary.regions.get(key)).toEqual(members);
    expect(vocabulary.regions.get('淮安市洪泽区')?.map((entry) => entry.org)).toEqual([
      '淮安市洪泽区人民政府',
      '淮安市洪泽区发展和改革局',
    ]);
    expect(vocabulary.regions.get('深圳市龙')).toBeUndefined();
    expect(new Set(vocabulary.regions.keys())).toEqual(new Set(expected.regions.keys()));
  });

  it('gives the organs of regions and levels as a walk of every organ does', () => {
    const keys = [
      [],
      ['淮安市'],
      ['淮安市洪泽区'],
      ['深圳市龙岗区'],
      ['淮安市', '淮安市洪泽区'],
      ['深圳市', '淮安市涟水县'],
    ];
    for (const regionKeys of keys)
      for (const level of [null, ...LEVELS]) {
        const walked = [...expected.orgs.values()].filter(
          (entry) =>
            orgsInScope({ ...vocabulary, orgs: new Map([[entry.org, entry]]) }, regionKeys, level).length === 1,
        );
        expect(orgsInScope(vocabulary, regionKeys, level), `${regionKeys} ${level}`).toEqual(walked);
      }
  });

  it('counts the organs holding each year, latest first, and lists the years', () => {
    expect(vocabulary.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(vocabulary.yearCounts).toEqual([
      { year: 2023, reports: 1 },
      { year: 2022, reports: 12 },
      { year: 2021, reports: 2 },
      { year: 2020, reports: 2 },
      { year: 2019, reports: 1 },
    ]);
    expect(vocabulary.latestYear).toBe(2023);
  });
});
