// The kinds of question the large benchmark asks, each as a question through the engine and as the plain store
// query the engine issues for it (the same-run baseline): find() for an organ's figures, one result query for
// questions across organs.
import { seededRandom } from '../../bench/corpus/place-names.js';
import type { Store } from '../../src/store/index.js';

/** What the questions are drawn from: stored reports' keys (a million reports would crowd the heap). */
export interface ReportKey {
  readonly id: string;
  readonly org: string;
  readonly year: number;
}

export interface QuestionKind {
  readonly name: string;
  /** At most this many rounds (of the engine and of the baseline): a kind that takes seconds a question. */
  readonly rounds?: number;
  question(pick: Picker): string;
  /** The store query behind the answer, for the baseline. */
  baseline(store: Store, pick: Picker): Promise<unknown>;
}

/** Seeded picks of stored keys and years. */
export interface Picker {
  key(): ReportKey;
  /** An organ with reports of both 2021 and 2022. */
  keyWithChange(): ReportKey;
  year(): number;
}

const RECEIVED = { cells: ['applications.newReceived.total'] };
const LITIGATION = {
  cells: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
};

export const QUESTION_KINDS: readonly QuestionKind[] = [
  {
    name: 'lookup',
    question: (pick) => {
      const { org, year } = pick.key();
      return `${org}${year}年收到多少政府信息公开申请？`;
    },
    baseline: (store, pick) => store.find({ org: pick.key().org }),
  },
  {
    name: 'ranking (one year)',
    question: (pick) => `${pick.year()}年哪个单位收到的申请最多？`,
    baseline: (store, pick) =>
      required(store.rankFigures)(RECEIVED, { years: [pick.year()], latestOnly: true }, { limit: 30, ties: 'first' }),
  },
  {
    name: 'ranking (latest of each organ)',
    question: () => '收到申请最多的10个单位',
    baseline: (store) =>
      required(store.rankFigures)(RECEIVED, { years: [], latestOnly: true, ties: 'organ' }, { limit: 10 }),
  },
  {
    name: 'list (non-zero)',
    question: (pick) => `${pick.year()}年哪些单位有行政诉讼？`,
    baseline: (store, pick) =>
      required(store.countFigures)(LITIGATION, { years: [pick.year()] }, { zero: false, limit: 30 }),
  },
  {
    name: 'sum',
    question: (pick) => `${pick.year()}年全部单位收到的申请合计多少？`,
    baseline: (store, pick) => required(store.sumFigures)(RECEIVED, { years: [pick.year()] }),
  },
  {
    name: 'place',
    question: (pick) => {
      const { org, year } = pick.key();
      return `${org}${year}年收到的申请排第几？`;
    },
    baseline: (store, pick) => {
      const { id, year } = pick.key();
      return required(store.placeFigures)(RECEIVED, { years: [year], latestOnly: true }, [{ id, value: 100 }]);
    },
  },
  {
    name: 'change',
    question: (pick) => `${pick.keyWithChange().org}2022年比2021年收到的申请增加了多少？`,
    baseline: (store, pick) => store.find({ org: pick.keyWithChange().org }),
  },
  {
    // With no year: the latest year most organs hold (the picked year stands in), and the first organs lacking it.
    name: 'ranking (no year)',
    question: () => '哪个单位收到的申请最多？',
    baseline: (store, pick) => {
      const year = pick.year();
      return Promise.all([
        required(store.rankFigures)(RECEIVED, { years: [year], latestOnly: true }, { limit: 30, ties: 'first' }),
        required(store.listOrgsOfYears)([year], { limit: 5, lacking: true }),
      ]);
    },
  },
  {
    name: 'reports held (every organ)',
    question: () => '你有哪些报告？',
    baseline: (store) => required(store.listOrgsOfYears)([], { limit: 30 }),
  },
  {
    name: 'reports held (one year)',
    question: (pick) => `${pick.year()}年有几份报告？`,
    baseline: (store, pick) => required(store.listOrgsOfYears)([pick.year()], { limit: 30 }),
  },
  {
    name: 'failing checks (every report)',
    question: () => '有几份报告的数据不一致？',
    baseline: (store) => required(store.listFailing)({ years: [], latestOnly: false, ties: 'store' }, { limit: 30 }),
  },
  {
    // An organ the store lacks in a place no organ's name holds: the engine asks for the organs holding 广州 and
    // for the province regions of 广州 (kept places), never the organ list.
    name: 'unknown organ (place not held)',
    question: (pick) => `广州市天河区人民政府${pick.year()}年收到多少政府信息公开申请？`,
    baseline: (store) =>
      Promise.all([required(store.findOrgs)({ containing: ['广州'] }), required(store.findProvinceRegions)('广州')]),
  },
  {
    name: 'province (广东各区合计)',
    question: (pick) => `广东各区${pick.year()}年收到的申请合计`,
    baseline: (store) => required(store.findProvinceRegions)('广东'),
  },
  {
    // A text that is no place and no organ's name (migration 18's index of the names' two-character pieces).
    name: 'text no place (前海)',
    question: (pick) => `前海${pick.year()}年收到多少政府信息公开申请？`,
    baseline: (store) => required(store.findOrgs)({ containing: ['前海'] }),
  },
  {
    // A name the store lacks whose end a million names share: its close names (migration 19's ranges by length).
    name: 'name not held (数据管理局)',
    question: (pick) => `数据管理局${pick.year()}年收到的申请合计`,
    baseline: (store) => required(store.findCloseNames)('数据管理局'),
  },
  {
    // A body's short name every region's organ holds (the generated store: 62,500 发展和改革局), asked back with
    // its first 30 organs and how many more: the name's first 31 organs and its count up to 1,000.
    name: 'short name of every region (发改局)',
    question: (pick) => `发改局${pick.year()}年收到多少政府信息公开申请？`,
    baseline: (store) =>
      Promise.all([
        required(store.findOrganNames)({ zh: ['发改局'], en: [] }, { organsPerName: 31 }),
        required(store.countOrganNames)({ zh: ['发改局'], en: [] }, 1000),
      ]),
  },
  {
    // Departments over the whole store: the sum of the reports' level column (figure_stats), no organ read.
    name: 'level over every organ (各部门合计)',
    question: (pick) => `${pick.year()}年各部门收到的申请合计`,
    baseline: (store, pick) =>
      required(store.sumFigures)(
        RECEIVED,
        { years: [pick.year()], latestOnly: false, level: 'department', ties: 'organ' },
        { listed: 30 },
      ),
  },
  {
    // A tier of governments (区县) over the whole store: the reports' level and tier columns (migration 20).
    name: 'tier over every organ (区县政府最多)',
    question: (pick) => `${pick.year()}年哪个区县政府收到的申请最多？`,
    baseline: (store, pick) =>
      required(store.rankFigures)(
        RECEIVED,
        { years: [pick.year()], latestOnly: true, level: 'government', tier: 'county', ties: 'organ' },
        { limit: 30, ties: 'first' },
      ),
  },
];

function required<T>(method: T | undefined): T {
  if (method === undefined) throw new Error('the store has no result methods');
  return method;
}

/** Picks with a fixed seed, so every run asks the same questions. */
export function makePicker(keys: readonly ReportKey[], seed: number): Picker {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const years = [...new Set(keys.map((key) => key.year))].sort((a, b) => a - b);
  const ids = new Set(keys.map((key) => key.id));
  const changing = keys.filter((key) => key.year === 2022 && ids.has(`${key.org}/2021`));
  return {
    key: () => pick(keys),
    keyWithChange: () => pick(changing.length > 0 ? changing : keys),
    year: () => pick(years),
  };
}
