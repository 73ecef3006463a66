/**
 * The signed-in customer's address book and wishlist (services/user/src/schemas/profile.ts), as the
 * browser sends and receives them. The profile itself (name, phone) is `userApi.me`/`updateMe`.
 */

export interface Address {
  id: string;
  name: string;
  /** E.164, for example +919812345678. */
  phone: string;
  line1: string;
  /** '' when not given. */
  line2: string;
  /** '' when not given. */
  landmark: string;
  city: string;
  state: string;
  /** Six digits, not starting with 0 (`addressPincodePattern`). */
  pincode: string;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AddressInput {
  name: string;
  phone: string;
  line1: string;
  line2?: string;
  landmark?: string;
  city: string;
  state: string;
  pincode: string;
  /** The first address is the default whatever this says. */
  isDefault?: boolean;
}

/** Any of the fields; `isDefault: true` makes it the default (there is no "un-default": pick another). */
export type AddressUpdate = Partial<Omit<AddressInput, 'isDefault'>> & { isDefault?: true };

export interface WishlistItem {
  productId: string;
  addedAt: string;
}
