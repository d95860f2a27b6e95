// A PostgreSQL server whose data directory is kept (`--keep DIR`), so one generated store of a million reports
// serves every later run: started once, left running on 127.0.0.1 for later runs, restarted from DIR after a reboot.
import { execFile } from 'node:child_process';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort, findServerBin, serverUser } from '../../test/setup/throwaway-cluster.js';

const run = promisify(execFile);

/** Starts (or finds running) the server of `dir`, creating its cluster the first time; returns its URL. */
export async function startKeptCluster(dir: string, settings: Readonly<Record<string, string>>): Promise<string> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const bin = await findServerBin();
  const runAs = await serverUser(root);
  const exec = (tool: string, args: string[]) => {
    const [command = '', ...rest] = [...runAs, join(bin, tool), ...args];
    return run(command, rest);
  };
  const data = join(root, 'data');
  const portFile = join(root, 'port');
  const exists = await access(join(data, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await exec('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C']);
    await writeFile(portFile, `${await findFreePort()}\n`);
  }
  const port = Number((await readFile(portFile, 'utf8')).trim());
  const running = await exec('pg_ctl', ['-D', data, 'status']).then(
    () => true,
    () => false,
  );
  if (!running) {
    const options = Object.entries({ max_connections: '200', ...settings })
      .map(([name, value]) => ` -c ${name}=${value}`)
      .join('');
    await exec('pg_ctl', [
      '-D',
      data,
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${root}${options}`,
      '-l',
      join(root, 'server.log'),
      '-w',
      '-t',
      '120',
      'start',
    ]);
  }
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}
