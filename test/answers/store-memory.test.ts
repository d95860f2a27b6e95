import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, createStoreMemory } from '../../src/answers/index.js';
import { ingestFiles, listReportFiles, openStore } from '../../src/store/index.js';

describe('createStoreMemory', () => {
  it('lets a second engine on the same store take the follow-up of a conversation begun on the first', async () => {
    const store = await openStore(join(await mkdtemp(join(tmpdir(), 'nianbao-memory-')), 'store.json'));
    await ingestFiles(store, await listReportFiles(['data/reports']));
    const memory = createStoreMemory(store);
    expect(memory).toBeDefined();
    const first = createEngine({ store, memory });
    const second = createEngine({ store, memory: createStoreMemory(store) });
    expect((await first.answer('南山区2020年收到多少申请？', { conversationId: 'room-1' })).facts[0]?.value).toBe(262);
    const followUp = await second.answer('其中自然人多少？', { conversationId: 'room-1' });
    expect(followUp.status).toBe('answered');
    expect(followUp.facts.map((fact) => fact.value)).toEqual([236]);
    // Another conversation has no context to follow.
    expect(
      (await second.answer('其中自然人多少？', { conversationId: 'room-2' })).facts.map((fact) => fact.value),
    ).not.toEqual([236]);
  });

  it('forgets a remembered state that is not a valid query', async () => {
    const store = await openStore(join(await mkdtemp(join(tmpdir(), 'nianbao-memory-')), 'store.json'));
    await store.setConversation?.('room-1', { query: { organs: 'not a list' } });
    expect(await createStoreMemory(store)?.get('room-1')).toBeUndefined();
  });
});
