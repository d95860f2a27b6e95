// A store of N synthetic organs (the large benchmark's names) answering from maps in a worker thread of its own, so
// its data and garbage are outside the engine's heap, and each call crosses a thread as a query crosses to a
// database: organ list, names derived as Postgres derives them on ingest, reports made on find, results of a fixed
// size. Started by run.ts; `storeOf` is the engine's side.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ReportKey } from '../../scripts/bench-large/question-kinds.js';
import { generateReports } from '../../scripts/bench-large/synthesize-reports.js';
import { deriveOrganAliases } from '../../src/organ-names/index.js';
import { parseFile, type Report } from '../../src/parser/index.js';
import {
  listReportFiles,
  type OrgEntry,
  SAMPLE_REPORTS_DIR,
  type Store,
  type StoredOrganName,
} from '../../src/store/index.js';

type Method = Exclude<keyof Store, 'close'>;
interface Call {
  readonly id: number;
  readonly method: Method | 'keys';
  readonly args: unknown[];
}

/**
 * The engine's side: a Store whose calls run in the worker; `spent` counts the calls and the time the engine waited
 * for at least one of them (calls made at once count once).
 */
export async function startStubStore(organs: number): Promise<{
  store: Store;
  keys: ReportKey[];
  spent: () => { ms: number; calls: number };
  stop: () => Promise<number>;
}> {
  // The worker loads this TypeScript file through tsx's loader, registered in it first.
  const boot = `await (await import('tsx/esm/api')).register(); await import(${JSON.stringify(import.meta.url)});`;
  const worker = new Worker(boot, { eval: true, workerData: { organs } });
  let next = 0;
  let spent = 0;
  let calls = 0;
  let running = 0;
  let waitingSince = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.result);
  });
  const call = async (method: Call['method'], args: unknown[]): Promise<unknown> => {
    if (running === 0) waitingSince = performance.now();
    running += 1;
    const id = next++;
    try {
      return await new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, method, args } satisfies Call);
      });
    } finally {
      running -= 1;
      calls += 1;
      if (running === 0) spent += performance.now() - waitingSince;
    }
  };
  const methods: Method[] = [
    'put',
    'get',
    'find',
    'list',
    'listIngestedSince',
    'getMeta',
    'setMeta',
    'revision',
    'listOrgs',
    'findOrganNames',
    'longestNames',
    'rankFigures',
    'countFigures',
    'placeFigures',
    'sumFigures',
    'listFailing',
  ];
  const store = Object.fromEntries(
    methods.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as unknown as Store;
  const keys = (await call('keys', [])) as ReportKey[];
  return {
    store: { ...store, close: async () => undefined },
    keys,
    spent: () => ({ ms: spent, calls }),
    stop: () => worker.terminate(),
  };
}

interface Organ {
  readonly entry: OrgEntry & { readonly years: number[] };
  readonly sample: Report;
}

/** The worker's side: the data and what each method answers. */
async function serve(count: number): Promise<void> {
  const samples = await Promise.all((await listReportFiles([SAMPLE_REPORTS_DIR])).map((file) => parseFile(file)));
  const organs = new Map<string, Organ>();
  const keys: ReportKey[] = [];
  for (const report of generateReports(samples, count * 4)) {
    if (!organs.has(report.org)) {
      if (organs.size === count) break;
      const sample = samples[organs.size % samples.length] as Report;
      organs.set(report.org, {
        entry: { org: report.org, region: report.region, level: report.level, years: [] },
        sample,
      });
    }
    (organs.get(report.org) as Organ).entry.years.push(report.year);
    keys.push({ id: report.id, org: report.org, year: report.year });
  }
  const sorted = [...organs.values()].map((organ) => organ.entry).sort((a, b) => (a.org < b.org ? -1 : 1));
  // Each name's organs by their place in `sorted` (so in code-point order), region names flagged by their key.
  const names = new Map<string, { orgs: number[]; regionKeys: (string | null)[] }>();
  const longest = { zh: 0, en: 0 };
  sorted.forEach((entry, at) => {
    for (const alias of deriveOrganAliases(entry.org, entry.region, entry.level === 'government')) {
      const key = `${alias.lang}\n${alias.text}`;
      const named = names.get(key) ?? { orgs: [], regionKeys: [] };
      names.set(key, named);
      named.orgs.push(at);
      named.regionKeys.push(alias.regionKey);
      longest[alias.lang] = Math.max(longest[alias.lang], alias.length);
    }
  });
  const reportOf = (org: string, year: number): Report => {
    const { entry, sample } = organs.get(org) as Organ;
    return { ...sample, id: `${org}/${year}`, org, region: entry.region, year };
  };
  const reportsOf = (org: string): Report[] => organs.get(org)?.entry.years.map((year) => reportOf(org, year)) ?? [];
  const some = (limit: number) => sorted.slice(0, limit).flatMap((entry) => reportsOf(entry.org).slice(-1));
  const meta = new Map<string, string>();
  const size = organs.size;
  const unused = (): never => {
    throw new Error('not used by the engine');
  };
  const answer: Partial<Record<Call['method'], (...args: never[]) => unknown>> = {
    keys: () => keys,
    put: unused,
    list: unused,
    listIngestedSince: unused,
    get: (id: string) => reportOf(id.split('/')[0] as string, Number(id.split('/')[1])),
    find: (filter: { org?: string }) => (filter.org ? reportsOf(filter.org) : unused()),
    getMeta: (key: string) => meta.get(key),
    setMeta: (key: string, value: string) => void meta.set(key, value),
    revision: () => '1',
    listOrgs: () => sorted,
    longestNames: () => longest,
    findOrganNames: (texts: Record<'zh' | 'en', string[]>, options: { organsPerName?: number } = {}) => {
      const found: StoredOrganName[] = [];
      for (const lang of ['zh', 'en'] as const)
        for (const text of texts[lang]) {
          const named = names.get(`${lang}\n${text}`);
          if (!named) continue;
          const length = lang === 'zh' ? [...text].length : text.split(' ').length;
          let organsLeft = options.organsPerName ?? Number.POSITIVE_INFINITY;
          named.orgs.forEach((at, which) => {
            const regionKey = named.regionKeys[which] ?? null;
            if (regionKey === null && organsLeft-- <= 0) return;
            found.push({ org: (sorted[at] as OrgEntry).org, lang, text, length, regionKey });
          });
        }
      return found.sort((a, b) => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0));
    },
    rankFigures: (_figure: unknown, _scope: unknown, options: { limit: number }) => ({
      rows: some(options.limit).map((report, at) => ({ report, value: 1000 - at })),
      compared: size,
      tied: 1,
    }),
    countFigures: (_figure: unknown, _scope: unknown, options: { limit: number }) => ({
      rows: some(options.limit).map((report, at) => ({ report, value: 1000 - at })),
      matched: size,
      compared: size,
    }),
    placeFigures: (_figure: unknown, _scope: unknown, chosen: unknown[]) => ({
      above: chosen.map(() => 17),
      inScope: chosen.map(() => true),
      compared: size,
    }),
    sumFigures: (_figure: unknown, scope: { years: number[] }) => ({
      sum: 123456,
      count: size,
      years: scope.years.map((year) => ({ year, sum: 123456, count: size })),
      rows: some(3).map((report) => ({ report, value: 100 })),
      lacking: [],
    }),
    listFailing: () => ({ rows: [], failing: 0, checked: size }),
  };
  parentPort?.on('message', (message: Call) => {
    try {
      const method = answer[message.method] ?? unused;
      parentPort?.postMessage({ id: message.id, result: method(...(message.args as never[])) });
    } catch (error) {
      parentPort?.postMessage({ id: message.id, error: String(error) });
    }
  });
}

if (!isMainThread) await serve((workerData as { organs: number }).organs);
