import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../src/seed/load.ts';
import { readSeedDirectory } from '../src/seed/seed-file.ts';

const db = useTestDatabase(import.meta.url);

const statesAndTerritories = [
  'Andhra Pradesh',
  'Arunachal Pradesh',
  'Assam',
  'Bihar',
  'Chhattisgarh',
  'Goa',
  'Gujarat',
  'Haryana',
  'Himachal Pradesh',
  'Jharkhand',
  'Karnataka',
  'Kerala',
  'Madhya Pradesh',
  'Maharashtra',
  'Manipur',
  'Meghalaya',
  'Mizoram',
  'Nagaland',
  'Odisha',
  'Punjab',
  'Rajasthan',
  'Sikkim',
  'Tamil Nadu',
  'Telangana',
  'Tripura',
  'Uttar Pradesh',
  'Uttarakhand',
  'West Bengal',
  'Andaman and Nicobar Islands',
  'Chandigarh',
  'Dadra and Nagar Haveli and Daman and Diu',
  'Delhi',
  'Jammu and Kashmir',
  'Ladakh',
  'Lakshadweep',
  'Puducherry',
];
const remoteStates = [
  'Arunachal Pradesh',
  'Assam',
  'Manipur',
  'Meghalaya',
  'Mizoram',
  'Nagaland',
  'Sikkim',
  'Tripura',
  'Jammu and Kashmir',
  'Ladakh',
  'Andaman and Nicobar Islands',
  'Lakshadweep',
];

describe('the seed pincode directory', () => {
  it('covers every state and union territory with hundreds of real pincodes', async () => {
    const seed = await readSeedDirectory();
    expect(seed.pincodes.length).toBeGreaterThanOrEqual(400);
    const states = new Set(seed.pincodes.map((p) => p.state));
    expect([...states].sort()).toEqual([...statesAndTerritories].sort());
    for (const state of statesAndTerritories) {
      expect(seed.pincodes.filter((p) => p.state === state).length, state).toBeGreaterThanOrEqual(2);
    }
    const pincodes = new Set(seed.pincodes.map((p) => p.pincode));
    for (const known of ['560001', '110001', '400001', '600001', '700001', '500001', '411001', '380001']) {
      expect(pincodes.has(known), known).toBe(true);
    }
  });

  it('puts the north-east, J&K, Ladakh and the islands in the remote zone, and only them', async () => {
    const seed = await readSeedDirectory();
    for (const p of seed.pincodes) {
      expect(p.zone === 'remote', `${p.pincode} ${p.state}`).toBe(remoteStates.includes(p.state));
    }
    expect(seed.zones.remote.freeShippingFrom).toBeNull();
    expect(seed.zones.metro).toMatchObject({ minDays: 1, maxDays: 2, fee: 4000, freeShippingFrom: 49900 });
  });

  it('has some places we do not deliver to', async () => {
    const seed = await readSeedDirectory();
    const unserviceable = seed.pincodes.filter((p) => !p.serviceable).map((p) => p.pincode);
    expect(unserviceable).toEqual(expect.arrayContaining(['744301', '744302', '682559']));
  });

  it('loads idempotently, restores changed entries, and skips when asked to fill only an empty directory', async () => {
    const seed = await readSeedDirectory();
    const database = db.client.db(db.name);
    expect(await loadSeedDirectory(database, seed)).toEqual({
      skipped: false,
      zones: 4,
      pincodes: seed.pincodes.length,
    });
    const pincodes = database.collection<{ _id: string; serviceable: boolean }>('pincodes');
    await pincodes.updateOne({ _id: '560001' }, { $set: { serviceable: false } });
    expect(await loadSeedDirectory(database, seed, { ifEmpty: true })).toEqual({
      skipped: true,
      zones: 0,
      pincodes: 0,
    });
    expect((await pincodes.findOne({ _id: '560001' }))?.serviceable).toBe(false);
    await loadSeedDirectory(database, seed);
    expect(await pincodes.countDocuments()).toBe(seed.pincodes.length);
    expect((await pincodes.findOne({ _id: '560001' }))?.serviceable).toBe(true);
  });
});
