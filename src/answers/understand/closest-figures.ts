// The figures a question may have meant when some of its words name none the engine knows: every figure of the
// tables with its words (the everyday words, the reply label and the printed label), scored by how many
// characters they share with the words left unread. 行政复议还没审完的 → 尚未审结; 逾期没交费的 → 逾期未缴费.
import { getMetric, type Section } from '../metrics.js';
import type { Lang } from '../types.js';
import { ACTIVE_FIELD_TERMS, ACTIVE_ROW_TERMS } from '../vocabulary/active-disclosure.js';
import { APPLICANT_COLUMN_TERMS, APPLICATION_ROW_TERMS } from '../vocabulary/applications.js';
import { REVIEW_COLUMN_TERMS, REVIEW_GROUP_TERMS } from '../vocabulary/review-litigation.js';
import type { TermSpec } from '../vocabulary/term.js';

/** One figure a question can be asked about, with every word that names it. */
interface Figure {
  readonly metric: string;
  readonly section: Section;
  readonly row: string;
  readonly words: Readonly<Record<Lang, readonly string[]>>;
}

/** How many figures a clarifying question lists at most. */
export const CLOSEST_LIMIT = 4;

/**
 * Characters everyday speech uses for the table's own (还没审完 ~ 尚未审结, 没交费 ~ 未缴费, 告 ~ 诉): compared as one.
 * Only for scoring closeness; never to read a figure.
 */
const SAME_CHAR: Readonly<Record<string, string>> = {
  没: '未',
  还: '尚',
  仍: '尚',
  完: '结',
  交: '缴',
  告: '诉',
  庭: '诉',
  转: '结',
  拒: '不',
  给: '予',
  去: '上',
  明: '下',
  次: '下',
};

/** Characters too common in the tables' labels to tell figures apart. */
const COMMON_CHARS = new Set([...'的了是有在和与及或其中数量个件项年度申请信息公开政府总计情况本机关因属于人']);
const COMMON_EN = new Set(['the', 'of', 'and', 'or', 'in', 'for', 'to', 'by', 'a', 'an', 'year', 'application']);

const wordsOf = (...specs: (TermSpec | undefined)[]): Record<Lang, string[]> => ({
  zh: specs.flatMap((spec) => (spec ? [...spec.zh, ...(spec.weak?.zh ?? []), spec.label.zh] : [])),
  en: specs.flatMap((spec) => (spec ? [...spec.en, ...(spec.weak?.en ?? []), spec.label.en] : [])),
});

function* figures(): Generator<Figure> {
  for (const [row, spec] of Object.entries(APPLICATION_ROW_TERMS)) {
    const words = wordsOf(spec);
    words.zh.push(spec.printed);
    yield { metric: `applications.${row}.total`, section: 'applications', row, words };
  }
  for (const [column, spec] of Object.entries(APPLICANT_COLUMN_TERMS)) {
    if (column === 'total') continue;
    const words = wordsOf(spec);
    words.zh.push(spec.printed);
    yield { metric: `applications.newReceived.${column}`, section: 'applications', row: 'newReceived', words };
  }
  for (const [row, spec] of Object.entries(REVIEW_GROUP_TERMS)) {
    for (const [column, columnSpec] of Object.entries(REVIEW_COLUMN_TERMS)) {
      const words = column === 'total' ? wordsOf(spec) : wordsOf(columnSpec);
      if (column === 'total') words.zh.push(spec.printed);
      yield { metric: `reviewLitigation.${row}.${column}`, section: 'reviewLitigation', row, words };
    }
  }
  for (const [row, spec] of Object.entries(ACTIVE_ROW_TERMS)) {
    for (const field of spec.fields) {
      const words = wordsOf(spec, ACTIVE_FIELD_TERMS[field]);
      yield { metric: `activeDisclosure.${row}.${field}`, section: 'activeDisclosure', row, words };
    }
  }
}

const FIGURES: readonly Figure[] = [...figures()];

const canonical = (char: string): string => SAME_CHAR[char] ?? char;

/** The distinct telling characters (Chinese) or words (English) of a text. */
function signs(text: string, lang: Lang): Set<string> {
  if (lang === 'en') return new Set(text.split(/[^a-z]+/).filter((word) => word.length > 2 && !COMMON_EN.has(word)));
  return new Set([...text].filter((char) => /\p{Script=Han}/u.test(char) && !COMMON_CHARS.has(char)).map(canonical));
}

function overlap(asked: ReadonlySet<string>, word: string, lang: Lang): number {
  let shared = 0;
  for (const sign of signs(word, lang)) if (asked.has(sign)) shared += 1;
  return shared;
}

/** Fewest telling characters unread words must have to be read as a figure's label said another way. */
const LEAST_RESTATED = 2;

const NEGATIONS = /[不没未无非]/gu;
const NEGATION = /[不没未无非]/u;
const negations = (text: string): number => text.match(NEGATIONS)?.length ?? 0;

/**
 * Whether one word of the figure holds every one of the characters and says no more or fewer negations than the
 * question: 补正后申请内容已经明确 is not 仍不明确.
 */
function holds(figure: Figure, asked: ReadonlySet<string>, question: string, lang: Lang): boolean {
  if (lang === 'en') return figure.words.en.some((word) => overlap(asked, word, lang) === asked.size);
  // Negations are compared by count, not by which (没处理 ~ 不予处理).
  const affirmed = new Set([...asked].filter((sign) => !NEGATION.test(sign)));
  return figure.words.zh.some(
    (word) => overlap(affirmed, word, lang) === affirmed.size && negations(word) === negations(question),
  );
}

/**
 * Whether the words left unread restate the one figure the question names, in other words than its label: every
 * telling character of 还 + 不明确 is in 补正后申请内容仍不明确 (还 and 仍 read as one), 确认 in
 * 要求行政机关确认或重新出具已获取信息. True only when a word of that figure holds them all with as many negations
 * as the question, and no word of another figure does — or, for a row of a group, when they restate the group
 * (信访类…没处理的); one telling character alone (不, 没) says too little, and a character the
 * label lacks (仍不明却) is a slip to ask about, never read.
 */
export function restatesFigure(unread: readonly string[], metric: string, question: string, lang: Lang): boolean {
  const asked = signs(unread.join(' '), lang);
  if (asked.size < LEAST_RESTATED) return false;
  const holding = FIGURES.filter((figure) => holds(figure, asked, question, lang)).map((figure) => figure.metric);
  if (holding.length === 1 && holding[0] === metric) return true;
  // 信访类的申请没处理的: 没处理 restates 不予处理, the group the named row is of, whatever else it might mean alone.
  const { section, row, column } = getMetric(metric);
  const [group, part] = row.split('.');
  return part !== undefined && holding.includes(`${section}.${group}.${column}`);
}

/**
 * The figures closest to the unread words, best first, at most CLOSEST_LIMIT: among the sections of the figures
 * the question did name (行政复议还没审完的: table 四), else among all. A figure counts only when it shares at least
 * one telling character with the words (two when no figure narrows the search); none → an empty list.
 */
export function closestFigures(unread: readonly string[], named: readonly string[], lang: Lang): string[] {
  const asked = signs(unread.join(' '), lang);
  const namedSpecs = named.map(getMetric);
  const sections = new Set(namedSpecs.map((spec) => spec.section));
  const rows = new Set(namedSpecs.map((spec) => `${spec.section}.${spec.row}`));
  const least = sections.size > 0 ? 1 : 2;
  const scored = FIGURES.filter((figure) => sections.size === 0 || sections.has(figure.section))
    .map((figure) => {
      const shared = Math.max(0, ...figure.words[lang].map((word) => overlap(asked, word, lang)));
      // Within a named row (行政复议…) its own columns come first.
      const inRow = rows.has(`${figure.section}.${figure.row}`) ? 0.5 : 0;
      return { metric: figure.metric, shared, score: shared + inRow };
    })
    .filter((entry) => entry.shared >= least);
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  return scored
    .filter((entry) => entry.score >= best - 1)
    .sort((a, b) => b.score - a.score)
    .slice(0, CLOSEST_LIMIT)
    .map((entry) => entry.metric);
}
