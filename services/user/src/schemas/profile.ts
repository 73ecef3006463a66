/** The signed-in user's profile, addresses and wishlist. */
import { pincodePattern } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
import { PersonName, Phone } from './common.ts';

export const ProfileUpdate = Type.Object(
  { name: Type.Optional(PersonName), phone: Type.Optional(Type.Union([Phone, Type.Null()])) },
  { additionalProperties: false, minProperties: 1 },
);

export const maxAddresses = 20;
export { pincodePattern };

const Line = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

const addressFields = {
  name: PersonName,
  phone: Phone,
  line1: Line(200),
  line2: Type.Optional(Type.String({ maxLength: 200 })),
  landmark: Type.Optional(Type.String({ maxLength: 200 })),
  city: Line(100),
  state: Line(100),
  pincode: Type.String({ pattern: pincodePattern, description: 'Six-digit Indian PIN code' }),
};

export const AddressInput = Type.Object(
  { ...addressFields, isDefault: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const AddressUpdate = Type.Object(
  {
    name: Type.Optional(addressFields.name),
    phone: Type.Optional(addressFields.phone),
    line1: Type.Optional(addressFields.line1),
    line2: Type.Optional(Type.String({ maxLength: 200 })),
    landmark: Type.Optional(Type.String({ maxLength: 200 })),
    city: Type.Optional(addressFields.city),
    state: Type.Optional(addressFields.state),
    pincode: Type.Optional(addressFields.pincode),
    isDefault: Type.Optional(Type.Literal(true, { description: 'Make this the default address' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Address = Type.Object({
  id: Type.String(),
  name: Type.String(),
  phone: Type.String(),
  line1: Type.String(),
  line2: Type.String(),
  landmark: Type.String(),
  city: Type.String(),
  state: Type.String(),
  pincode: Type.String(),
  isDefault: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const AddressList = Type.Object({ items: Type.Array(Address) });

export const AddressParams = Type.Object(
  { addressId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const maxWishlist = 200;

export const ProductParams = Type.Object(
  { productId: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', minLength: 1, maxLength: 80 }) },
  { additionalProperties: false },
);

export const WishlistItem = Type.Object({
  productId: Type.String(),
  addedAt: Type.String({ format: 'date-time' }),
});

export const Wishlist = Type.Object({ items: Type.Array(WishlistItem) });

export type AddressInput = Static<typeof AddressInput>;
export type AddressUpdate = Static<typeof AddressUpdate>;
export type AddressBody = Static<typeof Address>;
export type ProfileUpdate = Static<typeof ProfileUpdate>;
