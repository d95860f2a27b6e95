// Runs the site watch (WATCH_URLS) on WATCH_CRON while the bot serves. New reports land in the store, so the
// engine answers them at once and the next digest lists them; with WATCH_ANNOUNCE they are also announced.
import { Cron } from 'croner';
import type { WatchConfig } from '../config.js';
import { type ColumnRun, type Fetcher, watchColumns } from '../fetch/index.js';
import type { ParseLimits, Report } from '../parser/index.js';
import type { Store } from '../store/index.js';
import { describeNewReports } from './ingest-words.js';
import type { Logger } from './logger.js';

export interface WatchScheduleDeps {
  readonly watch: WatchConfig;
  readonly timeZone: string;
  readonly store: Store;
  readonly fetcher: Fetcher;
  /** How far each report found may take the parser (Config.parse). */
  readonly limits: ParseLimits;
  readonly logger: Logger;
  /** Sends a text to the digest's destinations (WATCH_ANNOUNCE). */
  readonly announce?: (text: string) => Promise<unknown>;
}

export interface WatchSchedule {
  /** Runs the watch now (as a slot does); resolves with what each column gave. */
  runNow(): Promise<ColumnRun[]>;
  stop(): void;
}

/** How long a claimed watch slot stays claimed: longer than any run over a few slow sites. */
const CLAIM_MS = 60 * 60 * 1000;

/** Starts the schedule; nothing runs before the first slot. */
export function scheduleWatch(deps: WatchScheduleDeps): WatchSchedule {
  const { watch, logger } = deps;
  const runNow = () => runWatch(deps);
  const runSlot = async (slot: Date): Promise<void> => {
    try {
      // Several bot instances on one Postgres store: one of them walks the sites per slot.
      const until = new Date(Math.max(slot.getTime(), Date.now()) + CLAIM_MS);
      if (deps.store.tryClaim !== undefined && !(await deps.store.tryClaim(`watch:${slot.toISOString()}`, until))) {
        logger.info(`watch: the slot at ${slot.toISOString()} is being served by another instance`);
        return;
      }
      await runNow();
    } catch (error) {
      logger.error('watch: the scheduled run failed', error);
    }
  };
  // protect: a slow run (many pages, a slow site) must not overlap the next slot.
  const job = new Cron(watch.cron, { timezone: deps.timeZone, protect: true }, (self: Cron) =>
    runSlot(self.currentRun() ?? new Date()),
  );
  logger.info(
    `watch: ${watch.urls.length} column(s) on "${watch.cron}" (${deps.timeZone}), next ${job.nextRun()?.toISOString() ?? 'never'}`,
  );
  return { runNow, stop: () => job.stop() };
}

/** One run over every column: each page and report that failed is logged by URL, the new ones announced. */
async function runWatch(deps: WatchScheduleDeps): Promise<ColumnRun[]> {
  const { logger } = deps;
  const runs = await watchColumns(deps.store, deps.watch.urls, {
    fetcher: deps.fetcher,
    maxPages: deps.watch.maxPages,
    limits: deps.limits,
  });
  const added: Report[] = [];
  for (const run of runs) {
    for (const failure of run.pageFailures) logger.warn(`watch: ${failure.reason}`);
    for (const entry of run.reports) {
      if (entry.outcome === 'failed') logger.warn(`watch: ${entry.reason} (tried again next run)`);
      else if (entry.outcome === 'added') {
        const report = await deps.store.get(entry.id);
        if (report !== undefined) added.push(report);
      }
    }
    const failed = run.pageFailures.length + run.reports.filter((entry) => entry.outcome === 'failed').length;
    logger.info(
      `watch: ${run.column}: ${run.pages.length} list page(s) read, ${run.reports.length - failed} report(s) read, ${failed} failed`,
    );
  }
  if (added.length > 0 && deps.watch.announce && deps.announce !== undefined) {
    await deps.announce(describeNewReports(added));
  }
  return runs;
}
