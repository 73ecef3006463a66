/**
 * Field types shared by the user service's requests and responses. Every string is bounded; emails are
 * compared lower-cased, phones are E.164 (+ and country code, no spaces).
 */
import { type Static, Type } from 'typebox';

export const userTypes = ['customer', 'seller', 'admin'] as const;

export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
export const Phone = Type.String({
  pattern: '^\\+[1-9][0-9]{7,14}$',
  description: 'E.164, for example +919812345678',
});
export const PersonName = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
export const Password = Type.String({ minLength: 8, maxLength: 128 });

export const UserType = Type.Union([Type.Literal('customer'), Type.Literal('seller'), Type.Literal('admin')]);

export const User = Type.Object({
  id: Type.String(),
  type: UserType,
  name: Type.String(),
  email: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
});

export type UserBody = Static<typeof User>;
