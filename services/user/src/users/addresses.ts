/**
 * The address book: at most 20 addresses per account, and exactly one default whenever there is any.
 * The default is derived, not flagged: it is the address most recently made default (`defaultSince`), or
 * failing that the most recently updated one, so no write can ever leave two defaults or none. The first
 * address becomes the default; deleting the default hands it to the address that was default before it.
 */
import { randomUUID } from 'node:crypto';
import { ApiError, notFound } from '@emporium/service-kit';
import type { Collection, Db } from 'mongodb';
import { type AddressBody, type AddressInput, type AddressUpdate, maxAddresses } from '../schemas/profile.ts';
import type { AddressDocument } from './documents.ts';

const time = (d: Date | null) => d?.getTime() ?? -1;

/** The default address of a list (undefined for an empty list). */
export function defaultAddress(list: readonly AddressDocument[]): AddressDocument | undefined {
  let best: AddressDocument | undefined;
  for (const a of list) {
    if (
      !best ||
      time(a.defaultSince) > time(best.defaultSince) ||
      (time(a.defaultSince) === time(best.defaultSince) && a.updatedAt.getTime() > best.updatedAt.getTime())
    ) {
      best = a;
    }
  }
  return best;
}

/** The default first, then the most recently updated. */
export function toAddressList(list: readonly AddressDocument[]): AddressBody[] {
  const def = defaultAddress(list);
  return [...list]
    .sort((a, b) => Number(b === def) - Number(a === def) || b.updatedAt.getTime() - a.updatedAt.getTime())
    .map((a) => toAddress(a, a === def));
}

function toAddress(doc: AddressDocument, isDefault: boolean): AddressBody {
  return {
    id: doc._id,
    name: doc.name,
    phone: doc.phone,
    line1: doc.line1,
    line2: doc.line2,
    landmark: doc.landmark,
    city: doc.city,
    state: doc.state,
    pincode: doc.pincode,
    isDefault,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

const addressNotFound = () => notFound('ADDRESS_NOT_FOUND', 'No such address in this account');

export function newAddress(
  userId: string,
  input: AddressInput,
  makeDefault: boolean,
  now = new Date(),
): AddressDocument {
  return {
    _id: randomUUID(),
    userId,
    name: input.name,
    phone: input.phone,
    line1: input.line1,
    line2: input.line2 ?? '',
    landmark: input.landmark ?? '',
    city: input.city,
    state: input.state,
    pincode: input.pincode,
    defaultSince: makeDefault ? now : null,
    createdAt: now,
    updatedAt: now,
  };
}

export class AddressBook {
  readonly #addresses: Collection<AddressDocument>;

  constructor(db: Db) {
    this.#addresses = db.collection<AddressDocument>('addresses');
  }

  #all(userId: string): Promise<AddressDocument[]> {
    return this.#addresses
      .find({ userId })
      .limit(maxAddresses + 10)
      .toArray();
  }

  async list(userId: string): Promise<AddressBody[]> {
    return toAddressList(await this.#all(userId));
  }

  async #one(userId: string, id: string): Promise<AddressBody> {
    const found = (await this.list(userId)).find((a) => a.id === id);
    if (!found) throw addressNotFound();
    return found;
  }

  async add(userId: string, input: AddressInput): Promise<AddressBody> {
    const before = await this.#addresses.countDocuments({ userId });
    if (before >= maxAddresses) throw limitReached();
    const doc = newAddress(userId, input, input.isDefault === true || before === 0);
    await this.#addresses.insertOne(doc);
    // Concurrent adds may all have counted below the limit: the ones that end up beyond it back out.
    if ((await this.#addresses.countDocuments({ userId })) > maxAddresses) {
      await this.#addresses.deleteOne({ _id: doc._id });
      throw limitReached();
    }
    return this.#one(userId, doc._id);
  }

  async update(userId: string, id: string, change: AddressUpdate): Promise<AddressBody> {
    const { isDefault, ...fields } = change;
    const now = new Date();
    const { matchedCount } = await this.#addresses.updateOne(
      { _id: id, userId },
      { $set: { ...fields, updatedAt: now, ...(isDefault ? { defaultSince: now } : {}) } },
    );
    if (matchedCount === 0) throw addressNotFound();
    return this.#one(userId, id);
  }

  async remove(userId: string, id: string): Promise<void> {
    const wasDefault = defaultAddress(await this.#all(userId))?._id === id;
    const { deletedCount } = await this.#addresses.deleteOne({ _id: id, userId });
    if (deletedCount === 0) throw addressNotFound();
    if (!wasDefault) return;
    // Make the successor's place explicit, so later edits of other addresses cannot move the default.
    const successor = defaultAddress(await this.#all(userId));
    if (successor)
      await this.#addresses.updateOne({ _id: successor._id }, { $set: { defaultSince: new Date() } });
  }
}

function limitReached() {
  return new ApiError(409, 'ADDRESS_LIMIT_REACHED', `An account can keep at most ${maxAddresses} addresses`);
}
