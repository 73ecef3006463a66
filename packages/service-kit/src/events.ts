/**
 * Business events (order placed, ticket opened, ...) sent to the activity service. A request only queues
 * its event: a background loop sends batches, so a slow or down activity service never slows or fails the
 * request that emitted it. The queue is bounded; while activity is down the oldest events are dropped and
 * the drops are logged, so memory stays flat. Events still queued at shutdown get one last short attempt.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type ServiceClient, serviceClient } from './service-client.ts';

export interface BusinessEvent {
  /** `<noun>.<verb>`, for example `order.placed`. */
  type: string;
  /** What the event is about (order id, ticket id, ...). */
  subject: string;
  userId?: string;
  data?: Record<string, unknown>;
}

interface QueuedEvent extends BusinessEvent {
  at: string;
}

export interface EventSink {
  emit(event: BusinessEvent): void;
  /** Sends what is queued now (tests and shutdown). */
  flush(): Promise<void>;
  readonly dropped: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    events: EventSink;
  }
}

export interface EventOptions {
  client: ServiceClient | undefined;
  maxQueue?: number;
  batchSize?: number;
  intervalMs?: number;
}

export function eventSink(
  app: FastifyInstance,
  options: EventOptions,
): EventSink & { close(): Promise<void> } {
  const maxQueue = options.maxQueue ?? 1000;
  const batchSize = options.batchSize ?? 100;
  const queue: QueuedEvent[] = [];
  let dropped = 0;
  let sending: Promise<void> | undefined;
  let lastWarning = 0;

  const warn = (message: string, extra: Record<string, unknown>) => {
    // At most one warning a minute while activity is down, not one per batch.
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    app.log.warn({ ...extra, queued: queue.length, dropped }, message);
  };

  async function sendOnce(timeoutMs?: number): Promise<void> {
    const client = options.client;
    if (!client) return;
    while (queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      try {
        await client.post('/internal/events', { events: batch }, { retries: 0, timeoutMs });
        queue.splice(0, batch.length);
      } catch (err) {
        const status = (err as { status?: number }).status;
        if (status !== undefined && status < 500) {
          // Refused as invalid: retrying cannot help; drop the batch rather than block the queue.
          queue.splice(0, batch.length);
          dropped += batch.length;
        }
        warn('business events not delivered to the activity service', { err: (err as Error).message });
        return;
      }
    }
  }

  const flush = () => {
    sending ??= sendOnce().finally(() => {
      sending = undefined;
    });
    return sending;
  };

  const timer = setInterval(() => void flush(), options.intervalMs ?? 1000);
  timer.unref();

  return {
    emit(event) {
      if (!options.client) return;
      queue.push({ ...event, at: new Date().toISOString() });
      if (queue.length > maxQueue) {
        dropped += queue.length - maxQueue;
        queue.splice(0, queue.length - maxQueue);
        warn('business event queue full: dropping the oldest events', {});
      }
      if (queue.length >= batchSize) void flush();
    },
    flush,
    get dropped() {
      return dropped;
    },
    async close() {
      clearInterval(timer);
      await sending;
      await sendOnce(500);
    },
  };
}

export const businessEvents = fp(
  async (app: FastifyInstance, options: { client: ServiceClient | undefined }) => {
    const sink = eventSink(app, { client: options.client });
    app.decorate('events', sink);
    app.addHook('onClose', () => sink.close());
  },
  { name: 'emporium-business-events' },
);

export function activityClient(app: FastifyInstance): ServiceClient | undefined {
  const config = app.serviceConfig as unknown as Record<string, unknown>;
  const url = config.ACTIVITY_SERVICE_URL;
  if (typeof url !== 'string') return undefined;
  return serviceClient({
    caller: app.serviceName,
    service: 'activity',
    baseUrl: url,
    serviceKey: app.serviceConfig.SERVICE_KEY,
    timeoutMs: Math.min(app.serviceConfig.SERVICE_CALL_TIMEOUT_MS, 2000),
  });
}
