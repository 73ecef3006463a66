/** Durations as kubectl takes them (`--timeout 5m`, `90s`, `1m30s`, `500ms`, `0` for no limit). */
import { usageError } from './errors.ts';

const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds; 0 means wait without limit. A bare number other than 0 needs a unit, as in Go's durations. */
export function parseDuration(text: string, flag = '--timeout'): number {
  if (text === '0') return 0;
  const pattern = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (const match of text.matchAll(pattern)) {
    total += Number(match[1]) * (unitMs[match[2] ?? ''] ?? Number.NaN);
    consumed += match[0].length;
  }
  if (text === '' || consumed !== text.length || !Number.isFinite(total)) {
    throw usageError(`${flag} must be a duration such as 30s, 5m or 1m30s, got "${text}"`);
  }
  return total;
}
