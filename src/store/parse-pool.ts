import { type ChildProcess, fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { NianbaoError, ParseError } from '../errors.js';
import { DEFAULT_PARSE_LIMITS, type DocumentSource, type ParseLimits, type Report } from '../parser/index.js';
import type { ParseFailure, ParseReply, ParseRequest } from './parse-child.js';

/**
 * Processes that parse files under limits: `parse` resolves like parseFile would, or rejects with a ParseError
 * naming the file and the reason, also when the file crashed its process, ran out of time or memory.
 */
export interface ParsePool {
  readonly size: number;
  parse(file: string): Promise<Report>;
  /** Parses a document's bytes (a file sent in chat, fetched from the web) the same way. */
  parseBytes(bytes: Uint8Array, source: DocumentSource): Promise<Report>;
  close(): Promise<void>;
}

interface Job {
  readonly request: ParseRequest;
  readonly file: string;
  resolve(report: Report): void;
  reject(error: Error): void;
}

/** One parse process, the jobs it holds (the first is being parsed) and since when that one runs. */
interface Parser {
  readonly child: ChildProcess;
  readonly held: Job[];
  ready: boolean;
  headStarted: number;
  /** Why the pool killed it (time, memory), to name the failure when it exits. */
  killedFor?: string;
  stderr: string;
}

/**
 * Files a process holds at once: it starts its next file at once instead of waiting for the round trip (on a
 * busy 2-vCPU machine that left workers idle a quarter of the time). A file that fails its process fails alone:
 * the others it held go back to the queue.
 */
const FILES_PER_PROCESS = 3;
/** How often a parse process's resident memory is looked at (Linux: /proc/PID/statm). */
const MEMORY_CHECK_MS = 250;
const PAGE_BYTES = 4096;
/** Last bytes of a process's stderr kept to say why it died. */
const STDERR_KEPT = 4096;

/** Starts `size` parse processes under `limits`. */
export function createParsePool(size: number, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsePool {
  const queue: Job[] = [];
  const parsers = new Set<Parser>();
  let nextJob = 0;
  let closed = false;

  const dispatch = (): void => {
    for (;;) {
      let chosen: Parser | undefined;
      for (const parser of parsers)
        if (
          parser.ready &&
          parser.held.length < FILES_PER_PROCESS &&
          parser.held.length < (chosen?.held.length ?? Infinity)
        )
          chosen = parser;
      const job = chosen && queue.shift();
      if (!chosen || !job) return;
      if (chosen.held.length === 0) chosen.headStarted = performance.now();
      chosen.held.push(job);
      chosen.child.send(job.request);
    }
  };
  const start = (): void => {
    const parser = startParser(limits);
    parsers.add(parser);
    parser.child.on('message', (reply: ParseReply) => {
      if ('ready' in reply) parser.ready = true;
      else {
        const at = parser.held.findIndex((job) => job.request.job === reply.job);
        const [job] = at >= 0 ? parser.held.splice(at, 1) : [];
        parser.headStarted = performance.now();
        if (job) settle(job, reply);
      }
      dispatch();
    });
    // 'close', not 'exit': by then all of its stderr is read, V8's last words included.
    parser.child.on('close', (code, signal) => {
      parsers.delete(parser);
      clearInterval(watch);
      const [running, ...waiting] = parser.held;
      queue.unshift(...waiting);
      if (!parser.ready && !closed) {
        // A process that dies before it can parse anything would die again: a broken install, not a file.
        closed = true;
        const error = new Error(`a parse process could not start (${code ?? signal}):\n${parser.stderr}`);
        for (const job of [...parser.held, ...queue.splice(0)]) job.reject(error);
        return;
      }
      if (running)
        running.reject(
          new ParseError(running.file, parser.killedFor ?? crashReason(code, signal, parser.stderr, limits)),
        );
      if (!closed) start();
      dispatch();
    });
    const kill = (reason: string): void => {
      parser.killedFor ??= reason;
      parser.child.kill('SIGKILL');
    };
    const watch = setInterval(() => {
      if (parser.held.length === 0) return;
      if (performance.now() - parser.headStarted > limits.timeoutMs)
        kill(
          `解析超时 ${limits.timeoutMs / 1000} 秒: parsing took longer than that (PARSE_TIMEOUT_S raises the limit)`,
        );
      void residentMegabytes(parser.child.pid).then((megabytes) => {
        if (megabytes !== undefined && megabytes > limits.maxMemoryMb) kill(memoryReason(limits));
      });
    }, MEMORY_CHECK_MS);
    watch.unref();
  };
  for (let index = 0; index < size; index++) start();

  const enqueue = (request: ParseRequest, file: string): Promise<Report> => {
    if (closed) return Promise.reject(new Error('the parse pool is closed'));
    return new Promise((resolve, reject) => {
      queue.push({ request, file, resolve, reject });
      dispatch();
    });
  };
  return {
    size,
    parse: (file) => enqueue({ job: nextJob++, file, limits }, file),
    parseBytes: (bytes, source) => enqueue({ job: nextJob++, bytes, source, limits }, source.file),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the parse pool is closed'));
      await Promise.all(
        [...parsers].map(
          (parser) =>
            new Promise<void>((resolve) => {
              if (parser.child.exitCode !== null || parser.child.signalCode !== null) resolve();
              else {
                parser.child.once('close', () => resolve());
                parser.child.kill('SIGKILL');
              }
            }),
        ),
      );
    },
  };
}

function settle(job: Job, reply: ParseReply): void {
  if ('report' in reply) job.resolve(reply.report);
  else if ('failure' in reply) job.reject(rebuildError(reply.failure));
}

function rebuildError(failure: ParseFailure): NianbaoError {
  if (failure.file !== undefined && failure.reason !== undefined) return new ParseError(failure.file, failure.reason);
  return new NianbaoError(failure.code, failure.message);
}

function memoryReason(limits: ParseLimits): string {
  return `内存超过上限 ${limits.maxMemoryMb} MB: parsing needed more memory than that (PARSE_MAX_MEMORY_MB raises the limit)`;
}

/** Why a parse process ended on its own: out of memory, or a crash (V8's own message when it printed one). */
function crashReason(code: number | null, signal: NodeJS.Signals | null, stderr: string, limits: ParseLimits): string {
  if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr)) return memoryReason(limits);
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  const lines = stderr.split('\n').map((line) => line.replace(/^#\s*/, '').trim());
  const said =
    lines.find((line) => /Fatal JavaScript|FATAL ERROR|[Ii]nvalid (size|array length)/.test(line)) ??
    lines.find((line) => /fatal|error/i.test(line));
  return `解析进程崩溃: the file crashed the process parsing it (${how}${said ? `: ${said.slice(0, 200)}` : ''}); please report it with the file`;
}

/** A process's resident memory in MB, where the system tells it (Linux); undefined elsewhere. */
async function residentMegabytes(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => undefined);
  const pages = Number(statm?.split(' ')[1]);
  return Number.isFinite(pages) ? (pages * PAGE_BYTES) / (1024 * 1024) : undefined;
}

/**
 * A parse process running parse-child, its heap capped at the memory limit. Under tsx (tests, `npx nianbao`) the
 * child registers tsx before importing the TypeScript module.
 */
function startParser(limits: ParseLimits): Parser {
  const isTypeScript = import.meta.url.endsWith('.ts');
  const body = new URL(isTypeScript ? './parse-child.ts' : './parse-child.js', import.meta.url);
  const execArgv = [`--max-old-space-size=${limits.maxMemoryMb}`];
  if (isTypeScript) execArgv.push('--import', import.meta.resolve('tsx'));
  const child = fork(body, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const parser: Parser = { child, held: [], ready: false, headStarted: 0, stderr: '' };
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    parser.stderr = (parser.stderr + text).slice(-STDERR_KEPT);
  });
  return parser;
}
