/** Where things are, from the registry's routes, so links never spell another MFE's path by hand. */
import { mfe } from '@emporium/registry';
import { loginPath } from '@emporium/ui';

const cartRoute = mfe('cart').route;
const productsRoute = mfe('products').route;

export const paths = {
  bag: cartRoute,
  checkout: `${cartRoute}/checkout`,
  products: productsRoute,
  product: (id: string) => `${productsRoute}/${encodeURIComponent(id)}`,
  order: (id: string) => `${mfe('orders').route}/${encodeURIComponent(id)}`,
  /** Sign in, then come back to `returnTo`. */
  login: loginPath,
};
