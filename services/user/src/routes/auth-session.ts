import { ErrorResponse } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Session } from '../schemas/auth.ts';
import { refreshCookieName } from '../sessions/cookie.ts';
import type { Sessions } from '../sessions/sessions.ts';
import type { UserType } from '../users/documents.ts';

export interface SessionRouteOptions {
  type: UserType;
  sessions: Sessions;
}

export const sessionRoutes: FastifyPluginAsyncTypebox<SessionRouteOptions> = async (
  app,
  { type, sessions },
) => {
  app.post(
    '/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: `A new ${type} access token for the refresh-token cookie`,
        description:
          `Reads the \`${refreshCookieName}\` cookie, uses it up and sets the next one. A refresh token works ` +
          'once: presenting a used one signs out its whole session family (401 REFRESH_TOKEN_REUSED). No body.',
        response: { 200: Session, 401: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) => sessions.refresh(type, request, reply),
  );

  app.post(
    '/logout',
    {
      schema: {
        tags: ['auth'],
        summary: `Sign a ${type} out: revoke the session of the refresh-token cookie and clear it`,
        description:
          'Idempotent: without a cookie, or with an already revoked one, it still answers 204. No body.',
        response: { 204: Type.Null({ description: 'Signed out' }), 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      await sessions.logout(type, request, reply);
      return reply.code(204).send(null);
    },
  );
};
