/** Analytics events from the micro frontends: stored as they came, and counted per day, domain and type. */
import { type Collection, type Db, ObjectId } from 'mongodb';
import type { BrowserEventBody, IngestResultBody } from '../schemas.ts';
import type { Counters } from './counters.ts';
import { checkBrowserEvents } from './validate.ts';

export interface BrowserEventDocument {
  _id: ObjectId;
  type: string;
  domain: string;
  path: string;
  at: Date;
  receivedAt: Date;
  props: Record<string, string | number | boolean>;
  guestId: string | null;
  deviceInfo: string | null;
  /** Set when the batch came with a valid access token. */
  userId: string | null;
}

/** Who sent the batch, from its headers and token. */
export interface BrowserContext {
  guestId: string | undefined;
  deviceInfo: string | undefined;
  userId: string | undefined;
}

export class BrowserEvents {
  readonly events: Collection<BrowserEventDocument>;
  readonly counters: Counters;

  constructor(db: Db, counters: Counters) {
    this.events = db.collection<BrowserEventDocument>('browser_events');
    this.counters = counters;
  }

  async ingest(
    batch: readonly unknown[],
    context: BrowserContext,
    now = new Date(),
  ): Promise<IngestResultBody> {
    const { accepted, rejected } = checkBrowserEvents(batch, now);
    if (accepted.length > 0) {
      const docs = accepted.map(({ event, at }) => this.toDocument(event, at, context, now));
      // At most 50 new documents: one insert, within FerretDB's limits.
      await this.events.insertMany(docs, { ordered: false });
      await this.counters.count(
        docs.map((d) => ({ at: d.at, kind: 'browser', source: d.domain, type: d.type })),
      );
    }
    return { accepted: accepted.length, rejected };
  }

  private toDocument(
    event: BrowserEventBody,
    at: Date,
    context: BrowserContext,
    now: Date,
  ): BrowserEventDocument {
    return {
      _id: new ObjectId(),
      type: event.type,
      domain: event.domain,
      path: event.path,
      at,
      receivedAt: now,
      props: event.props ?? {},
      guestId: context.guestId ?? null,
      deviceInfo: context.deviceInfo ?? null,
      userId: context.userId ?? null,
    };
  }
}
