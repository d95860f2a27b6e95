// The two ends of a measurement phase: the parent starts each phase in its own Node process (so its memory
// and timings start clean), passing arguments as JSON and reading one JSON line of results back.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface PhaseOptions {
  /** Write a V8 CPU profile of the phase into this folder (`node --cpu-prof`). */
  readonly profileDir?: string;
  /** The profile's file name without extension; the phase name when absent. */
  readonly profileName?: string;
}

/** Runs `bench/phases/<name>.ts` in a child Node process and returns the JSON it printed last. */
export async function runPhase<Result>(name: string, args: unknown, options: PhaseOptions = {}): Promise<Result> {
  const script = fileURLToPath(new URL(`./phases/${name}.ts`, import.meta.url));
  const profile = options.profileDir
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${options.profileDir}`,
        `--cpu-prof-name=${options.profileName ?? name}.cpuprofile`,
      ]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve, reject) =>
    child.on('error', reject).on('close', resolve),
  );
  const lastLine = output.trim().split('\n').at(-1) ?? '';
  if (exitCode !== 0 || !lastLine.startsWith('{'))
    throw new Error(`bench phase ${name} failed (exit ${exitCode}): ${output.slice(-2000)}`);
  return JSON.parse(lastLine) as Result;
}

/** Inside a phase: its arguments. */
export function readPhaseArgs<Args>(): Args {
  return JSON.parse(process.argv[2] ?? '{}') as Args;
}

/** Inside a phase: prints its results as the last line of standard output. */
export function writePhaseResult(result: unknown): void {
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

/** Megabytes (10^6 bytes). */
export function toMegabytes(bytes: number): number {
  return bytes / 1e6;
}

/** Peak resident memory of this process so far, in MB (`resourceUsage().maxRSS` is in KiB). */
export function peakRssMegabytes(): number {
  return toMegabytes(process.resourceUsage().maxRSS * 1024);
}
