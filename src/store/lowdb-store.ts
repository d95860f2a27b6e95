import { access } from 'node:fs/promises';
import { Low } from 'lowdb';
import { StoreError } from '../errors.js';
import type { Report } from '../parser/index.js';
import {
  type ChangeTimes,
  compareYearsIn,
  countReportsIn,
  hasFailedCheck,
  listChangesIn,
  listChecksIn,
} from './figures/memory-digest.js';
import {
  countFiguresIn,
  listFailingIn,
  placeFiguresIn,
  rankFiguresIn,
  sumFiguresIn,
} from './figures/memory-figures.js';
import { findOrgsIn, listOrgsOf, listOrgsOfYearsIn, provinceRegionsIn } from './list-orgs.js';
import { emptyStoreFile, type FileStamp, StoreFileAdapter, stampOf, WriteConflict } from './store-file.js';
import type { StoreFile } from './store-file-schema.js';
import { type LockOptions, withFileLock } from './store-lock.js';
import type { ConversationState, PutOutcome, ReportFilter, Store, StoredReport } from './types.js';

export interface LowdbStoreOptions {
  /** The clock behind ingestion times; tests pass their own. */
  readonly now?: () => Date;
  /** Reads look at the file for another process's writes at most this often (ms). */
  readonly recheckMs?: number;
  readonly lock?: LockOptions;
}

/** A write that keeps meeting another writer's (each redone on a fresh read) gives up after this many tries. */
const MAX_WRITE_TRIES = 5;

/** A quarter of a second: a new report is answerable that soon, and a question costs no file system call. */
const DEFAULT_RECHECK_MS = 250;

/**
 * Opens (or creates on first write) a lowdb JSON store that any number of processes may share. Writes take the
 * file's lock, re-read the file if another process changed it, apply their change to what they read and replace
 * the whole file through a temp file and rename: nothing another process added is lost, and a killed process
 * leaves the previous file intact. Reads follow the file, so a running bot sees what an ingest adds.
 */
export async function openLowdbStore(path: string, options: LowdbStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const adapter = new StoreFileAdapter(path);
  const db = new Low<StoreFile>(adapter, emptyStoreFile());
  let stamp: FileStamp | null = null;
  let positions = new Map<string, number>();
  let revision = 0; // counts the report arrays this process has held: the same number means the same reports
  let checkedAt = Number.NEGATIVE_INFINITY;
  let failure: { stamp: FileStamp | null; error: unknown } | undefined;
  let writing: Promise<unknown> = Promise.resolve(); // this process's writes, one after another
  // Follow-up memory stays in this process: a file rewrite per question would be slow.
  const conversations = new Map<string, ConversationState>();

  /** Takes what the file holds now; the report array is kept (and caches on it stay valid) when its reports are. */
  const adopt = (file: StoreFile, fileStamp: FileStamp | null, held: readonly Report[] = db.data.reports): void => {
    const reports = sameReports(held, file.reports) ? (held as Report[]) : file.reports;
    if (reports !== held || revision === 0) {
      positions = indexById(reports);
      revision += 1;
    }
    db.data = { ...file, reports };
    stamp = fileStamp;
  };

  /** Re-reads the file when another process (or a hand) changed it. A malformed file fails every read until fixed. */
  const refresh = async (force = false): Promise<void> => {
    if (!force && performance.now() - checkedAt < recheckMs) {
      if (failure) throw failure.error;
      return;
    }
    checkedAt = performance.now();
    const current = await stampOf(path);
    if (failure && failure.stamp === current) throw failure.error;
    if (current === stamp && !failure) return;
    try {
      const file = current === null ? emptyStoreFile() : ((await adapter.read()) ?? emptyStoreFile());
      adopt(file, current);
      failure = undefined;
    } catch (error) {
      failure = { stamp: current, error };
      throw error;
    }
  };

  /**
   * Runs `change` on the file's latest content under the lock and writes its result, if it returns one. The write
   * lands only if the file is still the one read and the lock still ours (a stalled writer's lock may have been
   * taken over as stale); otherwise the change is redone on a fresh read, so that neither writer's change is lost.
   */
  const update = <T>(change: (file: StoreFile) => { next?: StoreFile; result: T }): Promise<T> => {
    const attempt = (): Promise<T> =>
      withFileLock(
        path,
        async (stillHeld) => {
          await refresh(true);
          const { next, result } = change(db.data);
          if (!next) return result;
          const [previous, readStamp] = [db.data, stamp];
          adapter.mayLand = async () => stillHeld() && (await stampOf(path)) === readStamp;
          db.data = next;
          try {
            await db.write();
          } catch (error) {
            db.data = previous; // memory stays what the file holds
            throw error;
          }
          adopt(next, await stampOf(path), previous.reports);
          return result;
        },
        options.lock,
      );
    const run = writing.then(async () => {
      for (let tries = 1; ; tries++) {
        try {
          return await attempt();
        } catch (error) {
          if (!(error instanceof WriteConflict) || tries >= MAX_WRITE_TRIES) throw asStoreError(error);
        }
      }
    });
    writing = run.catch(() => undefined);
    return run;
  };

  const upsert = (entries: readonly StoredReport[]): Promise<PutOutcome[]> =>
    update((file) => {
      const reports = [...file.reports];
      const ingestedAt = { ...file.ingestedAt };
      const times = changeTimesOf(file);
      const addedAt = Object.fromEntries(timesOf(reports, times.addedAt));
      const failingSince = timesOf(reports, times.failingSince);
      const at = indexById(reports);
      const outcomes = entries.map(({ report, ingestedAt: stamped }): PutOutcome => {
        const position = at.get(report.id);
        if (position !== undefined && reports[position]?.source.sha256 === report.source.sha256) return 'unchanged';
        // A report failing before and after its replacement has failed since the first of them.
        const failedSince = failingSince.get(report.id);
        if (hasFailedCheck(report)) failingSince.set(report.id, failedSince ?? stamped);
        else failingSince.delete(report.id);
        ingestedAt[report.id] = stamped;
        if (position !== undefined) {
          reports[position] = report;
          return 'replaced';
        }
        at.set(report.id, reports.push(report) - 1);
        addedAt[report.id] = stamped;
        return 'added';
      });
      const changed = outcomes.some((outcome) => outcome !== 'unchanged');
      return {
        next: changed
          ? { ...file, reports, ingestedAt, addedAt, failingSince: Object.fromEntries(failingSince) }
          : undefined,
        result: outcomes,
      };
    });

  const setMeta = (key: string, value: string): Promise<void> =>
    update((file) => ({ next: { ...file, meta: { ...file.meta, [key]: value } }, result: undefined }));

  const read = async (): Promise<StoreFile> => {
    await refresh();
    return db.data;
  };

  await refresh(true);
  return {
    async put(reports) {
      const stamped = now().toISOString();
      return upsert(reports.map((report) => ({ report, ingestedAt: stamped })));
    },
    async putStored(entries) {
      return upsert(entries);
    },
    async get(id) {
      const { reports } = await read();
      const at = positions.get(id);
      return at === undefined ? undefined : reports[at];
    },
    async find(filter) {
      const { reports } = await read();
      // By organ or year through a map built once per report array: the engine asks this on every question.
      const key =
        filter.org !== undefined ? `org:${filter.org}` : filter.year !== undefined ? `year:${filter.year}` : undefined;
      const candidates = key === undefined ? reports : (groupsOf(reports).get(key) ?? []);
      return candidates.filter((report) => matches(report, filter));
    },
    async list() {
      return (await read()).reports;
    },
    async listIngestedSince(since) {
      const { reports, ingestedAt } = await read();
      const after = since?.toISOString() ?? '';
      return reports
        .map((report): StoredReport => ({ report, ingestedAt: ingestedAt[report.id] ?? '' }))
        .filter((entry) => entry.ingestedAt > after);
    },
    async getMeta(key) {
      return (await read()).meta[key];
    },
    setMeta,
    async listMeta() {
      return { ...(await read()).meta };
    },
    async revision() {
      await refresh();
      return String(revision);
    },
    async listOrgs(filter) {
      return listOrgsOf((await read()).reports, filter);
    },
    async findOrgs(request) {
      return findOrgsIn(listOrgsOf((await read()).reports), request);
    },
    async findProvinceRegions(name) {
      return provinceRegionsIn(listOrgsOf((await read()).reports), name);
    },
    async listOrgsOfYears(years, listOptions) {
      return listOrgsOfYearsIn((await read()).reports, years, listOptions);
    },
    async countOrgans() {
      const counts = countReportsIn((await read()).reports);
      const years = counts.years.map(({ year, reports }) => ({ year, reports })).reverse();
      return { organs: counts.organs, years };
    },
    async rankFigures(figure, scope, rankOptions) {
      return rankFiguresIn((await read()).reports, figure, scope, rankOptions);
    },
    async countFigures(figure, scope, countOptions) {
      return countFiguresIn((await read()).reports, figure, scope, countOptions);
    },
    async placeFigures(figure, scope, chosen) {
      return placeFiguresIn((await read()).reports, figure, scope, chosen);
    },
    async sumFigures(figure, scope, sumOptions) {
      return sumFiguresIn((await read()).reports, figure, scope, sumOptions);
    },
    async listFailing(scope, failingOptions) {
      return listFailingIn((await read()).reports, scope, failingOptions);
    },
    async countReports() {
      return countReportsIn((await read()).reports);
    },
    async listChanges(since, changeOptions) {
      const file = await read();
      return listChangesIn(file.reports, changeTimesOf(file), since, changeOptions);
    },
    async compareYears(figure, year, compareOptions) {
      return compareYearsIn((await read()).reports, figure, year, compareOptions);
    },
    async listChecks(year, rulePrefix, checkOptions) {
      return listChecksIn((await read()).reports, year, rulePrefix, checkOptions);
    },
    async tryClaim(key, until, at = new Date()) {
      // Checked and taken under the file's lock: exactly one of several processes gets it.
      return update((file) => {
        const held = file.meta[`claim:${key}`];
        if (held !== undefined && held > at.toISOString()) return { result: false };
        return { next: { ...file, meta: { ...file.meta, [`claim:${key}`]: until.toISOString() } }, result: true };
      });
    },
    async getConversation(conversationId) {
      return conversations.get(conversationId);
    },
    async setConversation(conversationId, state) {
      conversations.set(conversationId, state);
    },
    async close() {
      await writing;
    },
  };
}

/** True when a store file exists at the path. */
export async function storeExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Same reports in the same order: ids and source hashes (a put changes a report only with its source). */
function sameReports(held: readonly Report[], read: readonly Report[]): boolean {
  if (held.length !== read.length) return false;
  for (let at = 0; at < held.length; at++) {
    const [a, b] = [held[at] as Report, read[at] as Report];
    if (a.id !== b.id || a.source.sha256 !== b.source.sha256) return false;
  }
  return true;
}

/** The file's change times; a file from before they were kept counts each report as added and failing since its ingestion. */
function changeTimesOf(file: StoreFile): ChangeTimes {
  const byId = new Map(file.reports.map((report) => [report.id, report]));
  const ingestedAt = (id: string): string => file.ingestedAt[id] ?? '';
  return {
    ingestedAt,
    addedAt: (id) => file.addedAt?.[id] ?? ingestedAt(id),
    failingSince: (id) => {
      if (file.failingSince) return file.failingSince[id];
      const report = byId.get(id);
      return report && hasFailedCheck(report) ? ingestedAt(id) : undefined;
    },
  };
}

/** Each report's time, where it has one. */
function timesOf(reports: readonly Report[], timeOf: (id: string) => string | undefined): Map<string, string> {
  const times = new Map<string, string>();
  for (const { id } of reports) {
    const time = timeOf(id);
    if (time !== undefined && time !== '') times.set(id, time);
  }
  return times;
}

function matches(report: Report, filter: ReportFilter): boolean {
  return (
    (filter.org === undefined || report.org === filter.org) &&
    (filter.region === undefined || report.region === filter.region) &&
    (filter.year === undefined || report.year === filter.year)
  );
}

const groupsByArray = new WeakMap<readonly Report[], Map<string, Report[]>>();

/** The reports of each organ (`org:…`) and each year (`year:…`), in store order. */
function groupsOf(reports: readonly Report[]): Map<string, Report[]> {
  let groups = groupsByArray.get(reports);
  if (!groups) {
    groups = new Map();
    for (const report of reports) {
      for (const key of [`org:${report.org}`, `year:${report.year}`]) {
        const list = groups.get(key);
        if (list) list.push(report);
        else groups.set(key, [report]);
      }
    }
    groupsByArray.set(reports, groups);
  }
  return groups;
}

function indexById(reports: readonly Report[]): Map<string, number> {
  return new Map(reports.map((report, at) => [report.id, at]));
}

function asStoreError(error: unknown): unknown {
  return error instanceof WriteConflict
    ? new StoreError(`${error.message} ${MAX_WRITE_TRIES} times in a row; nothing was written, try again.`)
    : error;
}
