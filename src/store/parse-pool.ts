import { Worker } from 'node:worker_threads';
import { NianbaoError, ParseError } from '../errors.js';
import type { Report } from '../parser/index.js';
import type { ParseFailure, ParseReply, ParseRequest } from './parse-worker.js';

/** Worker threads that run parseFile; `parse` resolves like parseFile would, with ParseErrors rebuilt. */
export interface ParsePool {
  readonly size: number;
  parse(file: string): Promise<Report>;
  close(): Promise<void>;
}

interface Job {
  readonly request: ParseRequest;
  resolve(report: Report): void;
  reject(error: Error): void;
}

/** Starts `size` parse workers. Each takes one file at a time, so a slow PDF does not hold up a queue behind it. */
export function createParsePool(size: number): ParsePool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  let nextJob = 0;
  let broken: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Job;
      running.set(worker, job);
      worker.postMessage(job.request);
    }
  };
  const fail = (error: Error): void => {
    broken ??= error;
    for (const job of [...running.values(), ...queue.splice(0)]) job.reject(error);
    running.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = startParseWorker();
    worker.on('message', (reply: ParseReply) => {
      const job = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      if (job) settle(job, reply);
      dispatch();
    });
    worker.on('error', (error) => fail(new Error(`a parse worker failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => fail(new Error(`a parse worker exited (code ${code})`)));
    idle.push(worker);
    return worker;
  });

  return {
    size,
    parse(file) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        queue.push({ request: { job: nextJob++, file }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      broken ??= new Error('the parse pool is closed');
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function settle(job: Job, reply: ParseReply): void {
  if ('report' in reply) job.resolve(reply.report);
  else if ('failure' in reply) job.reject(rebuildError(reply.failure));
  else job.reject(new Error(`parsing ${job.request.file} crashed in a worker:\n${reply.crash}`));
}

function rebuildError(failure: ParseFailure): NianbaoError {
  if (failure.file !== undefined && failure.reason !== undefined) return new ParseError(failure.file, failure.reason);
  return new NianbaoError(failure.code, failure.message);
}

/**
 * A worker running parse-worker. Under tsx, hooks registered in the main thread do not reach worker threads
 * (Node 20), so the worker registers tsx itself before importing the TypeScript module.
 */
function startParseWorker(): Worker {
  const isTypeScript = import.meta.url.endsWith('.ts');
  const body = new URL(isTypeScript ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
  if (!isTypeScript) return new Worker(body);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(body.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}
