/**
 * The accounts every local run and test can rely on. The user service seeds them; other seeds refer to
 * them by id (the seller who owns the seeded catalog, the shoppers who wrote the seeded reviews); `make up`
 * prints the credentials. Development only: the passwords are public, so never seed these into production.
 */

export type DevUserType = 'customer' | 'seller' | 'admin';

export interface DevUser {
  readonly id: string;
  readonly type: DevUserType;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly password: string;
}

/** Signed in with on the pages and in the tests; printed by `make up`. */
export const devUsers = {
  customer: {
    id: '0b0e5a1c-7c1e-4f8e-9a51-3f2d6c1a0001',
    type: 'customer',
    name: 'Asha Verma',
    email: 'customer@emporium.dev',
    phone: '+919800000001',
    password: 'customer-dev-pass',
  },
  seller: {
    id: '0b0e5a1c-7c1e-4f8e-9a51-3f2d6c1a0002',
    type: 'seller',
    name: 'Kaveri Traders',
    email: 'seller@emporium.dev',
    phone: '+919800000002',
    password: 'seller-dev-pass',
  },
  admin: {
    id: '0b0e5a1c-7c1e-4f8e-9a51-3f2d6c1a0003',
    type: 'admin',
    name: 'Emporium Admin',
    email: 'admin@emporium.dev',
    phone: '+919800000003',
    password: 'admin-dev-pass',
  },
} as const satisfies Record<DevUserType, DevUser>;

/** The seller who owns the seeded catalog. */
export const catalogSellerId = devUsers.seller.id;

const shopperNames = [
  'Rohan Iyer',
  'Meera Nair',
  'Arjun Reddy',
  'Priya Sharma',
  'Vikram Singh',
  'Ananya Das',
  'Kabir Mehta',
  'Divya Menon',
  'Farhan Qureshi',
  'Lakshmi Pillai',
  'Siddharth Rao',
  'Nisha Kapoor',
] as const;

/** Shoppers who wrote the seeded reviews (one review per shopper per product). Same dev password each. */
export const seedShoppers: readonly DevUser[] = shopperNames.map((name, i) => {
  const n = String(i + 1).padStart(2, '0');
  return {
    id: `0b0e5a1c-7c1e-4f8e-9a51-3f2d6c1a01${n}`,
    type: 'customer',
    name,
    email: `shopper${n}@emporium.dev`,
    phone: `+9198000001${n}`,
    password: 'shopper-dev-pass',
  };
});
