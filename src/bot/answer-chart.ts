// The chart of an answer for a channel to attach, and the digest's pictures: drawn by src/charts, never fatal.
import type { Answer } from '../answers/index.js';
import type { AnswerChart, ChartSpec } from '../charts/index.js';
import type { DigestImage } from './digest-targets.js';
import type { Logger } from './logger.js';

/**
 * The answer's chart when it should have one (asked for, or a ranking or trend of 4 points or more), else null.
 * A chart that cannot be drawn is logged and left out: the text answer goes out regardless.
 */
export async function drawChartOf(answer: Answer | undefined, logger: Logger): Promise<AnswerChart | null> {
  if (answer === undefined || answer.status !== 'answered') return null;
  try {
    const { drawAnswerChart } = await import('../charts/index.js');
    return await drawAnswerChart(answer);
  } catch (error) {
    logger.warn('chart: could not be drawn; the answer goes without it', error);
    return null;
  }
}

/** The digest's charts as PNGs; one that cannot be drawn is logged and left out. */
export async function drawDigestImages(specs: readonly ChartSpec[], logger: Logger): Promise<DigestImage[]> {
  const images: DigestImage[] = [];
  for (const [at, spec] of specs.entries()) {
    try {
      const { renderChart } = await import('../charts/index.js');
      const { png } = await renderChart(spec);
      images.push({ png, fileName: `nianbao-digest-${at + 1}-${spec.kind}.png`, title: spec.title });
    } catch (error) {
      logger.warn(`digest: the chart "${spec.title}" could not be drawn; the digest goes without it`, error);
    }
  }
  return images;
}
