/**
 * One-time codes: six digits from a CSPRNG, stored only as a hash, valid for OTP_TTL_SECONDS, dead after
 * OTP_MAX_ATTEMPTS wrong guesses, used at most once. Only the newest code of an identity counts, so a new
 * request replaces the previous code; a new code is refused within OTP_RESEND_AFTER_SECONDS of the last.
 *
 * Attempts and the single use are claims (db/claims.ts): the n-th guess at a code inserts
 * `<code id>:attempt:<n>`, and the right code inserts `<code id>:used`. Concurrent guesses therefore cannot
 * exceed the limit, and two requests with the right code cannot both sign in.
 */
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { ApiError } from '@emporium/service-kit';
import type { Collection, Db } from 'mongodb';
import { claim } from '../db/claims.ts';
import { identityKey, type OtpIdentity } from './identity.ts';

export interface OtpDocument {
  _id: string;
  /** type:channel:address */
  identity: string;
  codeHash: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface OtpClaimDocument {
  /** `<code id>:attempt:<n>` or `<code id>:used` */
  _id: string;
  codeId: string;
  expiresAt: Date;
}

export interface OtpSettings {
  ttlSeconds: number;
  maxAttempts: number;
  resendAfterSeconds: number;
}

// A six-digit code has a million values, so a hash alone would not protect a leaked code for long; what
// protects it is its short life and the attempt limit. The hash keeps codes out of backups and logs.
const hashCode = (id: string, code: string) => createHash('sha256').update(`${id}\n${code}`).digest();

const invalid = () => new ApiError(401, 'OTP_INVALID', 'The code is not right');

export function otpCollections(db: Db) {
  return {
    codes: db.collection<OtpDocument>('otp_codes'),
    claims: db.collection<OtpClaimDocument>('otp_claims'),
  };
}

export class OtpCodes {
  readonly #codes: Collection<OtpDocument>;
  readonly #claims: Collection<OtpClaimDocument>;
  readonly #settings: OtpSettings;

  constructor(db: Db, settings: OtpSettings) {
    ({ codes: this.#codes, claims: this.#claims } = otpCollections(db));
    this.#settings = settings;
  }

  /** Makes and stores a new code for the identity; returns the code to send. */
  async issue(identity: OtpIdentity): Promise<string> {
    const key = identityKey(identity);
    const now = new Date();
    const previous = await this.#latest(key);
    const resendAt = (previous?.createdAt.getTime() ?? 0) + this.#settings.resendAfterSeconds * 1000;
    if (resendAt > now.getTime()) {
      const retryAfter = Math.max(1, Math.ceil((resendAt - now.getTime()) / 1000));
      throw new ApiError(
        429,
        'RATE_LIMITED',
        `A code was sent moments ago; ask again in ${retryAfter} seconds`,
        {
          headers: { 'retry-after': String(retryAfter) },
        },
      );
    }
    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.#codes.insertOne({
      _id: id,
      identity: key,
      codeHash: hashCode(id, code).toString('base64url'),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.#settings.ttlSeconds * 1000),
    });
    // Tidying only: older codes are already dead because only the newest counts.
    await this.#codes.deleteMany({ identity: key, createdAt: { $lt: now } });
    return code;
  }

  /** Checks a code against the identity's newest code; throws 401/429 when it does not sign in. */
  async verify(identity: OtpIdentity, code: string): Promise<void> {
    const now = new Date();
    const current = await this.#latest(identityKey(identity));
    if (!current) throw invalid();
    if (current.expiresAt.getTime() <= now.getTime()) {
      throw new ApiError(401, 'OTP_EXPIRED', 'The code has expired; ask for a new one');
    }
    // A code that already signed someone in is simply not right any more.
    if (await this.#claims.findOne({ _id: `${current._id}:used` })) throw invalid();
    if (!(await this.#claimAttempt(current))) {
      throw new ApiError(429, 'OTP_ATTEMPTS_EXCEEDED', 'Too many wrong codes; ask for a new one');
    }
    const expected = Buffer.from(current.codeHash, 'base64url');
    const given = hashCode(current._id, code);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    const first = await claim(this.#claims, {
      _id: `${current._id}:used`,
      codeId: current._id,
      expiresAt: current.expiresAt,
    });
    if (!first) throw invalid();
  }

  #latest(key: string): Promise<OtpDocument | null> {
    return this.#codes.findOne({ identity: key }, { sort: { createdAt: -1, _id: -1 } });
  }

  /** Claims the next free attempt slot of the code; false when all are taken. */
  async #claimAttempt(code: OtpDocument): Promise<boolean> {
    const taken = await this.#claims.countDocuments({ codeId: code._id });
    for (let n = taken + 1; n <= this.#settings.maxAttempts; n++) {
      if (
        await claim(this.#claims, {
          _id: `${code._id}:attempt:${n}`,
          codeId: code._id,
          expiresAt: code.expiresAt,
        })
      ) {
        return true;
      }
    }
    return false;
  }
}
