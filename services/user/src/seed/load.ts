/**
 * Loads the dev accounts (@emporium/dev-data: a customer, a seller, an admin and the seed shoppers, with
 * their fixed ids and dev passwords) and their seed addresses. Idempotent: each account and its address
 * book are replaced by their seed versions (so `make seed` restores known credentials); with `ifEmpty`
 * nothing happens when any account exists (so `make up` never overwrites what a user changed).
 */
import { type DevUser, devUsers, seedShoppers } from '@emporium/dev-data';
import { ensureIndexes } from '@emporium/service-kit';
import type { Db } from 'mongodb';
import { indexPlan } from '../db/indexes.ts';
import { hashPassword } from '../passwords/password-hash.ts';
import { newAddress } from '../users/addresses.ts';
import { type AddressDocument, phoneKey, type UserDocument } from '../users/documents.ts';
import type { SeedAddresses } from './seed-file.ts';

export interface SeedResult {
  skipped: boolean;
  users: number;
  addresses: number;
}

export const seedAccounts: readonly DevUser[] = [
  devUsers.customer,
  devUsers.seller,
  devUsers.admin,
  ...seedShoppers,
];

export async function loadSeedUsers(
  db: Db,
  addresses: SeedAddresses,
  { ifEmpty = false } = {},
): Promise<SeedResult> {
  await ensureIndexes(db, indexPlan);
  const users = db.collection<UserDocument>('users');
  const addressBook = db.collection<AddressDocument>('addresses');
  if (ifEmpty && (await users.estimatedDocumentCount()) > 0) return { skipped: true, users: 0, addresses: 0 };

  // The shoppers share one password: hash each distinct password once (scrypt is deliberately slow).
  const hashes = new Map<string, string>();
  for (const password of new Set(seedAccounts.map((u) => u.password))) {
    hashes.set(password, await hashPassword(password));
  }

  const now = new Date();
  let addressCount = 0;
  // Single-document writes, a few dozen in all: far below FerretDB's trouble with large bulk writes.
  for (const account of seedAccounts) {
    await users.replaceOne(
      { _id: account.id },
      {
        type: account.type,
        name: account.name,
        email: account.email.toLowerCase(),
        phone: account.phone,
        phoneKey: phoneKey(account.id, account.phone),
        passwordHash: hashes.get(account.password) ?? null,
        createdAt: now,
        updatedAt: now,
      },
      { upsert: true },
    );
    const book = addresses.filter((a) => devUsers[a.user].id === account.id);
    if (book.length === 0) continue;
    // At most 20 addresses per account, so this delete stays small.
    await addressBook.deleteMany({ userId: account.id });
    for (const [i, { user: _user, ...address }] of book.entries()) {
      await addressBook.insertOne(newAddress(account.id, address, address.isDefault ?? i === 0, now));
      addressCount++;
    }
  }
  return { skipped: false, users: seedAccounts.length, addresses: addressCount };
}
