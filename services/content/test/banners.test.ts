import { describe, expect, it } from 'vitest';
import { contentTestService } from './helpers.ts';

const svc = contentTestService(import.meta.url);

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
type Banner = { id: string; title: string; placement: string; priority: number };
const titles = (items: Banner[]) => items.map((b) => b.title);

const newBanner = {
  title: 'Flash sale on smartwatches',
  subtitle: 'Six hours only.',
  image: { url: '/media/banners/watches.webp', alt: 'Three smartwatches' },
  link: '/products?category=electronics&q=smartwatch',
  placement: 'home-hero',
  priority: 70,
  status: 'published',
};

describe('live banners', () => {
  it('shows only published banners inside their window now, highest priority first', async () => {
    const { status, body, headers } = await svc.request('GET', '/banners?placement=home-hero');
    expect(status).toBe(200);
    expect(headers['cache-control']).toContain('max-age');
    // festive-sale (window contains now, 100) and monsoon (no window, 50); the Republic Day banner
    // starts in the future, Diwali is a draft.
    expect(titles(body.items)).toEqual(['The Great Festive Sale', 'New in: the monsoon edit']);
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      title: 'The Great Festive Sale',
      subtitle: expect.any(String),
      image: null,
      link: '/products?sort=featured',
      placement: 'home-hero',
      priority: 100,
    });
  });

  it('hides a banner whose window has ended', async () => {
    const strip = await svc.request('GET', '/banners?placement=home-strip');
    expect(titles(strip.body.items)).toEqual(['Free delivery on orders above ₹499']);
  });

  it('lists every placement without a filter, and category placements by slug', async () => {
    const all = await svc.request('GET', '/banners');
    expect(titles(all.body.items)).toEqual([
      'The Great Festive Sale',
      'New in: the monsoon edit',
      'Headphones week',
      'Free delivery on orders above ₹499',
    ]);
    const category = await svc.request('GET', '/banners?placement=category:electronics');
    expect(titles(category.body.items)).toEqual(['Headphones week']);
    expect((await svc.request('GET', '/banners?placement=category:books')).body.items).toEqual([]);
  });

  it('rejects an unknown placement and unknown parameters', async () => {
    expect((await svc.request('GET', '/banners?placement=sidebar')).status).toBe(400);
    expect((await svc.request('GET', '/banners?placement=category:Bad Slug')).status).toBe(400);
    expect((await svc.request('GET', '/banners?status=draft')).status).toBe(400);
  });
});

describe('admin banners', () => {
  it('needs a signed-in admin on every route', async () => {
    const id = '0123456789abcdef';
    const routes: [string, string, unknown?][] = [
      ['GET', '/admin/banners'],
      ['GET', `/admin/banners/${id}`],
      ['POST', '/admin/banners', newBanner],
      ['PATCH', `/admin/banners/${id}`, { title: 'x', version: 1 }],
      ['DELETE', `/admin/banners/${id}`],
    ];
    for (const [method, path, body] of routes) {
      expect((await svc.request(method as 'GET', path, { body })).status, `${method} ${path}`).toBe(401);
      expect((await svc.request(method as 'GET', path, { body, as: 'customer' })).status).toBe(403);
      expect((await svc.request(method as 'GET', path, { body, as: 'seller' })).status).toBe(403);
    }
  });

  it('lists every banner with its schedule, filtered by status and placement', async () => {
    const all = await svc.request('GET', '/admin/banners', { as: 'admin' });
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(svc.seed().banners.length);
    const drafts = await svc.request('GET', '/admin/banners?status=draft', { as: 'admin' });
    expect(titles(drafts.body.items)).toEqual(['Light up your Diwali']);
    const strip = await svc.request('GET', '/admin/banners?placement=home-strip', { as: 'admin' });
    const expired = strip.body.items.find((b: Banner) => b.title === 'Summer clearance');
    expect(Date.parse(expired.endsAt)).toBeLessThan(Date.now());
    expect(expired).toMatchObject({ status: 'published', version: 1, startsAt: expect.any(String) });
  });

  it('schedules a banner in the future (hidden), then moves its window to now (shown)', async () => {
    const created = await svc.request('POST', '/admin/banners', {
      as: 'admin',
      body: { ...newBanner, startsAt: hours(2), endsAt: hours(8) },
    });
    expect(created).toMatchObject({
      status: 201,
      body: { ...newBanner, version: 1, id: expect.stringMatching(/^[a-z0-9]+$/) },
    });
    const id = created.body.id;
    expect(titles((await svc.request('GET', '/banners?placement=home-hero')).body.items)).not.toContain(
      newBanner.title,
    );

    const moved = await svc.request('PATCH', `/admin/banners/${id}`, {
      as: 'admin',
      body: { startsAt: hours(-1), version: 1 },
    });
    expect(moved).toMatchObject({ status: 200, body: { version: 2 } });
    const live = titles((await svc.request('GET', '/banners?placement=home-hero')).body.items);
    expect(live).toEqual(['The Great Festive Sale', newBanner.title, 'New in: the monsoon edit']);

    const read = await svc.request('GET', `/admin/banners/${id}`, { as: 'admin' });
    expect(read).toMatchObject({ status: 200, body: { id, version: 2 } });
    expect(read.headers.etag).toBe('"2"');

    // Expire it by hand: gone from the shop, still in the admin list.
    await svc.request('PATCH', `/admin/banners/${id}`, {
      as: 'admin',
      body: { endsAt: hours(-0.5), version: 2 },
    });
    expect(titles((await svc.request('GET', '/banners')).body.items)).not.toContain(newBanner.title);
    expect((await svc.request('GET', `/admin/banners/${id}`, { as: 'admin' })).status).toBe(200);
  });

  it('refuses a window that ends before it starts, on create and against the stored window on edit', async () => {
    const backwards = await svc.request('POST', '/admin/banners', {
      as: 'admin',
      body: { ...newBanner, startsAt: hours(5), endsAt: hours(1) },
    });
    expect(backwards).toMatchObject({ status: 400, body: { code: 'INVALID_WINDOW' } });
    const empty = await svc.request('POST', '/admin/banners', {
      as: 'admin',
      body: { ...newBanner, startsAt: hours(1), endsAt: hours(1) },
    });
    expect(empty.status).toBe(400);

    const created = await svc.request('POST', '/admin/banners', {
      as: 'admin',
      body: { ...newBanner, startsAt: hours(10), endsAt: hours(20) },
    });
    const edit = await svc.request('PATCH', `/admin/banners/${created.body.id}`, {
      as: 'admin',
      body: { endsAt: hours(5), version: 1 },
    });
    expect(edit).toMatchObject({ status: 400, body: { code: 'INVALID_WINDOW' } });
    // The refused edit changed nothing, not even the version.
    expect(
      (await svc.request('GET', `/admin/banners/${created.body.id}`, { as: 'admin' })).body.version,
    ).toBe(1);
  });

  it('refuses links to other sites and malformed dates', async () => {
    for (const link of ['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', 'products']) {
      const res = await svc.request('POST', '/admin/banners', { as: 'admin', body: { ...newBanner, link } });
      expect(res.status, link).toBe(400);
    }
    const res = await svc.request('POST', '/admin/banners', {
      as: 'admin',
      body: { ...newBanner, startsAt: 'tomorrow' },
    });
    expect(res).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
  });

  it('versions edits and deletes, and 404s unknown banners', async () => {
    const created = await svc.request('POST', '/admin/banners', {
      as: 'admin',
      body: { ...newBanner, status: 'draft' },
    });
    const id = created.body.id;
    await svc.request('PATCH', `/admin/banners/${id}`, { as: 'admin', body: { priority: 5, version: 1 } });
    expect(
      await svc.request('PATCH', `/admin/banners/${id}`, { as: 'admin', body: { priority: 6, version: 1 } }),
    ).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT' } });
    expect(
      await svc.request('DELETE', `/admin/banners/${id}`, { as: 'admin', headers: { 'if-match': '1' } }),
    ).toMatchObject({ status: 409 });
    expect(
      (await svc.request('DELETE', `/admin/banners/${id}`, { as: 'admin', headers: { 'if-match': '2' } }))
        .status,
    ).toBe(204);
    expect(await svc.request('GET', `/admin/banners/${id}`, { as: 'admin' })).toMatchObject({
      status: 404,
      body: { code: 'BANNER_NOT_FOUND' },
    });
    expect(
      (await svc.request('PATCH', `/admin/banners/${id}`, { as: 'admin', body: { priority: 1, version: 2 } }))
        .status,
    ).toBe(404);
    expect((await svc.request('DELETE', `/admin/banners/${id}`, { as: 'admin' })).status).toBe(404);
    expect((await svc.request('GET', '/admin/banners/NOT-AN-ID', { as: 'admin' })).status).toBe(400);
  });
});
