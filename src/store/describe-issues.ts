import type { z } from 'zod';

/** How many problems a message lists before "and N more". */
const LISTED = 3;

/**
 * The schema's complaints in a line a person can act on: where in the file (the report named by its id), what
 * was expected. `data` is the parsed file, to name reports.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  const lines = issues.slice(0, LISTED).map((issue) => `${describePath(issue.path, data)}: ${issue.message}`);
  const more = issues.length > LISTED ? ` (and ${issues.length - LISTED} more)` : '';
  return `${lines.join('; ')}${more}`;
}

function describePath(path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return 'the file';
  let text = '';
  for (const [at, key] of path.entries()) {
    text += typeof key === 'number' ? `[${key}]` : `${at === 0 ? '' : '.'}${String(key)}`;
    if (at === 1 && path[0] === 'reports' && typeof key === 'number') {
      const id = reportId(data, key);
      if (id !== undefined) text += ` (${id})`;
    }
  }
  return text;
}

function reportId(data: unknown, at: number): string | undefined {
  const reports = (data as { reports?: unknown[] } | null)?.reports;
  const id = (reports?.[at] as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}
