import { Worker } from 'node:worker_threads';
import { NianbaoError, ParseError } from '../errors.js';
import type { ParseLimits, Report } from '../parser/index.js';
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

/**
 * Files a worker holds at once. A worker that finishes a file starts its next one at once instead of waiting for
 * the main thread to wake up and send it one: on a busy 2-vCPU machine that round trip left workers idle a
 * quarter of the time with one file each, a tenth with three. A slow PDF holds up at most two files behind it.
 */
const FILES_PER_WORKER = 3;

/** Starts `size` parse workers and hands each up to FILES_PER_WORKER files at a time. */
export function createParsePool(size: number, limits?: ParseLimits): ParsePool {
  const queue: Job[] = [];
  const running = new Map<number, { readonly job: Job; readonly worker: Worker }>();
  const held = new Map<Worker, number>();
  let nextJob = 0;
  let broken: Error | undefined;

  const leastBusy = (): Worker | undefined => {
    let chosen: Worker | undefined;
    for (const [worker, count] of held)
      if (count < FILES_PER_WORKER && count < (chosen ? (held.get(chosen) ?? 0) : Infinity)) chosen = worker;
    return chosen;
  };
  const dispatch = (): void => {
    for (let worker = leastBusy(); worker && queue.length > 0; worker = leastBusy()) {
      const job = queue.shift() as Job;
      running.set(job.request.job, { job, worker });
      held.set(worker, (held.get(worker) ?? 0) + 1);
      worker.postMessage(job.request);
    }
  };
  const fail = (error: Error): void => {
    broken ??= error;
    for (const { job } of running.values()) job.reject(error);
    for (const job of queue.splice(0)) job.reject(error);
    running.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = startParseWorker();
    worker.on('message', (reply: ParseReply) => {
      const entry = running.get(reply.job);
      running.delete(reply.job);
      held.set(worker, (held.get(worker) ?? 1) - 1);
      if (entry) settle(entry.job, reply);
      dispatch();
    });
    worker.on('error', (error) => fail(new Error(`a parse worker failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => fail(new Error(`a parse worker exited (code ${code})`)));
    held.set(worker, 0);
    return worker;
  });

  return {
    size,
    parse(file) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        queue.push({ request: { job: nextJob++, file, limits }, resolve, reject });
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
