/**
 * The knobs of `make bench-services`, read once from the environment (documented in main.ts).
 */

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return value;
}

export interface BenchSettings {
  /** Measured runs per contender (each figure is their median). */
  runs: number;
  /** Seconds of load per run. */
  durationS: number;
  /** Concurrent connections of the load generator. */
  connections: number;
}

export function benchSettings(): BenchSettings {
  return {
    runs: positiveInteger('BENCH_RUNS', 3),
    durationS: positiveInteger('BENCH_DURATION_S', 5),
    connections: positiveInteger('BENCH_CONNECTIONS', 50),
  };
}
