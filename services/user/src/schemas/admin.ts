/** Admin routes: the user list and signing-key rotation. */
import { Type } from 'typebox';
import { UserType } from './common.ts';

export const UserListQuery = Type.Object(
  {
    type: Type.Optional(UserType),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    cursor: Type.Optional(
      Type.String({ minLength: 1, maxLength: 256, description: 'nextCursor of the previous page' }),
    ),
  },
  { additionalProperties: false },
);

export const AdminUser = Type.Object({
  id: Type.String(),
  type: UserType,
  name: Type.String(),
  email: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

export const UserList = Type.Object({
  items: Type.Array(AdminUser),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const RotatedKey = Type.Object({
  kid: Type.String({ description: 'The new signing key' }),
  publishedKids: Type.Array(Type.String(), { description: 'Every key in the JWKS now, newest first' }),
});
