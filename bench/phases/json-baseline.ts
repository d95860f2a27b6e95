// The load baseline: read the store file and JSON.parse it, nothing else.
import { readFile } from 'node:fs/promises';
import { peakRssMegabytes, readPhaseArgs, toMegabytes, writePhaseResult } from '../phase-io.js';

export interface JsonBaselineResult {
  readonly parseMs: number;
  readonly rssAfterParseMegabytes: number;
  readonly peakRssMegabytes: number;
  readonly topLevelKeys: number;
}

async function measure(storePath: string): Promise<JsonBaselineResult> {
  const started = performance.now();
  const data = JSON.parse(await readFile(storePath, 'utf8')) as Record<string, unknown>;
  const parseMs = performance.now() - started;
  return {
    parseMs,
    rssAfterParseMegabytes: toMegabytes(process.memoryUsage().rss),
    peakRssMegabytes: peakRssMegabytes(),
    // Using the value keeps the parse from being optimized away and shows the file was a store.
    topLevelKeys: Object.keys(data).length,
  };
}

writePhaseResult(await measure(readPhaseArgs<{ store: string }>().store));
