/**
 * One request at a time per host, each starting at least `delayMs` after the previous one to that host ended:
 * a government site sees one visitor reading slowly, however many URLs a batch or a watch holds.
 */
export class HostQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly lastEnd = new Map<string, number>();
  private readonly delays = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** A longer pause for one host (robots.txt's Crawl-delay); never shorter than the default. */
  slowDown(host: string, delayMs: number): void {
    this.delays.set(host, Math.max(this.delayMs, delayMs));
  }

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const result = previous.then(async () => {
      const wait = (this.lastEnd.get(host) ?? Number.NEGATIVE_INFINITY) + (this.delays.get(host) ?? this.delayMs);
      const ms = wait - performance.now();
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      try {
        return await task();
      } finally {
        this.lastEnd.set(host, performance.now());
      }
    });
    const tail = result.catch(() => undefined);
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host); // nothing queued behind: forget the chain
    });
    return result;
  }
}
