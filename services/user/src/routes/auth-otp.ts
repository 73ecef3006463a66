import { ErrorResponse } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { otpIdentity } from '../otp/identity.ts';
import type { OtpSignIn } from '../otp/otp-sign-in.ts';
import { OtpRequest, OtpRequested, OtpVerifyRequest, Session } from '../schemas/auth.ts';
import type { Sessions } from '../sessions/sessions.ts';
import type { UserType } from '../users/documents.ts';

export interface OtpRouteOptions {
  type: UserType;
  otp: OtpSignIn;
  sessions: Sessions;
}

export const otpRoutes: FastifyPluginAsyncTypebox<OtpRouteOptions> = async (app, { type, otp, sessions }) => {
  app.post(
    '/otp/request',
    {
      schema: {
        tags: ['auth'],
        summary: `Send a ${type} a one-time sign-in code by email or SMS`,
        description:
          'Always 202 when accepted, whether or not an account exists, so it reveals nothing about who has ' +
          'an account. Rate-limited per email or phone and per client address (429 with Retry-After).',
        body: OtpRequest,
        response: { 202: OtpRequested, 400: ErrorResponse, 429: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await otp.request(otpIdentity(type, request.body), request.ip)),
  );

  app.post(
    '/otp/verify',
    {
      schema: {
        tags: ['auth'],
        summary: `Sign in as a ${type} with a one-time code`,
        description:
          'A code works once, until it expires (401 OTP_EXPIRED); a wrong code is 401 OTP_INVALID, and after ' +
          'too many wrong codes the code is dead (429 OTP_ATTEMPTS_EXCEEDED): ask for a new one.',
        body: OtpVerifyRequest,
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
      const user = await otp.verify(otpIdentity(type, request.body), request.body.code);
      return sessions.signIn(user, reply);
    },
  );
};
