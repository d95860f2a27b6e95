// Fuzzing the parser: seeded mutants of the seed reports (text, HTML, DOCX, DOC, PDF), each parsed in the parse
// pool under the parse limits, as `nianbao ingest` parses. Every mutant must give a report or a ParseError naming
// it and a reason; a crashed parse process, a timeout or any other error is a finding.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { seededRandom } from '../../bench/corpus/place-names.js';
import { ParseError } from '../../src/errors.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../../src/parser/index.js';
import { createParsePool } from '../../src/store/parse-pool.js';

const ROOT = join(import.meta.dirname, '../..');
const SEED_DIRS = [join(ROOT, 'data/reports'), join(ROOT, 'test/fixtures/documents')];
const SEED_EXTENSIONS = new Set(['.txt', '.html', '.docx', '.doc', '.pdf']);

export interface FuzzOptions {
  readonly count: number;
  readonly seed: number;
  readonly workers: number;
  readonly limits?: ParseLimits;
  /** Called after every mutant with the number done and the findings so far. */
  readonly onProgress?: (done: number, findings: number) => void;
}

export interface FuzzFinding {
  readonly kind: 'crash' | 'hang' | 'unnamed';
  readonly seedFile: string;
  readonly mutation: string;
  readonly message: string;
}

export interface FuzzResult {
  readonly mutants: number;
  readonly reports: number;
  readonly named: number;
  readonly byFormat: Readonly<Record<string, number>>;
  readonly findings: readonly FuzzFinding[];
  readonly seconds: number;
}

const JUNK = [
  Buffer.from('|'.repeat(2000)),
  Buffer.from('<td>'.repeat(500)),
  Buffer.from('\u0000'.repeat(64)),
  Buffer.from('申请 1 2 3 '.repeat(200)),
  Buffer.from('\ufeff\u202e'),
  Buffer.from('<w:tr><w:tc>'),
];

/** One mutant of `bytes`: byte flips, a truncation, an insertion, a zero-filled or duplicated range. */
export function mutate(bytes: Buffer, random: () => number): { readonly bytes: Buffer; readonly mutation: string } {
  const at = (): number => Math.floor(random() * bytes.length);
  const kind = Math.floor(random() * 5);
  if (kind === 0) {
    const copy = Buffer.from(bytes);
    const flips = 1 + Math.floor(random() * 8);
    const places: string[] = [];
    for (let index = 0; index < flips; index++) {
      const place = at();
      copy[place] = Math.floor(random() * 256);
      places.push(`${place}=${copy[place]}`);
    }
    return { bytes: copy, mutation: `bytes set ${places.join(',')}` };
  }
  if (kind === 1) {
    const end = at();
    return { bytes: bytes.subarray(0, end), mutation: `truncated at ${end}` };
  }
  if (kind === 2) {
    const place = at();
    const junk = JUNK[Math.floor(random() * JUNK.length)] as Buffer;
    const random8 = Buffer.from(
      Array.from({ length: 1 + Math.floor(random() * 64) }, () => Math.floor(random() * 256)),
    );
    const inserted = random() < 0.5 ? junk : random8;
    return {
      bytes: Buffer.concat([bytes.subarray(0, place), inserted, bytes.subarray(place)]),
      mutation: `${inserted.length} bytes inserted at ${place}`,
    };
  }
  if (kind === 3) {
    const copy = Buffer.from(bytes);
    const from = at();
    const length = 1 + Math.floor(random() * 4096);
    copy.fill(0, from, Math.min(copy.length, from + length));
    return { bytes: copy, mutation: `zeroed ${from}+${length}` };
  }
  const from = at();
  const length = 1 + Math.floor(random() * 2048);
  const range = bytes.subarray(from, from + length);
  return {
    bytes: Buffer.concat([bytes.subarray(0, from), range, range, bytes.subarray(from)]),
    mutation: `${range.length} bytes at ${from} repeated`,
  };
}

async function readSeeds(): Promise<{ readonly name: string; readonly bytes: Buffer }[]> {
  const seeds: { name: string; bytes: Buffer }[] = [];
  for (const dir of SEED_DIRS)
    for (const name of (await readdir(dir)).sort())
      if (SEED_EXTENSIONS.has(extname(name))) seeds.push({ name, bytes: await readFile(join(dir, name)) });
  return seeds;
}

/** What one mutant's parse gave: a report, a named failure, or a finding. */
function classify(error: unknown, path: string): FuzzFinding['kind'] | 'named' {
  if (!(error instanceof ParseError) || error.file !== path || error.reason.trim() === '') return 'unnamed';
  if (
    error.reason.startsWith('解析进程崩溃') ||
    error.reason.startsWith('解析出错') ||
    error.reason.startsWith('内存超过上限')
  )
    return 'crash';
  if (error.reason.startsWith('解析超时')) return 'hang';
  return 'named';
}

/** Makes `count` mutants, round-robin over the seeds, and parses them `workers` at a time. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const started = performance.now();
  const seeds = await readSeeds();
  const random = seededRandom(options.seed);
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-fuzz-'));
  const pool = createParsePool(options.workers, options.limits ?? { ...DEFAULT_PARSE_LIMITS, timeoutMs: 60_000 });
  const findings: FuzzFinding[] = [];
  const byFormat: Record<string, number> = {};
  let reports = 0;
  let named = 0;
  let next = 0;
  const runOne = async (index: number): Promise<void> => {
    const seed = seeds[index % seeds.length] as (typeof seeds)[number];
    const mutant = mutate(seed.bytes, random);
    const format = extname(seed.name).slice(1);
    byFormat[format] = (byFormat[format] ?? 0) + 1;
    const path = join(dir, `${index}${extname(seed.name)}`);
    await writeFile(path, mutant.bytes);
    try {
      await pool.parse(path);
      reports++;
    } catch (error) {
      const kind = classify(error, path);
      if (kind === 'named') named++;
      else
        findings.push({
          kind,
          seedFile: seed.name,
          mutation: mutant.mutation,
          message: String((error as Error)?.message ?? error),
        });
    }
    await rm(path, { force: true });
    options.onProgress?.(reports + named + findings.length, findings.length);
  };
  const lanes = Array.from({ length: options.workers * 2 }, async () => {
    while (next < options.count) await runOne(next++);
  });
  try {
    await Promise.all(lanes);
  } finally {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { mutants: options.count, reports, named, byFormat, findings, seconds: (performance.now() - started) / 1000 };
}
