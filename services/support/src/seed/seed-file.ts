/**
 * The seed tickets (tickets.json): example conversations of the dev customer, one waiting for them and one
 * closed, so the support pages have something to show. Times are hours before the moment of seeding.
 */
import { readSeedFile } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
import { maxMessages, TicketCategory, TicketStatus } from '../schemas.ts';

const SeedMessage = Type.Object(
  {
    from: Type.Union([Type.Literal('customer'), Type.Literal('admin')]),
    hoursAgo: Type.Number({ minimum: 0, maximum: 24 * 365 }),
    body: Type.String({ minLength: 1, maxLength: 5000 }),
  },
  { additionalProperties: false },
);

const SeedTicket = Type.Object(
  {
    number: Type.String({ pattern: '^SUP-[A-Z0-9]{6}$' }),
    subject: Type.String({ minLength: 3, maxLength: 140 }),
    category: TicketCategory,
    orderId: Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()]),
    status: TicketStatus,
    messages: Type.Array(SeedMessage, { minItems: 1, maxItems: maxMessages }),
  },
  { additionalProperties: false },
);

export const SeedTickets = Type.Array(SeedTicket, { minItems: 1 });
export type SeedTickets = Static<typeof SeedTickets>;

export const defaultSeedFile = new URL('./tickets.json', import.meta.url);

export async function readSeedTickets(file: URL = defaultSeedFile): Promise<SeedTickets> {
  const data = await readSeedFile(SeedTickets, file, 'seed ticket file');
  for (const ticket of data) {
    const hours = ticket.messages.map((m) => m.hoursAgo);
    if (hours.some((h, i) => i > 0 && h > (hours[i - 1] ?? h))) {
      throw new Error(`seed ticket ${ticket.number} has messages out of order`);
    }
  }
  return data;
}
