// Reports and reports with a failed check, counted per (year, level, latest) by triggers on every write (migration
// 15), so 有几份报告的数据不一致 over every report (1,000,000 nationally, 250,000 of them failing) reads a few rows
// instead of counting two indexes.
import type pg from 'pg';
import type { FigureScope } from '../types.js';

/** The changed rows (`sign` 1 for rows written, -1 for rows removed or replaced) added to their counts, in key order. */
function addChecksSql(changed: string): string {
  return `
    INSERT INTO check_stats AS stats (year, level, latest, reports, failing)
    SELECT year, level, latest, sum(sign)::bigint, coalesce(sum(sign) FILTER (WHERE check_count > 0), 0)::bigint
    FROM (${changed}) AS changed
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (year, level, latest) DO UPDATE SET
      reports = stats.reports + EXCLUDED.reports, failing = stats.failing + EXCLUDED.failing;`;
}

/** The counts table, its triggers (one per kind of write, each with its transition tables), filled from the rows. */
export function checkStatsSql(): string {
  const columns = 'year, level, latest, check_count';
  const added = `SELECT 1 AS sign, ${columns} FROM added_rows`;
  const removed = `SELECT -1 AS sign, ${columns} FROM removed_rows`;
  // Writers wait until the table is filled and the triggers write it: none is missed between the two.
  return `
    LOCK TABLE reports IN SHARE ROW EXCLUSIVE MODE;
    CREATE TABLE check_stats (
      year integer NOT NULL, level text NOT NULL, latest boolean NOT NULL,
      reports bigint NOT NULL, failing bigint NOT NULL,
      PRIMARY KEY (year, level, latest)
    );
    CREATE FUNCTION count_added_checks() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${addChecksSql(added)} RETURN NULL; END $$;
    CREATE FUNCTION count_removed_checks() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${addChecksSql(removed)} RETURN NULL; END $$;
    CREATE FUNCTION count_changed_checks() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${addChecksSql(`${added} UNION ALL ${removed}`)} RETURN NULL; END $$;
    CREATE TRIGGER reports_added_checks AFTER INSERT ON reports REFERENCING NEW TABLE AS added_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_added_checks();
    CREATE TRIGGER reports_removed_checks AFTER DELETE ON reports REFERENCING OLD TABLE AS removed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_removed_checks();
    CREATE TRIGGER reports_changed_checks AFTER UPDATE ON reports
      REFERENCING NEW TABLE AS added_rows OLD TABLE AS removed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_changed_checks();
    ${addChecksSql(`SELECT 1 AS sign, ${columns} FROM reports`)}`;
}

/** The scope's reports and failing reports from the kept counts: for a scope of every organ (no organs, no region). */
export async function selectCheckCounts(
  client: pg.Pool,
  scope: FigureScope,
): Promise<{ readonly checked: number; readonly failing: number }> {
  const values: unknown[] = [];
  const conditions = ['true'];
  if (scope.years.length > 0) {
    values.push([...new Set(scope.years)]);
    conditions.push(`year = ANY($${values.length}::integer[])`);
  } else if (scope.latestOnly) conditions.push('latest');
  if (scope.level !== undefined) {
    values.push(scope.level);
    conditions.push(`level = $${values.length}::text`);
  }
  const { rows } = await client.query<{ checked: string; failing: string }>(
    `SELECT coalesce(sum(reports), 0) AS checked, coalesce(sum(failing), 0) AS failing
     FROM check_stats WHERE ${conditions.join(' AND ')}`,
    values,
  );
  return { checked: Number(rows[0]?.checked ?? 0), failing: Number(rows[0]?.failing ?? 0) };
}
