import { devUsers } from '@emporium/dev-data';
import { describe, expect, it } from 'vitest';
import { otherCustomer, supportTestService } from './helpers.ts';

const svc = supportTestService(import.meta.url);

const newTicket = {
  subject: 'Parcel shows delivered but not received',
  category: 'delivery',
  orderId: 'ord_7Hk2Lm9Q',
  message: 'The tracking page says delivered yesterday at 6 pm, but nothing reached me. Please help.',
};

async function open(as: 'customer' | 'otherCustomer' = 'customer', overrides: Record<string, unknown> = {}) {
  const res = await svc.request('POST', '/tickets', { as, body: { ...newTicket, ...overrides } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; number: string; status: string };
}

describe('opening a ticket', () => {
  it('opens a ticket with its first message, a human number and status open', async () => {
    const res = await svc.request('POST', '/tickets', { as: 'customer', body: newTicket });
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[a-f0-9]{24}$/),
      number: expect.stringMatching(/^SUP-[A-HJ-NP-Z2-9]{6}$/),
      userId: devUsers.customer.id,
      customerName: devUsers.customer.name,
      subject: newTicket.subject,
      category: 'delivery',
      orderId: newTicket.orderId,
      status: 'open',
      messageCount: 1,
      messages: [
        {
          id: expect.any(String),
          author: { id: devUsers.customer.id, type: 'customer', name: devUsers.customer.name },
          body: newTicket.message,
          at: expect.any(String),
        },
      ],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      closedAt: null,
    });
  });

  it('is for customers: 401 signed out, 403 for sellers and admins', async () => {
    expect(await svc.request('POST', '/tickets', { body: newTicket })).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect((await svc.request('POST', '/tickets', { as: 'seller', body: newTicket })).status).toBe(403);
    expect((await svc.request('POST', '/tickets', { as: 'admin', body: newTicket })).status).toBe(403);
  });

  it('refuses bad tickets', async () => {
    for (const body of [
      { ...newTicket, subject: 'Hi' },
      { ...newTicket, subject: 'x'.repeat(141) },
      { ...newTicket, category: 'billing' },
      { ...newTicket, message: '' },
      { ...newTicket, message: 'x'.repeat(5001) },
      { ...newTicket, orderId: 'ord 1; drop' },
      { ...newTicket, status: 'closed' },
      { ...newTicket, userId: otherCustomer.id },
    ]) {
      const res = await svc.request('POST', '/tickets', { as: 'customer', body });
      expect(res, JSON.stringify(body).slice(0, 60)).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_FAILED' },
      });
    }
  });
});

describe('a ticket from both sides', () => {
  it('goes open -> awaiting_support -> awaiting_customer -> closed, and a closed ticket takes no replies', async () => {
    const ticket = await open();
    const customerReply = await svc.request('POST', `/tickets/${ticket.id}/replies`, {
      as: 'customer',
      body: { body: 'Adding: the courier was Delhivery, AWB 1234567890.' },
    });
    expect(customerReply).toMatchObject({
      status: 201,
      body: { status: 'awaiting_support', messageCount: 2 },
    });

    const adminReply = await svc.request('POST', `/tickets/${ticket.id}/replies`, {
      as: 'admin',
      body: { body: 'We have raised this with the courier; we will update you within 48 hours.' },
    });
    expect(adminReply).toMatchObject({ status: 201, body: { status: 'awaiting_customer', messageCount: 3 } });
    expect(adminReply.body.messages[2].author).toEqual({
      id: devUsers.admin.id,
      type: 'admin',
      name: devUsers.admin.name,
    });

    const adminView = await svc.request('GET', `/tickets/${ticket.id}`, { as: 'admin' });
    expect(adminView).toMatchObject({ status: 200, body: { id: ticket.id, messageCount: 3 } });
    expect(adminView.body.messages.map((m: { author: { type: string } }) => m.author.type)).toEqual([
      'customer',
      'customer',
      'admin',
    ]);

    const closed = await svc.request('POST', `/tickets/${ticket.id}/close`, { as: 'customer' });
    expect(closed).toMatchObject({ status: 200, body: { status: 'closed', closedAt: expect.any(String) } });
    for (const as of ['customer', 'admin'] as const) {
      expect(
        await svc.request('POST', `/tickets/${ticket.id}/replies`, { as, body: { body: 'One more thing' } }),
      ).toMatchObject({
        status: 409,
        body: { code: 'TICKET_CLOSED' },
      });
    }
    // Closing again changes nothing.
    const again = await svc.request('POST', `/tickets/${ticket.id}/close`, { as: 'admin' });
    expect(again).toMatchObject({
      status: 200,
      body: { status: 'closed', closedAt: closed.body.closedAt, messageCount: 3 },
    });
  });

  it('lets an admin close any ticket', async () => {
    const ticket = await open('otherCustomer');
    expect(await svc.request('POST', `/tickets/${ticket.id}/close`, { as: 'admin' })).toMatchObject({
      status: 200,
      body: { status: 'closed' },
    });
  });

  it("hides other customers' tickets as 404, and keeps sellers and guests out", async () => {
    const ticket = await open('customer');
    for (const [method, path, body] of [
      ['GET', `/tickets/${ticket.id}`],
      ['POST', `/tickets/${ticket.id}/replies`, { body: 'Let me in' }],
      ['POST', `/tickets/${ticket.id}/close`],
    ] as const) {
      expect(await svc.request(method, path, { as: 'otherCustomer', body })).toMatchObject({
        status: 404,
        body: { code: 'TICKET_NOT_FOUND' },
      });
      expect((await svc.request(method, path, { body })).status).toBe(401);
      expect((await svc.request(method, path, { as: 'seller', body })).status).toBe(403);
    }
    const stillOpen = await svc.request('GET', `/tickets/${ticket.id}`, { as: 'customer' });
    expect(stillOpen.body).toMatchObject({ status: 'open', messageCount: 1 });
  });

  it('answers 404 for a ticket that does not exist and 400 for a malformed id', async () => {
    const missing = '0123456789abcdef01234567';
    expect((await svc.request('GET', `/tickets/${missing}`, { as: 'admin' })).status).toBe(404);
    expect(
      (await svc.request('POST', `/tickets/${missing}/replies`, { as: 'admin', body: { body: 'x' } })).status,
    ).toBe(404);
    expect((await svc.request('POST', `/tickets/${missing}/close`, { as: 'customer' })).status).toBe(404);
    for (const [method, path] of [
      ['GET', '/tickets/not-an-id'],
      ['POST', '/tickets/not-an-id/close'],
      ['POST', `/tickets/${missing.toUpperCase()}/close`],
    ] as const) {
      expect((await svc.request(method, path, { as: 'customer' })).status, path).toBe(400);
    }
    expect(
      (await svc.request('POST', '/tickets/not-an-id/replies', { as: 'admin', body: { body: 'x' } })).status,
    ).toBe(400);
    expect(
      (
        await svc.request('POST', `/tickets/${missing}/replies`, {
          as: 'admin',
          body: { body: 'x', status: 'closed' },
        })
      ).status,
    ).toBe(400);
    expect(
      (await svc.request('POST', `/tickets/${missing}/replies`, { as: 'admin', body: { body: '' } })).status,
    ).toBe(400);
  });

  it('keeps every reply when replies race, and never takes one after a racing close', async () => {
    const ticket = await open();
    const replies = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        svc.request('POST', `/tickets/${ticket.id}/replies`, {
          as: i % 2 ? 'admin' : 'customer',
          body: { body: `reply ${i}` },
        }),
      ),
    );
    expect(replies.every((r) => r.status === 201)).toBe(true);
    const afterReplies = await svc.request('GET', `/tickets/${ticket.id}`, { as: 'customer' });
    expect(afterReplies.body.messageCount).toBe(17);
    expect(afterReplies.body.messages).toHaveLength(17);

    const race = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) =>
        svc.request('POST', `/tickets/${ticket.id}/replies`, { as: 'customer', body: { body: `late ${i}` } }),
      ),
      svc.request('POST', `/tickets/${ticket.id}/close`, { as: 'admin' }),
      ...Array.from({ length: 6 }, (_, i) =>
        svc.request('POST', `/tickets/${ticket.id}/replies`, { as: 'admin', body: { body: `later ${i}` } }),
      ),
    ]);
    const accepted = race.filter((r) => r.status === 201).length;
    expect(race.filter((r) => r.status !== 201 && r.status !== 200).every((r) => r.status === 409)).toBe(
      true,
    );
    const final = await svc.request('GET', `/tickets/${ticket.id}`, { as: 'customer' });
    expect(final.body).toMatchObject({ status: 'closed', messageCount: 17 + accepted });
    expect(final.body.messages).toHaveLength(17 + accepted);
  });

  it('holds at most 200 messages: the 201st is a 409 TICKET_FULL', async () => {
    const ticket = await open();
    // Fill the conversation directly; 199 requests would only slow the test down.
    const tickets = svc.db.client.db(svc.db.name).collection('tickets');
    const { ObjectId } = await import('mongodb');
    const filler = Array.from({ length: 199 }, (_, i) => ({
      id: `f${i}`,
      author: { id: devUsers.customer.id, type: 'customer', name: 'x' },
      body: `message ${i}`,
      at: new Date(),
    }));
    await tickets.updateOne({ _id: new ObjectId(ticket.id) }, {
      $push: { messages: { $each: filler } },
      $set: { messageCount: 200 },
    } as never);
    expect(
      await svc.request('POST', `/tickets/${ticket.id}/replies`, {
        as: 'admin',
        body: { body: 'one too many' },
      }),
    ).toMatchObject({
      status: 409,
      body: { code: 'TICKET_FULL' },
    });
  });
});

describe('listing tickets', () => {
  it("lists only the customer's own tickets, newest first, without messages, page by page", async () => {
    const mine = [];
    for (let i = 0; i < 5; i++) mine.push(await open('otherCustomer', { subject: `Paged ticket ${i}` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res = await svc.request('GET', `/tickets?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
        as: 'otherCustomer',
      });
      expect(res.status).toBe(200);
      expect(res.body.items.every((t: { userId: string }) => t.userId === otherCustomer.id)).toBe(true);
      expect(res.body.items[0]).not.toHaveProperty('messages');
      seen.push(...res.body.items.map((t: { id: string }) => t.id));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    // Five paged tickets plus the one an admin closed earlier in this file, newest first.
    expect(seen.slice(0, 5)).toEqual(mine.map((t) => t.id).reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by status', async () => {
    const closed = await svc.request('GET', '/tickets?status=closed', { as: 'customer' });
    expect(closed.body.items.length).toBeGreaterThan(0);
    expect(closed.body.items.every((t: { status: string }) => t.status === 'closed')).toBe(true);
  });

  it('is for customers; admins use the queue', async () => {
    expect((await svc.request('GET', '/tickets')).status).toBe(401);
    expect((await svc.request('GET', '/tickets', { as: 'admin' })).status).toBe(403);
    expect((await svc.request('GET', '/tickets', { as: 'seller' })).status).toBe(403);
  });

  it("gives admins every customer's tickets, by status", async () => {
    const all = await svc.request('GET', '/admin/tickets?limit=50', { as: 'admin' });
    expect(all.status).toBe(200);
    const owners = new Set(all.body.items.map((t: { userId: string }) => t.userId));
    expect(owners).toEqual(new Set([devUsers.customer.id, otherCustomer.id]));
    const waiting = await svc.request('GET', '/admin/tickets?status=open', { as: 'admin' });
    expect(waiting.body.items.every((t: { status: string }) => t.status === 'open')).toBe(true);
    expect((await svc.request('GET', '/admin/tickets')).status).toBe(401);
    expect((await svc.request('GET', '/admin/tickets', { as: 'customer' })).status).toBe(403);
    expect((await svc.request('GET', '/admin/tickets', { as: 'seller' })).status).toBe(403);
  });

  it('pages the admin queue and rejects bad queue queries', async () => {
    const first = await svc.request('GET', '/admin/tickets?limit=2', { as: 'admin' });
    expect(first.body.items).toHaveLength(2);
    const second = await svc.request('GET', `/admin/tickets?limit=2&cursor=${first.body.nextCursor}`, {
      as: 'admin',
    });
    expect(second.status).toBe(200);
    const ids = [...first.body.items, ...second.body.items].map((t: { id: string }) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const query of [
      'status=pending',
      'limit=0',
      'limit=51',
      'cursor=abc',
      'userId=x',
      'status[$ne]=x',
    ]) {
      const res = await svc.request('GET', `/admin/tickets?${query}`, { as: 'admin' });
      expect(res, query).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }
  });

  it('rejects bad list queries', async () => {
    for (const query of [
      'status=pending',
      'limit=0',
      'limit=51',
      'cursor=abc',
      'userId=x',
      'status[$ne]=closed',
    ]) {
      expect((await svc.request('GET', `/tickets?${query}`, { as: 'customer' })).status, query).toBe(400);
    }
  });
});

describe('business events', () => {
  it('tells the activity service about opened, replied and closed tickets', async () => {
    const ticket = await open('customer', { subject: 'Events ticket' });
    await svc.request('POST', `/tickets/${ticket.id}/replies`, { as: 'admin', body: { body: 'On it.' } });
    await svc.request('POST', `/tickets/${ticket.id}/close`, { as: 'customer' });
    await svc.request('POST', `/tickets/${ticket.id}/close`, { as: 'customer' });
    const events = await svc.recordedEvents(`subject=${ticket.id}`);
    expect(events.map((e) => e.type)).toEqual(['ticket.closed', 'ticket.replied', 'ticket.opened']);
    for (const e of events) expect(e).toMatchObject({ source: 'support', userId: devUsers.customer.id });
    expect(events[2]?.data).toEqual({
      number: ticket.number,
      category: 'delivery',
      orderId: newTicket.orderId,
    });
    expect(events[1]?.data).toMatchObject({ by: 'admin' });
  });
});
