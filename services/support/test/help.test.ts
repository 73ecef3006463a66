import { describe, expect, it } from 'vitest';
import { supportTestService } from './helpers.ts';

const svc = supportTestService(import.meta.url);

type Article = { id: string; category: string; question: string; answer: string };

describe('the help center (over the real content service)', () => {
  it('searches the published FAQs by word prefixes, for anyone', async () => {
    const res = await svc.request('GET', '/help/search?q=refund');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age');
    const questions = res.body.items.map((a: Article) => a.question);
    expect(questions).toContain('How long does a refund take?');
    expect(res.body.items[0]).toEqual({
      id: expect.any(String),
      category: expect.any(String),
      question: expect.any(String),
      answer: expect.any(String),
    });
    expect((await svc.request('GET', '/help/search?q=REFU%20upi')).body.items.length).toBeGreaterThan(0);
    expect((await svc.request('GET', '/help/search?q=zzqqxx')).body.items).toEqual([]);
    expect((await svc.request('GET', `/help/search?q=${encodeURIComponent('.*')}`)).body.items).toEqual([]);
  });

  it('narrows to a category, lists a category without words, and limits', async () => {
    const shipping = await svc.request('GET', '/help/search?q=delivery&category=shipping');
    expect(shipping.body.items.length).toBeGreaterThan(0);
    expect(shipping.body.items.every((a: Article) => a.category === 'shipping')).toBe(true);
    const coupons = await svc.request('GET', '/help/search?category=coupons');
    expect(coupons.body.items.length).toBeGreaterThanOrEqual(4);
    expect((await svc.request('GET', '/help/search?limit=3')).body.items).toHaveLength(3);
  });

  it('lists the help categories with counts', async () => {
    const res = await svc.request('GET', '/help/categories');
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { slug: string }) => c.slug)).toEqual([
      'orders',
      'payments',
      'shipping',
      'returns',
      'account',
      'coupons',
    ]);
  });

  it('rejects bad queries before calling content', async () => {
    for (const query of [
      `q=${'a'.repeat(101)}`,
      'category=Not%20Slug',
      'limit=51',
      'sort=new',
      'q[$regex]=.',
    ]) {
      expect((await svc.request('GET', `/help/search?${query}`)).status, query).toBe(400);
    }
  });

  it('with content down: help answers 503 DEPENDENCY_UNAVAILABLE quickly, tickets keep working', async () => {
    await svc.stopContent();
    const t0 = performance.now();
    const search = await svc.request('GET', '/help/search?q=refund');
    expect(search).toMatchObject({
      status: 503,
      body: { code: 'DEPENDENCY_UNAVAILABLE', details: [{ path: '/content' }] },
    });
    expect(search.headers['retry-after']).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(3000);
    expect((await svc.request('GET', '/help/categories')).status).toBe(503);

    const opened = await svc.request('POST', '/tickets', {
      as: 'customer',
      body: { subject: 'Help center is down', category: 'other', message: 'Search does not work right now.' },
    });
    expect(opened.status).toBe(201);
    const replied = await svc.request('POST', `/tickets/${opened.body.id}/replies`, {
      as: 'admin',
      body: { body: 'Looking into it.' },
    });
    expect(replied.status).toBe(201);
    expect((await svc.request('GET', '/tickets', { as: 'customer' })).status).toBe(200);
    expect((await svc.app().inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});
