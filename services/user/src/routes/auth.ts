import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type OtpRouteOptions, otpRoutes } from './auth-otp.ts';
import { type PasswordRouteOptions, passwordRoutes } from './auth-password.ts';
import { sessionRoutes } from './auth-session.ts';

export type AuthRouteOptions = PasswordRouteOptions & OtpRouteOptions;

/**
 * The sign-in routes of one user type, under /<type>/auth: each type has its own endpoints and its own
 * cookie path, so a customer's and a seller's sessions never mix.
 */
export const authRoutes: FastifyPluginAsyncTypebox<AuthRouteOptions> = async (
  app,
  { type, accounts, otp, sessions },
) => {
  await app.register(passwordRoutes, { type, accounts, sessions });
  await app.register(otpRoutes, { type, otp, sessions });
  await app.register(sessionRoutes, { type, sessions });
};
