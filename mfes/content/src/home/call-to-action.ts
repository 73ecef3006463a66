import { mfe } from '@emporium/registry';

const shopping = [mfe('products').route, mfe('cart').route];

/** The words on a banner's button: shopping links say so; anything else (a policy page) invites reading. */
export function callToAction(link: string): string {
  const path = link.split(/[?#]/, 1)[0] ?? link;
  return shopping.some((route) => path === route || path.startsWith(`${route}/`)) ? 'Shop now' : 'Learn more';
}
