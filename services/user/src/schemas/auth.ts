/** Sign-up, sign-in, one-time codes and sessions. */
import { Type } from 'typebox';
import { Email, Password, PersonName, Phone, User } from './common.ts';

export const SignupRequest = Type.Object(
  { name: PersonName, email: Email, password: Password, phone: Type.Optional(Phone) },
  { additionalProperties: false },
);

export const LoginRequest = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);

const byEmail = { email: Email };
const byPhone = { phone: Phone };

export const OtpRequest = Type.Union(
  [
    Type.Object(byEmail, { additionalProperties: false }),
    Type.Object(byPhone, { additionalProperties: false }),
  ],
  { description: 'Either an email or a phone number' },
);

const Code = Type.String({ pattern: '^[0-9]{6}$', description: 'The six-digit code that was sent' });

export const OtpVerifyRequest = Type.Union([
  Type.Object({ ...byEmail, code: Code }, { additionalProperties: false }),
  Type.Object({ ...byPhone, code: Code }, { additionalProperties: false }),
]);

export const OtpRequested = Type.Object({
  expiresInSeconds: Type.Integer({ description: 'How long the code stays valid' }),
  resendAfterSeconds: Type.Integer({ description: 'When a new code may be requested' }),
});

export const Session = Type.Object({
  accessToken: Type.String(),
  tokenType: Type.Literal('Bearer'),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
  user: User,
});
