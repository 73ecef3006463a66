import { describe, expect, it } from 'vitest';
import { contentTestService } from './helpers.ts';

const svc = contentTestService(import.meta.url);

const newPage = {
  slug: 'gift-cards',
  title: 'Gift cards',
  summary: 'Give the choice of a million products.',
  body: [
    { type: 'heading', level: 2, text: 'How gift cards work' },
    { type: 'paragraph', text: 'Gift cards are valid for one year from purchase.' },
    { type: 'list', style: 'numbered', items: ['Buy a card', 'Send it', 'They shop'] },
    { type: 'image', image: { url: '/media/gift-card.webp', alt: 'A gift card' }, caption: 'Our card' },
  ],
  seo: { title: 'Gift cards | Emporium', description: 'Buy Emporium gift cards.' },
};

describe('public pages', () => {
  it('lists the published pages only, with slug, title and summary', async () => {
    const { status, body, headers } = await svc.request('GET', '/pages');
    expect(status).toBe(200);
    expect(headers['cache-control']).toContain('max-age');
    const published = svc
      .seed()
      .pages.filter((p) => (p.status ?? 'published') === 'published')
      .map((p) => p.slug)
      .sort();
    expect(body.items.map((p: { slug: string }) => p.slug)).toEqual(published);
    expect(published).toEqual(
      expect.arrayContaining(['about', 'shipping-policy', 'returns', 'privacy', 'terms', 'contact']),
    );
    expect(body.items[0]).toEqual({
      slug: expect.any(String),
      title: expect.any(String),
      summary: expect.any(String),
    });
  });

  it('returns a published page with its blocks and SEO, but no admin fields', async () => {
    const { status, body } = await svc.request('GET', '/pages/shipping-policy');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      slug: 'shipping-policy',
      title: 'Shipping policy',
      seo: { title: expect.any(String), description: expect.any(String) },
      publishedAt: expect.any(String),
    });
    expect(body.body.map((b: { type: string }) => b.type)).toContain('heading');
    expect(body).not.toHaveProperty('status');
    expect(body).not.toHaveProperty('version');
  });

  it('answers 404 for a draft and for an unknown page, 400 for a malformed slug', async () => {
    expect(await svc.request('GET', '/pages/careers')).toMatchObject({
      status: 404,
      body: { code: 'PAGE_NOT_FOUND' },
    });
    expect((await svc.request('GET', '/pages/no-such-page')).status).toBe(404);
    expect((await svc.request('GET', '/pages/Not_A_Slug')).status).toBe(400);
  });
});

describe('admin pages', () => {
  it('needs a signed-in admin on every route', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/admin/pages'],
      ['GET', '/admin/pages/about'],
      ['POST', '/admin/pages', newPage],
      ['PATCH', '/admin/pages/about', { title: 'x', version: 1 }],
      ['DELETE', '/admin/pages/about'],
    ];
    for (const [method, path, body] of routes) {
      const anonymous = await svc.request(method as 'GET', path, { body });
      expect(anonymous, `${method} ${path}`).toMatchObject({
        status: 401,
        body: { code: 'UNAUTHENTICATED' },
      });
      for (const who of ['customer', 'seller'] as const) {
        const wrongType = await svc.request(method as 'GET', path, { body, as: who });
        expect(wrongType, `${method} ${path} as ${who}`).toMatchObject({
          status: 403,
          body: { code: 'FORBIDDEN' },
        });
      }
    }
    // Still there: nothing above changed anything.
    expect((await svc.request('GET', '/pages/about')).status).toBe(200);
  });

  it('lists every page, drafts included, and reads a draft with its version as ETag', async () => {
    const list = await svc.request('GET', '/admin/pages', { as: 'admin' });
    expect(list.status).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    expect(list.body.items).toHaveLength(svc.seed().pages.length);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ slug: 'careers', status: 'draft', publishedAt: null }),
    );

    const draft = await svc.request('GET', '/admin/pages/careers', { as: 'admin' });
    expect(draft).toMatchObject({ status: 200, body: { slug: 'careers', status: 'draft', version: 1 } });
    expect(draft.headers.etag).toBe('"1"');
    expect((await svc.request('GET', '/admin/pages/nope', { as: 'admin' })).status).toBe(404);
  });

  it('creates a draft, publishes it, edits it, and refuses a stale edit with 409', async () => {
    const created = await svc.request('POST', '/admin/pages', { as: 'admin', body: newPage });
    expect(created).toMatchObject({
      status: 201,
      body: { slug: 'gift-cards', status: 'draft', version: 1, publishedAt: null },
    });
    expect((await svc.request('GET', '/pages/gift-cards')).status).toBe(404);

    const again = await svc.request('POST', '/admin/pages', { as: 'admin', body: newPage });
    expect(again).toMatchObject({ status: 409, body: { code: 'PAGE_EXISTS' } });

    const published = await svc.request('PATCH', '/admin/pages/gift-cards', {
      as: 'admin',
      body: { status: 'published' },
      headers: { 'if-match': '"1"' },
    });
    expect(published).toMatchObject({
      status: 200,
      body: { status: 'published', version: 2, publishedAt: expect.any(String) },
    });
    expect(published.headers.etag).toBe('"2"');
    const live = await svc.request('GET', '/pages/gift-cards');
    expect(live).toMatchObject({ status: 200, body: { title: 'Gift cards', body: newPage.body } });

    // Two admins loaded version 2; the first to save wins, the second gets a conflict.
    const first = await svc.request('PATCH', '/admin/pages/gift-cards', {
      as: 'admin',
      body: { title: 'Emporium gift cards', version: 2 },
    });
    expect(first).toMatchObject({ status: 200, body: { title: 'Emporium gift cards', version: 3 } });
    const second = await svc.request('PATCH', '/admin/pages/gift-cards', {
      as: 'admin',
      body: { summary: 'Overwrites the title change?', version: 2 },
    });
    expect(second).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT' } });
    expect((await svc.request('GET', '/pages/gift-cards')).body).toMatchObject({
      title: 'Emporium gift cards',
      summary: newPage.summary,
    });
  });

  it('lets exactly one of several admins saving the same version at once win', async () => {
    for (let round = 0; round < 3; round++) {
      const { version } = (await svc.request('GET', '/admin/pages/privacy', { as: 'admin' })).body;
      const saves = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          svc.request('PATCH', '/admin/pages/privacy', {
            as: 'admin',
            body: { title: `Privacy ${round}.${i}`, version },
          }),
        ),
      );
      expect(saves.map((s) => s.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
      const winner = saves.find((s) => s.status === 200)?.body;
      const now = (await svc.request('GET', '/admin/pages/privacy', { as: 'admin' })).body;
      expect(now).toMatchObject({ title: winner.title, version: version + 1 });
    }
  });

  it('needs a version to edit (428), and a consistent one (400)', async () => {
    expect(
      await svc.request('PATCH', '/admin/pages/about', { as: 'admin', body: { title: 'About us' } }),
    ).toMatchObject({ status: 428, body: { code: 'VERSION_REQUIRED' } });
    expect(
      await svc.request('PATCH', '/admin/pages/about', {
        as: 'admin',
        body: { title: 'About us', version: 1 },
        headers: { 'if-match': '"7"' },
      }),
    ).toMatchObject({ status: 400, body: { code: 'VERSION_MISMATCH' } });
    expect(
      await svc.request('PATCH', '/admin/pages/nope', { as: 'admin', body: { title: 'x', version: 1 } }),
    ).toMatchObject({ status: 404, body: { code: 'PAGE_NOT_FOUND' } });
    expect(
      (await svc.request('PATCH', '/admin/pages/about', { as: 'admin', body: { version: 1, slug: 'moved' } }))
        .status,
    ).toBe(400);
  });

  it('unpublishing hides a page from shoppers again', async () => {
    const res = await svc.request('PATCH', '/admin/pages/terms', {
      as: 'admin',
      body: { status: 'draft', version: 1 },
    });
    expect(res).toMatchObject({ status: 200, body: { status: 'draft', publishedAt: expect.any(String) } });
    expect((await svc.request('GET', '/pages/terms')).status).toBe(404);
    const list = await svc.request('GET', '/pages');
    expect(list.body.items.map((p: { slug: string }) => p.slug)).not.toContain('terms');
  });

  it('deletes a page, refusing a stale If-Match, and 404s it afterwards', async () => {
    await svc.request('POST', '/admin/pages', { as: 'admin', body: { ...newPage, slug: 'temporary' } });
    expect(
      await svc.request('DELETE', '/admin/pages/temporary', { as: 'admin', headers: { 'if-match': '"5"' } }),
    ).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT' } });
    const deleted = await svc.request('DELETE', '/admin/pages/temporary', {
      as: 'admin',
      headers: { 'if-match': '"1"' },
    });
    expect(deleted.status).toBe(204);
    expect((await svc.request('DELETE', '/admin/pages/temporary', { as: 'admin' })).status).toBe(404);
    expect((await svc.request('GET', '/admin/pages/temporary', { as: 'admin' })).status).toBe(404);
  });

  it('refuses unbounded or unsafe content', async () => {
    const tooManyBlocks = Array.from({ length: 101 }, () => ({ type: 'paragraph', text: 'x' }));
    const cases: unknown[] = [
      { ...newPage, slug: 'a1', body: tooManyBlocks },
      { ...newPage, slug: 'a2', body: [{ type: 'html', text: '<script>alert(1)</script>' }] },
      { ...newPage, slug: 'a3', body: [{ type: 'paragraph', text: 'x'.repeat(5001) }] },
      { ...newPage, slug: 'a4', body: [{ type: 'image', image: { url: 'javascript:alert(1)', alt: '' } }] },
      { ...newPage, slug: 'a5', body: [{ type: 'image', image: { url: '//evil.example/x.png', alt: '' } }] },
      { ...newPage, slug: 'a6', body: [{ type: 'heading', level: 1, text: 'Second h1' }] },
      { ...newPage, slug: 'a7', seo: { title: 'x'.repeat(71), description: 'ok' } },
      { ...newPage, slug: 'Has Spaces' },
    ];
    for (const body of cases) {
      const res = await svc.request('POST', '/admin/pages', { as: 'admin', body });
      expect(res, JSON.stringify(body).slice(0, 80)).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_FAILED' },
      });
    }
  });
});
