// Questions over every organ (of some years, of a level, or each organ's latest report) by a figure asked most,
// answered in what the reply shows whatever the store's size: counts and sums from figure_stats, places from
// figure_values, listed rows read in order from the figure's (year, figure, ties) index, or (figure, ties) WHERE
// latest. A year of 150,000 reports is never scanned; each query reads the few hundred index entries it lists.
import type pg from 'pg';
import { TIERS_OF_FILTER } from '../../organ-names/index.js';
import type {
  CountOptions,
  Figure,
  FigureCount,
  FigurePlaces,
  FigureRanking,
  FigureScope,
  FigureSum,
  RankFiguresOptions,
} from '../types.js';
import { type KeptCounts, selectKeptAbove, selectKeptCounts, selectKeptTied } from './figure-stats.js';
import { limitOf, Params, runListed, selectLacking, type Ties, tiesOf, toInt } from './select-figures.js';

/** The scope's reports by one figure column, with parameters added only when a query uses them. */
class WideScope {
  readonly params = new Params();
  readonly ties: Ties;
  private yearsSql: string | undefined;
  private levelSql: string | undefined;
  private tierSql: string | undefined;

  constructor(
    readonly column: string,
    readonly scope: FigureScope,
  ) {
    this.ties = tiesOf(scope, this.params);
  }

  private get isLatest(): boolean {
    return this.scope.years.length === 0 && this.scope.latestOnly === true;
  }

  /** The years asked, else every year held: each year is read from the (year, figure, …) index. */
  private years(): string {
    this.yearsSql ??=
      this.scope.years.length > 0
        ? this.params.add([...new Set(this.scope.years)], 'integer[]')
        : `ARRAY(SELECT year FROM figure_stats WHERE figure = '${this.column}' GROUP BY year HAVING sum(reports) > 0)`;
    return this.yearsSql;
  }

  /** The ties within one year (or among the latest reports), as the figure's indexes order them after the value. */
  private get innerTies(): string {
    if (this.scope.ties === 'organ') return this.isLatest ? 'org COLLATE "C", year' : 'org COLLATE "C"';
    return 'put_number, put_position';
  }

  private conditions(extra: readonly string[]): string {
    const conditions = [`${this.column} IS NOT NULL`, ...extra];
    if (this.scope.level !== undefined) {
      this.levelSql ??= this.params.add(this.scope.level, 'text');
      conditions.push(`level = ${this.levelSql}`);
    }
    if (this.scope.tier !== undefined) {
      this.tierSql ??= this.params.add(TIERS_OF_FILTER[this.scope.tier], 'text[]');
      conditions.push(`tier = ANY(${this.tierSql})`);
    }
    return conditions.join(' AND ');
  }

  /** The scope's reports stating the figure (and `extra`), as a WHERE clause the figure's indexes serve. */
  where(...extra: string[]): string {
    const rows = this.isLatest ? 'latest' : `year = ANY(${this.years()})`;
    return `${rows} AND ${this.conditions(extra)}`;
  }

  /** `body(rows)` for the latest reports, or for each year (`rows` its condition) with the years' rows merged. */
  private perYear(body: (rows: string) => string, order: string, limit: string): string {
    if (this.isLatest) return `(${body('latest')})`;
    return `(SELECT picked.* FROM unnest(${this.years()}) AS asked(asked_year)
      CROSS JOIN LATERAL (${body('year = asked.asked_year')}) AS picked ORDER BY ${order} LIMIT ${limit})`;
  }

  /**
   * The best value (the largest, or the smallest with 'ASC'), from figure_values: the figure's index would be read
   * past every report a level or tier leaves out (a department's best after 62,500 governments' figures).
   */
  best(order: 'ASC' | 'DESC'): string {
    const pick = order === 'DESC' ? 'max' : 'min';
    const conditions = [`figure = '${this.column}'`, this.isLatest ? 'latest' : `year = ANY(${this.years()})`];
    if (this.scope.level !== undefined) {
      this.levelSql ??= this.params.add(this.scope.level, 'text');
      conditions.push(`level = ${this.levelSql}`);
    }
    if (this.scope.tier !== undefined) {
      this.tierSql ??= this.params.add(TIERS_OF_FILTER[this.scope.tier], 'text[]');
      conditions.push(`tier = ANY(${this.tierSql})`);
    }
    return `(SELECT ${pick}(value) FROM figure_values WHERE ${conditions.join(' AND ')} AND reports > 0)`;
  }

  /** The first `limit` reports whose figure is `value`, by ties: one range of the index, read in order. */
  equal(value: string, limit: string): string {
    const columns = `id, org, year, put_number, put_position, ${this.column} AS value`;
    const conditions = this.conditions([`${this.column} = ${value}`]);
    return this.perYear(
      (rows) =>
        `SELECT ${columns} FROM reports WHERE ${rows} AND ${conditions} ORDER BY ${this.innerTies} LIMIT ${limit}`,
      this.ties('picked'),
      limit,
    );
  }

  /**
   * The first `limit` reports by value (`order`) then ties, or by ties alone, stating the figure (and `extra`).
   * By value, per year: the index gives the limit-th value (the cutoff, read index-only), then the fewer than
   * `limit` reports beyond it and the first of those at it in tie order, so a value shared by thousands (a 0, a
   * common count) is not read whole to sort its ties. By ties alone: reports_year_org (reports_latest_org).
   */
  ordered(options: { readonly order?: 'ASC' | 'DESC'; readonly extra?: string; readonly limit: string }): string {
    const { order, extra, limit } = options;
    const columns = `id, org, year, put_number, put_position, ${this.column} AS value`;
    const conditions = this.conditions(extra ? [extra] : []);
    if (!order)
      return this.perYear(
        (rows) =>
          `SELECT ${columns} FROM reports WHERE ${rows} AND ${conditions} ORDER BY ${this.innerTies} LIMIT ${limit}`,
        this.ties('picked'),
        limit,
      );
    const [cut, beyond] = order === 'DESC' ? ['min', '>'] : ['max', '<'];
    const body = (rows: string) => `
      SELECT ranked.* FROM (SELECT ${cut}(top.value) AS value FROM (
          SELECT ${this.column} AS value FROM reports WHERE ${rows} AND ${conditions}
          ORDER BY ${this.column} ${order} LIMIT ${limit}) AS top) AS cutoff
      CROSS JOIN LATERAL (
        (SELECT ${columns} FROM reports WHERE ${rows} AND ${conditions} AND ${this.column} ${beyond} cutoff.value
         ORDER BY ${this.column} ${order}, ${this.innerTies} LIMIT ${limit})
        UNION ALL
        (SELECT ${columns} FROM reports WHERE ${rows} AND ${conditions} AND ${this.column} = cutoff.value
         ORDER BY ${this.innerTies} LIMIT ${limit})
      ) AS ranked`;
    return this.perYear(body, `picked.value ${order}, ${this.ties('picked')}`, limit);
  }
}

const total = (counts: readonly KeptCounts[], key: 'counted' | 'zeros' | 'reports'): number =>
  counts.reduce((sum, entry) => sum + entry[key], 0);

export async function selectWideRanking(
  client: pg.Pool,
  column: string,
  scope: FigureScope,
  options: RankFiguresOptions,
): Promise<FigureRanking> {
  const wide = new WideScope(column, scope);
  const order = options.order === 'asc' ? 'ASC' : 'DESC';
  const limit = wide.params.add(limitOf(options.limit), 'bigint');
  const listedOrder = `listed.value ${order}, ${wide.ties('listed')}`;
  // 最多: the reports sharing the best value (the first of the index), counted from figure_values (a count on the
  // index read every tied report's row where a level or tier filters them: 7,000 rows, 26 ms); 前N: the N best.
  const isFirst = options.ties === 'first';
  const listed = isFirst ? wide.equal(wide.best(order), limit) : wide.ordered({ order, limit });
  const sql = `SELECT listed.value, reports.report FROM ${listed} AS listed JOIN reports USING (id)
    ORDER BY ${listedOrder}`;
  const [counts, { rows }, tied] = await Promise.all([
    selectKeptCounts(client, column, scope),
    runListed(client, sql, wide.params),
    isFirst ? selectKeptTied(client, column, scope, order) : 1,
  ]);
  return { rows, compared: total(counts, 'counted'), tied };
}

export async function selectWideCount(
  client: pg.Pool,
  column: string,
  scope: FigureScope,
  options: CountOptions,
): Promise<FigureCount> {
  const wide = new WideScope(column, scope);
  const limit = wide.params.add(limitOf(options.limit), 'bigint');
  if (options.above !== undefined) return selectWideAbove(client, wide, options.above, limit);
  // The non-zero ones are the index's top; the zeros one range of it, read in tie order.
  const listed = options.zero
    ? wide.equal('0', limit)
    : wide.ordered({ order: 'DESC', extra: `${column} <> 0`, limit });
  const sql = `SELECT listed.value, reports.report FROM ${listed} AS listed
    JOIN reports USING (id) ORDER BY listed.value DESC, ${wide.ties('listed')}`;
  const [counts, { rows }] = await Promise.all([
    selectKeptCounts(client, column, scope),
    runListed(client, sql, wide.params),
  ]);
  const [compared, zeros] = [total(counts, 'counted'), total(counts, 'zeros')];
  return { rows, compared, matched: options.zero ? zeros : compared - zeros };
}

/** 超过500件: the reports above the number, the largest first, and how many — a range of each year's index. */
async function selectWideAbove(client: pg.Pool, wide: WideScope, above: number, limit: string): Promise<FigureCount> {
  const { column } = wide;
  const beyond = `${column} > ${wide.params.add(above, 'float8')}`;
  const sql = `SELECT matched.count AS matched, listed.value, reports.report
    FROM (SELECT count(*) AS count FROM reports WHERE ${wide.where(beyond)}) AS matched
    LEFT JOIN (${wide.ordered({ order: 'DESC', extra: beyond, limit })} AS listed JOIN reports USING (id)) ON true
    ORDER BY listed.value DESC, ${wide.ties('listed')}`;
  const [counts, { counts: found, rows }] = await Promise.all([
    selectKeptCounts(client, column, wide.scope),
    runListed<{ matched: string }>(client, sql, wide.params),
  ]);
  return { rows, compared: total(counts, 'counted'), matched: toInt(found.matched) };
}

export async function selectWidePlaces(
  client: pg.Pool,
  column: string,
  scope: FigureScope,
  chosen: readonly { readonly id: string; readonly value: number }[],
): Promise<FigurePlaces> {
  const wide = new WideScope(column, scope);
  const ids = wide.params.add(
    chosen.map((entry) => entry.id),
    'text[]',
  );
  // A place is the count of reports above the value: summed over figure_values (one row per value held).
  const inside = client.query<{ inside: boolean[] }>(
    `SELECT ARRAY(SELECT EXISTS (SELECT 1 FROM reports WHERE id = asked.id AND ${wide.where()})
                  FROM unnest(${ids}) WITH ORDINALITY AS asked(id, n) ORDER BY n) AS inside`,
    wide.params.values,
  );
  const [counts, above, { rows }] = await Promise.all([
    selectKeptCounts(client, column, scope),
    selectKeptAbove(
      client,
      column,
      scope,
      chosen.map((entry) => entry.value),
    ),
    inside,
  ]);
  return { compared: total(counts, 'counted'), above, inScope: rows[0]?.inside ?? [] };
}

export async function selectWideSum(
  client: pg.Pool,
  column: string,
  figure: Figure,
  scope: FigureScope,
  options: { readonly listed?: number } = {},
): Promise<FigureSum> {
  const counts = await selectKeptCounts(client, column, scope);
  const years = counts
    .filter((entry) => entry.counted > 0)
    .map((entry) => ({ year: entry.year, sum: entry.cents / 100, count: entry.counted }));
  const sum = counts.reduce((cents, entry) => cents + entry.cents, 0) / 100;
  const isLacking = counts.some((entry) => entry.counted < entry.reports);
  const listed = limitOf(options.listed ?? 0);
  const wide = new WideScope(column, scope);
  const [first, lacking] = await Promise.all([
    // None counted: nothing to list (a walk of each year's (year, organ) index for none of a tier would read all).
    listed === 0 || total(counts, 'counted') === 0
      ? []
      : runListed(
          client,
          // By organ per year: reports_year_org read in order (reports_latest for the latest reports).
          `SELECT listed.value, reports.report
           FROM ${wide.ordered({ limit: wide.params.add(listed, 'bigint') })} AS listed JOIN reports USING (id)
           ORDER BY ${wide.ties('listed')}`,
          wide.params,
        ).then((found) => found.rows),
    isLacking ? selectLacking(client, figure, scope) : [],
  ]);
  return { sum, count: total(counts, 'counted'), years, rows: first, lacking };
}
