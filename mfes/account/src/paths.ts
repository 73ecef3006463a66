/** Where things are, so links never spell paths by hand. */
import { mfe } from '@emporium/registry';
import { loginPath } from '@emporium/ui';

export const accountRoute = mfe('account').route;

export const paths = {
  profile: accountRoute,
  addresses: `${accountRoute}/addresses`,
  wishlist: `${accountRoute}/wishlist`,
  orders: mfe('orders').route,
  bag: mfe('cart').route,
  products: mfe('products').route,
  product: (id: string) => `${mfe('products').route}/${encodeURIComponent(id)}`,
  logout: `${mfe('auth').route}/logout`,
  login: loginPath,
};
