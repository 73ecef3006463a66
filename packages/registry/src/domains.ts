/**
 * The domain registry: every backend service and every micro frontend of the platform, declared once.
 * Gateway routes, CORS origins, database names, the host's remote map, Helm values and Ingress paths are
 * derived from this file (see derive.ts); adding a domain is one entry here plus its folders.
 */

export interface ServiceDomain {
  /** Domain name; the folder is services/<name> and the API prefix /<name>-service/api/v1. */
  readonly name: string;
  /** Port the service listens on, locally and in its container. */
  readonly port: number;
  /** What the service owns, for humans (README, OpenAPI description). */
  readonly owns: string;
  /** The services it calls over HTTP with its service key (docs/services.md says why). */
  readonly calls: readonly string[];
}

export interface MfeDomain {
  /** Domain name; the folder is mfes/<name>. */
  readonly name: string;
  /** Where the host mounts this micro frontend ('/' for the host itself). */
  readonly route: string;
  /** Port of its standalone dev server. */
  readonly devPort: number;
  /** The backend services it calls. */
  readonly calls: readonly ServiceName[];
  /** What the micro frontend owns, for humans. */
  readonly owns: string;
}

export const services = [
  { name: 'user', port: 8000, owns: 'accounts, sessions, addresses, wishlist', calls: ['activity'] },
  { name: 'product', port: 8010, owns: 'catalog, categories, search, stock', calls: [] },
  {
    name: 'cart',
    port: 8020,
    owns: 'cart, coupons, checkout',
    calls: ['product', 'logistics', 'order', 'activity'],
  },
  { name: 'order', port: 8030, owns: 'orders, tracking', calls: ['product', 'logistics', 'activity'] },
  {
    name: 'logistics',
    port: 8040,
    owns: 'pincode serviceability, shipping quotes, shipments',
    calls: ['order'],
  },
  { name: 'content', port: 8050, owns: 'CMS pages, banners, FAQs, media metadata', calls: [] },
  { name: 'reviews', port: 8060, owns: 'ratings and reviews', calls: ['order', 'product', 'activity'] },
  { name: 'activity', port: 8070, owns: 'analytics events, audit logs', calls: [] },
  { name: 'support', port: 8080, owns: 'help center, tickets', calls: ['content', 'activity'] },
] as const satisfies readonly ServiceDomain[];

export type ServiceName = (typeof services)[number]['name'];

export const mfes = [
  {
    name: 'host',
    route: '/',
    devPort: 3000,
    calls: ['user', 'cart', 'activity'],
    owns: 'shell, layout, routing, remote loading, fallbacks',
  },
  {
    name: 'products',
    route: '/products',
    devPort: 3001,
    calls: ['product', 'reviews', 'cart', 'user', 'activity'],
    owns: 'listing, search, categories, product page',
  },
  {
    name: 'content',
    route: '/pages',
    devPort: 3002,
    calls: ['content', 'product', 'activity'],
    owns: 'home page, banners, CMS pages, FAQs',
  },
  {
    name: 'cart',
    route: '/cart',
    devPort: 3003,
    calls: ['cart', 'logistics', 'user', 'activity'],
    owns: 'bag, coupons, pincode check, checkout',
  },
  {
    name: 'orders',
    route: '/orders',
    devPort: 3004,
    calls: ['order', 'logistics'],
    owns: 'history, detail, tracking',
  },
  {
    name: 'account',
    route: '/account',
    devPort: 3005,
    calls: ['user', 'product', 'cart'],
    owns: 'profile, addresses, wishlist',
  },
  {
    name: 'auth',
    route: '/auth',
    devPort: 3006,
    calls: ['user'],
    owns: 'login (password, OTP), signup, logout',
  },
  {
    name: 'support',
    route: '/support',
    devPort: 3007,
    calls: ['support', 'activity'],
    owns: 'help center, tickets',
  },
] as const satisfies readonly MfeDomain[];

export type MfeName = (typeof mfes)[number]['name'];
/** Every micro frontend except the host: the remotes the host loads at runtime. */
export type RemoteName = Exclude<MfeName, 'host'>;

/** The local gateway of `make up`: one origin for the MFEs and every service, like the Ingress later. */
export const localGateway = { port: 8100 } as const;
