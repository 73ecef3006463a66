import type { IndexDescription } from 'mongodb';

export const userIndexes: IndexDescription[] = [
  { key: { type: 1, email: 1 }, name: 'type_email_unique', unique: true },
  { key: { type: 1, phoneKey: 1 }, name: 'type_phone_unique', unique: true },
  // Admin listing, newest first, with or without a type filter (keyset pagination ends in _id).
  { key: { createdAt: -1, _id: -1 }, name: 'newest' },
  { key: { type: 1, createdAt: -1, _id: -1 }, name: 'type_newest' },
];

export const addressIndexes: IndexDescription[] = [
  { key: { userId: 1, updatedAt: -1 }, name: 'user_recent' },
];

export const wishlistIndexes: IndexDescription[] = [{ key: { userId: 1, addedAt: -1 }, name: 'user_newest' }];
