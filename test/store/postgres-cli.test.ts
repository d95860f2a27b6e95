// The CLI on a Postgres store: NIANBAO_DATABASE_URL, `migrate --to`, `ingest --workers`.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';
import { createTestSchema, runSql, type TestSchema } from './postgres-schema.js';

const schemas: TestSchema[] = [];
afterAll(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()));
});

async function newDatabaseUrl(): Promise<string> {
  const schema = await createTestSchema();
  schemas.push(schema);
  return schema.url;
}

/** Runs one command with the given environment; returns its exit code and what it printed. */
async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, isTTY: false };
  const code = await main(['node', 'nianbao', ...argv], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

it('NIANBAO_DATABASE_URL sends ingest (in parse processes) and list to Postgres', async () => {
  const env = { NIANBAO_DATABASE_URL: await newDatabaseUrl() };
  expect(await runCli(['ingest', 'data/reports', '--workers', '2'], env)).toEqual({
    code: 0,
    stdout: 'ingested 5, replaced 0, unchanged 0, failed 0',
    stderr: '',
  });
  const listed = await runCli(['list'], env);
  expect(listed.stdout.split('\n').map((line) => line.split('\t').slice(0, 2).join(' '))).toEqual([
    '深圳市龙岗区发展和改革局 2020',
    '深圳市龙岗区人民政府 2022',
    '深圳市龙岗区政务服务数据管理局 2021',
    '深圳市龙华区政务服务数据管理局 2020',
    '深圳市南山区人民政府 2020',
  ]);
  expect(await runSql(env.NIANBAO_DATABASE_URL, 'SELECT count(*)::integer AS reports FROM reports')).toEqual([
    { reports: 5 },
  ]);
});

it('migrate --to copies the lowdb store named by --store, hiding the password in what it prints', async () => {
  const storePath = join(await mkdtemp(join(tmpdir(), 'nianbao-cli-')), 'store.json');
  expect((await runCli(['ingest', 'data/reports', '--store', storePath], {})).code).toBe(0);
  const url = new URL(await newDatabaseUrl());
  url.password = 'not-checked-by-trust-auth';
  const copied = await runCli(['migrate', '--to', url.toString(), '--store', storePath], {});
  expect(copied.code).toBe(0);
  expect(copied.stdout).toBe(
    `copied ${storePath} → ${url.toString().replace(':not-checked-by-trust-auth@', ':***@')}: added 5, replaced 0, unchanged 0; 0 meta keys`,
  );
  const listed = await runCli(['list', '--store', url.toString()], {});
  expect(listed.stdout.split('\n').length).toBe(5);
});

it('migrate refuses a source store that does not exist, and --workers a count that is not one', async () => {
  const missing = await runCli(['migrate', '--to', await newDatabaseUrl(), '--store', '/nonexistent/store.json'], {});
  expect(missing).toEqual({
    code: 1,
    stdout: '',
    stderr: '/nonexistent/store.json: no store file to copy; name it with --store <path> or NIANBAO_STORE.',
  });
  const workers = await runCli(['ingest', 'data/reports', '--workers', 'two'], {});
  expect(workers.code).toBe(1);
  expect(workers.stderr).toContain('expected a whole number of processes from 1 to 64.');
});
