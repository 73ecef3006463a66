/**
 * Who is calling: the signed-in user a verified access token names. Types and claim checks only; the
 * verification itself is in authentication.ts.
 */
import type { JWTPayload } from 'jose';

export const userTypes = ['customer', 'seller', 'admin'] as const;
export type UserType = (typeof userTypes)[number];

export interface AuthUser {
  readonly id: string;
  readonly type: UserType;
  readonly name: string;
}

export function isUserType(value: unknown): value is UserType {
  return typeof value === 'string' && (userTypes as readonly string[]).includes(value);
}

/** The user a verified token's claims name, or undefined when a required claim is missing or wrong. */
export function userFromClaims(claims: JWTPayload): AuthUser | undefined {
  const { sub, userType, name } = claims as JWTPayload & { userType?: unknown; name?: unknown };
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128) return undefined;
  if (!isUserType(userType)) return undefined;
  return { id: sub, type: userType, name: typeof name === 'string' ? name : '' };
}
