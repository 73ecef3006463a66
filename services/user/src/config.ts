import { serviceConfigSchema } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';

const seconds = (defaultValue: number, minimum: number, maximum: number, description: string) =>
  Type.Integer({ minimum, maximum, default: defaultValue, description });

/** The user service's own settings on top of those every service has. */
export const userConfigSchema = serviceConfigSchema('user', {
  JWT_SIGNING_KEYS: Type.Optional(
    Type.String({
      minLength: 2,
      description:
        'JSON array of private Ed25519 keys, JWKs or PKCS#8 PEM (from a Kubernetes Secret); the first signs, the others only verify. ' +
        'Unset: a key is generated once and kept in the service database, and can be rotated by an admin.',
    }),
  ),
  ACCESS_TOKEN_TTL_SECONDS: seconds(900, 1, 86_400, 'Lifetime of an access token'),
  REFRESH_TOKEN_TTL_SECONDS: seconds(30 * 86_400, 1, 365 * 86_400, 'Lifetime of a refresh token'),
  COOKIE_SECURE: Type.Boolean({
    default: true,
    description: 'Mark the refresh-token cookie Secure (HTTPS only); false only for plain-HTTP local runs',
  }),
  OTP_TTL_SECONDS: seconds(300, 1, 3600, 'How long a one-time code stays valid'),
  OTP_MAX_ATTEMPTS: Type.Integer({
    minimum: 1,
    maximum: 20,
    default: 5,
    description: 'Wrong codes before a code dies',
  }),
  OTP_RESEND_AFTER_SECONDS: seconds(30, 0, 3600, 'Minimum time between two codes for the same identity'),
  OTP_RATE_WINDOW_SECONDS: seconds(600, 1, 86_400, 'Window of the code-request rate limits'),
  OTP_REQUESTS_PER_IDENTITY: Type.Integer({
    minimum: 1,
    maximum: 1000,
    default: 3,
    description: 'Code requests per email or phone per window',
  }),
  OTP_REQUESTS_PER_IP: Type.Integer({
    minimum: 1,
    maximum: 100_000,
    default: 20,
    description: 'Code requests per client IP per window',
  }),
  LOGIN_ATTEMPTS_PER_IDENTITY: Type.Integer({
    minimum: 1,
    maximum: 10_000,
    default: 10,
    description: 'Password sign-in attempts per email per window (OTP_RATE_WINDOW_SECONDS)',
  }),
  NOTIFIER: Type.Union([Type.Literal('log'), Type.Literal('dev-outbox')], {
    default: 'log',
    description: 'How one-time codes are delivered: logged (without the code) or stored in the dev outbox',
  }),
  DEV_OUTBOX_ENABLED: Type.Boolean({
    default: false,
    description: 'Serve GET /dev/outbox (local run and tests only: it reveals one-time codes)',
  }),
});

export type UserConfig = Static<typeof userConfigSchema>;
