/** The user service's auth and profile shapes (services/user/src/schemas), as the browser sends and receives them. */
export type { SessionUser as User, UserType } from '@emporium/store';
export type { AuthSession } from '../auth/session.ts';

export interface SignupInput {
  name: string;
  email: string;
  /** 8 to 128 characters. */
  password: string;
  /** E.164, for example +919812345678. */
  phone?: string;
}

export interface LoginInput {
  email: string;
  password: string;
}

/** Where the one-time code goes: an email address or an E.164 phone number. */
export type OtpTarget = { email: string } | { phone: string };

export type OtpVerifyInput = OtpTarget & { /** Six digits. */ code: string };

export interface OtpRequested {
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

/** Name and/or phone; `phone: null` removes it. */
export interface ProfileUpdate {
  name?: string;
  phone?: string | null;
}
