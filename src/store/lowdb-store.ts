import { access, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { StoreError } from '../errors.js';
import type { Report } from '../parser/index.js';
import { listOrgsOf } from './list-orgs.js';
import { rankReports } from './rank-reports.js';
import type { ConversationState, PutOutcome, ReportFilter, Store, StoredReport } from './types.js';

/** The store file's shape. `ingestedAt` and `meta` sit beside the canonical reports, never inside them. */
interface StoreFile {
  version: 1;
  reports: Report[];
  ingestedAt: Record<string, string>;
  meta: Record<string, string>;
}

const emptyFile = (): StoreFile => ({ version: 1, reports: [], ingestedAt: {}, meta: {} });

/**
 * Opens (or creates on first write) a lowdb JSON store. Every write replaces the whole file through a
 * temp file and rename, so a killed process leaves the previous store intact.
 */
export async function openLowdbStore(path: string, now: () => Date = () => new Date()): Promise<Store> {
  const db = new Low<StoreFile>(compactJsonFile(path), emptyFile());
  try {
    await db.read();
  } catch (error) {
    throw new StoreError(
      `${path}: the store file is not valid JSON (${(error as Error).message}). Move it away to start a new store.`,
      { cause: error },
    );
  }
  const data = validateShape(db.data, path);
  db.data = data;
  let positions = indexById(data.reports);
  let revision = 0; // counts the puts of this process that changed a report: one process per lowdb file
  // Follow-up memory stays in this process: one lowdb store serves one bot, and a file rewrite per question would be slow.
  const conversations = new Map<string, ConversationState>();

  const write = async (): Promise<void> => {
    try {
      await mkdir(dirname(path), { recursive: true });
      await db.write();
    } catch (error) {
      throw new StoreError(`${path}: cannot write the store (${(error as Error).message})`, { cause: error });
    }
  };

  const upsert = async (entries: readonly StoredReport[]): Promise<PutOutcome[]> => {
    const next = [...data.reports];
    const outcomes = entries.map(({ report, ingestedAt }): PutOutcome => {
      const at = positions.get(report.id);
      if (at === undefined) {
        positions.set(report.id, next.push(report) - 1);
        data.ingestedAt[report.id] = ingestedAt;
        return 'added';
      }
      if (next[at]?.source.sha256 === report.source.sha256) return 'unchanged';
      next[at] = report;
      data.ingestedAt[report.id] = ingestedAt;
      return 'replaced';
    });
    if (outcomes.some((outcome) => outcome !== 'unchanged')) {
      data.reports = next; // a new array, so callers' caches keyed by the old one expire
      revision += 1;
      await write();
    }
    return outcomes;
  };

  return {
    async put(reports) {
      const stamp = now().toISOString();
      return upsert(reports.map((report) => ({ report, ingestedAt: stamp })));
    },
    async putStored(entries) {
      return upsert(entries);
    },
    async get(id) {
      const at = positions.get(id);
      return at === undefined ? undefined : data.reports[at];
    },
    async find(filter) {
      // By organ or year through a map built once per report array: the engine asks this on every question.
      const key =
        filter.org !== undefined ? `org:${filter.org}` : filter.year !== undefined ? `year:${filter.year}` : undefined;
      const candidates = key === undefined ? data.reports : (groupsOf(data.reports).get(key) ?? []);
      return candidates.filter((report) => matches(report, filter));
    },
    async list() {
      return data.reports;
    },
    async listIngestedSince(since) {
      const after = since?.toISOString() ?? '';
      return data.reports
        .map((report): StoredReport => ({ report, ingestedAt: data.ingestedAt[report.id] ?? '' }))
        .filter((entry) => entry.ingestedAt > after);
    },
    async getMeta(key) {
      return data.meta[key];
    },
    async setMeta(key, value) {
      data.meta[key] = value;
      await write();
    },
    async listMeta() {
      return { ...data.meta };
    },
    async revision() {
      return String(revision);
    },
    async listOrgs(filter) {
      return listOrgsOf(data.reports, filter);
    },
    async rankBy(metric, options) {
      return rankReports(data.reports, metric, options);
    },
    async tryClaim(key, until, now = new Date()) {
      // One process per lowdb file, and no await between the check and the set: nothing can interleave.
      const held = data.meta[`claim:${key}`];
      if (held !== undefined && held > now.toISOString()) return false;
      data.meta[`claim:${key}`] = until.toISOString();
      await write();
      return true;
    },
    async getConversation(conversationId) {
      return conversations.get(conversationId);
    },
    async setConversation(conversationId, state) {
      conversations.set(conversationId, state);
    },
    async close() {
      positions = new Map();
    },
  };
}

/**
 * JSON without indentation: half the file size and resident memory of lowdb's indented JSONFile, which
 * matters because the whole store is read and rewritten at once.
 */
function compactJsonFile(path: string): DataFile<StoreFile> {
  return new DataFile<StoreFile>(path, {
    parse: (text) => JSON.parse(text) as StoreFile,
    stringify: (data) => JSON.stringify(data),
  });
}

/** True when a store file exists at the path. */
export async function storeExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
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

function validateShape(data: unknown, path: string): StoreFile {
  const file = data as Partial<StoreFile> | null;
  if (!file || typeof file !== 'object' || !Array.isArray(file.reports)) {
    throw new StoreError(`${path}: not a nianbao store (no "reports" list). Choose another --store path.`);
  }
  return { ...emptyFile(), ...file, reports: file.reports } as StoreFile;
}
