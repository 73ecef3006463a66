/**
 * The signed-in customer's address book and wishlist, on the user service. Every call needs a customer
 * session (401 without one, 403 for sellers and admins); the shared client attaches and refreshes the token.
 */
import { apiPrefix } from '@emporium/registry';
import { deleteJson, getJson, patchJson, postJson, putJson } from '../client.ts';
import type { CallOptions } from '../products/client.ts';
import type { Product } from '../products/types.ts';
import type { Address, AddressInput, AddressUpdate, WishlistItem } from './types.ts';

const base = apiPrefix('user');
const productBase = apiPrefix('product');

/** The user service's rule for a PIN code: six digits, the first not 0. */
export const addressPincodePattern = /^[1-9][0-9]{5}$/;

/** How many addresses an account keeps (the user service's `maxAddresses`); one more is 409 ADDRESS_LIMIT_REACHED. */
export const maxAddresses = 20;

/** The product service answers at most this many products per batch. */
const batchSize = 100;

const address = (id: string) => `${base}/me/addresses/${encodeURIComponent(id)}`;
const wished = (productId: string) => `${base}/me/wishlist/${encodeURIComponent(productId)}`;

export interface WishlistProducts {
  /** Wishlist order (most recently added first), each with the product as the catalog has it now. */
  items: { productId: string; addedAt: string; product: Product }[];
  /** Wishlisted ids the catalog no longer has. */
  missing: string[];
}

export const accountApi = {
  /** Default address first. */
  async listAddresses(options: CallOptions = {}): Promise<Address[]> {
    const { items } = await getJson<{ items: Address[] }>(`${base}/me/addresses`, options);
    return items;
  },
  /** 409 ADDRESS_LIMIT_REACHED beyond `maxAddresses`. */
  addAddress(input: AddressInput, options: CallOptions = {}): Promise<Address> {
    return postJson<Address>(`${base}/me/addresses`, input, options);
  },
  updateAddress(id: string, update: AddressUpdate, options: CallOptions = {}): Promise<Address> {
    return patchJson<Address>(address(id), update, options);
  },
  setDefaultAddress(id: string, options: CallOptions = {}): Promise<Address> {
    return patchJson<Address>(address(id), { isDefault: true }, options);
  },
  /** Deleting the default makes the most recently updated other address the default. */
  deleteAddress(id: string, options: CallOptions = {}): Promise<void> {
    return deleteJson(address(id), options);
  },

  /** Most recently added first. */
  async listWishlist(options: CallOptions = {}): Promise<WishlistItem[]> {
    const { items } = await getJson<{ items: WishlistItem[] }>(`${base}/me/wishlist`, options);
    return items;
  },
  /** Idempotent; 409 WISHLIST_FULL at 200 products. */
  addToWishlist(productId: string, options: CallOptions = {}): Promise<WishlistItem> {
    return putJson<WishlistItem>(wished(productId), undefined, options);
  },
  /** Idempotent: removing what is not there is fine. */
  removeFromWishlist(productId: string, options: CallOptions = {}): Promise<void> {
    return deleteJson(wished(productId), options);
  },

  /**
   * The wishlist with its products: the ids from the user service, the products from the product
   * service's batch call (the wishlist keeps ids only, so prices and stock are always current).
   */
  async wishlistProducts(options: CallOptions = {}): Promise<WishlistProducts> {
    const wishlist = await accountApi.listWishlist(options);
    const found = new Map<string, Product>();
    const missing: string[] = [];
    for (let start = 0; start < wishlist.length; start += batchSize) {
      const ids = wishlist.slice(start, start + batchSize).map((item) => item.productId);
      const batch = await postJson<{ items: Product[]; missing: string[] }>(
        `${productBase}/products/batch`,
        { ids },
        options,
      );
      for (const product of batch.items) found.set(product.id, product);
      missing.push(...batch.missing);
    }
    return {
      items: wishlist.flatMap((item) => {
        const product = found.get(item.productId);
        return product ? [{ ...item, product }] : [];
      }),
      missing,
    };
  },
};
