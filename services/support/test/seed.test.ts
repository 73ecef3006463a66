import { devUsers } from '@emporium/dev-data';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import { loadSeedTickets } from '../src/seed/load.ts';
import { readSeedTickets } from '../src/seed/seed-file.ts';
import type { TicketDocument } from '../src/tickets/documents.ts';

const db = useTestDatabase(import.meta.url);

describe('the seed tickets', () => {
  it('are conversations of the dev customer: one waiting for them, one closed', async () => {
    const seed = await readSeedTickets();
    expect(seed.map((t) => t.status).sort()).toEqual(['awaiting_customer', 'closed']);
    const result = await loadSeedTickets(db.client.db(db.name), seed);
    expect(result).toEqual({ skipped: false, tickets: seed.length });
    const tickets = await db.client
      .db(db.name)
      .collection<TicketDocument>('tickets')
      .find()
      .sort({ _id: -1 })
      .toArray();
    expect(tickets.map((t) => t.userId)).toEqual(seed.map(() => devUsers.customer.id));
    for (const t of tickets) {
      expect(t.messageCount).toBe(t.messages.length);
      expect(t.messages.map((m) => m.at.getTime())).toEqual(
        [...t.messages.map((m) => m.at.getTime())].sort(),
      );
      expect(Math.floor(t.createdAt.getTime() / 1000) * 1000).toBe(t._id.getTimestamp().getTime());
    }
    expect(tickets.find((t) => t.status === 'closed')?.closedAt).toBeInstanceOf(Date);
  });

  it('reloads idempotently and skips when asked to fill only an empty database', async () => {
    const database = db.client.db(db.name);
    const seed = await readSeedTickets();
    await loadSeedTickets(database, seed);
    const tickets = database.collection<TicketDocument>('tickets');
    await tickets.updateOne({ number: 'SUP-SEED2A' }, { $set: { status: 'closed' } });
    expect(await loadSeedTickets(database, seed, { ifEmpty: true })).toEqual({ skipped: true, tickets: 0 });
    expect((await tickets.findOne({ number: 'SUP-SEED2A' }))?.status).toBe('closed');
    await loadSeedTickets(database, seed);
    expect(await tickets.countDocuments()).toBe(seed.length);
    expect((await tickets.findOne({ number: 'SUP-SEED2A' }))?.status).toBe('awaiting_customer');
  });
});
