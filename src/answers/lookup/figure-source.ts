// Where results over many reports come from: the store's own queries (SQL on Postgres, lowdb's scans), or the
// same scans over the reports of an index built from list(). Either way the engine never scans a year itself.
import type { Report } from '../../parser/index.js';
import {
  countFiguresIn,
  type Figure,
  type FigureScope,
  listFailingIn,
  listOrgsOfYearsIn,
  placeFiguresIn,
  rankFiguresIn,
  type Store,
  sumFiguresIn,
} from '../../store/index.js';
import type { MetricSpec } from '../metrics.js';
import type { OrgEntry } from '../organs/index.js';
import { levelFilterOf, type Query } from '../query.js';

/** The store's result methods. */
export type FigureSource = Required<
  Pick<Store, 'rankFigures' | 'countFigures' | 'placeFigures' | 'sumFigures' | 'listFailing' | 'listOrgsOfYears'>
>;

/** The store's result methods when it has them all. */
export function figuresOfStore(store: Store): FigureSource | undefined {
  const { rankFigures, countFigures, placeFigures, sumFigures, listFailing, listOrgsOfYears } = store;
  if (!rankFigures || !countFigures || !placeFigures || !sumFigures || !listFailing || !listOrgsOfYears)
    return undefined;
  return {
    rankFigures: rankFigures.bind(store),
    countFigures: countFigures.bind(store),
    placeFigures: placeFigures.bind(store),
    sumFigures: sumFigures.bind(store),
    listFailing: listFailing.bind(store),
    listOrgsOfYears: listOrgsOfYears.bind(store),
  };
}

/** The same results over every report of a list, computed in memory as lowdb does. */
export function figuresOfReports(reports: readonly Report[]): FigureSource {
  return {
    rankFigures: async (figure, scope, options) => rankFiguresIn(reports, figure, scope, options),
    countFigures: async (figure, scope, options) => countFiguresIn(reports, figure, scope, options),
    placeFigures: async (figure, scope, chosen) => placeFiguresIn(reports, figure, scope, chosen),
    sumFigures: async (figure, scope, options) => sumFiguresIn(reports, figure, scope, options),
    listFailing: async (scope, options) => listFailingIn(reports, scope, options),
    listOrgsOfYears: async (years, options) => listOrgsOfYearsIn(reports, years, options),
  };
}

/** A metric as the store reads it: its cells' paths, summed. */
export function figureOf(spec: MetricSpec): Figure {
  return { cells: spec.cells.map((cell) => `${spec.section}.${cell.row}.${cell.column}`) };
}

/**
 * The reports of a question across organs that names none: of a level with no region (区县政府, 各部门, 市本级),
 * the store's columns (the reports' level and their organs' tier) — its organs never read; else as scopeOf
 * gives them, `candidates` read then.
 */
export function fieldOf(
  query: Query,
  candidates: () => readonly OrgEntry[] | null,
  hasRegions: boolean,
  latestOnly: boolean,
): FigureScope {
  if (hasRegions || query.level === null) return scopeOf(query, candidates(), hasRegions, latestOnly);
  return { years: query.years, latestOnly, ...levelFilterOf(query.level), ties: 'organ' };
}

export { levelFilterOf };

/** The store's filter of a level. */
export type LevelFilter = Pick<FigureScope, 'level' | 'tier'>;

/**
 * The reports a question across organs compares: of the years asked, else each organ's latest (`latestOnly`) or
 * all; of the organs narrowed to by region (`candidates`), or of a level. Ties keep the order the engine has
 * always listed them in: by organ when narrowed or when reading each organ's latest, else by year and store order.
 */
export function scopeOf(
  query: Query,
  candidates: readonly OrgEntry[] | null,
  hasRegions: boolean,
  latestOnly: boolean,
): FigureScope {
  const years = query.years;
  if (candidates === null) return { years, latestOnly, ties: years.length === 0 && latestOnly ? 'organ' : 'store' };
  // Governments or departments alone are a column of the store; regions and tiers are resolved to their organs.
  if (!hasRegions && (query.level === 'government' || query.level === 'department'))
    return { years, latestOnly, level: query.level, ties: 'organ' };
  return { years, latestOnly, orgs: candidates.map((entry) => entry.org), ties: 'organ' };
}
