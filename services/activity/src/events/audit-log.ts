/**
 * Business events from the other services (order placed, ticket opened, ...): kept as an audit log that
 * admins can page through, and counted per day, emitting service and type.
 */
import { type Collection, type Db, type Filter, ObjectId } from 'mongodb';
import type { AuditEntryBody, AuditQuery, IngestResultBody } from '../schemas.ts';
import type { Counters } from './counters.ts';
import { checkServiceEvents } from './validate.ts';

export interface AuditDocument {
  /** Time-ordered: newest-first pages are keyset pages on _id. */
  _id: ObjectId;
  /** The service that sent it, as its service key proved. */
  source: string;
  type: string;
  subject: string;
  userId: string | null;
  at: Date;
  receivedAt: Date;
  data: Record<string, unknown>;
}

const toEntry = (doc: AuditDocument): AuditEntryBody => ({
  id: doc._id.toHexString(),
  source: doc.source,
  type: doc.type,
  subject: doc.subject,
  userId: doc.userId,
  at: doc.at.toISOString(),
  receivedAt: doc.receivedAt.toISOString(),
  data: doc.data,
});

export class AuditLog {
  readonly entries: Collection<AuditDocument>;
  readonly counters: Counters;

  constructor(db: Db, counters: Counters) {
    this.entries = db.collection<AuditDocument>('audit_log');
    this.counters = counters;
  }

  async record(source: string, batch: readonly unknown[], now = new Date()): Promise<IngestResultBody> {
    const { accepted, rejected } = checkServiceEvents(batch);
    if (accepted.length > 0) {
      const docs: AuditDocument[] = accepted.map(({ event, at }) => ({
        _id: new ObjectId(),
        source,
        type: event.type,
        subject: event.subject,
        userId: event.userId ?? null,
        at,
        receivedAt: now,
        data: event.data ?? {},
      }));
      // Up to 100 new documents: inserted in two commands to stay within FerretDB's limits.
      for (let i = 0; i < docs.length; i += 50)
        await this.entries.insertMany(docs.slice(i, i + 50), { ordered: false });
      await this.counters.count(docs.map((d) => ({ at: d.at, kind: 'service', source, type: d.type })));
    }
    return { accepted: accepted.length, rejected };
  }

  async list(query: AuditQuery): Promise<{ items: AuditEntryBody[]; nextCursor: string | null }> {
    const limit = query.limit ?? 50;
    const filter: Filter<AuditDocument> = {};
    if (query.type !== undefined) filter.type = query.type;
    if (query.subject !== undefined) filter.subject = query.subject;
    if (query.source !== undefined) filter.source = query.source;
    if (query.cursor !== undefined) filter._id = { $lt: new ObjectId(query.cursor) };
    const docs = await this.entries
      .find(filter)
      .sort({ _id: -1 })
      .limit(limit + 1)
      .toArray();
    const page = docs.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toEntry),
      nextCursor: docs.length > limit && last ? last._id.toHexString() : null,
    };
  }
}
