/**
 * Analytics from the browser, batched: `track()` only queues. The queue goes to the activity service
 * 5 s after its first event, at once when it holds 20, and when the page is hidden or left (a keepalive
 * request, which the browser finishes even after the page is gone; sendBeacon could not carry the guest id
 * and token headers). Sending failures are dropped: analytics must never break or slow the page.
 */
import { apiPrefix } from '@emporium/registry';
import { http } from '../client.ts';
import type { ActivityEvent, TrackInput } from './types.ts';

export const eventsPath = `${apiPrefix('activity')}/events`;
export const flushDelayMs = 5_000;
export const flushSize = 20;
/** The service takes at most 50 per request; more than that waiting means sending has been failing. */
const maxQueued = 50;

let queue: ActivityEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function currentPath(): string {
  const location = globalThis.location;
  return location ? `${location.pathname}${location.search}` : '/';
}

function send(events: ActivityEvent[], keepalive: boolean): Promise<void> {
  return http()
    .post(eventsPath, { json: { events }, keepalive, retry: 0, timeout: 5_000 })
    .then(
      () => undefined,
      () => undefined, // dropped on purpose, see above
    );
}

/** Sends what is queued now; resolves when the request is done (or failed). */
export function flushEvents(options: { keepalive?: boolean } = {}): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  if (queue.length === 0) return Promise.resolve();
  const batch = queue;
  queue = [];
  return send(batch, options.keepalive ?? false);
}

function flushOnHide(): void {
  if (globalThis.document?.visibilityState === 'hidden') void flushEvents({ keepalive: true });
}

function listenForPageHide(): void {
  if (listening || !globalThis.document) return;
  listening = true;
  document.addEventListener('visibilitychange', flushOnHide);
  // Safari does not always fire visibilitychange when a tab is closed; pagehide it does.
  globalThis.addEventListener?.('pagehide', () => void flushEvents({ keepalive: true }));
}

/** Queues one event; never throws. */
export function track(input: TrackInput): void {
  const event: ActivityEvent = {
    type: input.type,
    domain: input.domain,
    path: (input.path ?? currentPath()).slice(0, 512) || '/',
    at: new Date().toISOString(),
    ...(input.props ? { props: input.props } : {}),
  };
  if (queue.length >= maxQueued) queue.shift();
  queue.push(event);
  listenForPageHide();
  if (queue.length >= flushSize) void flushEvents();
  else timer ??= setTimeout(() => void flushEvents(), flushDelayMs);
}

/** What is waiting to be sent (for tests and debugging). */
export function queuedEvents(): readonly ActivityEvent[] {
  return queue;
}
