/**
 * Sign-in with a one-time code sent by email or SMS. Asking for a code answers the same whether or not an
 * account exists (a code is made and stored either way, only its sending depends on the account), so the
 * endpoint cannot be used to find out who has an account.
 */
import { ApiError } from '@emporium/service-kit';
import type { FastifyBaseLogger } from 'fastify';
import { clientKey, type RateLimiter } from '../limits/rate-limiter.ts';
import type { Notifier } from '../notify/notifier.ts';
import type { UserDocument } from '../users/documents.ts';
import type { Users } from '../users/users.ts';
import type { OtpIdentity } from './identity.ts';
import type { OtpCodes } from './otp-codes.ts';

export interface OtpLimits {
  ttlSeconds: number;
  resendAfterSeconds: number;
  windowSeconds: number;
  perIdentity: number;
  perIp: number;
}

export class OtpSignIn {
  readonly #users: Users;
  readonly #codes: OtpCodes;
  readonly #limiter: RateLimiter;
  readonly #notifier: Notifier;
  readonly #limits: OtpLimits;
  readonly #log: FastifyBaseLogger;

  constructor(deps: {
    users: Users;
    codes: OtpCodes;
    limiter: RateLimiter;
    notifier: Notifier;
    limits: OtpLimits;
    log: FastifyBaseLogger;
  }) {
    this.#users = deps.users;
    this.#codes = deps.codes;
    this.#limiter = deps.limiter;
    this.#notifier = deps.notifier;
    this.#limits = deps.limits;
    this.#log = deps.log;
  }

  async request(identity: OtpIdentity, ip: string) {
    const windowSeconds = this.#limits.windowSeconds;
    await this.#limiter.hit({ bucket: 'otp-ip', key: clientKey(ip), max: this.#limits.perIp, windowSeconds });
    await this.#limiter.hit({
      bucket: 'otp-identity',
      key: `${identity.type}:${identity.channel}:${identity.address}`,
      max: this.#limits.perIdentity,
      windowSeconds,
    });
    const code = await this.#codes.issue(identity);
    const user = await this.#find(identity);
    if (user) await this.#send(identity, code);
    return { expiresInSeconds: this.#limits.ttlSeconds, resendAfterSeconds: this.#limits.resendAfterSeconds };
  }

  async verify(identity: OtpIdentity, code: string): Promise<UserDocument> {
    await this.#codes.verify(identity, code);
    const user = await this.#find(identity);
    if (!user) throw new ApiError(401, 'OTP_INVALID', 'The code is not right');
    return user;
  }

  #find(identity: OtpIdentity): Promise<UserDocument | null> {
    return identity.channel === 'email'
      ? this.#users.findByEmail(identity.type, identity.address)
      : this.#users.findByPhone(identity.type, identity.address);
  }

  async #send(identity: OtpIdentity, code: string): Promise<void> {
    const minutes = Math.max(1, Math.round(this.#limits.ttlSeconds / 60));
    try {
      await this.#notifier.send({
        channel: identity.channel,
        to: identity.address,
        subject: 'Your Emporium sign-in code',
        text: `Your Emporium sign-in code is ${code}. It expires in ${minutes} minute${minutes === 1 ? '' : 's'}. If you did not ask for it, ignore this message.`,
      });
    } catch (err) {
      // A failed send must not answer differently from "no such account"; the log tells the operator.
      this.#log.error({ err, channel: identity.channel }, 'sending a one-time code failed');
    }
  }
}
