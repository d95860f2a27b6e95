// Phrasing: a lookup result becomes the reply text. Every number it states is one of the result's facts.
import type { Check } from '../../parser/index.js';
import { dimensionLabel, getMetric, metricLabel } from '../metrics.js';
import type { LookupResult, Missing, ValueBlock } from '../result.js';
import type { AnswerStatus, Fact, Lang } from '../types.js';
import { PHRASE_BOOKS, type PhraseBook } from './phrase-book.js';

/** The reply text for a result in a language. */
export function phrase(result: LookupResult, lang: Lang): string {
  const book = PHRASE_BOOKS[lang];
  const lines = phraseLines(result, book, lang);
  return [
    ...lines,
    ...('missing' in result ? result.missing.map((missing) => phraseMissing(missing, book, lang)) : []),
  ].join('\n');
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
        ({ fact, position }) =>
          book.position(
            book.statement(fact.org, fact.year, fact.label, amount(fact, book)).trimEnd(),
            position,
            result.compared,
          ) + book.source(fact.source),
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
    case 'reports':
      return [
        book.reportsHead(result.reportCount, result.orgCount),
        ...result.orgs.map((entry) => book.reportsLine(entry.org, entry.years)),
        ...more(result.orgCount, result.orgs.length, book),
      ];
    case 'checks':
      return [
        book.checksHead(result.failingCount, result.checked),
        ...result.failing.map((report) =>
          book.checksLine(
            report.org,
            report.year,
            report.file,
            byRule(report.checks)
              .map((group) => book.checkGroup(group))
              .join(book.itemSeparator),
          ),
        ),
        ...more(result.failingCount, result.failing.length, book),
      ];
    case 'clarify':
      return [book.clarify(result.name), ...result.candidates.map((org) => `- ${org}`)];
    case 'no_data':
      return result.missing.length > 0 ? [] : [book.noData()];
    case 'help':
      return [book.help(), ...result.examples.map((example) => `- ${example}`)];
    case 'not_understood':
      return [book.notUnderstood(), ...result.examples.map((example) => `- ${example}`)];
  }
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

const amount = (fact: Fact, book: PhraseBook): string => book.number(fact.value, fact.unit);
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
  const warnings = (result.failing ?? []).flatMap((report) =>
    byRule(report.checks).map((group) => book.rankedFailedCheck(report.org, report.year, group)),
  );
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
      ),
      book.eachSource(first.source),
      ...warnings,
    ];
  }
  const head = book.rankingHead(label, result.aggregation, result.years, result.compared, result.tied);
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
  const head = book.shareRankingHead(
    first.part.label,
    first.whole.label,
    ranking.isDescending,
    ranking.years,
    ranking.compared,
  );
  return [head, ...lines.map((line, at) => `${at + 1}. ${line}`)];
}

function phraseNonzero(result: Extract<LookupResult, { kind: 'nonzero' }>, book: PhraseBook, lang: Lang): string[] {
  if (result.compared === 0) return [book.noReportsOf(result.years)];
  const label = metricLabel(getMetric(result.metric), lang);
  const head = result.isZero
    ? book.zeroHead(label, result.years, result.matched, result.compared)
    : book.nonzeroHead(label, result.years, result.matched, result.compared);
  const lines = result.entries.map((fact) => book.listLine(fact.org, fact.year, amount(fact, book)));
  const [first] = result.entries;
  return [
    head,
    ...lines,
    ...more(result.matched, result.entries.length, book),
    ...(first ? [book.eachSource(first.source)] : []),
  ];
}

function phraseBlock(block: ValueBlock, book: PhraseBook, lang: Lang): string[] {
  const headline = block.fact;
  const partsText = block.parts
    .map((part) => book.part(partLabel(part, headline, lang), book.number(part.value, part.unit)))
    .join(book.listSeparator);
  const label = headline?.label ?? dimensionLabel(getMetric(block.parts[0]?.metric ?? ''), 'row', lang);
  const amount = headline ? book.number(headline.value, headline.unit) : '';
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
      : book.tableSource(
          headline?.source.table ?? block.parts[0]?.source.table ?? '',
          headline?.source.file ?? block.parts[0]?.source.file ?? '',
        );
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
    case 'column': {
      const label = metricLabel(getMetric(missing.metric), lang);
      const instead = missing.instead
        .map((fact) =>
          book.part(dimensionLabel(getMetric(fact.metric), 'column', lang), book.number(fact.value, fact.unit)),
        )
        .join(book.listSeparator);
      return (
        book.missingColumn(missing.org, missing.year, label, missing.template) +
        (instead ? book.instead(instead) : '') +
        (missing.instead[0] ? book.tableSource(missing.instead[0].source.table, missing.instead[0].source.file) : '')
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
    default:
      return missingFacts;
  }
}

/** The answer status a result stands for. */
export function statusOf(result: LookupResult): AnswerStatus {
  if (result.kind === 'clarify' || result.kind === 'no_data' || result.kind === 'not_understood') return result.kind;
  // A ranking or list over no report at all (a year nobody filed) found nothing to state.
  if ((result.kind === 'ranking' || result.kind === 'nonzero' || result.kind === 'positions') && result.compared === 0)
    return 'no_data';
  return 'answered';
}
