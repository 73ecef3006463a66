import { describe, expect, it } from 'vitest';
import { contentTestService } from './helpers.ts';

const svc = contentTestService(import.meta.url);

type Faq = { id: string; category: string; question: string; answer: string; position: number };
const questions = (items: Faq[]) => items.map((f) => f.question);
const search = async (query: string) => {
  const res = await svc.request('GET', `/faqs?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as Faq[];
};

describe('public FAQs', () => {
  it('lists every published FAQ by category and position', async () => {
    const items = await search('');
    expect(items).toHaveLength(svc.seed().faqs.length);
    expect(items.length).toBeGreaterThanOrEqual(30);
    const orders = await search('category=orders');
    expect(questions(orders)).toEqual(
      svc
        .seed()
        .faqs.filter((f) => f.category === 'orders')
        .map((f) => f.question),
    );
    expect(orders.map((f) => f.position)).toEqual([...orders.map((f) => f.position)].sort((a, b) => a - b));
    expect(orders[0]).toEqual({
      id: expect.any(String),
      category: 'orders',
      question: expect.any(String),
      answer: expect.any(String),
      position: expect.any(Number),
    });
  });

  it('finds FAQs by word prefixes of question and answer, case-insensitively, every word required', async () => {
    expect(questions(await search('q=REFUND'))).toContain('How long does a refund take?');
    // "upi" appears only in answers; "refu" is a prefix of "refund"/"refunded".
    const both = await search(`q=${encodeURIComponent('refu UPI')}`);
    expect(both.length).toBeGreaterThan(0);
    for (const f of both) {
      const text = `${f.question} ${f.answer}`.toLowerCase();
      expect(text).toMatch(/\brefu/);
      expect(text).toMatch(/\bupi/);
    }
    // Plural and singular forms meet.
    expect((await search('q=coupons')).length).toBe((await search('q=coupon')).length);
    // A word in the middle of another word does not match ("und" of "refund").
    expect(questions(await search('q=und'))).not.toContain('How long does a refund take?');
  });

  it('combines search with a category, and limits the answer', async () => {
    const inCategory = await search('q=delivery&category=shipping');
    expect(inCategory.length).toBeGreaterThan(0);
    expect(inCategory.every((f) => f.category === 'shipping')).toBe(true);
    expect((await search('q=delivery')).length).toBeGreaterThan(inCategory.length);
    expect(await search('q=delivery&limit=2')).toHaveLength(2);
  });

  it('treats regex characters literally and finds nothing for words it cannot search', async () => {
    expect(await search(`q=${encodeURIComponent('.*')}`)).toEqual([]);
    expect(await search(`q=${encodeURIComponent('(')}`)).toEqual([]);
    expect(await search(`q=${encodeURIComponent('r[e]fund')}`)).toEqual([]);
    expect(await search('q=the')).toEqual([]);
    expect(await search('q=zzqqxx')).toEqual([]);
  });

  it('lists categories in help-center order with counts of published FAQs', async () => {
    const { status, body } = await svc.request('GET', '/faqs/categories');
    expect(status).toBe(200);
    expect(body.items.map((c: { slug: string }) => c.slug)).toEqual([
      'orders',
      'payments',
      'shipping',
      'returns',
      'account',
      'coupons',
    ]);
    for (const c of body.items) {
      expect(c.count).toBe(svc.seed().faqs.filter((f) => f.category === c.slug).length);
      expect(c.name).toEqual(expect.any(String));
    }
    expect(body.items[1]).toMatchObject({ slug: 'payments', name: 'Payments & refunds' });
  });

  it('rejects bad queries', async () => {
    expect((await svc.request('GET', `/faqs?q=${'a'.repeat(101)}`)).status).toBe(400);
    expect((await svc.request('GET', '/faqs?category=Not%20Slug')).status).toBe(400);
    expect((await svc.request('GET', '/faqs?limit=0')).status).toBe(400);
    expect((await svc.request('GET', '/faqs?status=draft')).status).toBe(400);
    expect((await svc.request('GET', '/faqs?q[$regex]=.*')).status).toBe(400);
  });
});

describe('admin FAQs', () => {
  const newFaq = {
    category: 'gift-cards',
    question: 'Do Emporium gift cards expire?',
    answer: 'Gift cards are valid for twelve months from the date of purchase.',
    position: 10,
  };

  it('needs a signed-in admin on every route', async () => {
    const id = '0123456789abcdef';
    const routes: [string, string, unknown?][] = [
      ['GET', '/admin/faqs'],
      ['GET', `/admin/faqs/${id}`],
      ['POST', '/admin/faqs', newFaq],
      ['PATCH', `/admin/faqs/${id}`, { position: 1, version: 1 }],
      ['DELETE', `/admin/faqs/${id}`],
    ];
    for (const [method, path, body] of routes) {
      expect((await svc.request(method as 'GET', path, { body })).status, `${method} ${path}`).toBe(401);
      expect((await svc.request(method as 'GET', path, { body, as: 'customer' })).status).toBe(403);
    }
  });

  it('creates a draft FAQ that shoppers see only once published, in a new category', async () => {
    const created = await svc.request('POST', '/admin/faqs', { as: 'admin', body: newFaq });
    expect(created).toMatchObject({ status: 201, body: { ...newFaq, status: 'draft', version: 1 } });
    const id = created.body.id;
    expect(await search('q=gift%20twelve')).toEqual([]);
    expect((await svc.request('GET', '/admin/faqs?status=draft', { as: 'admin' })).body.items).toHaveLength(
      1,
    );

    const published = await svc.request('PATCH', `/admin/faqs/${id}`, {
      as: 'admin',
      body: { status: 'published' },
      headers: { 'if-match': '"1"' },
    });
    expect(published).toMatchObject({ status: 200, body: { status: 'published', version: 2 } });
    expect(questions(await search('q=gift%20twelve'))).toEqual([newFaq.question]);
    const categories = (await svc.request('GET', '/faqs/categories')).body.items;
    expect(categories.at(-1)).toEqual({ slug: 'gift-cards', name: 'Gift Cards', count: 1 });
  });

  it('re-indexes an edited answer for search', async () => {
    const [faq] = (await svc.request('GET', '/admin/faqs?category=coupons', { as: 'admin' })).body.items;
    const edited = await svc.request('PATCH', `/admin/faqs/${faq.id}`, {
      as: 'admin',
      body: {
        answer: 'Type the code in the Apply coupon box of your bag; a kaleidoscope of savings awaits.',
        version: faq.version,
      },
    });
    expect(edited.status).toBe(200);
    expect(questions(await search('q=kaleido'))).toEqual([faq.question]);
    expect(
      await svc.request('PATCH', `/admin/faqs/${faq.id}`, {
        as: 'admin',
        body: { position: 1, version: faq.version },
      }),
    ).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT' } });
  });

  it('reads, deletes and 404s FAQs', async () => {
    const created = await svc.request('POST', '/admin/faqs', {
      as: 'admin',
      body: { ...newFaq, question: 'Temporary question?', status: 'published' },
    });
    const id = created.body.id;
    const read = await svc.request('GET', `/admin/faqs/${id}`, { as: 'admin' });
    expect(read).toMatchObject({ status: 200, body: { id, status: 'published' } });
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).not.toHaveProperty('searchTerms');
    expect((await svc.request('DELETE', `/admin/faqs/${id}`, { as: 'admin' })).status).toBe(204);
    expect(await svc.request('GET', `/admin/faqs/${id}`, { as: 'admin' })).toMatchObject({
      status: 404,
      body: { code: 'FAQ_NOT_FOUND' },
    });
    expect((await svc.request('DELETE', `/admin/faqs/${id}`, { as: 'admin' })).status).toBe(404);
    expect(
      (await svc.request('PATCH', `/admin/faqs/${id}`, { as: 'admin', body: { version: 1, position: 2 } }))
        .status,
    ).toBe(404);
  });

  it('refuses invalid FAQs', async () => {
    for (const body of [
      { ...newFaq, question: 'Why' },
      { ...newFaq, answer: '' },
      { ...newFaq, category: 'Gift Cards' },
      { ...newFaq, position: -1 },
      { ...newFaq, searchTerms: ['x'] },
    ]) {
      expect(
        (await svc.request('POST', '/admin/faqs', { as: 'admin', body })).status,
        JSON.stringify(body),
      ).toBe(400);
    }
  });
});
