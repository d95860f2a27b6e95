// The five sample reports in data/reports, read by the real parser into a store on a temp file.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSampleStore, type Store } from '../../../src/store/index.js';

/** A temp store path; `nianbao ask --store <path>` builds the sample store there on first use. */
export async function makeStorePath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'nianbao-llm-')), 'store.json');
}

/** A fresh store of the five sample reports. */
export async function openSampleReportsStore(): Promise<Store> {
  return openSampleStore(await makeStorePath(), 'data/reports');
}
