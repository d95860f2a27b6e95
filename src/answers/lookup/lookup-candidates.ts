// A clarifying question about a figure: each figure the question may have meant, with its value for the organs and
// years asked, so that the person can pick one. The values are facts of the clarify, not an answer.
import { getMetric, metricLabel } from '../metrics.js';
import type { StoreIndex } from '../organs/index.js';
import { EMPTY_QUERY, type Query } from '../query.js';
import type { FigureOption, LookupResult } from '../result.js';
import type { Lang } from '../types.js';
import { executeQuery } from './execute-query.js';

/** What understanding could not place: the unread words, a misspelling's table words, the figures it may mean. */
export interface FigureQuestion {
  readonly query: Query;
  readonly unread: readonly string[];
  readonly meant: readonly string[];
  readonly candidates: readonly string[];
  readonly isAgain?: boolean;
  readonly shareOf?: string;
}

/** The figures offered, each with its values where the question named an organ (at most its years asked). */
export async function lookupCandidates(question: FigureQuestion, index: StoreIndex, lang: Lang): Promise<LookupResult> {
  const { query } = question;
  const options: FigureOption[] = [];
  for (const metric of question.candidates) {
    const label = metricLabel(getMetric(metric), lang);
    if (query.organs.length === 0) {
      options.push({ metric, label, facts: [] });
      continue;
    }
    // Values of the named organs only: their reports are in the index.
    const found = await executeQuery({ ...EMPTY_QUERY, organs: query.organs, years: query.years, metric }, index, {
      lang,
    });
    const facts = found.kind === 'values' ? found.blocks.flatMap((block) => (block.fact ? [block.fact] : [])) : [];
    options.push({ metric, label, facts });
  }
  return {
    kind: 'clarifyFigure',
    unread: question.unread,
    meant: question.meant,
    options,
    ...(question.isAgain ? { isAgain: true } : {}),
    ...(question.shareOf ? { shareOf: metricLabel(getMetric(question.shareOf), lang) } : {}),
  };
}
