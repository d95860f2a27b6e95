// A corrupt or hand-edited store file: every command that opens the store says which file, what is wrong and how
// to recover, exits 1, prints no stack, answers nothing and leaves the file as it was.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';
import { StoreError } from '../../src/errors.js';
import type { Report } from '../../src/parser/index.js';
import { openStore } from '../../src/store/index.js';
import { loadSampleReports } from './sample-reports.js';

/** Removes the key at a path instead of setting it. */
const DELETE = Symbol('delete');
/** The first report again, appended. */
const FIRST_REPORT = Symbol('first report');

/** Sets (or deletes) the value at `path` in the parsed file; the report at index 1 is 深圳市龙岗区发展和改革局/2020. */
function setAt(file: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce((node: unknown, key) => (node as Record<string, unknown>)[key], file);
  const last = path.at(-1) as string | number;
  const reports = (file as { reports: unknown[] }).reports;
  if (value === DELETE) delete (parent as Record<string, unknown>)[last];
  else (parent as Record<string, unknown>)[last] = value === FIRST_REPORT ? reports[0] : value;
}

const edited =
  (path: readonly (string | number)[], value: unknown) =>
  (text: string): string => {
    const file = JSON.parse(text) as unknown;
    setAt(file, path, value);
    // An infinite number is what 1e999 reads as: JSON.stringify cannot write one, so it goes in as text.
    return JSON.stringify(file).replace('"INFINITY"', '1e999');
  };

/** Each variant: its name, how the valid file's text is changed, and what the message must say. */
const VARIANTS: readonly [string, (text: string) => string, RegExp][] = [
  ['an empty file', () => '', /is empty/],
  ['a truncated file', (text) => text.slice(0, text.length / 2), /not valid JSON/],
  ['binary garbage', () => '\u0000\u00ff\u0013\u0037PK', /not valid JSON/],
  ['JSON null', () => 'null', /the file/],
  ['a JSON list', () => '[]', /the file/],
  ['an empty object', () => '{}', /version/],
  ['no reports', () => '{"version":1}', /reports/],
  ['reports as an object', () => '{"version":1,"reports":{}}', /reports/],
  ['a newer file version', (text) => text.replace('"version":1', '"version":2'), /newer nianbao/],
  ...(
    [
      ['a null report', ['reports', 0], null, /reports\[0\]/],
      ['a number as report', ['reports', 2], 7, /reports\[2\]/],
      ['ingestedAt as a list', ['ingestedAt'], [], /ingestedAt/],
      ['a meta value as a number', ['meta'], { 'digest.lastSentAt': 5 }, /meta\.digest\.lastSentAt/],
      ['a report repeated', ['reports', 5], FIRST_REPORT, /appears twice/],
      ['no organ', ['reports', 1, 'org'], DELETE, /reports\[1\] \(.+\)\.org/],
      ['the year as text', ['reports', 1, 'year'], '2020', /\.year: .*number/],
      ['a fractional year', ['reports', 1, 'year'], 2020.5, /\.year/],
      ['an unknown level', ['reports', 1, 'level'], 'city', /\.level/],
      ['an unknown template', ['reports', 1, 'template'], '2020', /\.template/],
      ['an id not organ/year', ['reports', 1, 'id'], 'someone/2020', /\.id: id must be/],
      ['a region as a number', ['reports', 1, 'region'], 5, /\.region/],
      ['no source', ['reports', 1, 'source'], DELETE, /\.source/],
      ['a sha256 as a number', ['reports', 1, 'source', 'sha256'], 1, /source\.sha256/],
      ['an unknown format', ['reports', 1, 'source', 'format'], 'xls', /source\.format/],
      [
        'a cell as text',
        ['reports', 1, 'applications', 'newReceived', 'total'],
        '262',
        /applications\.newReceived\.total: .*number/,
      ],
      [
        'an infinite cell',
        ['reports', 1, 'applications', 'newReceived', 'total'],
        'INFINITY',
        /applications\.newReceived\.total/,
      ],
      ['a null row', ['reports', 1, 'applications', 'granted'], null, /applications\.granted/],
      ['applications as a list', ['reports', 1, 'applications'], [1, 2], /\.applications/],
      ['table 二 as text', ['reports', 1, 'activeDisclosure'], 'x', /\.activeDisclosure/],
      [
        'a missing review column',
        ['reports', 1, 'reviewLitigation', 'review', 'total'],
        DELETE,
        /reviewLitigation\.review\.total/,
      ],
      ['checks as null', ['reports', 1, 'checks'], null, /\.checks/],
      ['a check without a rule', ['reports', 1, 'checks'], [{}], /checks\[0\]\.rule/],
      ['no printed cells', ['reports', 1, 'printed'], DELETE, /\.printed/],
      [
        'a printed cell as a number',
        ['reports', 1, 'printed', 'applications'],
        { newReceived: { total: 262 } },
        /printed\.applications\.newReceived/,
      ],
    ] as const
  ).map(([name, path, value, message]): [string, (text: string) => string, RegExp] => [
    name,
    edited(path, value),
    message,
  ]),
];

/** Every command that opens the store, with the arguments it needs. */
const COMMANDS: readonly [string, (store: string, dir: string) => string[]][] = [
  ['list', (store) => ['list', '--store', store]],
  ['check', (store) => ['check', '--store', store]],
  ['ask', (store) => ['ask', '南山区2020年收到多少政府信息公开申请？', '--store', store]],
  ['ask --json', (store) => ['ask', '--json', '南山区2020年收到多少申请', '--store', store]],
  ['digest', (store) => ['digest', '--store', store]],
  ['ingest', (store) => ['ingest', 'data/reports/nanshan-district-2020.txt', '--store', store]],
  ['migrate (from)', (store, dir) => ['migrate', '--store', store, '--to', join(dir, 'copy.json')]],
  ['migrate (to)', (store, dir) => ['migrate', '--store', join(dir, 'good.json'), '--to', store]],
  ['serve', (store) => ['serve', '--store', store]],
];

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env: {}, isTTY: false };
  const code = await main(['node', 'nianbao', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a corrupt or hand-edited store file', () => {
  let dir: string;
  let validText: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-malformed-'));
    const store = await openStore(join(dir, 'good.json'));
    await store.put(loadSampleReports());
    await store.close();
    validText = await readFile(join(dir, 'good.json'), 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(VARIANTS)('%s: refused by every command with what is wrong and how to recover', async (_, edit, message) => {
    const store = join(dir, 'store.json');
    const text = edit(validText);
    for (const [name, args] of COMMANDS) {
      await writeFile(store, text);
      const { code, out, err } = await runCli(args(store, dir));
      expect({ name, code }).toEqual({ name, code: 1 });
      expect(err).toContain(store);
      expect(err).toMatch(message);
      expect(err).toMatch(/ingest .*--store|upgrade nianbao/);
      expect(err).not.toMatch(/TypeError|\n\s+at /);
      expect(out).not.toMatch(/262|件/); // nothing answered or listed from it
      expect(await readFile(store, 'utf8')).toBe(text);
    }
  });

  it('names the backup of the version before the last write when there is one', async () => {
    const store = join(dir, 'with-backup.json');
    const opened = await openStore(store);
    await opened.put(loadSampleReports().slice(0, 2));
    await opened.put(loadSampleReports().slice(2));
    await opened.close();
    await writeFile(store, '{"version":1,"reports":[');
    const { err } = await runCli(['list', '--store', store]);
    expect(err).toContain(`mv ${store}.bak ${store}`);
    await copyFile(`${store}.bak`, store);
    const restored = await runCli(['list', '--store', store]);
    expect(restored.code).toBe(0);
    expect(restored.out.split('\n')).toHaveLength(2);
  });

  it('accepts an edit that keeps the shape (the seal no longer matches, the schema is checked instead)', async () => {
    const store = join(dir, 'edited.json');
    await writeFile(store, validText.replace('"total":262', '"total":263'));
    const { code, out } = await runCli(['ask', '南山区2020年收到多少政府信息公开申请？', '--store', store]);
    expect(code).toBe(0);
    expect(out).toContain('263');
  });

  it('a store broken while a process has it open fails its reads and writes until it is repaired', async () => {
    const path = join(dir, 'broken-later.json');
    const store = await openStore(path, { lowdb: { recheckMs: 0 } });
    await store.put(loadSampleReports());
    const good = await readFile(path, 'utf8');
    const broken = good.replace('"level":"government"', '"level":"city"');
    await writeFile(path, broken);
    await expect(store.list()).rejects.toThrow(StoreError);
    await expect(store.revision?.()).rejects.toThrow(/\.level/);
    await expect(store.setMeta('digest.lastSentAt', 'x')).rejects.toThrow(/not a valid nianbao store/);
    await expect(store.put([{ ...(loadSampleReports()[0] as Report), year: 2031, id: 'x/2031' }])).rejects.toThrow(
      StoreError,
    );
    expect(await readFile(path, 'utf8')).toBe(broken);
    await writeFile(path, good);
    expect(await store.list()).toHaveLength(5);
    await store.close();
  });
});
