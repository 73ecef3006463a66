/**
 * One load run, in its own process so the load generator never shares an event loop with the server or
 * the orchestrator: `node load-runner.ts '<json options>'` sends a fixed number of requests with autocannon
 * over N connections and prints one JSON line with throughput, latency and failures. A fixed amount (not
 * a fixed duration) means every request sent is answered before the run ends, so the server's CPU time
 * over the run belongs to exactly these requests and no unanswered ones spill into the next run.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Requests to send; the run ends when all are answered. */
  amount: number;
}

export interface LoadResult {
  /** Answered requests per second over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  durationS: number;
  /** Responses outside 2xx, connection errors and timeouts. */
  failures: number;
}

if (import.meta.main) {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  const result = await autocannon({
    url: options.url,
    // autocannon needs at least one request per connection: a short run of a slow endpoint uses fewer.
    connections: Math.min(options.connections, options.amount),
    amount: options.amount,
    // autocannon notices the last answer only at its next sample; 10 ms samples keep req/s precise.
    sampleInt: 10,
    // On the embedded database a list request can wait seconds in the queue: slow is measured, not failed.
    timeout: 60,
  });
  const out: LoadResult = {
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    durationS: result.duration,
    failures: result.non2xx + result.errors + result.timeouts,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
