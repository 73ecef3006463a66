import { currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RotatedKey, UserList, UserListQuery } from '../schemas/admin.ts';
import type { SigningKeyStore } from '../tokens/key-ring.ts';
import type { Users } from '../users/users.ts';

const security = [{ bearer: [] }];
const errors = { 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

export const adminRoutes: FastifyPluginAsyncTypebox<{ users: Users; keys: SigningKeyStore }> = async (
  app,
  { users, keys },
) => {
  const admin = requireUser('admin');

  app.get(
    '/admin/users',
    {
      preHandler: admin,
      schema: {
        tags: ['admin'],
        summary: 'Accounts, newest first, optionally of one user type',
        description: 'Pages are keyset-based: pass `nextCursor` as `cursor` with the same type filter.',
        security,
        querystring: UserListQuery,
        response: { 200: UserList, 400: ErrorResponse, ...errors },
      },
    },
    async (request) => users.list({ ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.post(
    '/admin/signing-keys/rotate',
    {
      preHandler: admin,
      schema: {
        tags: ['admin'],
        summary: 'Start signing access tokens with a new key',
        description:
          'The previous keys stay in the JWKS (and keep verifying) for an access token lifetime plus a margin, ' +
          'so tokens already issued stay valid. 409 SIGNING_KEYS_MANAGED_EXTERNALLY when the keys come from ' +
          'JWT_SIGNING_KEYS.',
        security,
        response: { 200: RotatedKey, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const ring = await keys.rotate();
      app.events.emit({
        type: 'signing_key.rotated',
        subject: ring.active.kid,
        userId: currentUser(request).id,
      });
      request.log.info({ kid: ring.active.kid }, 'signing key rotated');
      return { kid: ring.active.kid, publishedKids: ring.verifying.map((k) => k.kid) };
    },
  );
};
