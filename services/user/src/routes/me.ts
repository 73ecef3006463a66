import { currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { User } from '../schemas/common.ts';
import { ProfileUpdate } from '../schemas/profile.ts';
import { toUser } from '../users/documents.ts';
import type { Users } from '../users/users.ts';

const security = [{ bearer: [] }];
const errors = { 401: ErrorResponse, 404: ErrorResponse, 503: ErrorResponse };

export const meRoutes: FastifyPluginAsyncTypebox<{ users: Users }> = async (app, { users }) => {
  app.get(
    '/me',
    {
      preHandler: requireUser(),
      schema: {
        tags: ['profile'],
        summary: 'The signed-in user',
        security,
        response: { 200: User, ...errors },
      },
    },
    async (request) => toUser(await users.get(currentUser(request).id)),
  );

  app.patch(
    '/me',
    {
      preHandler: requireUser(),
      schema: {
        tags: ['profile'],
        summary: 'Change the name or phone of the signed-in user (phone null removes it)',
        description: 'The name in access tokens changes with the next refresh.',
        security,
        body: ProfileUpdate,
        response: { 200: User, 400: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const { name, phone } = request.body;
      return toUser(await users.updateProfile(currentUser(request).id, { name: name?.trim(), phone }));
    },
  );
};
