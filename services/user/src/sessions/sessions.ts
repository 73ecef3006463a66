/**
 * Sessions: what every sign-in answers (an access token in the body, a refresh token in the cookie) and
 * what refresh and logout do with the cookie.
 */
import { ApiError } from '@emporium/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserBody } from '../schemas/common.ts';
import type { AccessTokens } from '../tokens/access-tokens.ts';
import { toUser, type UserDocument, type UserType } from '../users/documents.ts';
import type { Users } from '../users/users.ts';
import { type CookieSettings, clearRefreshCookie, refreshCookie, setRefreshCookie } from './cookie.ts';
import type { RefreshTokens } from './refresh-tokens.ts';

export interface SessionBody {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: UserBody;
}

export class Sessions {
  readonly #users: Users;
  readonly #access: AccessTokens;
  readonly #refresh: RefreshTokens;
  readonly #cookie: CookieSettings;

  constructor(users: Users, access: AccessTokens, refresh: RefreshTokens, cookie: CookieSettings) {
    this.#users = users;
    this.#access = access;
    this.#refresh = refresh;
    this.#cookie = cookie;
  }

  /** Starts a session for a user who has just proved who they are. */
  async signIn(user: UserDocument, reply: FastifyReply): Promise<SessionBody> {
    const issued = await this.#refresh.start(user._id, user.type);
    setRefreshCookie(reply, user.type, issued.token, this.#cookie);
    return this.#body(user);
  }

  async refresh(type: UserType, request: FastifyRequest, reply: FastifyReply): Promise<SessionBody> {
    const token = refreshCookie(request);
    try {
      if (!token) throw new ApiError(401, 'REFRESH_TOKEN_MISSING', 'No session cookie; sign in again');
      const { userId, next } = await this.#refresh.rotate(token, type);
      const user = await this.#users.findById(userId);
      if (!user) {
        await this.#refresh.revokeFamily(next.familyId, 'account');
        throw new ApiError(401, 'INVALID_REFRESH_TOKEN', 'This account no longer exists');
      }
      setRefreshCookie(reply, type, next.token, this.#cookie);
      return this.#body(user);
    } catch (err) {
      // A cookie that cannot refresh is useless to the browser: drop it along with the error.
      if (err instanceof ApiError && err.statusCode === 401) clearRefreshCookie(reply, type, this.#cookie);
      throw err;
    }
  }

  async logout(type: UserType, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = refreshCookie(request);
    if (token) await this.#refresh.revokeByToken(token, type);
    clearRefreshCookie(reply, type, this.#cookie);
  }

  async #body(user: UserDocument): Promise<SessionBody> {
    return {
      accessToken: await this.#access.issue({ id: user._id, type: user.type, name: user.name }),
      tokenType: 'Bearer',
      expiresIn: this.#access.ttlSeconds,
      user: toUser(user),
    };
  }
}
