import { devUsers, seedShoppers } from '@emporium/dev-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedUsers } from '../src/seed/load.ts';
import { api, bearer, client, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url);
const http = client(svc);
let adminToken = '';

beforeAll(async () => {
  await loadSeedUsers(svc.db.client.db(svc.db.name), []);
  adminToken = (await http.login('admin', devUsers.admin.email, devUsers.admin.password)).json().accessToken;
});

const listUsers = (query: string, token = adminToken) =>
  http.inject({ method: 'GET', url: `${api}/admin/users${query}`, headers: bearer(token) });

type Listed = { id: string; type: string; email: string; createdAt: string };

describe('the admin user list', () => {
  it('pages through every account, newest first, without repeats or gaps', async () => {
    const created = [];
    for (let i = 0; i < 3; i++) created.push(await http.newAccount(i % 2 ? 'seller' : 'customer'));
    const seen: Listed[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res = await listUsers(`?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const body: { items: Listed[]; nextCursor: string | null } = res.json();
      expect(body.items.length).toBeLessThanOrEqual(4);
      seen.push(...body.items);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(3 + 3 + seedShoppers.length);
    expect(new Set(seen.map((u) => u.id)).size).toBe(seen.length);
    expect(seen.slice(0, 3).map((u) => u.id)).toEqual(created.map((c) => c.id).reverse());
    const times = seen.map((u) => Date.parse(u.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(JSON.stringify(seen)).not.toContain('scrypt');
  });

  it('filters by user type', async () => {
    const sellers: Listed[] = (await listUsers('?type=seller&limit=100')).json().items;
    expect(sellers.length).toBeGreaterThanOrEqual(1);
    expect(sellers.every((u) => u.type === 'seller')).toBe(true);
    expect(sellers.map((u) => u.id)).toContain(devUsers.seller.id);
  });

  it('answers 400 to a bad cursor, limit or type', async () => {
    for (const query of ['?cursor=garbage', '?limit=0', '?limit=101', '?type=robot', '?sort=name']) {
      const res = await listUsers(query);
      expect(res.statusCode, query).toBe(400);
    }
    expect((await listUsers('?cursor=garbage')).json()).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('is for admins only: 403 for customers and sellers, 401 without a token', async () => {
    for (const type of ['customer', 'seller'] as const) {
      const res = await listUsers('', (await http.newAccount(type)).accessToken);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    const anonymous = await http.inject({ method: 'GET', url: `${api}/admin/users` });
    expect(anonymous.statusCode).toBe(401);
  });
});
