// The places of a ranking, kept while the reports compared are scanned once in order.
import type { Report } from '../../parser/index.js';

export type Scored = { readonly report: Report; readonly value: number };

/** Whether value `a` ranks before `b` (> for the largest first). */
export type Better = (a: number, b: number) => boolean;

/** What a ranking keeps: `tied` counts the reports sharing first place where that matters (最多/最少). */
export interface Places {
  readonly tied: number;
  offer(report: Report, value: number): void;
  list(): readonly Scored[];
}

/** The best value and the reports that share it (the first `listed` of them, in scan order). */
export class TiedFirst implements Places {
  private best: Scored[] = [];
  tied = 0;
  constructor(
    private readonly better: Better,
    private readonly listed: number,
  ) {}
  offer(report: Report, value: number): void {
    const first = this.best[0];
    if (!first || this.better(value, first.value)) [this.best, this.tied] = [[{ report, value }], 1];
    else if (value === first.value && ++this.tied <= this.listed) this.best.push({ report, value });
  }
  list(): readonly Scored[] {
    return this.best;
  }
}

/** The N best reports, kept sorted; a later report equal to a place goes after it, so it never displaces it. */
export class TopPlaces implements Places {
  private readonly places: Scored[] = [];
  readonly tied = 1;
  constructor(
    private readonly size: number,
    private readonly better: Better,
  ) {}
  offer(report: Report, value: number): void {
    const last = this.places[this.places.length - 1];
    // Most reports of a large scan rank below a full list: turned away at one comparison.
    const isFull = !(this.places.length < this.size); // a limit of NaN keeps no place, as one of 0
    if (isFull && (last === undefined || !this.better(value, last.value))) return;
    const at = this.firstWorse(value);
    this.places.splice(at, 0, { report, value });
    if (this.places.length > this.size) this.places.pop();
  }
  list(): readonly Scored[] {
    return this.places;
  }
  /** The first place `value` ranks before: the places are sorted, so `better(value, place)` turns true once. */
  private firstWorse(value: number): number {
    let [low, high] = [0, this.places.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.better(value, (this.places[middle] as Scored).value)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
