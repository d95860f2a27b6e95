// Rate limits that never drop a question silently: past the limit the asker is told once to ask later.
import { createRateLimiter } from './rate-limit.js';

/** What to do with one more question: answer it, tell the asker to wait (once a window), or stay quiet. */
export type Admission = 'answer' | 'ask-later' | 'already-told';

export interface QuestionLimiter {
  readonly perMinute: number;
  admit(place: string, asker: string): Admission;
}

/** At most `perMinute` answers per place (a group) in any minute; each asker over it hears so once a minute. */
export function createQuestionLimiter(perMinute: number, now: () => number = Date.now): QuestionLimiter {
  const answers = createRateLimiter(perMinute, 60_000, now);
  const toldAt = new Map<string, number>();
  return {
    perMinute,
    admit(place, asker) {
      if (answers.tryTake(place)) return 'answer';
      const key = `${place}\n${asker}`;
      const told = toldAt.get(key);
      if (told !== undefined && now() - told < 60_000) return 'already-told';
      toldAt.set(key, now());
      // Forget old notices so a long-running bot does not grow.
      for (const [other, at] of toldAt) if (now() - at >= 60_000) toldAt.delete(other);
      return 'ask-later';
    },
  };
}
