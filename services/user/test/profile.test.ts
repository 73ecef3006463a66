import { randomUUID } from 'node:crypto';
import { devUsers } from '@emporium/dev-data';
import { describe, expect, it } from 'vitest';
import { loadSeedUsers } from '../src/seed/load.ts';
import { api, bearer, client, uniquePhone, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url);
const http = client(svc);

const as = (token: string) => ({
  get: (url: string) => http.inject({ method: 'GET', url: `${api}${url}`, headers: bearer(token) }),
  post: (url: string, payload: unknown) =>
    http.inject({ method: 'POST', url: `${api}${url}`, headers: bearer(token), payload: payload as object }),
  patch: (url: string, payload: unknown) =>
    http.inject({ method: 'PATCH', url: `${api}${url}`, headers: bearer(token), payload: payload as object }),
  put: (url: string) => http.inject({ method: 'PUT', url: `${api}${url}`, headers: bearer(token) }),
  delete: (url: string) => http.inject({ method: 'DELETE', url: `${api}${url}`, headers: bearer(token) }),
});

/** The seed admin's access token (the seed is loaded once, on first use). */
async function loginAdmin(): Promise<string> {
  const db = svc.db.client.db(svc.db.name);
  if ((await db.collection('users').countDocuments({ email: devUsers.admin.email })) === 0) {
    await loadSeedUsers(db, []);
  }
  const res = await http.login('admin', devUsers.admin.email, devUsers.admin.password);
  if (res.statusCode !== 200) throw new Error(`admin login failed: ${res.statusCode} ${res.body}`);
  return res.json().accessToken;
}

const address = (overrides: Record<string, unknown> = {}) => ({
  name: 'Asha Verma',
  phone: '+919812345678',
  line1: '221, 5th Main, Indiranagar',
  city: 'Bengaluru',
  state: 'Karnataka',
  pincode: '560038',
  ...overrides,
});

describe('the profile', () => {
  it('shows and changes the name and phone of the signed-in user', async () => {
    const account = await http.newAccount();
    const me = as(account.accessToken);
    expect((await me.get('/me')).json()).toEqual({
      id: account.id,
      type: 'customer',
      name: 'Test Person',
      email: account.email,
      phone: null,
    });
    const phone = uniquePhone();
    const changed = await me.patch('/me', { name: ' Asha V ', phone });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Asha V', phone });
    expect((await me.patch('/me', { phone: null })).json()).toMatchObject({ name: 'Asha V', phone: null });
    // The new name reaches access tokens with the next refresh.
    const refreshed = await http.refresh('customer', account.refreshToken);
    const claims = JSON.parse(
      Buffer.from(refreshed.json().accessToken.split('.')[1], 'base64url').toString(),
    );
    expect(claims.name).toBe('Asha V');
  });

  it('refuses a phone number another account of the same type has', async () => {
    const phone = uniquePhone();
    await http.newAccount('customer', { phone });
    const other = await http.newAccount();
    const res = await as(other.accessToken).patch('/me', { phone });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'PHONE_TAKEN' });
  });

  it('answers 400 to empty or invalid changes and 401 without a token', async () => {
    const me = as((await http.newAccount()).accessToken);
    for (const body of [
      {},
      { name: '' },
      { phone: '0987' },
      { email: 'new@example.com' },
      { name: 'x'.repeat(101) },
    ]) {
      expect((await me.patch('/me', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    const anonymous = await http.inject({ method: 'GET', url: `${api}/me` });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(
      (await http.inject({ method: 'PATCH', url: `${api}/me`, payload: { name: 'X' } })).statusCode,
    ).toBe(401);
  });

  it('works for sellers and admins too', async () => {
    const seller = await http.newAccount('seller');
    expect((await as(seller.accessToken).get('/me')).json()).toMatchObject({ type: 'seller', id: seller.id });
  });
});

describe('addresses', () => {
  it('adds, lists, changes and deletes addresses with exactly one default', async () => {
    const me = as((await http.newAccount()).accessToken);
    expect((await me.get('/me/addresses')).json()).toEqual({ items: [] });

    const home = await me.post(
      '/me/addresses',
      address({ line2: 'HAL 2nd Stage', landmark: 'Near the metro' }),
    );
    expect(home.statusCode, home.body).toBe(201);
    expect(home.json()).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ...address({ line2: 'HAL 2nd Stage', landmark: 'Near the metro' }),
      isDefault: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const office = await me.post('/me/addresses', address({ name: 'Office', pincode: '560103' }));
    expect(office.json()).toMatchObject({ isDefault: false, line2: '', landmark: '' });

    let list = (await me.get('/me/addresses')).json().items;
    expect(list.map((a: { id: string }) => a.id)).toEqual([home.json().id, office.json().id]);

    const madeDefault = await me.patch(`/me/addresses/${office.json().id}`, {
      isDefault: true,
      city: 'Bangalore',
    });
    expect(madeDefault.json()).toMatchObject({ isDefault: true, city: 'Bangalore', pincode: '560103' });
    list = (await me.get('/me/addresses')).json().items;
    expect(list.filter((a: { isDefault: boolean }) => a.isDefault).map((a: { id: string }) => a.id)).toEqual([
      office.json().id,
    ]);

    const third = await me.post(
      '/me/addresses',
      address({ name: 'Parents', isDefault: true, pincode: '600001', city: 'Chennai', state: 'Tamil Nadu' }),
    );
    expect(third.json().isDefault).toBe(true);

    // Deleting the default hands it back to the address that was default before.
    expect((await me.delete(`/me/addresses/${third.json().id}`)).statusCode).toBe(204);
    list = (await me.get('/me/addresses')).json().items;
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ id: office.json().id, isDefault: true });
    expect(list.filter((a: { isDefault: boolean }) => a.isDefault)).toHaveLength(1);

    expect((await me.delete(`/me/addresses/${office.json().id}`)).statusCode).toBe(204);
    expect((await me.get('/me/addresses')).json().items).toEqual([
      expect.objectContaining({ id: home.json().id, isDefault: true }),
    ]);
  });

  it("404s another account's address and an unknown one", async () => {
    const owner = as((await http.newAccount()).accessToken);
    const theirs = (await owner.post('/me/addresses', address())).json().id;
    const other = as((await http.newAccount()).accessToken);
    for (const res of [
      await other.patch(`/me/addresses/${theirs}`, { city: 'Mysuru' }),
      await other.delete(`/me/addresses/${theirs}`),
      await owner.delete(`/me/addresses/${randomUUID()}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'ADDRESS_NOT_FOUND' });
    }
    expect((await owner.get('/me/addresses')).json().items).toHaveLength(1);
  });

  it('keeps at most 20 addresses, even when added concurrently', async () => {
    const me = as((await http.newAccount()).accessToken);
    for (let i = 0; i < 16; i++)
      expect((await me.post('/me/addresses', address({ name: `A${i}` }))).statusCode).toBe(201);
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, i) => me.post('/me/addresses', address({ name: `B${i}` }))),
    );
    const created = burst.filter((r) => r.statusCode === 201).length;
    expect(created).toBeLessThanOrEqual(4);
    for (const r of burst.filter((r) => r.statusCode !== 201))
      expect(r.json()).toMatchObject({ code: 'ADDRESS_LIMIT_REACHED' });
    while ((await me.get('/me/addresses')).json().items.length < 20) {
      expect((await me.post('/me/addresses', address())).statusCode).toBe(201);
    }
    const over = await me.post('/me/addresses', address());
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'ADDRESS_LIMIT_REACHED' });
    const items = (await me.get('/me/addresses')).json().items;
    expect(items).toHaveLength(20);
    expect(items.filter((a: { isDefault: boolean }) => a.isDefault)).toHaveLength(1);
  });

  it('answers 400 to invalid addresses and changes', async () => {
    const me = as((await http.newAccount()).accessToken);
    const id = (await me.post('/me/addresses', address())).json().id;
    for (const body of [
      address({ pincode: '060001' }),
      address({ pincode: '56001' }),
      address({ pincode: 560001 }),
      address({ phone: '12345' }),
      address({ line1: '   ' }),
      address({ city: 'x'.repeat(101) }),
      address({ country: 'IN' }),
      { ...address(), name: undefined },
    ]) {
      expect((await me.post('/me/addresses', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    for (const body of [{}, { isDefault: false }, { pincode: 'abcdef' }]) {
      expect((await me.patch(`/me/addresses/${id}`, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await me.patch('/me/addresses/not-a-uuid', { city: 'X' })).statusCode).toBe(400);
    expect((await me.delete('/me/addresses/not-a-uuid')).statusCode).toBe(400);
  });

  it('is for customers: 403 for sellers and admins, 401 without a token', async () => {
    const seller = as((await http.newAccount('seller')).accessToken);
    for (const res of [await seller.get('/me/addresses'), await seller.post('/me/addresses', address())]) {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await http.inject({ method: 'GET', url: `${api}/me/addresses` })).statusCode).toBe(401);
    expect(
      (await http.inject({ method: 'DELETE', url: `${api}/me/addresses/${randomUUID()}` })).statusCode,
    ).toBe(401);
  });
});

describe('who may use the customer routes', () => {
  it('answers 401 without a token and 403 to sellers and admins on every address and wishlist route', async () => {
    const seller = (await http.newAccount('seller')).accessToken;
    const adminToken = await loginAdmin();
    const id = randomUUID();
    for (const [method, url, payload] of [
      ['GET', '/me/addresses', undefined],
      ['POST', '/me/addresses', address()],
      ['PATCH', `/me/addresses/${id}`, { city: 'Mysuru' }],
      ['DELETE', `/me/addresses/${id}`, undefined],
      ['GET', '/me/wishlist', undefined],
      ['PUT', '/me/wishlist/steel-tiffin', undefined],
      ['DELETE', '/me/wishlist/steel-tiffin', undefined],
    ] as const) {
      const what = `${method} ${url}`;
      const request = (headers: Record<string, string>) =>
        http.inject({ method, url: `${api}${url}`, headers, ...(payload ? { payload } : {}) });
      const anonymous = await request({});
      expect(anonymous.statusCode, what).toBe(401);
      expect(anonymous.json(), what).toMatchObject({ code: 'UNAUTHENTICATED' });
      for (const token of [seller, adminToken]) {
        const res = await request(bearer(token));
        expect(res.statusCode, what).toBe(403);
        expect(res.json(), what).toMatchObject({ code: 'FORBIDDEN' });
      }
    }
  });

  it('answers 400 to malformed ids on change and delete routes', async () => {
    const me = as((await http.newAccount()).accessToken);
    expect((await me.patch('/me/addresses/not-a-uuid', { city: 'Mysuru' })).statusCode).toBe(400);
    expect((await me.delete('/me/addresses/not-a-uuid')).statusCode).toBe(400);
    expect((await me.delete('/me/wishlist/Not%20A%20Slug')).statusCode).toBe(400);
  });
});

describe('the wishlist', () => {
  it('adds products idempotently, lists them newest first and removes them', async () => {
    const me = as((await http.newAccount()).accessToken);
    const first = await me.put('/me/wishlist/pressure-cooker-5l');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ productId: 'pressure-cooker-5l', addedAt: expect.any(String) });
    const again = await me.put('/me/wishlist/pressure-cooker-5l');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    await new Promise((r) => setTimeout(r, 5));
    await me.put('/me/wishlist/cotton-kurta');

    expect(
      (await me.get('/me/wishlist')).json().items.map((i: { productId: string }) => i.productId),
    ).toEqual(['cotton-kurta', 'pressure-cooker-5l']);
    expect((await me.delete('/me/wishlist/pressure-cooker-5l')).statusCode).toBe(204);
    expect((await me.delete('/me/wishlist/pressure-cooker-5l')).statusCode).toBe(204);
    expect((await me.get('/me/wishlist')).json().items).toEqual([
      expect.objectContaining({ productId: 'cotton-kurta' }),
    ]);
  });

  it('adds a product once when the same PUT arrives concurrently', async () => {
    const me = as((await http.newAccount()).accessToken);
    const results = await Promise.all(Array.from({ length: 6 }, () => me.put('/me/wishlist/steel-tiffin')));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(5);
    expect((await me.get('/me/wishlist')).json().items).toHaveLength(1);
  });

  it('holds at most 200 products', async () => {
    const me = as((await http.newAccount()).accessToken);
    for (let i = 0; i < 200; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => me.put(`/me/wishlist/product-${i + j}`)));
    }
    expect((await me.get('/me/wishlist')).json().items).toHaveLength(200);
    const full = await me.put('/me/wishlist/one-more');
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'WISHLIST_FULL' });
    // Already there: still fine.
    expect((await me.put('/me/wishlist/product-7')).statusCode).toBe(200);
  });

  it('answers 400 to malformed product ids, 403 to sellers and 401 without a token', async () => {
    const me = as((await http.newAccount()).accessToken);
    for (const id of ['Not%20A%20Slug', 'UPPER', 'a--b', 'x'.repeat(81)]) {
      expect((await me.put(`/me/wishlist/${id}`)).statusCode, id).toBe(400);
    }
    const seller = as((await http.newAccount('seller')).accessToken);
    expect((await seller.get('/me/wishlist')).statusCode).toBe(403);
    expect((await seller.put('/me/wishlist/steel-tiffin')).statusCode).toBe(403);
    expect((await http.inject({ method: 'GET', url: `${api}/me/wishlist` })).statusCode).toBe(401);
    expect((await http.inject({ method: 'PUT', url: `${api}/me/wishlist/steel-tiffin` })).statusCode).toBe(
      401,
    );
  });
});
