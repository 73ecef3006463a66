/**
 * Who a one-time code is for: an email or a phone of one user type. The same address of another user type
 * is a different identity (a customer's code does not sign anyone in as a seller).
 */
import type { UserType } from '../users/documents.ts';

export interface OtpIdentity {
  type: UserType;
  channel: 'email' | 'sms';
  /** The lower-cased email or the E.164 phone. */
  address: string;
}

export function otpIdentity(type: UserType, input: { email?: string; phone?: string }): OtpIdentity {
  return input.email !== undefined
    ? { type, channel: 'email', address: normaliseEmail(input.email) }
    : { type, channel: 'sms', address: input.phone ?? '' };
}

export function identityKey(identity: OtpIdentity): string {
  return `${identity.type}:${identity.channel}:${identity.address}`;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
