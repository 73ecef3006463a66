/** Where things are, from the registry's routes, so links never spell another MFE's path by hand. */
import { mfe } from '@emporium/registry';

const productsRoute = mfe('products').route;

export const paths = {
  products: productsRoute,
  product: (id: string) => `${productsRoute}/${encodeURIComponent(id)}`,
  /** The support MFE's new-ticket form, with the order filled in. */
  contactSupport: (orderId: string) =>
    `${mfe('support').route}/tickets/new?${new URLSearchParams({ orderId })}`,
};
