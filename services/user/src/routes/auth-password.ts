import { ErrorResponse } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { PasswordAccounts } from '../accounts/password-accounts.ts';
import { LoginRequest, Session, SignupRequest } from '../schemas/auth.ts';
import type { Sessions } from '../sessions/sessions.ts';
import type { UserType } from '../users/documents.ts';

export interface PasswordRouteOptions {
  type: UserType;
  accounts: PasswordAccounts;
  sessions: Sessions;
}

export const passwordRoutes: FastifyPluginAsyncTypebox<PasswordRouteOptions> = async (
  app,
  { type, accounts, sessions },
) => {
  app.post(
    '/signup',
    {
      schema: {
        tags: ['auth'],
        summary: `Create a ${type} account and sign in`,
        description:
          'Answers like a sign-in: the access token in the body, the refresh token in an httpOnly cookie ' +
          'scoped to this auth path. Admin accounts cannot sign up (403 SIGNUP_NOT_ALLOWED).',
        body: SignupRequest,
        response: {
          201: Session,
          400: ErrorResponse,
          403: ErrorResponse,
          409: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const user = await accounts.signup(type, request.body);
      app.events.emit({ type: 'user.signed_up', subject: user._id, userId: user._id, data: { type } });
      return reply.code(201).send(await sessions.signIn(user, reply));
    },
  );

  app.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        summary: `Sign in as a ${type} with email and password`,
        body: LoginRequest,
        response: {
          200: Session,
          400: ErrorResponse,
          401: ErrorResponse,
          429: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const user = await accounts.login(type, request.body.email, request.body.password);
      return sessions.signIn(user, reply);
    },
  );
};
