/** Runs tasks one after another per key; different keys run side by side. */
export type SerialRunner = <T>(key: string, task: () => Promise<T>) => Promise<T>;

/**
 * Keeps the questions of one conversation in order: messages arrive concurrently, and a follow-up must
 * see the context its predecessor set, and replies must not overtake each other.
 */
export function createSerialRunner(): SerialRunner {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
