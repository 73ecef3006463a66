/**
 * Sign-up and sign-in with email and password. A failed sign-in says the same thing whether the email is
 * unknown, belongs to another user type, or the password is wrong, and spends the same hashing time, so
 * neither the answer nor its timing tells which emails have accounts.
 */
import { ApiError } from '@emporium/service-kit';
import type { RateLimiter } from '../limits/rate-limiter.ts';
import { normaliseEmail } from '../otp/identity.ts';
import { hashPassword, needsRehash, spendDecoyHash, verifyPassword } from '../passwords/password-hash.ts';
import type { UserDocument, UserType } from '../users/documents.ts';
import type { Users } from '../users/users.ts';

export interface SignupInput {
  name: string;
  email: string;
  password: string;
  phone?: string | undefined;
}

export interface LoginLimits {
  attemptsPerIdentity: number;
  windowSeconds: number;
}

const invalidCredentials = () =>
  new ApiError(401, 'INVALID_CREDENTIALS', 'The email or password is not right');

export class PasswordAccounts {
  readonly #users: Users;
  readonly #limiter: RateLimiter;
  readonly #limits: LoginLimits;

  constructor(users: Users, limiter: RateLimiter, limits: LoginLimits) {
    this.#users = users;
    this.#limiter = limiter;
    this.#limits = limits;
  }

  /** Shoppers and sellers sign themselves up; admins are created by an operator (the seed). */
  async signup(type: UserType, input: SignupInput): Promise<UserDocument> {
    if (type === 'admin') {
      throw new ApiError(403, 'SIGNUP_NOT_ALLOWED', 'Admin accounts cannot be created by signing up');
    }
    return this.#users.create({
      type,
      name: input.name.trim(),
      email: normaliseEmail(input.email),
      phone: input.phone ?? null,
      passwordHash: await hashPassword(input.password),
    });
  }

  async login(type: UserType, email: string, password: string): Promise<UserDocument> {
    const normalised = normaliseEmail(email);
    // Per account, whatever the client address: guessing one account's password from many addresses
    // hits the same counter.
    await this.#limiter.hit({
      bucket: 'login-identity',
      key: `${type}:${normalised}`,
      max: this.#limits.attemptsPerIdentity,
      windowSeconds: this.#limits.windowSeconds,
    });
    const user = await this.#users.findByEmail(type, normalised);
    if (!user?.passwordHash) {
      await spendDecoyHash(password);
      throw invalidCredentials();
    }
    if (!(await verifyPassword(password, user.passwordHash))) throw invalidCredentials();
    if (needsRehash(user.passwordHash)) {
      await this.#users.setPasswordHash(user._id, await hashPassword(password));
    }
    return user;
  }
}
