/**
 * Steady load for the drills: a few workers, each sending one request after another until stopped, every
 * answer recorded with its status and latency. Each operation says itself whether its answer was the
 * expected one, so a 503 can be a failure in one drill and the right answer in another.
 */
import { median } from '../report.ts';

export interface Sample {
  op: string;
  status: number;
  ms: number;
  ok: boolean;
  /** When the answer is not ok: what came back (code, message, or the network error). */
  detail?: string;
  /** When it started, in ms since the load began. */
  at: number;
}

/** One request of the mix; `worker` and `seq` make unique names for writes. */
export type Operation = (worker: number, seq: number) => Promise<Omit<Sample, 'ms' | 'at'>>;

export interface RunningLoad {
  readonly samples: readonly Sample[];
  /** Stops sending, waits for the requests in flight, returns every sample. */
  stop(): Promise<Sample[]>;
}

export function startLoad(workers: number, operation: Operation): RunningLoad {
  const samples: Sample[] = [];
  const t0 = performance.now();
  let stopping = false;
  const worker = async (id: number) => {
    for (let seq = 0; !stopping; seq++) {
      const at = performance.now() - t0;
      let outcome: Omit<Sample, 'ms' | 'at'>;
      try {
        outcome = await operation(id, seq);
      } catch (err) {
        const cause = (err as { cause?: { code?: string } }).cause?.code;
        outcome = { op: 'request', status: 0, ok: false, detail: cause ?? String(err) };
      }
      samples.push({ ...outcome, at, ms: performance.now() - t0 - at });
    }
  };
  const running = Array.from({ length: workers }, (_, i) => worker(i));
  return {
    samples,
    async stop() {
      stopping = true;
      await Promise.all(running);
      return samples;
    },
  };
}

/** A JSON request with a timeout, answered as status and parsed body. */
export async function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
  });
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = { text: text.slice(0, 200) };
  }
  return { status: res.status, body };
}

/** The error code of an error answer, for the failure list. */
export const errorCode = (body: Record<string, unknown>) =>
  String(body.code ?? (body.error as { code?: string } | undefined)?.code ?? body.text ?? '');

/** Per operation: how many, median and slowest latency, e.g. `GET list 70 x, p50 41 ms, max 230 ms`. */
export function latencySummary(samples: readonly Sample[]): string[] {
  const byOp = new Map<string, number[]>();
  for (const s of samples) byOp.set(s.op, [...(byOp.get(s.op) ?? []), s.ms]);
  return [...byOp].map(
    ([op, ms]) =>
      `${op}: ${ms.length} x, p50 ${Math.round(median(ms))} ms, max ${Math.round(Math.max(...ms))} ms`,
  );
}

/** Counts of the failures by operation and what came back, e.g. `GET list 503 SERVICE_UNAVAILABLE: 3`. */
export function failureSummary(samples: readonly Sample[]): string[] {
  const counts = new Map<string, number>();
  for (const s of samples) {
    if (s.ok) continue;
    const key = `${s.op} ${s.status} ${s.detail ?? ''}`.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key}: ${n}`);
}
