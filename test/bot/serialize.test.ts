import { describe, expect, it } from 'vitest';
import { createSerialRunner } from '../../src/bot/serialize.js';

describe('createSerialRunner', () => {
  it('runs one key in arrival order even when an earlier task is slower or fails; other keys do not wait', async () => {
    const run = createSerialRunner();
    const order: string[] = [];
    const task =
      (name: string, ms: number, fails = false) =>
      () =>
        new Promise<string>((resolve, reject) =>
          setTimeout(() => {
            order.push(name);
            if (fails) reject(new Error(name));
            else resolve(name);
          }, ms),
        );
    const results = Promise.allSettled([
      run('room-a', task('a1', 40, true)),
      run('room-a', task('a2', 1)),
      run('room-b', task('b1', 10)),
    ]);
    expect((await results).map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(order).toEqual(['b1', 'a1', 'a2']);
  });
});
