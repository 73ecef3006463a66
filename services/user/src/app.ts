/**
 * The user service as a definition the service kit builds: its database set-up, where its token keys come
 * from, and its routes. server.ts runs it; tests build it with createService and use `inject`.
 */

import { ensureIndexes, type ServiceDefinition } from '@emporium/service-kit';
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { PasswordAccounts } from './accounts/password-accounts.ts';
import type { UserConfig } from './config.ts';
import { indexPlan } from './db/indexes.ts';
import { startSweeper } from './db/sweeper.ts';
import { RateLimiter } from './limits/rate-limiter.ts';
import { devOutboxNotifier } from './notify/dev-outbox.ts';
import { logNotifier } from './notify/log-notifier.ts';
import { OtpCodes } from './otp/otp-codes.ts';
import { OtpSignIn } from './otp/otp-sign-in.ts';
import { addressRoutes } from './routes/addresses.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { devOutboxRoutes } from './routes/dev-outbox.ts';
import { jwksRoutes } from './routes/jwks.ts';
import { meRoutes } from './routes/me.ts';
import { wishlistRoutes } from './routes/wishlist.ts';
import { userTypes } from './schemas/common.ts';
import { RefreshTokens } from './sessions/refresh-tokens.ts';
import { Sessions } from './sessions/sessions.ts';
import { AccessTokens } from './tokens/access-tokens.ts';
import { keyResolver, type SigningKeyStore } from './tokens/key-ring.ts';
import { signingKeyStore } from './tokens/key-store.ts';
import { AddressBook } from './users/addresses.ts';
import { Users } from './users/users.ts';
import { Wishlists } from './users/wishlist.ts';

declare module 'fastify' {
  interface FastifyInstance {
    signingKeys: SigningKeyStore;
  }
}

/** The key store made for the kit's token verification, or (when a test replaced that) a new one. */
function keysOf(app: FastifyInstance, config: UserConfig): SigningKeyStore {
  return app.hasDecorator('signingKeys') ? app.signingKeys : signingKeyStore(config, () => app.mongo.db);
}

export const userService: ServiceDefinition<UserConfig> = {
  name: 'user',
  version: '0.1.0',
  setupDatabase: (db) => ensureIndexes(db, indexPlan),
  // The user service verifies its own tokens from its key store, not over HTTP from its own JWKS.
  tokenKeys: (app, config) => {
    const keys = signingKeyStore(config, () => app.mongo.db);
    app.decorate('signingKeys', keys);
    return keyResolver(keys);
  },
  routes: async (app, { config }) => {
    await app.register(cookie);
    const db = app.mongo.db;
    const keys = keysOf(app, config);
    const users = new Users(db);
    const limiter = new RateLimiter(db);
    const sessions = new Sessions(
      users,
      new AccessTokens(keys, {
        ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
      }),
      new RefreshTokens(db, config.REFRESH_TOKEN_TTL_SECONDS),
      { secure: config.COOKIE_SECURE, maxAgeSeconds: config.REFRESH_TOKEN_TTL_SECONDS },
    );
    const accounts = new PasswordAccounts(users, limiter, {
      attemptsPerIdentity: config.LOGIN_ATTEMPTS_PER_IDENTITY,
      windowSeconds: config.OTP_RATE_WINDOW_SECONDS,
    });
    const otp = new OtpSignIn({
      users,
      codes: new OtpCodes(db, {
        ttlSeconds: config.OTP_TTL_SECONDS,
        maxAttempts: config.OTP_MAX_ATTEMPTS,
        resendAfterSeconds: config.OTP_RESEND_AFTER_SECONDS,
      }),
      limiter,
      notifier: config.NOTIFIER === 'dev-outbox' ? devOutboxNotifier(db) : logNotifier(app.log),
      limits: {
        ttlSeconds: config.OTP_TTL_SECONDS,
        resendAfterSeconds: config.OTP_RESEND_AFTER_SECONDS,
        windowSeconds: config.OTP_RATE_WINDOW_SECONDS,
        perIdentity: config.OTP_REQUESTS_PER_IDENTITY,
        perIp: config.OTP_REQUESTS_PER_IP,
      },
      log: app.log,
    });

    for (const type of userTypes) {
      await app.register(authRoutes, { prefix: `/${type}/auth`, type, accounts, otp, sessions });
    }
    await app.register(jwksRoutes, { keys });
    await app.register(meRoutes, { users });
    await app.register(addressRoutes, { addresses: new AddressBook(db) });
    await app.register(wishlistRoutes, { wishlists: new Wishlists(db) });
    await app.register(adminRoutes, { users, keys });
    if (config.DEV_OUTBOX_ENABLED) await app.register(devOutboxRoutes);

    let stopSweeper = () => {};
    app.addHook('onReady', async () => {
      stopSweeper = startSweeper(db, app.log);
    });
    app.addHook('onClose', async () => stopSweeper());
  },
};
