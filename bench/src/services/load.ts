/**
 * Runs load against a server in a separate load-runner process and measures, alongside, the CPU time the
 * server (and any other process named, such as the database or the gateway) spent on those requests: the
 * framework's own cost per request, which throughput hides when the database is the bottleneck.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadOptions, LoadResult } from './load-runner.ts';
import { cpuSeconds } from './proc-stats.ts';

const runner = fileURLToPath(new URL('./load-runner.ts', import.meta.url));
const running = new Set<ReturnType<typeof spawn>>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface MeasuredLoad extends LoadResult {
  /** CPU milliseconds per 1000 requests, per watched process. */
  cpuMsPerK: Record<string, number>;
}

function runLoadProcess(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      running.delete(child);
      if (code !== 0) reject(new Error(`load runner failed (exit ${code}): ${err}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as LoadResult);
    });
  });
}

export async function measureLoad(
  options: LoadOptions,
  watch: Readonly<Record<string, number | undefined>>,
): Promise<MeasuredLoad> {
  const pids = Object.entries(watch).filter((e): e is [string, number] => e[1] !== undefined);
  const before = pids.map(([, pid]) => cpuSeconds(pid));
  const result = await runLoadProcess(options);
  const cpuMsPerK: Record<string, number> = {};
  pids.forEach(([name, pid], i) => {
    cpuMsPerK[name] = ((cpuSeconds(pid) - (before[i] ?? 0)) * 1000 * 1000) / Math.max(1, result.requests);
  });
  return { ...result, cpuMsPerK };
}
