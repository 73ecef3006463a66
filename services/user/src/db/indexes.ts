/** Every index of the user service's database (created at start-up, only the missing ones). */
import type { IndexPlan } from '@emporium/service-kit';
import { signingKeyIndexes } from '../tokens/stored-keys.ts';
import { addressIndexes, userIndexes, wishlistIndexes } from '../users/indexes.ts';

// The sweeper finds expired documents by this field (FerretDB has no TTL indexes).
const expiry = { key: { expiresAt: 1 }, name: 'expires_at' };

export const indexPlan: IndexPlan = {
  users: userIndexes,
  addresses: addressIndexes,
  wishlist: wishlistIndexes,
  signing_keys: signingKeyIndexes,
  // `parent` unique: a refresh token can be used up (get a successor) only once.
  refresh_tokens: [{ key: { parent: 1 }, name: 'parent_unique', unique: true }, expiry],
  refresh_revocations: [expiry],
  otp_codes: [{ key: { identity: 1, createdAt: -1 }, name: 'identity_newest' }, expiry],
  otp_claims: [{ key: { codeId: 1 }, name: 'code' }, expiry],
  rate_limit_hits: [{ key: { key: 1 }, name: 'key' }, expiry],
  dev_outbox: [{ key: { to: 1, createdAt: -1 }, name: 'to_newest' }, expiry],
};
