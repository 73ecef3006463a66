/** How the shell names each remote to a shopper ("Loading your bag…"), instead of its domain name. */
import type { RemoteName } from '@emporium/registry';

export const remoteLabels: Record<RemoteName, string> = {
  products: 'products',
  content: 'this page',
  cart: 'your bag',
  orders: 'your orders',
  account: 'your account',
  auth: 'sign-in',
  support: 'help and support',
};
