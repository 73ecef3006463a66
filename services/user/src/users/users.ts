/**
 * The accounts repository: every read and write of the users collection. Handlers call one method.
 */
import { randomUUID } from 'node:crypto';
import { conflict, isDuplicateKey, notFound } from '@emporium/service-kit';
import type { Collection, Db, Filter } from 'mongodb';
import { decodeUserCursor, encodeUserCursor } from './cursor.ts';
import { phoneKey, type UserDocument, type UserType } from './documents.ts';

export interface NewUser {
  id?: string;
  type: UserType;
  name: string;
  email: string;
  phone: string | null;
  passwordHash: string | null;
}

export class Users {
  readonly collection: Collection<UserDocument>;

  constructor(db: Db) {
    this.collection = db.collection<UserDocument>('users');
  }

  async create(input: NewUser): Promise<UserDocument> {
    const id = input.id ?? randomUUID();
    const now = new Date();
    const doc: UserDocument = {
      _id: id,
      type: input.type,
      name: input.name,
      email: input.email,
      phone: input.phone,
      phoneKey: phoneKey(id, input.phone),
      passwordHash: input.passwordHash,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.collection.insertOne(doc);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      throw (await this.findByEmail(input.type, input.email))
        ? conflict('EMAIL_TAKEN', 'An account with this email already exists')
        : conflict('PHONE_TAKEN', 'An account with this phone number already exists');
    }
    return doc;
  }

  findById(id: string): Promise<UserDocument | null> {
    return this.collection.findOne({ _id: id });
  }

  findByEmail(type: UserType, email: string): Promise<UserDocument | null> {
    return this.collection.findOne({ type, email });
  }

  findByPhone(type: UserType, phone: string): Promise<UserDocument | null> {
    return this.collection.findOne({ type, phoneKey: phone });
  }

  async get(id: string): Promise<UserDocument> {
    const doc = await this.findById(id);
    if (!doc) throw notFound('USER_NOT_FOUND', 'This account no longer exists');
    return doc;
  }

  async updateProfile(id: string, change: { name?: string; phone?: string | null }): Promise<UserDocument> {
    const set: Partial<UserDocument> = { updatedAt: new Date() };
    if (change.name !== undefined) set.name = change.name;
    if (change.phone !== undefined) {
      set.phone = change.phone;
      set.phoneKey = phoneKey(id, change.phone);
    }
    try {
      const doc = await this.collection.findOneAndUpdate(
        { _id: id },
        { $set: set },
        { returnDocument: 'after' },
      );
      if (!doc) throw notFound('USER_NOT_FOUND', 'This account no longer exists');
      return doc;
    } catch (err) {
      if (isDuplicateKey(err))
        throw conflict('PHONE_TAKEN', 'An account with this phone number already exists');
      throw err;
    }
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.collection.updateOne({ _id: id }, { $set: { passwordHash } });
  }

  async list(query: { type?: UserType; limit: number; cursor?: string }) {
    const filter: Filter<UserDocument> = query.type ? { type: query.type } : {};
    const page: Filter<UserDocument> = query.cursor
      ? { $and: [filter, decodeUserCursor(query.cursor)] }
      : filter;
    const docs = await this.collection
      .find(page, { projection: { passwordHash: 0 } })
      .sort({ createdAt: -1, _id: -1 })
      .limit(query.limit + 1)
      .toArray();
    const items = docs.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map((d) => ({
        id: d._id,
        type: d.type,
        name: d.name,
        email: d.email,
        phone: d.phone,
        createdAt: d.createdAt.toISOString(),
      })),
      nextCursor: docs.length > query.limit && last ? encodeUserCursor(last) : null,
    };
  }
}
