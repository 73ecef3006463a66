/** Polls a service's /health while a drill runs: the status at each moment, and waits for a wanted one. */
import { sleep } from './drill.ts';

export interface HealthWatch {
  /** Latest status (0 when the service did not answer). */
  current(): number;
  /** Resolves with the ms it took once /health answers `status`; rejects after `timeoutMs`. */
  until(status: number, timeoutMs: number): Promise<number>;
  stop(): void;
}

export function watchHealth(serviceUrl: string, everyMs = 200): HealthWatch {
  let status = -1;
  let stopped = false;
  void (async () => {
    while (!stopped) {
      status = await fetch(`${serviceUrl}/health`, { signal: AbortSignal.timeout(5000) })
        .then(async (res) => {
          await res.arrayBuffer();
          return res.status;
        })
        .catch(() => 0);
      await sleep(everyMs);
    }
  })();
  return {
    current: () => status,
    async until(wanted, timeoutMs) {
      const t0 = performance.now();
      while (status !== wanted) {
        if (performance.now() - t0 > timeoutMs) {
          throw new Error(`/health did not answer ${wanted} within ${timeoutMs} ms (last ${status})`);
        }
        await sleep(50);
      }
      return Math.round(performance.now() - t0);
    },
    stop() {
      stopped = true;
    },
  };
}
