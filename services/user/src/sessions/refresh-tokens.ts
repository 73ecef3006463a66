/**
 * Refresh tokens: 32 random bytes, handed to the browser once and stored only as their SHA-256. Every
 * sign-in starts a family; every refresh uses up the presented token and issues the family's next one.
 *
 * Using a token up is a claim (db/claims.ts): the next token is inserted with `parent` = the used token's
 * hash under a unique index, so of two concurrent refreshes with the same token exactly one gets a next
 * token. A token that already has a child was copied: presenting it revokes the whole family, so the
 * newest token of the family, whoever holds it, stops working too. Revocation is an insert as well
 * (refresh_revocations, keyed by family): no update of a shared document can be lost to a concurrent one.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ApiError } from '@emporium/service-kit';
import type { Collection, Db } from 'mongodb';
import { claim } from '../db/claims.ts';
import type { UserType } from '../users/documents.ts';

export interface RefreshTokenDocument {
  /** SHA-256 of the token, base64url. */
  _id: string;
  familyId: string;
  /** The hash of the token this one replaced; `start:<familyId>` for a family's first token. Unique. */
  parent: string;
  userId: string;
  userType: UserType;
  createdAt: Date;
  expiresAt: Date;
}

export type RevocationReason = 'reuse' | 'logout' | 'account';

export interface RefreshRevocationDocument {
  /** The family id. */
  _id: string;
  reason: RevocationReason;
  revokedAt: Date;
  /** Every token of the family has expired by then; the sweeper may delete the record. */
  expiresAt: Date;
}

export interface IssuedRefreshToken {
  token: string;
  familyId: string;
  expiresAt: Date;
}

export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('base64url');

const refused = (code: string, message: string) => new ApiError(401, code, message);
const revoked = () => refused('REFRESH_TOKEN_REVOKED', 'This session has been signed out; sign in again');

export function refreshCollections(db: Db) {
  return {
    tokens: db.collection<RefreshTokenDocument>('refresh_tokens'),
    revocations: db.collection<RefreshRevocationDocument>('refresh_revocations'),
  };
}

export class RefreshTokens {
  readonly #tokens: Collection<RefreshTokenDocument>;
  readonly #revocations: Collection<RefreshRevocationDocument>;
  readonly #ttlMs: number;

  constructor(db: Db, ttlSeconds: number) {
    ({ tokens: this.#tokens, revocations: this.#revocations } = refreshCollections(db));
    this.#ttlMs = ttlSeconds * 1000;
  }

  /** A new family (a sign-in) with its first token. */
  async start(userId: string, userType: UserType): Promise<IssuedRefreshToken> {
    const familyId = randomUUID();
    const issued = await this.#issue({ familyId, userId, userType }, `start:${familyId}`);
    if (!issued) throw new Error('a new refresh-token family collided with an existing one');
    return issued;
  }

  /**
   * Uses up `token` and returns the family's next one. The user type is that of the endpoint: a customer's
   * token presented to the seller endpoint is refused without using it up.
   */
  async rotate(token: string, userType: UserType): Promise<{ userId: string; next: IssuedRefreshToken }> {
    const hash = hashRefreshToken(token);
    const current = await this.#tokens.findOne({ _id: hash });
    if (!current || current.userType !== userType) {
      throw refused('INVALID_REFRESH_TOKEN', 'The refresh token is not valid; sign in again');
    }
    if (await this.#isRevoked(current.familyId)) throw revoked();
    if (current.expiresAt.getTime() <= Date.now()) {
      throw refused('REFRESH_TOKEN_EXPIRED', 'The session has expired; sign in again');
    }
    const next = await this.#issue(current, hash);
    if (!next) {
      await this.revokeFamily(current.familyId, 'reuse');
      throw refused(
        'REFRESH_TOKEN_REUSED',
        'This refresh token was already used; the session it belongs to has been signed out',
      );
    }
    // A revocation racing with this refresh (a logout, or the losers of a concurrent refresh reporting
    // reuse) still wins: every use of a token checks its family first, so the new token dies on first use.
    return { userId: current.userId, next };
  }

  /** Revokes the family of `token` (logout). Unknown tokens and other user types are ignored. */
  async revokeByToken(token: string, userType: UserType): Promise<void> {
    const doc = await this.#tokens.findOne({ _id: hashRefreshToken(token) });
    if (doc && doc.userType === userType) await this.revokeFamily(doc.familyId, 'logout');
  }

  /** Idempotent: the first revocation of a family is kept, later ones change nothing. */
  async revokeFamily(familyId: string, reason: RevocationReason): Promise<void> {
    const now = new Date();
    await claim(this.#revocations, {
      _id: familyId,
      reason,
      revokedAt: now,
      // A token issued while this revocation raced with a refresh expires at most a moment later.
      expiresAt: new Date(now.getTime() + this.#ttlMs + 3_600_000),
    });
  }

  async #isRevoked(familyId: string): Promise<boolean> {
    return (await this.#revocations.findOne({ _id: familyId }, { projection: { _id: 1 } })) !== null;
  }

  /** Inserts the next token after `parent`; undefined when `parent` already has one. */
  async #issue(
    family: Pick<RefreshTokenDocument, 'familyId' | 'userId' | 'userType'>,
    parent: string,
  ): Promise<IssuedRefreshToken | undefined> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.#ttlMs);
    const inserted = await claim(this.#tokens, {
      _id: hashRefreshToken(token),
      familyId: family.familyId,
      parent,
      userId: family.userId,
      userType: family.userType,
      createdAt: now,
      expiresAt,
    });
    return inserted ? { token, familyId: family.familyId, expiresAt } : undefined;
  }
}
