// `nianbao ask --chart FILE.png`: the chart of the answer written as a PNG, or a clear word why there is none.
import { access, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env: {}, isTTY: false };
  const code = await main(['node', 'nianbao', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('nianbao ask --chart', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-chart-'));
  });

  it('writes the ranking chart and prints the answer, then where the chart is', async () => {
    const file = join(dir, 'ranking.png');
    const { code, out } = await runCli([
      'ask',
      '--store',
      join(dir, 'store.json'),
      '--chart',
      file,
      '2020年各单位收到申请排名',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('1. 深圳市南山区人民政府（2020年）：262 件');
    expect(out.split('\n').at(-1)).toBe(`chart saved: ${file} (ranking, 1600×900, 3 numbers)`);
    const image = PNG.sync.read(await readFile(file));
    expect([image.width, image.height]).toEqual([1600, 900]);
  });

  it('one number: exit 0, no file, and why', async () => {
    const file = join(dir, 'one.png');
    const { code, out } = await runCli([
      'ask',
      '--store',
      join(dir, 'store.json'),
      '--chart',
      file,
      '龙岗区2022年收到多少申请',
    ]);
    expect(code).toBe(0);
    expect(out.split('\n').at(-1)).toBe(
      'no chart written: the answer states a single number; a chart needs two or more (ask for a ranking or several years)',
    );
    await expect(access(file)).rejects.toThrow();
  });

  it('with --json the chart line goes to stderr, so stdout stays JSON', async () => {
    const file = join(dir, 'json.png');
    const { code, out, err } = await runCli([
      'ask',
      '--json',
      '--store',
      join(dir, 'store.json'),
      '--chart',
      file,
      '龙岗区2022年收到多少申请',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).facts).toHaveLength(1);
    expect(err).toMatch(/^no chart written: /);
  });
});
