/**
 * Loads the seed tickets for the dev customer (packages/dev-data). Idempotent: seed tickets are found by
 * their number and replaced, so `make seed` restores them; with `ifEmpty` nothing happens when the
 * database has tickets (so `make up` never touches real conversations).
 */
import { devUsers } from '@emporium/dev-data';
import { type Db, ObjectId } from 'mongodb';
import { setupSupportDatabase } from '../indexes.ts';
import type { MessageDocument, TicketDocument } from '../tickets/documents.ts';
import type { SeedTickets } from './seed-file.ts';

const hourMs = 3_600_000;
const supportAgent = { id: devUsers.admin.id, type: 'admin' as const, name: 'Emporium Support' };
const customer = { id: devUsers.customer.id, type: 'customer' as const, name: devUsers.customer.name };

export interface SeedResult {
  skipped: boolean;
  tickets: number;
}

export async function loadSeedTickets(
  db: Db,
  seed: SeedTickets,
  { ifEmpty = false, now = new Date() } = {},
): Promise<SeedResult> {
  await setupSupportDatabase(db);
  const tickets = db.collection<TicketDocument>('tickets');
  if (ifEmpty && (await tickets.estimatedDocumentCount()) > 0) return { skipped: true, tickets: 0 };

  const docs = seed.map((t, index): TicketDocument => {
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * hourMs);
    const messages: MessageDocument[] = t.messages.map((m, i) => ({
      id: `seed${index}m${i}`,
      author: m.from === 'admin' ? supportAgent : customer,
      body: m.body,
      at: at(m.hoursAgo),
    }));
    const createdAt = messages[0]?.at ?? now;
    const updatedAt = messages.at(-1)?.at ?? now;
    return {
      // Time-ordered like every ticket id, from when the conversation started.
      _id: ObjectId.createFromTime(Math.floor(createdAt.getTime() / 1000)),
      number: t.number,
      userId: customer.id,
      customerName: customer.name,
      subject: t.subject,
      category: t.category,
      orderId: t.orderId,
      status: t.status,
      messages,
      messageCount: messages.length,
      createdAt,
      updatedAt,
      closedAt: t.status === 'closed' ? updatedAt : null,
    };
  });
  // Replace by number: a few documents, so delete-then-insert is simple and stays well below FerretDB's
  // bulk-write limits.
  await tickets.deleteMany({ number: { $in: docs.map((d) => d.number) } });
  await tickets.insertMany(docs);
  return { skipped: false, tickets: docs.length };
}
