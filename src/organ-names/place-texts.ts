// The places an organ's name holds (深圳市龙岗区发展和改革局 → 深圳市, 深圳, 龙岗区, 龙岗): every name of the
// gazetteer (provinces, cities, counties and districts, as china-area-data ships them) and its stem without its
// division suffix (广东省 → 广东, 广西壮族自治区 → 广西). A store keeps, on ingest, which of these texts each organ's
// name holds, so the organs whose names hold 广州 are an index lookup; a text that is none of them (前海) is matched
// against every name instead.
import { createHash } from 'node:crypto';
import { placeNames } from '../parser/index.js';

/** Division suffixes a stem drops, longest first. */
const STEM_SUFFIXES: readonly string[] = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '林区',
  '地区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
];

/** Peoples an autonomous place's name gives before 自治 (湘西土家族苗族自治州 → 湘西), longest first when tried. */
const PEOPLES: readonly string[] = [
  ...'壮 回 满 苗 彝 藏 侗 瑶 白 黎 傣 畲 佤 水 羌 土 怒 京'.split(' '),
  ...'蒙古 土家 布依 朝鲜 哈尼 哈萨克 傈僳 东乡 仡佬 拉祜 纳西 仫佬 锡伯 景颇 达斡尔 撒拉 布朗 毛南 塔吉克 普米 阿昌'.split(
    ' ',
  ),
  ...'鄂温克 基诺 德昂 保安 俄罗斯 裕固 乌孜别克 门巴 鄂伦春 独龙 赫哲 高山 珞巴 塔塔尔 柯尔克孜 各'.split(' '),
]
  .map((people) => `${people}族`)
  .concat('维吾尔')
  .sort((a, b) => b.length - a.length);

/** A place's name without its division suffix and the peoples before 自治 (two characters at least), or null. */
export function placeStem(name: string): string | null {
  const suffix = STEM_SUFFIXES.find((ending) => name.endsWith(ending) && name.length > ending.length);
  if (suffix === undefined) return null;
  let stem = name.slice(0, -suffix.length);
  if (suffix.startsWith('自治'))
    for (let people = findPeople(stem); people !== undefined; people = findPeople(stem))
      stem = stem.slice(0, -people.length);
  return [...stem].length >= 2 ? stem : null;
}

const findPeople = (stem: string): string | undefined =>
  PEOPLES.find((people) => stem.endsWith(people) && [...stem].length - [...people].length >= 2);

let texts: ReadonlySet<string> | undefined;
let longest = 0;

/** Every place text kept: the gazetteer's names and their stems. */
export function placeTexts(): ReadonlySet<string> {
  if (texts === undefined) {
    const found = new Set<string>();
    for (const name of placeNames()) {
      found.add(name);
      const stem = placeStem(name);
      if (stem !== null) found.add(stem);
    }
    texts = found;
    longest = Math.max(0, ...[...found].map((text) => text.length));
  }
  return texts;
}

/** Whether the organs holding `text` are kept by place (a store then looks them up instead of matching names). */
export function isPlaceText(text: string): boolean {
  return placeTexts().has(text);
}

/** The place texts an organ's name holds, each once, in the order they start (then shortest first). */
export function placeTextsIn(org: string): string[] {
  const kept = placeTexts();
  const found = new Set<string>();
  for (let start = 0; start < org.length; start += 1)
    for (let end = start + 2; end <= Math.min(org.length, start + longest); end += 1) {
      const text = org.slice(start, end);
      if (kept.has(text)) found.add(text);
    }
  return [...found];
}

/**
 * Changes whenever the place texts may (the gazetteer, the stems' rules, this version for the code applying them):
 * a store keeping each organ's place texts derives them again when it differs. Loads the gazetteer on first call.
 */
const RULES_VERSION = 1;

let rules: string | undefined;

export function placeTextRules(): string {
  rules ??= createHash('sha256')
    .update(JSON.stringify([RULES_VERSION, [...placeTexts()].sort()]))
    .digest('hex');
  return rules;
}
