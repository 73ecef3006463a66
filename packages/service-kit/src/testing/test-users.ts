/** Token claims of the users tests sign in as when any customer, seller or admin will do. */
import type { TestTokenClaims } from './tokens.ts';

export const testUsers = {
  asha: { id: 'cust-asha', type: 'customer', name: 'Asha' },
  ravi: { id: 'cust-ravi', type: 'customer', name: 'Ravi' },
  seller: { id: 'seller-1', type: 'seller' },
  admin: { id: 'admin-1', type: 'admin' },
} as const satisfies Record<string, TestTokenClaims>;
