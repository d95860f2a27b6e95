// Statements of a key figure in one sentence of prose, found by the wordings in NARRATIVE_FIGURES and kept only
// where the sentence states the report's own figure plainly: the report's year, the whole organ (no 本级 split),
// no comparison, no sub-count (其中…), no approximation (5500余条).
import {
  APPROXIMATE_AFTER,
  COMPARISON_WORDS,
  NARRATIVE_FIGURES,
  type NarrativeFigure,
  type NarrativeFigureKey,
  PLAIN_PREFIX,
  SPLIT_SCOPE,
} from './narrative-figures.js';

export interface NarrativeStatement {
  readonly figure: NarrativeFigureKey;
  readonly value: number;
  /** The sentence, and the clause within it that states the figure. */
  readonly sentence: string;
  readonly clause: string;
  /** The words that stated it: 受理政府信息公开申请 21 件. */
  readonly words: string;
}

/** Parts of a sentence that may each state one figure; 其中 starts sub-counts up to the next part. */
const PART_END = /[；;]/u;
// 、 ends a clause after a figure's unit (收到申请154件、办结148件), never inside 行政复议、行政诉讼.
const CLAUSE_END = /[，,（）()]|(?<=[件宗起个次])、/u;
const SUB_COUNT = /^其中/u;
/** A year named in a sentence: 2023年, 2023 年度. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?=\s*年)/gu;

/** The figures a sentence states plainly about `year`. */
export function findStatements(sentence: string, year: number): NarrativeStatement[] {
  const years = allMatches(YEAR, sentence).map((match) => Number(match[1]));
  if (years.some((named) => named !== year) || SPLIT_SCOPE.test(sentence)) return [];
  const statements = sentence.split(PART_END).flatMap((part) => {
    const clauses = part.split(CLAUSE_END).map((clause) => clause.trim());
    const subCountAt = clauses.findIndex((clause) => SUB_COUNT.test(clause));
    const plain = subCountAt < 0 ? clauses : clauses.slice(0, subCountAt);
    return plain.flatMap((clause) => statementsOfClause(clause, sentence));
  });
  // A figure whose own words do not say what it counts needs a sentence that does, or that states the applications
  // received (共收到申请154件、办结148件).
  const statesReceived = statements.some((statement) => statement.figure === 'received');
  return statements.filter((statement) => {
    const definition: NarrativeFigure = NARRATIVE_FIGURES[statement.figure];
    return !definition.sentenceMustName || statesReceived || definition.sentenceMustName.test(sentence);
  });
}

/** The patterns that read a number (group `n`, never optional): none can match a clause without a digit. */
const READS_NUMBER = new Set(
  Object.values(NARRATIVE_FIGURES).flatMap((definition): RegExp[] =>
    definition.patterns.filter((pattern) => pattern.source.includes('(?<n>')),
  ),
);
/** What `\d` in those patterns matches (the text is NFKC already: full-width digits are ASCII). */
const DIGIT = /\d/u;

function statementsOfClause(clause: string, sentence: string): NarrativeStatement[] {
  // Three clauses in four hold no digit: only the patterns that state 0 (未收到…申请) are tried on them.
  const holdsDigit = DIGIT.test(clause);
  return (Object.keys(NARRATIVE_FIGURES) as NarrativeFigureKey[]).flatMap((figure) => {
    const definition = NARRATIVE_FIGURES[figure];
    const patterns = holdsDigit
      ? definition.patterns
      : definition.patterns.filter((pattern) => !READS_NUMBER.has(pattern));
    return patterns.flatMap((pattern) =>
      allMatches(pattern, clause).flatMap((match): NarrativeStatement[] => {
        const start = match.index;
        const end = start + match[0].length;
        const before = clause.slice(0, start);
        const after = clause.slice(end);
        if (!PLAIN_PREFIX.test(before) || APPROXIMATE_AFTER.test(after)) return [];
        if (COMPARISON_WORDS.test(before) || COMPARISON_WORDS.test(after)) return [];
        const printed = match.groups?.n;
        const value = printed === undefined ? 0 : Number(printed.replaceAll(',', ''));
        return [{ figure, value, sentence, clause, words: match[0] }];
      }),
    );
  });
}

/**
 * Every match of the global `pattern` in `text`, as `[...text.matchAll(pattern)]` gives them, without the copy of
 * the pattern matchAll makes on each call: that copy cost 8 times the matching over a report's ~160 clauses and 11
 * patterns (0.6 of 3 ms per report). The pattern's lastIndex is left at 0.
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern (got ${pattern})`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character (a code point under the u flag), as matchAll does.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return matches;
}
