// Filters a question puts on the organs it compares: a level (部门, 区县, 乡镇街道), a count of organs (龙岗区三个单位,
// 四个区县). A count is checked against the store's organs in that scope: a count the store does not match is
// asked about, never ignored.
import { readChineseInteger } from '../../parser/index.js';
import type { Level } from '../query.js';
import type { NormalizedQuestion } from '../text/index.js';
import type { Term } from './term-dictionary.js';

/** How many organs a question says, and the level its body names (三个部门 → departments). */
export interface OrganCount {
  readonly count: number;
  readonly level: Level | null;
}

/** The body after a count, and the level it names (null: any organ). */
const COUNTED_BODIES: readonly (readonly [string, Level | null])[] = [
  ['单位', null],
  ['机关', null],
  ['部门', 'department'],
  ['局', 'department'],
  ['区县', 'county'],
  ['县区', 'county'],
  ['区', 'county'],
  ['县', 'county'],
  ['乡镇街道', 'town'],
  ['乡镇', 'town'],
  ['街道', 'town'],
  ['镇', 'town'],
  ['市', 'city'],
  ['政府', 'government'],
];
const COUNT = new RegExp(
  `(?<![0-9零一二三四五六七八九十两])([0-9]+|[一二三四五六七八九十两]+)\\s*[个家所]\\s*(${COUNTED_BODIES.map(([body]) => body).join('|')})`,
  'u',
);

/** 龙岗区三个单位 → 3 organs; 四个区县 → 4 county governments; null when the question counts no organs. */
export function readOrganCount(question: NormalizedQuestion): OrganCount | null {
  if (question.lang !== 'zh') return null;
  const match = COUNT.exec(question.text);
  const count = match?.[1] ? (/^[0-9]+$/u.test(match[1]) ? Number(match[1]) : readChineseInteger(match[1])) : null;
  if (!match || !count || count < 2) return null;
  const level = COUNTED_BODIES.find(([body]) => body === match[2])?.[1] ?? null;
  return { count, level };
}

/** The level a question limits its organs to: a level word, else the body of its count (三个部门). */
export function readLevel(terms: readonly Term[], count: OrganCount | null): Level | null {
  const named = terms.find((term): term is Extract<Term, { kind: 'level' }> => term.kind === 'level')?.key ?? null;
  // A tier is narrower than 政府 (区县政府 says both): the narrower wins.
  const tiers = terms.flatMap((term) => (term.kind === 'level' && term.key !== 'government' ? [term.key] : []));
  return tiers[0] ?? named ?? count?.level ?? null;
}
