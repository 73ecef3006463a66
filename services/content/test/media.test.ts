import { devUsers } from '@emporium/dev-data';
import { describe, expect, it } from 'vitest';
import { contentTestService } from './helpers.ts';

const svc = contentTestService(import.meta.url, { seed: false });

const image = {
  url: '/media/banners/festive-sale.webp',
  alt: 'Festive sale banner with diyas',
  width: 1600,
  height: 600,
  contentType: 'image/webp',
};

describe('media metadata', () => {
  it('needs a signed-in admin', async () => {
    for (const [method, body] of [['GET'], ['POST', image]] as const) {
      expect((await svc.request(method, '/admin/media', { body })).status).toBe(401);
      expect((await svc.request(method, '/admin/media', { body, as: 'customer' })).status).toBe(403);
      expect((await svc.request(method, '/admin/media', { body, as: 'seller' })).status).toBe(403);
    }
  });

  it('registers images and lists them newest first, naming who added them', async () => {
    const first = await svc.request('POST', '/admin/media', { as: 'admin', body: image });
    expect(first).toMatchObject({
      status: 201,
      body: { ...image, id: expect.any(String), createdAt: expect.any(String), createdBy: devUsers.admin.id },
    });
    await new Promise((r) => setTimeout(r, 5));
    const second = await svc.request('POST', '/admin/media', {
      as: 'admin',
      body: { ...image, url: 'https://cdn.emporium.example/pages/about/team.jpg', contentType: 'image/jpeg' },
    });
    const list = await svc.request('GET', '/admin/media', { as: 'admin' });
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([second.body.id, first.body.id]);
    expect((await svc.request('GET', '/admin/media?limit=1', { as: 'admin' })).body.items).toHaveLength(1);
  });

  it('refuses bad metadata', async () => {
    for (const body of [
      { ...image, url: 'http://insecure.example/x.png' },
      { ...image, width: 0 },
      { ...image, contentType: 'application/pdf' },
      { ...image, height: undefined },
    ]) {
      expect((await svc.request('POST', '/admin/media', { as: 'admin', body })).status).toBe(400);
    }
    expect((await svc.request('GET', '/admin/media?limit=101', { as: 'admin' })).status).toBe(400);
  });
});
