/**
 * The dev outbox: messages stored in the service's database instead of being sent, so the local run and
 * the tests can read one-time codes (GET /dev/outbox, served only with DEV_OUTBOX_ENABLED=true).
 */
import type { Collection, Db } from 'mongodb';
import type { Notifier, OutgoingMessage } from './notifier.ts';

export interface OutboxDocument extends OutgoingMessage {
  createdAt: Date;
  /** Swept after a day; nobody reads old codes. */
  expiresAt: Date;
}

const keepMs = 24 * 3600 * 1000;
const latest = 20;

export function outboxCollection(db: Db): Collection<OutboxDocument> {
  return db.collection<OutboxDocument>('dev_outbox');
}

export function devOutboxNotifier(db: Db): Notifier {
  const outbox = outboxCollection(db);
  return {
    async send(message) {
      const now = new Date();
      await outbox.insertOne({ ...message, createdAt: now, expiresAt: new Date(now.getTime() + keepMs) });
    },
  };
}

/** The latest messages to one address, newest first. */
export async function readOutbox(db: Db, to: string) {
  const docs = await outboxCollection(db)
    .find({ to })
    .sort({ createdAt: -1, _id: -1 })
    .limit(latest)
    .toArray();
  return docs.map((d) => ({
    channel: d.channel,
    to: d.to,
    subject: d.subject,
    text: d.text,
    createdAt: d.createdAt.toISOString(),
  }));
}
