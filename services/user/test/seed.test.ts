import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { devUsers, seedShoppers } from '@emporium/dev-data';
import { describe, expect, it } from 'vitest';
import { loadSeedUsers } from '../src/seed/load.ts';
import { readSeedAddresses } from '../src/seed/seed-file.ts';
import { api, bearer, client, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url);
const http = client(svc);

describe('the dev accounts seed', () => {
  it('creates every dev user with its fixed id and dev password, and the customer a default Bengaluru address', async () => {
    const result = await loadSeedUsers(svc.db.client.db(svc.db.name), await readSeedAddresses());
    expect(result).toEqual({ skipped: false, users: 3 + seedShoppers.length, addresses: 1 });

    for (const user of [
      devUsers.customer,
      devUsers.seller,
      devUsers.admin,
      seedShoppers[0],
      seedShoppers.at(-1),
    ]) {
      if (!user) throw new Error('no shoppers');
      const res = await http.login(user.type, user.email, user.password);
      expect(res.statusCode, user.email).toBe(200);
      expect(res.json().user).toEqual({
        id: user.id,
        type: user.type,
        name: user.name,
        email: user.email,
        phone: user.phone,
      });
    }

    const customer = (
      await http.login('customer', devUsers.customer.email, devUsers.customer.password)
    ).json();
    const addresses = (
      await http.inject({ method: 'GET', url: `${api}/me/addresses`, headers: bearer(customer.accessToken) })
    ).json().items;
    expect(addresses).toEqual([
      expect.objectContaining({ city: 'Bengaluru', pincode: '560001', isDefault: true }),
    ]);
  });

  it('skips with ifEmpty when accounts exist, and otherwise restores the seed versions', async () => {
    const db = svc.db.client.db(svc.db.name);
    await loadSeedUsers(db, await readSeedAddresses());
    const customer = (
      await http.login('customer', devUsers.customer.email, devUsers.customer.password)
    ).json();
    await http.inject({
      method: 'PATCH',
      url: `${api}/me`,
      headers: bearer(customer.accessToken),
      payload: { name: 'Changed' },
    });

    expect(await loadSeedUsers(db, await readSeedAddresses(), { ifEmpty: true })).toEqual({
      skipped: true,
      users: 0,
      addresses: 0,
    });
    expect((await http.me(customer.accessToken)).json().name).toBe('Changed');

    await loadSeedUsers(db, await readSeedAddresses());
    expect((await http.me(customer.accessToken)).json().name).toBe(devUsers.customer.name);
    const addresses = (
      await http.inject({ method: 'GET', url: `${api}/me/addresses`, headers: bearer(customer.accessToken) })
    ).json().items;
    expect(addresses).toHaveLength(1);
  });
});

describe('the seed command', () => {
  it('loads into an empty database with --if-empty and skips the second time', async () => {
    const database = `${svc.db.name}_cli`;
    const run = () =>
      promisify(execFile)(
        process.execPath,
        [new URL('../src/seed/cli.ts', import.meta.url).pathname, '--if-empty'],
        {
          env: { ...process.env, MONGODB_URI: svc.db.uri, MONGODB_DATABASE: database },
        },
      );
    try {
      expect((await run()).stdout).toContain(
        `seeded ${3 + seedShoppers.length} dev accounts with 1 address(es) into ${database}`,
      );
      expect((await run()).stdout).toContain('seed skipped');
      expect(await svc.db.client.db(database).collection('users').countDocuments()).toBe(
        3 + seedShoppers.length,
      );
    } finally {
      await svc.db.client.db(database).dropDatabase();
    }
  });
});
