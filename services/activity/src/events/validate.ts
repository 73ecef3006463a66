/**
 * Checks browser events one by one, so a batch from an older or buggy page keeps its good events: each bad
 * one is named by its index with a reason. Events whose clock is far off are refused rather than counted
 * on the wrong day.
 */
import { Compile } from 'typebox/compile';
import {
  BrowserEvent,
  type BrowserEventBody,
  maxEventAgeMs,
  maxEventLeadMs,
  type RejectionBody,
  ServiceEvent,
  type ServiceEventBody,
} from '../schemas.ts';

const browserEvent = Compile(BrowserEvent);
const serviceEvent = Compile(ServiceEvent);
const maxDataBytes = 4096;

export interface Checked<T> {
  accepted: { index: number; event: T; at: Date }[];
  rejected: RejectionBody[];
}

function firstProblem(errors: { instancePath: string; message: string }[]): string {
  const error = errors.find((e) => e.instancePath !== '') ?? errors[0];
  return error ? `${error.instancePath || 'event'} ${error.message}` : 'is invalid';
}

export function checkBrowserEvents(events: readonly unknown[], now = new Date()): Checked<BrowserEventBody> {
  const result: Checked<BrowserEventBody> = { accepted: [], rejected: [] };
  events.forEach((event, index) => {
    if (!browserEvent.Check(event)) {
      result.rejected.push({
        index,
        reason: 'INVALID_EVENT',
        message: firstProblem(browserEvent.Errors(event)),
      });
      return;
    }
    const at = new Date(event.at);
    const age = now.getTime() - at.getTime();
    if (age > maxEventAgeMs) {
      result.rejected.push({ index, reason: 'TOO_OLD', message: '`at` is more than 24 hours ago' });
    } else if (-age > maxEventLeadMs) {
      result.rejected.push({ index, reason: 'IN_FUTURE', message: '`at` is more than 5 minutes ahead' });
    } else {
      result.accepted.push({ index, event, at });
    }
  });
  return result;
}

/** Business events from services: the same one-by-one check, plus a bound on the size of `data`. */
export function checkServiceEvents(events: readonly unknown[]): Checked<ServiceEventBody> {
  const result: Checked<ServiceEventBody> = { accepted: [], rejected: [] };
  events.forEach((event, index) => {
    if (!serviceEvent.Check(event)) {
      result.rejected.push({
        index,
        reason: 'INVALID_EVENT',
        message: firstProblem(serviceEvent.Errors(event)),
      });
    } else if (Buffer.byteLength(JSON.stringify(event.data ?? {})) > maxDataBytes) {
      result.rejected.push({ index, reason: 'TOO_LARGE', message: '`data` is larger than 4 KiB as JSON' });
    } else {
      result.accepted.push({ index, event, at: new Date(event.at) });
    }
  });
  return result;
}
