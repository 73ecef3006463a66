/**
 * Activity stats over a range of days: per micro frontend and per emitting service, the count of each
 * event type, summed from the daily counters.
 */
import { mfes } from '@emporium/registry';
import { badRequest } from '@emporium/service-kit';
import { type CounterKind, type Counters, dayOf } from '../events/counters.ts';
import type { StatsBody } from '../schemas.ts';

const dayMs = 24 * 60 * 60 * 1000;
export const maxRangeDays = 90;
export const defaultRangeDays = 7;

/** The range asked for: `to` defaults to today (UTC), `from` to a week before it; at most 90 days. */
export function statsRange(from: string | undefined, to: string | undefined, now = new Date()) {
  const toDay = to ?? dayOf(now);
  const fromDay = from ?? dayOf(new Date(Date.parse(toDay) - (defaultRangeDays - 1) * dayMs));
  const days = (Date.parse(toDay) - Date.parse(fromDay)) / dayMs + 1;
  if (days < 1) {
    throw badRequest('INVALID_RANGE', '`from` must not be after `to`', [
      { in: 'querystring', path: '/from', message: 'is after to' },
    ]);
  }
  if (days > maxRangeDays) {
    throw badRequest('RANGE_TOO_LONG', `A range covers at most ${maxRangeDays} days`, [
      { in: 'querystring', path: '/from', message: `more than ${maxRangeDays} days before to` },
    ]);
  }
  return { fromDay, toDay };
}

type Group = { source: string; total: number; types: { type: string; count: number }[] };

function groups(totals: Map<string, number>, kind: CounterKind, order: readonly string[]): Group[] {
  const bySource = new Map<string, Group>();
  for (const [series, count] of totals) {
    const [seriesKind, source, type] = series.split('|');
    if (seriesKind !== kind || source === undefined || type === undefined) continue;
    let group = bySource.get(source);
    if (!group) {
      group = { source, total: 0, types: [] };
      bySource.set(source, group);
    }
    group.total += count;
    group.types.push({ type, count });
  }
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  return [...bySource.values()]
    .sort((a, b) => rank(a.source) - rank(b.source) || a.source.localeCompare(b.source))
    .map((g) => ({ ...g, types: g.types.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)) }));
}

export async function activityStats(counters: Counters, fromDay: string, toDay: string): Promise<StatsBody> {
  const totals = await counters.totals(fromDay, toDay);
  return {
    from: fromDay,
    to: toDay,
    domains: groups(
      totals,
      'browser',
      mfes.map((m) => m.name),
    ).map(({ source, total, types }) => ({
      domain: source,
      total,
      types,
    })),
    services: groups(totals, 'service', []).map(({ source, total, types }) => ({
      service: source,
      total,
      types,
    })),
  };
}
