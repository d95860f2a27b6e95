// Made-up place names for the synthetic corpus. Every character reads the same in Simplified and Traditional
// script (so a Traditional template stays consistent after the swap) and has one reading in pinyin (so
// English questions can name the place unambiguously).

/** Characters for two-character district names. */
export const REGION_CHARACTERS = [
  ...'青松桃梅竹柳林森泉溪河江湖海川田米金玉明光昌安平福泰康吉祥瑞永仁德嘉善春秋冬夏星雪武白丹紫茂旺宜秀英芳桂菊樟桐渡帆宏立新',
] as const;

/** City names; their characters are not in REGION_CHARACTERS, so a city never shares a name with a district. */
export const CITY_NAMES = ['洋城', '波塘', '浦源', '桑城'] as const;

/**
 * The first `count` two-character district names in a shuffled but fixed order, skipping any whose
 * pinyin (from `romanize`) repeats an earlier one. Throws when the pool is too small.
 */
export function makeRegionNames(count: number, romanize: (name: string) => string, random: () => number): string[] {
  const pairs: string[] = [];
  for (const first of REGION_CHARACTERS) {
    for (const second of REGION_CHARACTERS) if (first !== second) pairs.push(first + second);
  }
  shuffle(pairs, random);
  const names: string[] = [];
  const romanized = new Set<string>();
  for (const name of pairs) {
    if (names.length === count) break;
    const key = romanize(name);
    if (romanized.has(key)) continue;
    romanized.add(key);
    names.push(name);
  }
  if (names.length < count) throw new Error(`only ${names.length} distinct district names available, ${count} needed`);
  return names;
}

/** A small deterministic PRNG (mulberry32), so the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let at = items.length - 1; at > 0; at -= 1) {
    const other = Math.floor(random() * (at + 1));
    [items[at], items[other]] = [items[other] as T, items[at] as T];
  }
}
