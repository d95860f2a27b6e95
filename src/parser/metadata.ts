// Who published the report, for which year, and when: from the title, the signature and the body.
import { readChineseInteger } from './numerals.js';
import {
  cityPrefixLength,
  isPlaceOnly,
  isZoneGovernment,
  isZoneOnly,
  regionIn,
  regionParts,
  withCityPrefix,
  withoutProvince,
} from './region.js';

/** The report's publishing organ and dates; org and year are null when the text does not give them. */
export interface Metadata {
  readonly org: string | null;
  readonly region: string | null;
  readonly level: 'government' | 'department';
  readonly year: number | null;
  readonly publishedOn: string | null;
}

/** Lines before the tables (title, introduction) and after them (signature). */
export interface MetadataLines {
  readonly head: readonly string[];
  readonly tail: readonly string[];
  /** The whole text, searched for the city an organ belongs to. */
  readonly text: string;
}

/** "…2022年政府信息公开工作年度报告": the year and what precedes it name the report. */
const TITLE = /(\d{4})年度?(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)/g;
/** "2022年深圳市龙岗区政府信息公开工作年度报告": the year first, then the organ. */
const TITLE_YEAR_FIRST =
  /(\d{4})年度?(\p{Script=Han}{2,30}?)(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)/gu;
/** A date on a line of its own, in Arabic or Chinese numerals or as 2022-01-28, as printed under a signature. */
const DATE =
  /^(.*?)\(?(\d{4}|[〇○零一二三四五六七八九]{4})(?:年|[-./])(\d{1,2}|[一二三四五六七八九十]{1,3})(?:月|[-./])(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]?\)?$/;
/** A year in Chinese numerals, as some titles print it: 二〇二三年. */
const CHINESE_YEAR = /([〇○零一二三四五六七八九]{4})(?=年)/g;
const CHINESE_ZERO = /[〇○零]/;
/** Endings of an organ's name. */
const ORG_ENDING =
  /(?:人民政府|政府|办公室|办公厅|委员会|管委会|管理局|局|厅|委|办|院|署|中心|办事处|所|站|队|馆|部|会)$/;
/** An organ's name alone on a line. */
const ORG_LINE = /^[\p{Script=Han}()]{3,40}$/u;
/** Words before an organ's name in an introduction ("现公布龙岗区政务服务数据管理局2021年…"), and page numbers or
 * other marks a PDF line puts before a title ("- 1 - 淮安市人民政府"). */
const LEADING_WORDS = /^[^\p{Script=Han}]*(?:现予?公布|现将|特此公布|公布|发布|印发|本报告由|关于)*/u;
/** Words between an organ's name and the year: "XX区人民政府关于2022年…". */
const TRAILING_WORDS = /(?:关于|的)+$/;
/** Punctuation after which a title's organ name starts. */
const NAME_START = /[，,。；;：:》《>)\]】」”"'|、]/;
/** Signatures sit within the last lines (web pages add some chrome below them). */
const SIGNATURE_LINES = 40;
/** Lines searched for the title (web pages put navigation above it) and for the signature, blank lines included. */
const HEAD_LINES = 120;
const TAIL_LINES = 120;
const GOVERNMENT = '人民政府';

/** Reads organ, region, level, year and signature date. */
export function readMetadata(lines: MetadataLines): Metadata {
  // Titles open a report and signatures close it: only the first and last lines are read closely.
  const head = lines.head.slice(0, HEAD_LINES);
  const title = findTitle(head);
  const signature = findSignature(lines.tail.slice(-TAIL_LINES));
  // Without the province, the names of one organ compare equal across title, signature and years.
  const chosen =
    chooseOrg(mapName(title?.org, withoutProvince), mapName(signature?.org, withoutProvince)) ??
    mapName(findNamedInBody(head), (name) => governmentName(withoutProvince(name)));
  const org = chosen === null ? null : withCityPrefix(chosen, lines.text);
  return {
    org,
    region: org === null ? null : regionIn(org, lines.text),
    level: org !== null && (org.endsWith(GOVERNMENT) || isZoneGovernment(org)) ? 'government' : 'department',
    year: title?.year ?? findYearCovered(head),
    publishedOn: signature?.date ?? null,
  };
}

function mapName(name: string | null | undefined, map: (name: string) => string): string | null {
  return name === null || name === undefined ? null : map(name);
}

interface Title {
  readonly org: string | null;
  readonly year: number;
}

/**
 * The first "…YYYY年…年度报告" in the text before the tables that names an organ, read across line breaks
 * (titles wrap); failing that, the first such title's year alone. The organ is what precedes the year
 * ("2022年深圳市龙岗区政府信息公开…" also works), or an organ's name on the line after the title.
 */
function findTitle(head: readonly string[]): Title | null {
  const compact = head.map((line) => line.replace(/\s+/g, '').replace(/^#+/, '')).filter((line) => line !== '');
  // Years 2000–2099 in Chinese numerals always print a zero: texts without one are passed by unscanned.
  const lines = CHINESE_ZERO.test(compact.join('')) ? compact.map(withArabicYear) : compact;
  const joined = lines.join('');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length;
  }
  const matches = [...joined.matchAll(TITLE), ...joined.matchAll(TITLE_YEAR_FIRST)].sort((a, b) => a.index - b.index);
  for (const match of matches) {
    const org = match[2] === undefined ? orgBefore(joined, lineStarts, match.index) : cleanName(match[2]);
    if (org !== null && isOrgName(org)) return { org, year: Number(match[1]) };
    const next = orgLine(lines[lineStarts.filter((start) => start <= match.index).length]);
    if (next !== null && joined.indexOf(next, match.index) === match.index + match[0].length)
      return { org: next, year: Number(match[1]) };
  }
  const first = matches[0];
  return first ? { org: null, year: Number(first[1]) } : null;
}

/**
 * The organ before a title's year: starting at a line start or after punctuation, the nearest start that
 * begins with a place name ("深圳市…", "南山区…"), else the nearest that ends like an organ.
 */
function orgBefore(joined: string, lineStarts: readonly number[], yearAt: number): string | null {
  const firstStart = lineStarts.filter((start) => start <= yearAt).at(-TITLE_LINES) ?? 0;
  const lowest = Math.max(firstStart, lastDelimiter(joined, yearAt) + 1);
  const starts = [...new Set([lowest, ...lineStarts.filter((start) => start > lowest && start < yearAt)])].reverse();
  const names = starts.map((start) => cleanName(joined.slice(start, yearAt))).filter((name) => name.length >= 2);
  return names.find((name) => regionParts(name).length > 0) ?? names.find(isOrgName) ?? null;
}

/**
 * A place-led name ("沛县…", "深圳市…"), a zone ("平潭综合实验区"), or a longer one that ends like an organ; "政府" and
 * "市政府" are too generic.
 */
function isOrgName(name: string): boolean {
  return regionParts(name).length > 0 || isZoneOnly(name) || (name.length >= MIN_ORG_LENGTH && ORG_ENDING.test(name));
}

/** "来源：淮安市自然资源和规划局" (a web page's source line), "本报告由XX根据《条例》…编制": the organ named in the body. */
const NAMED_IN_BODY = [
  /(?:信息)?来源[:：]([\p{Script=Han}()]{3,40}?)(?:$|[\s|，,。;；]|发布|时间|日期)/u,
  /本报告由([\p{Script=Han}()]{3,40}?)(?:根据|依据|依照|按照|负责|编制|制作|汇总)/u,
];

/** The organ a 来源 line or the report's first sentence names, when it is an organ's name. */
function findNamedInBody(head: readonly string[]): string | null {
  const text = head.map((line) => line.trim()).join('\n');
  const joined = head.map((line) => line.replace(/\s+/g, '')).join('');
  for (const pattern of NAMED_IN_BODY) {
    const name = pattern.exec(text)?.[1] ?? pattern.exec(joined)?.[1];
    if (name !== undefined && ORG_ENDING.test(name) && isOrgName(name)) return name;
  }
  return null;
}

const MIN_ORG_LENGTH = 4;

/** How many lines a title's organ name may wrap over. */
const TITLE_LINES = 3;

function lastDelimiter(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (NAME_START.test(text[i] ?? '')) return i;
  return -1;
}

function cleanName(text: string): string {
  const trimmed = text.replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '');
  // "XX区人民政府办公室关于印发XX区2023年…报告的通知": the report is the organ named after 印发, not the sender.
  const forwarded = FORWARDED.exec(trimmed);
  const named = forwarded ? trimmed.slice(forwarded.index + forwarded[0].length) : '';
  return named === '' ? trimmed : named;
}

/** The last "关于印发" / "印发" / "关于公布" in a name: what follows names the report's organ. */
const FORWARDED = /(?:(?:关于)?(?:印发|转发)|关于(?:公布|发布))(?!.*(?:印发|转发|关于))/;

function orgLine(line: string | undefined): string | null {
  const name = line?.replace(/^#+/, '');
  return name !== undefined && ORG_LINE.test(name) && (ORG_ENDING.test(name) || isPlaceOnly(name)) ? name : null;
}

interface Signature {
  readonly org: string | null;
  readonly date: string;
}

/** The last date line near the end, and the organ printed just above it (or before it on the same line). */
function findSignature(tail: readonly string[]): Signature | null {
  const compact = tail.map((line) => line.replace(/\s+/g, '')).filter((line) => line !== '');
  const first = Math.max(0, compact.length - SIGNATURE_LINES);
  for (let i = compact.length - 1; i >= first; i--) {
    const match = DATE.exec(compact[i] ?? '');
    if (!match) continue;
    const [, before = '', year = '', month = '', day = ''] = match;
    const date = isoDate(year, month, day);
    if (date === null) continue;
    const org = before === '' ? orgLine(compact[i - 1]) : orgLine(before);
    // "发布日期：2023-01-20" is a web page's date, not a signature's.
    if (before !== '' && org === null) continue;
    return { org: org !== null && ORG_ENDING.test(org) ? org : null, date };
  }
  return null;
}

/**
 * Title and signature together: a title that names only a place ("南山区") stands for its people's
 * government; a signature that names the same organ more fully ("深圳市南山区人民政府") wins.
 */
function chooseOrg(titleName: string | null, signatureName: string | null): string | null {
  const fromTitle = titleName === null ? null : governmentName(titleName);
  const signatureOrg = signatureName === null ? null : governmentName(signatureName);
  if (fromTitle === null || signatureOrg === null) return fromTitle ?? signatureOrg;
  const isSameOrgan = (longer: string, shorter: string): boolean => {
    // "人民政府" alone is no evidence: 淮安市人民政府 and 洪泽区人民政府 are different organs.
    const core = sameBody(shorter.slice(cityPrefixLength(shorter)));
    return core !== '' && core !== GOVERNMENT && sameBody(longer).endsWith(core);
  };
  if (isSameOrgan(signatureOrg, fromTitle) || isSameOrgan(fromTitle, signatureOrg)) {
    return signatureOrg.length >= fromTitle.length ? signatureOrg : fromTitle;
  }
  return fromTitle;
}

/** 管委会 is short for 管理委员会: one zone's organ, however its title and signature print it. */
function sameBody(name: string): string {
  return name.replace(/管理委员会$/, '管委会');
}

/**
 * A place alone or a place's 政府 is that place's people's government: 南山区, 南山区政府 → 南山区人民政府; a zone
 * alone is its 管委会: 平潭综合实验区 → 平潭综合实验区管委会.
 */
function governmentName(name: string): string {
  if (isPlaceOnly(name)) return name + GOVERNMENT;
  if (isZoneOnly(name)) return `${name}管委会`;
  const place = name.endsWith('政府') && !name.endsWith(GOVERNMENT) ? name.slice(0, -2) : '';
  return place !== '' && isPlaceOnly(place) ? place + GOVERNMENT : name;
}

/** "统计期限自 2024 年 1 月 1 日": the year covered when the title does not give it. */
function findYearCovered(head: readonly string[]): number | null {
  const text = head.join('').replace(/\s+/g, '');
  const match = /(\d{4})年1月1日/.exec(text) ?? /(\d{4})年/.exec(text);
  return match ? Number(match[1]) : null;
}

function isoDate(year: string, month: string, day: string): string | null {
  const y = readNumeral(year);
  const m = readNumeral(month);
  const d = readNumeral(day);
  if (y < 1990 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 二〇二三年 → 2023年. */
function withArabicYear(line: string): string {
  return line.replace(CHINESE_YEAR, (numerals) => String(readNumeral(numerals)));
}

/** "2021" → 2021, "二〇二一" → 2021, "十九" → 19, "十" → 10; 0 for anything else. */
function readNumeral(text: string): number {
  return readChineseInteger(text) ?? 0;
}
