// A real PostgreSQL server for tests and benchmarks, in a temp dir on a free port, gone after stop().
import { execFile } from 'node:child_process';
import { access, chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running server: `url` connects as the superuser `postgres` without a password. */
export interface Cluster {
  readonly url: string;
  stop(): Promise<void>;
}

/** Where Debian and most Linux packages put the server binaries; the newest version wins. */
const SERVER_ROOTS = ['/usr/lib/postgresql'];

export interface ClusterOptions {
  /** Keep fsync on, as a production server has it: benchmarks want honest write figures, tests want speed. */
  readonly durable?: boolean;
  /** Extra server settings, e.g. `{ shared_buffers: '1GB' }`. */
  readonly settings?: Readonly<Record<string, string>>;
}

/** Starts a throwaway cluster (initdb + pg_ctl) on 127.0.0.1. Fails saying how to install PostgreSQL if absent. */
export async function startThrowawayCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const bin = await findServerBin();
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-pg-'));
  const runAs = await serverUser(dir);
  const exec = (tool: string, args: string[]) => {
    const [command = '', ...rest] = [...runAs, join(bin, tool), ...args];
    return run(command, rest);
  };
  const data = join(dir, 'data');
  const port = await findFreePort();
  await exec('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // fsync off for tests: the data is thrown away, and tests about killed clients do not depend on the server's disk.
  const settings = Object.entries({ max_connections: '200', ...options.settings })
    .map(([name, value]) => ` -c ${name}=${value}`)
    .join('');
  const serverOptions = `-h 127.0.0.1 -p ${port} -k ${dir}${options.durable ? '' : ' -F'}${settings}`;
  await exec('pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function findServerBin(): Promise<string> {
  for (const root of SERVER_ROOTS) {
    const versions = await readdir(root).catch((): string[] => []);
    versions.sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(root, version, 'bin');
      if (
        await access(join(bin, 'initdb')).then(
          () => true,
          () => false,
        )
      )
        return bin;
    }
  }
  const inPath = await run('sh', ['-c', 'command -v initdb']).catch(() => undefined);
  if (inPath) return dirname(inPath.stdout.trim());
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl) not found: install them (apt-get install -y postgresql) ' +
      'or point NIANBAO_TEST_DATABASE_URL at a server, e.g. postgres://postgres@127.0.0.1:5432/postgres',
  );
}

/** PostgreSQL refuses to run as root: as root, hand the temp dir to the `postgres` user and run as it. */
export async function serverUser(dir: string): Promise<string[]> {
  if (userInfo().uid !== 0) return [];
  const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
    throw new Error(
      'running as root and there is no "postgres" user to run the server as; install postgresql or run as another user',
    );
  });
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  await chown(dir, Number(stdout.trim()), Number(group.trim()));
  return ['runuser', '-u', 'postgres', '--'];
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
