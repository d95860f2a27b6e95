// Understanding as exact question → Query pairs over the sample store: each row's fields are set on EMPTY_QUERY
// and the whole Query must equal what understanding gives (null: not understood). Rows of a conversation are
// asked in turn, each a follow-up of the one before.
import { beforeAll, expect, it } from 'vitest';
import { EMPTY_QUERY, normalizeQuestion, type Query } from '../../../src/answers/index.js';
import { indexStore, type StoreIndex } from '../../../src/answers/organs/index.js';
import { understand } from '../../../src/answers/understand/index.js';
import { openSampleAnswerStore } from '../sample-store.js';

export { LONGGANG, LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';

/** A question and the query it must give (the fields that differ from EMPTY_QUERY), or null for not understood. */
export type QueryRow = readonly [question: string, expected: Partial<Query> | null];

const RECEIVED = 'applications.newReceived.total';
export const METRIC = {
  received: RECEIVED,
  handled: 'applications.total.total',
  review: 'reviewLitigation.review.total',
  litigation: 'reviewLitigation.litigation.total',
  natural: 'applications.newReceived.natural',
  commercial: 'applications.newReceived.commercial',
} as const;

/** The sample store's vocabulary, read once for the file. */
export function useSampleIndex(): () => StoreIndex {
  let index: StoreIndex | undefined;
  beforeAll(async () => {
    const store = await openSampleAnswerStore();
    index = indexStore(await store.list());
    await store.close();
  });
  return () => {
    if (!index) throw new Error('the sample index is read before the tests');
    return index;
  };
}

export function queryOf(index: StoreIndex, question: string, previous?: Query, earlier?: Query): Query | null {
  const understood = understand(normalizeQuestion(question), index, previous, earlier);
  return understood.kind === 'query' ? understood.query : null;
}

const expectedQuery = (fields: Partial<Query> | null): Query | null => (fields ? { ...EMPTY_QUERY, ...fields } : null);

/** One test per row: the question alone gives exactly the expected query. */
export function runQueries(index: () => StoreIndex, rows: readonly QueryRow[]): void {
  it.each(rows)('%s', (question, fields) => {
    expect(queryOf(index(), question)).toEqual(expectedQuery(fields));
  });
}

/** One test per conversation: each turn, a follow-up of the one before, gives exactly its query. */
export function runConversations(index: () => StoreIndex, conversations: readonly (readonly QueryRow[])[]): void {
  it.each(conversations.map((turns) => [turns.map(([question]) => question).join(' → '), turns] as const))(
    '%s',
    (_name, turns) => {
      let previous: Query | undefined;
      let earlier: Query | undefined;
      for (const [question, fields] of turns) {
        const query = queryOf(index(), question, previous, earlier);
        expect(query, question).toEqual(expectedQuery(fields));
        if (query) [earlier, previous] = [previous, query];
      }
    },
  );
}
