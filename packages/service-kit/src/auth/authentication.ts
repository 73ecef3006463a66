/**
 * Access-token verification in every service. A request with `Authorization: Bearer <jwt>` is verified
 * locally against the user service's JWKS (cached; an unknown `kid` refetches the set, so rotation needs
 * no restart) and `request.auth` names the user. A token that does not verify is a 401 even on routes that
 * also serve guests: the client must refresh, not silently continue as a guest.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { ApiError } from '../errors.ts';
import { type AuthUser, type UserType, userFromClaims } from './user.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthUser | undefined;
  }
}

export interface AuthenticationOptions {
  /** Where verification keys come from: the remote JWKS by default, a local key set in the user service and tests. */
  keys?: JWTVerifyGetKey;
  jwksUrl: string;
  issuer: string;
  audience: string;
}

// EdDSA is what the user service signs with; ES256 is accepted so an operator can switch key type.
const algorithms = ['EdDSA', 'ES256'];

const invalid = (message: string) =>
  new ApiError(401, 'INVALID_TOKEN', message, { headers: wwwAuthenticate('invalid_token', message) });

function wwwAuthenticate(error: string, description: string): Record<string, string> {
  return {
    'www-authenticate': `Bearer error="${error}", error_description="${description.replace(/"/g, "'")}"`,
  };
}

export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), {
    timeoutDuration: 2000,
    // A token with an unknown kid refetches the set at most once a second: rotation is seen at once, and
    // a flood of made-up kids cannot turn into a flood of fetches.
    cooldownDuration: 1000,
    cacheMaxAge: 10 * 60_000,
  });
}

async function verify(
  token: string,
  keys: JWTVerifyGetKey,
  options: AuthenticationOptions,
): Promise<AuthUser> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    const user = userFromClaims(payload);
    if (!user) throw invalid('The access token does not name a user and user type');
    return user;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (err instanceof errors.JWTExpired) {
      throw new ApiError(401, 'TOKEN_EXPIRED', 'The access token has expired; refresh it', {
        headers: wwwAuthenticate('invalid_token', 'The access token has expired'),
      });
    }
    if (err instanceof errors.JWKSTimeout || (err instanceof TypeError && /fetch/i.test(err.message))) {
      throw new ApiError(
        503,
        'DEPENDENCY_UNAVAILABLE',
        'Signing keys cannot be fetched from the user service',
        {
          details: [{ in: 'dependency', path: '/user', message: 'JWKS unreachable' }],
          headers: { 'retry-after': '5' },
        },
      );
    }
    if (err instanceof errors.JOSEError) throw invalid('The access token is not valid');
    throw err;
  }
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header);
  if (!match?.[1] || match[1].length > 4096) throw invalid('Authorization must be "Bearer <access token>"');
  return match[1];
}

export const authentication = fp(
  async (app: FastifyInstance, options: AuthenticationOptions) => {
    const keys = options.keys ?? remoteKeys(options.jwksUrl);
    app.decorateRequest('auth', undefined);
    // Without a token (guests, health probes, most catalog reads) the hook is done at once; only a token
    // to verify waits. A throw or a rejection becomes the error reply.
    app.addHook('onRequest', (request, _reply, done) => {
      const token = bearerToken(request);
      if (token === undefined) {
        request.auth = undefined;
        done();
        return;
      }
      verify(token, keys, options).then((user) => {
        request.auth = user;
        done();
      }, done);
    });
  },
  { name: 'emporium-authentication', dependencies: ['emporium-request-context'] },
);

/**
 * Route guard: `{ preHandler: requireUser() }` for any signed-in user, `requireUser('seller', 'admin')`
 * for some user types. 401 without a user, 403 for another type.
 */
export function requireUser(...types: UserType[]) {
  return async (request: FastifyRequest) => {
    if (!request.auth) {
      throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in to do this', {
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    if (types.length > 0 && !types.includes(request.auth.type)) {
      throw new ApiError(403, 'FORBIDDEN', `Only ${types.join(' or ')} accounts can do this`);
    }
  };
}

/** The signed-in user of a route guarded by requireUser (throws if the guard is missing). */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.auth) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in to do this');
  return request.auth;
}
