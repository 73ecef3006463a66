/**
 * Per-day counters: `$inc` in an upsert on one document per (day, kind, source, type), so counting needs no
 * `$group` over raw events and a stats query reads a few hundred small documents at most. `kind` is
 * browser (source = micro frontend) or service (source = emitting service).
 *
 * FerretDB 1.24 (SQLite), the database of the local run and the tests, applies an update by reading the
 * document and writing all of it back without isolation, so concurrent `$inc`s on one document lose each
 * other (60 concurrent increments leave about 10). Two rules make the counts exact on it and on MongoDB:
 * each process increments only its own counter documents (the instance id is part of the key), and it
 * writes them one batch at a time. Stats add the instances up.
 */
import { randomBytes } from 'node:crypto';
import { writeChunks } from '@emporium/service-kit';
import type { AnyBulkWriteOperation, Collection, Db } from 'mongodb';

export type CounterKind = 'browser' | 'service';

export interface CounterDocument {
  /** `<day>|<series>|<instance>`: the upsert key. */
  _id: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
  /** `<kind>|<source>|<type>`: what stats group by. */
  series: string;
  kind: CounterKind;
  source: string;
  type: string;
  /** The process that owns this document. */
  instance: string;
  count: number;
}

export interface Occurrence {
  at: Date;
  kind: CounterKind;
  source: string;
  type: string;
}

export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
export const seriesOf = (kind: CounterKind, source: string, type: string) => `${kind}|${source}|${type}`;

export class Counters {
  readonly counters: Collection<CounterDocument>;
  readonly instance = randomBytes(6).toString('hex');
  /** The tail of this process's writes: each batch starts when the one before it has finished. */
  #tail: Promise<void> = Promise.resolve();

  constructor(db: Db) {
    this.counters = db.collection<CounterDocument>('counters');
  }

  /** Counts the occurrences; resolves once they are written (so stats read right after include them). */
  count(occurrences: readonly Occurrence[]): Promise<void> {
    const writes = this.#writes(occurrences);
    const run = this.#tail.then(async () => {
      for (const chunk of writeChunks(writes)) await this.counters.bulkWrite(chunk, { ordered: false });
    });
    // A failed batch fails its own request only; the next batch still runs.
    this.#tail = run.catch(() => {});
    return run;
  }

  #writes(occurrences: readonly Occurrence[]): AnyBulkWriteOperation<CounterDocument>[] {
    const increments = new Map<string, { fields: Omit<CounterDocument, '_id' | 'count'>; by: number }>();
    for (const o of occurrences) {
      const day = dayOf(o.at);
      const series = seriesOf(o.kind, o.source, o.type);
      const id = `${day}|${series}|${this.instance}`;
      const entry = increments.get(id);
      if (entry) entry.by += 1;
      else {
        const fields = { day, series, kind: o.kind, source: o.source, type: o.type, instance: this.instance };
        increments.set(id, { fields, by: 1 });
      }
    }
    return [...increments].map(([_id, { fields, by }]) => ({
      updateOne: { filter: { _id }, update: { $set: fields, $inc: { count: by } }, upsert: true },
    }));
  }

  /** Counts per series over a range of days, summed by the database (`$group` with `$sum` only). */
  async totals(fromDay: string, toDay: string): Promise<Map<string, number>> {
    const rows = await this.counters
      .aggregate<{ _id: string; count: number }>([
        { $match: { day: { $gte: fromDay, $lte: toDay } } },
        { $group: { _id: '$series', count: { $sum: '$count' } } },
      ])
      .toArray();
    return new Map(rows.map((r) => [r._id, r.count]));
  }
}
