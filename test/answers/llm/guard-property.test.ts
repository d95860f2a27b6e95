// Properties of the guard over every templated answer of the shared questions (and a change in both languages),
// seeded so a failure repeats: replies made only of the placeholders and plain words are accepted and state
// exactly the facts; the same replies with any numeral, in any script, or a changing word added are refused.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answers/index.js';
import { checkReply } from '../../../src/answers/llm/check-reply.js';
import { CHANGING_WORDS } from '../../../src/answers/llm/reply-words.js';
import { fillPieces, type Piece, placeholder, type Skeleton } from '../../../src/answers/llm/skeleton.js';
import { PHRASE_BOOKS } from '../../../src/answers/reply/index.js';
import { longgangChangeAnswer, skeletonOf, useSampleAnswers } from './guard-fixtures.js';

const SEED = 19;
const RUNS = 300;
const sample = useSampleAnswers();
let cases: { answer: Answer; skeleton: Skeleton }[] = [];

beforeAll(async () => {
  const questions = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as { q: string }[];
  const answers = [longgangChangeAnswer('zh'), longgangChangeAnswer('en')];
  for (const { q } of questions) {
    const answer = await sample.template(q);
    if (answer.facts.length > 0) answers.push(answer);
  }
  cases = answers.map((answer) => ({ answer, skeleton: skeletonOf(answer) }));
});

const OPENERS = {
  zh: ['', '根据年度报告，', '经查询，', '报告显示：'],
  en: ['', 'According to the reports, ', 'The reports show: '],
};
const CLOSERS = { zh: ['', '。', '。如需其他信息，请继续提问。'], en: ['', '.', ' Ask me anything else.'] };
const LEADS = { zh: ['为', '是', '共', '有', '共有', '即为'], en: ['was', 'is', 'of', 'at', 'had', 'the total was'] };

/** A reply the model might write: the skeleton with an opener, a closer, and words before some values. */
function placeholderReply(skeleton: Skeleton): fc.Arbitrary<Piece[]> {
  const lang = skeleton.lang;
  const values = skeleton.pieces.filter((piece) => typeof piece !== 'string' && piece.kind === 'v').length;
  return fc
    .record({
      opener: fc.constantFrom(...OPENERS[lang]),
      closer: fc.constantFrom(...CLOSERS[lang]),
      leads: fc.array(fc.option(fc.constantFrom(...LEADS[lang])), { minLength: values, maxLength: values }),
      squeezesSpaces: fc.boolean(),
    })
    .map(({ opener, closer, leads, squeezesSpaces }) => {
      const pieces: Piece[] = [opener];
      let valueAt = 0;
      for (const piece of skeleton.pieces) {
        if (typeof piece === 'string') {
          pieces.push(lang === 'zh' && squeezesSpaces ? piece.replaceAll(' ', '') : piece);
          continue;
        }
        const lead = piece.kind === 'v' ? leads[valueAt++] : null;
        // A new clause first, so that the words stand alone before the value.
        if (lead) pieces.push(lang === 'zh' ? `，${lead}` : `, ${lead} `);
        pieces.push(piece);
      }
      pieces.push(closer);
      return pieces;
    });
}

const write = (pieces: readonly Piece[]): string =>
  pieces.map((piece) => (typeof piece === 'string' ? piece : placeholder(piece.id))).join('');

const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce, 0x1d7ec, 0xff10];
const CHINESE_DIGITS = ['零一二三四五六七八九', '零壹贰叁肆伍陆柒捌玖', '〇一二三四五六七八九'];
const ENGLISH_ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function chinese(value: number, digits: string): string {
  const units = digits.startsWith('零壹') ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  const written = [...String(value)]
    .reverse()
    .map((digit, at) => `${digits[Number(digit)]}${digit === '0' ? '' : units[at % 4]}${at === 4 ? '万' : ''}`);
  return written.reverse().join('');
}

function roman(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let written = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      written += letters;
      rest -= amount;
    }
  }
  return written;
}

function english(value: number): string {
  const below100 = (n: number): string =>
    n < 13
      ? (ENGLISH_ONES[n] ?? '')
      : n < 20
        ? `${ENGLISH_ONES[n - 10] ?? ''}teen`
        : `${ENGLISH_TENS[Math.floor(n / 10)]}${n % 10 ? `-${ENGLISH_ONES[n % 10]}` : ''}`;
  return value < 100
    ? below100(value)
    : `${ENGLISH_ONES[Math.floor(value / 100)]} hundred${value % 100 ? ` and ${below100(value % 100)}` : ''}`;
}

/** A numeral in one of many scripts, with spaces around Latin letters so that it stays a word. */
const anyNumeral: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom(...DIGIT_ZEROS))
    .map(([value, zero]) => [...String(value)].map((digit) => String.fromCodePoint(zero + Number(digit))).join('')),
  fc
    .tuple(fc.integer({ min: 1, max: 99999 }), fc.constantFrom(...CHINESE_DIGITS))
    .map(([value, digits]) => chinese(value, digits)),
  fc.tuple(fc.integer({ min: 1, max: 3999 }), fc.boolean()).map(([value, isLower]) => {
    const written = roman(value);
    return ` ${isLower && written.length > 1 && written !== 'MIX' ? written.toLowerCase() : written} `;
  }),
  fc.integer({ min: 0, max: 999 }).map((value) => ` ${english(value)} `),
  fc.constantFrom('①', '⑳', '²', '³', '½', '¾', 'Ⅻ', 'ⅶ', '〡', '〩', '㈠', '廿', '卅', '兆', '两', '俩'),
);

/** A word that may change what is stated, unless the template's own words use it. */
function changingWordFor(skeleton: Skeleton): fc.Arbitrary<string> {
  const templateText = skeleton.pieces
    .filter((piece) => typeof piece === 'string')
    .join('\n')
    .toLowerCase();
  const words = (['zh', 'en'] as const).flatMap((lang) =>
    Object.values(CHANGING_WORDS[lang])
      .flat()
      .filter((word) => (lang === 'zh' ? !templateText.includes(word) : !templateText.split(/[^a-z]+/u).includes(word)))
      .map((word) => (lang === 'zh' ? word : ` ${word} `)),
  );
  return fc.constantFrom(...words);
}

/** The reply with `inserted` put somewhere in its own words. */
function insertInto(pieces: readonly Piece[], inserted: string, where: number, offset: number): Piece[] {
  const freeAt = pieces.flatMap((piece, at) => (typeof piece === 'string' ? [at] : []));
  const at = freeAt[where % freeAt.length] ?? 0;
  const text = pieces[at] as string;
  const cut = offset % (text.length + 1);
  return pieces.map((piece, index) => (index === at ? `${text.slice(0, cut)}${inserted}${text.slice(cut)}` : piece));
}

const caseIndex = () => fc.integer({ min: 0, max: 10_000 });

describe('the guard, as properties', () => {
  it('accepts any reply of placeholders and plain words, and the filled reply states every fact as the template does', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    fc.assert(
      fc.property(
        caseIndex().chain((index) => {
          const { answer, skeleton } = cases[index % cases.length] as (typeof cases)[number];
          return placeholderReply(skeleton).map((pieces) => ({ answer, skeleton, pieces }));
        }),
        ({ answer, skeleton, pieces }) => {
          const verdict = checkReply({ reply: write(pieces), skeleton, vocabulary: sample.vocabulary() });
          expect(verdict).toEqual({ isAccepted: true, reply: fillPieces(pieces) + skeleton.footer });
          const book = PHRASE_BOOKS[answer.lang];
          for (const fact of answer.facts) expect(fillPieces(pieces)).toContain(book.number(fact));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it.each([
    ['a numeral in any script', () => anyNumeral],
    ['a changing word', changingWordFor],
  ] as const)('refuses the same replies with %s in their own words', (_name, inserted) => {
    fc.assert(
      fc.property(
        caseIndex().chain((index) => {
          const { skeleton } = cases[index % cases.length] as (typeof cases)[number];
          return fc.record({
            skeleton: fc.constant(skeleton),
            pieces: placeholderReply(skeleton),
            inserted: inserted(skeleton),
            where: fc.nat(),
            offset: fc.nat(),
          });
        }),
        ({ skeleton, pieces, inserted, where, offset }) => {
          const reply = write(insertInto(pieces, inserted, where, offset));
          expect(checkReply({ reply, skeleton, vocabulary: sample.vocabulary() }).isAccepted).toBe(false);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('refuses a reply where two values of different facts trade places', () => {
    const swappable = cases.flatMap(({ skeleton }) =>
      skeleton.facts.flatMap((first, i) =>
        skeleton.facts.slice(i + 1).flatMap((second) => {
          const differs = (['org', 'year', 'metric'] as const).some(
            (kind) => !first[kind].some((id) => second[kind].includes(id)),
          );
          const text = (id: string) => skeleton.slots.get(id)?.text;
          return differs && text(first.value) !== text(second.value)
            ? [{ skeleton, pair: [first.value, second.value] }]
            : [];
        }),
      ),
    );
    expect(swappable.length).toBeGreaterThanOrEqual(20);
    for (const { skeleton, pair } of swappable) {
      const swapped = skeleton.pieces.map((piece) => {
        if (typeof piece === 'string' || !pair.includes(piece.id)) return piece;
        return skeleton.slots.get(piece.id === pair[0] ? (pair[1] as string) : (pair[0] as string)) ?? piece;
      });
      const verdict = checkReply({ reply: write(swapped), skeleton, vocabulary: sample.vocabulary() });
      expect(verdict.isAccepted, `${write(swapped)} was accepted`).toBe(false);
    }
  });
});
