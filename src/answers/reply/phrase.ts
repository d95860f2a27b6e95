// Phrasing: a lookup result becomes the reply text. Every number it states is one of the result's facts.
import { type Check, TABLE_OF_SECTION } from '../../parser/index.js';
import { dimensionLabel, getMetric, metricLabel, UNIT_WORDS } from '../metrics.js';
import type { ChosenYear, Computation, FailingReport, LookupResult, Missing, ValueBlock } from '../result.js';
import type { AnswerStatus, Fact, Lang } from '../types.js';
import { type Citation, citationsOf, citeReports } from './cite-reports.js';
import { PHRASE_BOOKS, type PhraseBook } from './phrase-book.js';

/** What the conversation filled in, for the reply to say (沿用上一问：深圳市龙岗区人民政府 2022年). */
export interface ReplyContext {
  readonly inherited?: {
    readonly organs: readonly string[];
    readonly years: readonly number[];
    /** Taken past the last question, which found no data (上一问没有数据，沿用再前一问). */
    readonly isPastUnanswered?: boolean;
  };
  /** 去年 / 前年 read as years counted back from the store's latest year (the rule the reply states). */
  readonly relativeYears?: { readonly latest: number; readonly years: readonly number[] };
}

/** Results that say nothing of organs or years, so a note on where those came from would be noise. */
const WITHOUT_CONTEXT: ReadonlySet<LookupResult['kind']> = new Set(['chat', 'help', 'not_understood', 'clarify']);

/**
 * The reply text for a result in a language: a follow-up's reply first says what it took from the last question;
 * a reply stating numbers ends with its source footer (each report it cites once, by its title).
 */
export function phrase(result: LookupResult, lang: Lang, context: ReplyContext = {}): string {
  const book = PHRASE_BOOKS[lang];
  const lines = phraseLines(result, book, lang);
  const { inherited, relativeYears } = context;
  const saysContext = !WITHOUT_CONTEXT.has(result.kind);
  return [
    ...(inherited && saysContext
      ? [book.inheritedNote(inherited.organs, inherited.years, inherited.isPastUnanswered === true)]
      : []),
    ...(relativeYears && saysContext ? [book.relativeYearsNote(relativeYears.latest, relativeYears.years)] : []),
    ...lines,
    ...('missing' in result ? result.missing.map((missing) => phraseMissing(missing, book, lang)) : []),
    ...[sourceFooter(result, lang)].filter((footer) => footer !== ''),
  ].join('\n');
}

/** The source footer a result's reply ends with ('' for none): what `phrase` appends after the reply's lines. */
export function sourceFooter(result: LookupResult, lang: Lang): string {
  return citeReports(citationsOfResult(result), lang);
}

/**
 * The reports whose facts or findings the reply states, in the order it states them. A clarifying question's
 * previews of the figures it offers are no facts (the person has not chosen yet): it stays short, without a footer.
 */
function citationsOfResult(result: LookupResult): Citation[] {
  if (result.kind === 'checks') return [...result.failing];
  return citationsOf(factsOf(result));
}

function phraseLines(result: LookupResult, book: PhraseBook, lang: Lang): string[] {
  switch (result.kind) {
    case 'values':
      return phraseValues(result.blocks, book, lang);
    case 'ranking':
      return phraseRanking(result, book, lang);
    case 'nonzero':
      return phraseNonzero(result, book, lang);
    case 'positions':
      return result.entries.map(
        ({ fact, position }, at) =>
          book.position(
            book.statement(fact.org, fact.year, fact.label, amount(fact, book)).trimEnd(),
            position,
            result.compared,
          ) +
          book.source(fact.source) +
          (at === 0 ? oneYearNote(result.chosenYear, book) : ''),
      );
    case 'changes':
      return result.changes.map(({ from, to, delta, percent }) => {
        const signed = (fact: Fact): string => `${fact.value > 0 ? '+' : ''}${amount(fact, book)}`;
        return (
          book.change(
            to.org,
            to.label,
            [from.year, amount(from, book)],
            [to.year, amount(to, book)],
            signed(delta),
            percent ? signed(percent) : null,
          ) + book.source(to.source)
        );
      });
    case 'shares':
      return phraseShares(result, book);
    case 'arithmetic':
      return phraseArithmetic(result, book, lang);
    case 'chooseYear': {
      const [first, second] = result.orgs;
      const example =
        first && second ? `${first.org}${first.years.at(-1)}年比${second.org}${second.years.at(-1)}年多多少` : '';
      return [book.chooseYearHead(example), ...result.orgs.map((entry) => book.reportsLine(entry.org, entry.years))];
    }
    case 'reports':
      return [
        book.reportsHead(result.reportCount, result.orgCount, result.scope, result.countsOrgans === true),
        ...result.orgs.map((entry) => book.reportsLine(entry.org, entry.years)),
        ...more(result.orgCount, result.orgs.length, book),
      ];
    case 'checks':
      return [
        book.checksHead(
          result.failingCount,
          result.checked,
          result.only,
          (result.sections ?? []).map((section) => TABLE_OF_SECTION[section]),
        ),
        ...result.failing.map((report) =>
          book.checksLine(
            report.org,
            report.year,
            byRule(report.checks)
              .map((group) => book.checkGroup(group))
              .join(book.itemSeparator),
          ),
        ),
        ...more(result.failingCount, result.failing.length, book),
      ];
    case 'clarify':
      return [
        result.isShareWhole
          ? book.whichShareWhole()
          : result.isRankedShare
            ? book.rankedShareUnlisted()
            : result.isSumShare
              ? book.sumShareWhich()
              : result.count !== undefined
                ? book.whichCounted(result.count, result.held ?? result.candidates.length)
                : result.meant
                  ? book.didYouMean(result.meant)
                  : book.clarify(result.name),
        ...result.candidates.map((org) => `- ${org}`),
        ...(result.more
          ? [result.more.isAtLeast ? book.atLeastMore(result.more.count) : book.more(result.more.count)]
          : []),
      ];
    case 'clarifyFigure':
      return phraseFigureChoice(result, book);
    case 'clarifyOperands':
      return [
        result.ofSum ? book.shareOfSummed() : result.whichOperation ? book.whichOperation() : book.whichOperands(),
      ];
    case 'chooseYears':
      return [book.whichYears(result.count, result.org, result.years)];
    case 'no_data':
      return result.missing.length > 0 ? [] : [book.noData()];
    case 'help':
      return [book.help(), ...result.examples.map((example) => `- ${example}`)];
    case 'chat':
      return [book.chat(result.chat), ...result.examples.slice(0, CHAT_EXAMPLES).map((example) => `- ${example}`)];
    case 'not_understood':
      return [book.notUnderstood(), ...result.examples.map((example) => `- ${example}`)];
  }
}

/** Which year a comparison read when none was asked, and the organs it leaves out. */
function oneYearNote(chosen: ChosenYear | undefined, book: PhraseBook): string {
  if (!chosen) return '';
  return book.oneYearNote(chosen.year, chosen.leftOut, chosen.leftOutCount, chosen.reason);
}

/** How many operands of a sum over a scope are listed under it. */
const OPERANDS_LISTED = 10;

/** Each result first, with its organs and years, then its operands with their sources. */
function phraseArithmetic(
  result: Extract<LookupResult, { kind: 'arithmetic' }>,
  book: PhraseBook,
  lang: Lang,
): string[] {
  const note = result.chosenYear === null ? '' : book.chosenYearNote(result.chosenYear, result.scope !== null);
  return result.items.flatMap((item) => {
    const { operands, operandCount } = item;
    const listed = operands.slice(0, OPERANDS_LISTED);
    const lines = listed.map((fact) =>
      book.operandLine(
        book.statement(fact.org, fact.year, fact.label, amount(fact, book)).trimEnd(),
        book.source(fact.source),
      ),
    );
    return [
      headOf(result, item, book, lang) + note,
      ...lines,
      ...more(operandCount ?? operands.length, listed.length, book),
    ];
  });
}

function headOf(
  result: Extract<LookupResult, { kind: 'arithmetic' }>,
  { result: computed, operands, isPerItem, divisor, doublings, relative, total: divided }: Computation,
  book: PhraseBook,
  lang: Lang,
): string {
  const labels = [...new Set(operands.map((fact) => fact.label))];
  const subjectOf = (fact: Fact): string => `${fact.org} ${yearWord(fact.year, lang)}`;
  const subjects = [...new Set(operands.map(subjectOf))];
  // What all operands share is said once, before them: the figure, or the organ and year.
  const sameLabel = labels.length === 1;
  const sameSubject = subjects.length === 1 && !sameLabel;
  const side = (fact: Fact): string =>
    sameSubject ? fact.label : `${subjectOf(fact)}${sameLabel ? '' : ` ${fact.label}`}`;
  const [first, second] = operands as [Fact, Fact];
  const colon = lang === 'zh' ? '：' : ': ';
  const lead = sameLabel ? `${labels[0]}${colon}` : sameSubject ? `${subjects[0]}${colon}` : '';
  switch (result.operation) {
    case 'difference':
      return `${lead}${book.differenceLine(side(first), side(second), book.difference(computed ?? { value: 0, unit: first.unit }), computed?.value === 0)}${relative && relative.value !== 0 ? book.relativeNote(relative.value > 0, amount({ ...relative, value: Math.abs(relative.value) }, book)) : ''}`;
    case 'ratio':
      if (!computed) return `${lead}${book.ratioOfZero(side(first), side(second))}`;
      if (divisor && divisor.per !== 'organ' && divisor.per !== 'year') {
        const isExact = isExactQuotient(computed, divisor.count, first);
        const per = { count: divisor.count, per: divisor.per };
        return `${lead}${book.perPeriodLine(side(first), amount(first, book), per, amount(computed, book), isExact)}`;
      }
      if (isPerItem) return `${lead}${book.perItemLine(side(first), side(second), amount(computed, book))}`;
      return `${lead}${book.ratioLine(side(first), side(second), amount(computed, book))}${doublings ? book.doublingsNote(amount(doublings, book)) : ''}`;
    case 'sum': {
      // 平均每家: the sum divided is stated, then the quotient.
      const sum = divided ?? computed;
      const total = sum ? amount(sum, book) : '';
      const years = result.scope?.years.map((year) => yearWord(year, lang)).join(book.listSeparator);
      const line = result.scope
        ? book.sumLine(
            book.scopeSubject(years ?? '', result.scope.regions, result.scope.level, result.scope.compared),
            labels.join('、'),
            total,
          )
        : book.sumLine(subjects.join(lang === 'zh' ? '、' : ', '), labels.join(lang === 'zh' ? '、' : ', '), total);
      if (!divisor || !divided || !computed) return line;
      const isExact = isExactQuotient(computed, divisor.count, divided);
      const note = divisor.per === 'year' ? book.perYearNote : book.perOrganNote;
      return `${line}${note(divisor.count, amount(computed, book), isExact)}`;
    }
  }
}

/** 552 件 ÷ 12 = 46 exactly; 262 ÷ 12 ≈ 21.8 is rounded, and the reply says so. */
const isExactQuotient = (quotient: Fact, count: number, divided: Fact): boolean =>
  Math.abs(quotient.value * count - divided.value) < 1e-9;

const yearWord = (year: number, lang: Lang): string => (lang === 'zh' ? `${year}年` : String(year));

/**
 * 您是想问 行政复议 吗？ for a misspelling, else which figure the unread words mean; then the figures offered, each
 * with its values for the organs and years asked, so the person sees what each choice would answer.
 */
function phraseFigureChoice(result: Extract<LookupResult, { kind: 'clarifyFigure' }>, book: PhraseBook): string[] {
  const { shareOf } = result;
  return [
    shareOf !== undefined
      ? book.whichWhole(shareOf)
      : result.meant.length > 0
        ? book.didYouMean(result.meant)
        : book.whichFigure(result.unread, result.isAgain === true),
    ...result.options.map(({ label, facts }) =>
      book.figureOption(
        shareOf === undefined ? label : book.shareOfWhole(label),
        facts.map((fact) => [fact.org, fact.year, amount(fact, book)] as const),
      ),
    ),
  ];
}

/** Checks grouped by rule, in order of first appearance. */
function byRule(checks: readonly Check[]): [Check, ...Check[]][] {
  const groups = new Map<string, [Check, ...Check[]]>();
  for (const check of checks) {
    const group = groups.get(check.rule);
    if (group) group.push(check);
    else groups.set(check.rule, [check]);
  }
  return [...groups.values()];
}

/** How many example questions a reply to chat lists: enough to start, short enough for a group. */
const CHAT_EXAMPLES = 3;

const amount = (fact: Fact, book: PhraseBook): string => book.number(fact);

/** The number a listed figure exceeds, in the figure's unit and as the book writes it (500 件, 100,000,000 元). */
const aboveAmount = (value: number, metricId: string, book: PhraseBook, lang: Lang): string =>
  book.number({ value, unit: UNIT_WORDS[getMetric(metricId).unit][lang] });
const more = (total: number, shown: number, book: PhraseBook): string[] =>
  total > shown ? [book.more(total - shown)] : [];

/** Each block; the note that the latest report was used is said once per report. */
function phraseValues(blocks: readonly ValueBlock[], book: PhraseBook, lang: Lang): string[] {
  const noted = new Set<string>();
  return blocks.flatMap((block) => {
    const key = `${block.org}/${block.year}`;
    const isFirst = !noted.has(key);
    noted.add(key);
    return phraseBlock({ ...block, isLatest: block.isLatest && isFirst }, book, lang);
  });
}

function phraseRanking(result: Extract<LookupResult, { kind: 'ranking' }>, book: PhraseBook, lang: Lang): string[] {
  const [first] = result.entries;
  if (result.compared === 0) return [book.noReportsOf(result.years)];
  if (!first) return [book.nonzeroHead(metricLabel(getMetric(result.metric), lang), result.years, 0, result.compared)];
  const label = metricLabel(getMetric(result.metric), lang);
  const isExtreme = result.aggregation === 'max' || result.aggregation === 'min';
  const warnings = failedCheckLines(result.failing, book);
  const note = oneYearNote(result.chosenYear, book);
  if (isExtreme && result.entries.length === 1) {
    return [
      book.extreme(
        label,
        result.aggregation === 'max',
        result.years,
        first.org,
        first.year,
        amount(first, book),
        result.compared,
      ) + note,
      book.eachSource(first.source),
      ...warnings,
    ];
  }
  const head = book.rankingHead(label, result.aggregation, result.years, result.compared, result.tied) + note;
  const lines = result.entries.map((fact, at) => book.rankingLine(at + 1, fact.org, fact.year, amount(fact, book)));
  return [
    head,
    ...lines,
    ...more(result.tied, result.entries.length, book),
    book.eachSource(first.source),
    ...warnings,
  ];
}

function phraseShares(result: Extract<LookupResult, { kind: 'shares' }>, book: PhraseBook): string[] {
  const lines = result.shares.map(
    ({ part, whole, share }) =>
      book.share(
        part.org,
        part.year,
        [part.label, amount(part, book)],
        [whole.label, amount(whole, book)],
        amount(share, book),
      ) + book.source(part.source),
  );
  const { ranking } = result;
  const [first] = result.shares;
  if (!ranking || !first) return lines;
  const head =
    book.shareRankingHead(first.part.label, first.whole.label, ranking.isDescending, ranking.years, ranking.compared) +
    oneYearNote(ranking.chosenYear, book);
  return [head, ...lines.map((line, at) => `${at + 1}. ${line}`)];
}

function phraseNonzero(result: Extract<LookupResult, { kind: 'nonzero' }>, book: PhraseBook, lang: Lang): string[] {
  if (result.compared === 0) return [book.noReportsOf(result.years)];
  const label = metricLabel(getMetric(result.metric), lang);
  const head = result.isZero
    ? book.zeroHead(label, result.years, result.matched, result.compared)
    : result.above !== undefined
      ? book.aboveHead(
          label,
          result.years,
          aboveAmount(result.above, result.metric, book, lang),
          result.matched,
          result.compared,
        )
      : book.nonzeroHead(label, result.years, result.matched, result.compared);
  const lines = result.entries.map((fact) => book.listLine(fact.org, fact.year, amount(fact, book)));
  const [first] = result.entries;
  return [
    head,
    ...lines,
    ...more(result.matched, result.entries.length, book),
    ...(first ? [book.eachSource(first.source)] : []),
    ...failedCheckLines(result.failing, book),
  ];
}

/** A line for each listed report whose figure fails a check, by rule. */
const failedCheckLines = (failing: readonly FailingReport[] | undefined, book: PhraseBook): string[] =>
  (failing ?? []).flatMap((report) =>
    byRule(report.checks).map((group) => book.rankedFailedCheck(report.org, report.year, group)),
  );

function phraseBlock(block: ValueBlock, book: PhraseBook, lang: Lang): string[] {
  const headline = block.fact;
  const partsText = block.parts
    .map((part) => book.part(partLabel(part, headline, lang), book.number(part)))
    .join(book.listSeparator);
  const label = headline?.label ?? dimensionLabel(getMetric(block.parts[0]?.metric ?? ''), 'row', lang);
  const amount = headline ? book.number(headline) : '';
  const statement = book.statement(block.org, block.year, label, amount).trimEnd();
  const text =
    block.parts.length === 0
      ? statement
      : headline
        ? book.withParts(statement, partsText)
        : book.listing(statement, partsText);
  const source =
    headline && block.parts.length === 0
      ? book.source(headline.source)
      : book.tableSource(headline?.source.table ?? block.parts[0]?.source.table ?? '');
  const notes = [
    block.printedAs !== undefined ? book.printedNote(block.printedAs) : '',
    block.isLatest ? book.latestNote(block.year) : '',
    block.twin && headline ? book.twinNote(block.twin.askedLabel, headline.source.column, block.twin.template) : '',
  ].join('');
  return [text + source + notes, ...byRule(block.failedChecks).map((group) => book.failedCheck(group))];
}

/** In a breakdown, a part is named by what differs from the headline: its column, or its row. */
function partLabel(part: Fact, headline: Fact | null, lang: Lang): string {
  const spec = getMetric(part.metric);
  if (!headline) return dimensionLabel(spec, 'column', lang);
  const head = getMetric(headline.metric);
  return dimensionLabel(spec, head.row === spec.row ? 'column' : 'row', lang);
}

function phraseMissing(missing: Missing, book: PhraseBook, lang: Lang): string {
  switch (missing.kind) {
    case 'organ':
      return [
        book.unknownOrgan(missing.name, missing.isRegionKnown),
        ...missing.nearby.map((org) => `- ${org}`),
        ...(missing.orgCount > missing.nearby.length && !missing.isRegionKnown
          ? [book.more(missing.orgCount - missing.nearby.length)]
          : []),
      ].join('\n');
    case 'year':
      return book.missingYear(missing.org, missing.year, missing.available);
    case 'misprint':
      return book.answeredForMisprint(missing.name, missing.org);
    case 'zeroWhole':
      return book.zeroWhole(missing.org, missing.year, missing.whole);
    case 'unplaced':
      return [
        book.unplacedOrgs(missing.province),
        ...missing.orgs.map((org) => `- ${org}`),
        ...(missing.more ? [book.andOthers()] : []),
      ].join('\n');
    case 'column': {
      const label = metricLabel(getMetric(missing.metric), lang);
      const instead = missing.instead
        .map((fact) => book.part(dimensionLabel(getMetric(fact.metric), 'column', lang), book.number(fact)))
        .join(book.listSeparator);
      return (
        book.missingColumn(missing.org, missing.year, label, missing.template) +
        (instead ? book.instead(instead) : '') +
        (missing.instead[0] ? book.tableSource(missing.instead[0].source.table) : '')
      );
    }
  }
}

/** Every number the reply states, as facts. */
export function factsOf(result: LookupResult): Fact[] {
  const missingFacts =
    'missing' in result ? result.missing.flatMap((missing) => (missing.kind === 'column' ? missing.instead : [])) : [];
  switch (result.kind) {
    case 'values':
      return [
        ...result.blocks.flatMap((block) => [...(block.fact ? [block.fact] : []), ...block.parts]),
        ...missingFacts,
      ];
    case 'ranking':
    case 'nonzero':
      return [...result.entries, ...missingFacts];
    case 'positions':
      return [...result.entries.map((entry) => entry.fact), ...missingFacts];
    case 'changes':
      return [
        ...result.changes.flatMap((change) => [
          change.from,
          change.to,
          change.delta,
          ...(change.percent ? [change.percent] : []),
        ]),
        ...missingFacts,
      ];
    case 'shares':
      return [...result.shares.flatMap((share) => [share.part, share.whole, share.share]), ...missingFacts];
    case 'arithmetic':
      return [
        ...result.items.flatMap((item) => [
          ...(item.result ? [item.result] : []),
          ...(item.doublings ? [item.doublings] : []),
          ...(item.relative ? [item.relative] : []),
          ...(item.total ? [item.total] : []),
          ...item.operands.slice(0, OPERANDS_LISTED),
        ]),
        ...missingFacts,
      ];
    default:
      return missingFacts;
  }
}

/** The answer status a result stands for. */
export function statusOf(result: LookupResult): AnswerStatus {
  if (
    result.kind === 'clarify' ||
    result.kind === 'no_data' ||
    result.kind === 'not_understood' ||
    result.kind === 'chat'
  )
    return result.kind;
  if (result.kind === 'chooseYear') return 'clarify';
  if (result.kind === 'clarifyFigure' || result.kind === 'clarifyOperands' || result.kind === 'chooseYears')
    return 'clarify';
  if (result.kind === 'checks' && result.checked === 0) return 'no_data';
  // 乡镇街道的年报有吗 with none held: no list of nothing, and no 0 read as how many the place has.
  if (result.kind === 'reports' && result.reportCount === 0) return 'no_data';
  // A ranking or list over no report at all (a year nobody filed) found nothing to state.
  if ((result.kind === 'ranking' || result.kind === 'nonzero' || result.kind === 'positions') && result.compared === 0)
    return 'no_data';
  return 'answered';
}
