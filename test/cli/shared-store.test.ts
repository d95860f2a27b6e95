// The real CLI sharing one lowdb store between processes: `nianbao ingest` while `nianbao serve` runs and writes
// its own state every second, and two ingests at once.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSources, writeCorpus } from '../../bench/corpus/generate-corpus.js';
import { DIGEST_LAST_SENT_KEY } from '../../src/bot/index.js';
import { listReportFiles, openStore } from '../../src/store/index.js';
import { startStandIn, waitFor } from '../bot/helpers.js';

const SAMPLES = 'data/reports';
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-shared-cli-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `bin/nianbao.js` as its own process; resolves with its exit code and output. */
function nianbao(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; output: () => string; done: Promise<number> } {
  const child = spawn(process.execPath, ['bin/nianbao.js', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  cleanups.push(async () => child.kill('SIGKILL'));
  const done = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, output: () => output, done };
}

/**
 * Asks the running bot through a signed Slack slash command; the reply arrives at the response URL, here a
 * local stand-in, and its text is returned.
 */
async function askSlack(
  port: number,
  secret: string,
  responses: Awaited<ReturnType<typeof startStandIn>>,
  question: string,
): Promise<string> {
  const path = `/respond/${Math.random().toString(36).slice(2)}`;
  const body = new URLSearchParams({
    command: '/nianbao',
    text: question,
    channel_id: 'C1',
    team_id: 'T1',
    user_id: 'U1',
    response_url: `${responses.url}${path}`,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const acknowledged = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
  });
  expect(acknowledged.status).toBe(200);
  await waitFor(() => responses.requests.some((request) => request.path === path), 15_000); // seconds, even on a loaded machine
  return JSON.stringify(responses.requests.find((request) => request.path === path)?.body);
}

describe('one store file shared by the CLI processes', () => {
  it('a report ingested while serve runs is answered within seconds and kept after the bot writes its state', async () => {
    const dir = await tempDir();
    const store = join(dir, 'store.json');
    const others = (await listReportFiles([SAMPLES])).filter((file) => !file.includes('nanshan'));
    expect(await nianbao(['ingest', ...others, '--store', store]).done).toBe(0);
    const wecom = await startStandIn(() => ({ body: { errcode: 0 } }));
    const responses = await startStandIn(() => ({ body: { ok: true } }));
    cleanups.push(
      () => wecom.close(),
      () => responses.close(),
    );
    const secret = 'shared-store-secret';
    const serve = nianbao(['serve', '--store', store], {
      HOME: dir,
      SLACK_BOT_TOKEN: 'xoxb-shared-store',
      SLACK_SIGNING_SECRET: secret,
      HOST: '127.0.0.1',
      PORT: '0',
      WECOM_WEBHOOK_URLS: `${wecom.url}/cgi-bin/webhook/send?key=k`,
      DIGEST_CRON: '* * * * * *', // the bot writes its digest time every second
      DIGEST_TZ: 'UTC',
      DIGEST_SKIP_UNCHANGED: 'off', // a digest, and its state written, every second even with nothing new
    });
    await waitFor(() => /HTTP on port \d+/.test(serve.output()), 20_000);
    const port = Number(/HTTP on port (\d+)/.exec(serve.output())?.[1]);
    const question = '南山区2020年收到多少政府信息公开申请？';
    expect(await askSlack(port, secret, responses, question)).not.toContain('262');
    // The first digest draws its charts: on a loaded machine that alone took over 10 s.
    await waitFor(() => wecom.requests.length >= 1, 40_000); // the bot has written once before the ingest

    const ingest = nianbao(['ingest', join(SAMPLES, 'nanshan-district-2020.txt'), '--store', store]);
    expect(await ingest.done).toBe(0);
    const ingested = Date.now();
    let answer = await askSlack(port, secret, responses, question);
    while (!answer.includes('262') && Date.now() - ingested < 5_000)
      answer = await askSlack(port, secret, responses, question);
    expect(answer).toContain('深圳市南山区人民政府');
    // Until the bot has written its state after the ingest (a digest is dated by its slot and sends its text and
    // charts as several requests, so the requests the stand-in counts cannot tell).
    const observer = await openStore(store);
    const lastSent = async () => Date.parse((await observer.getMeta(DIGEST_LAST_SENT_KEY)) ?? '');
    for (const start = Date.now(); (await lastSent()) <= ingested && Date.now() - start < 60_000; )
      await new Promise((resolve) => setTimeout(resolve, 100));
    await observer.close();
    serve.child.kill('SIGTERM');
    expect(await serve.done).toBe(0);

    const reopened = await openStore(store);
    expect((await reopened.list()).map((report) => report.org).sort()).toHaveLength(5);
    expect(Date.parse((await reopened.getMeta(DIGEST_LAST_SENT_KEY)) ?? '')).toBeGreaterThan(ingested);
    expect(await reopened.get('深圳市南山区人民政府/2020')).toBeDefined();
  }, 150_000);

  it('two ingests into one store at once keep every report of both', async () => {
    const dir = await tempDir();
    const corpus = join(dir, 'corpus');
    const entries = await writeCorpus(await describeSources(await listReportFiles([SAMPLES])), 160, corpus);
    const halves = [join(dir, 'a'), join(dir, 'b')];
    for (const half of halves) await mkdir(half);
    for (const [at, entry] of entries.entries())
      await rename(entry.file, join(halves[at % 2] as string, `report-${at}.txt`));
    const store = join(dir, 'store.json');
    const runs = halves.map((half) => nianbao(['ingest', half, '--store', store]));
    expect(await Promise.all(runs.map((run) => run.done))).toEqual([0, 0]);
    for (const run of runs) expect(run.output()).toContain('ingested 80, replaced 0, unchanged 0, failed 0');
    const reopened = await openStore(store);
    const ids = (await reopened.list()).map((report) => report.id).sort();
    expect(ids).toEqual(entries.map((entry) => `${entry.org}/${entry.year}`).sort());
  }, 60_000);
});
