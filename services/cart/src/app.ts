/**
 * The cart service as a definition the service kit builds: carts, coupons and checkout, over its own
 * database and the product, logistics and order services. server.ts runs it; tests build it with
 * createService and use `inject`.
 */
import {
  type BaseConfig,
  createServiceClient,
  ensureIndexes,
  type ServiceDefinition,
} from '@emporium/service-kit';
import { CartStore, cartIndexes } from './carts/cart-store.ts';
import { CartView } from './carts/cart-view.ts';
import { Carts } from './carts/carts.ts';
import { Checkout } from './checkout/checkout.ts';
import { CheckoutClaims, claimIndexes } from './checkout/claims.ts';
import { CheckoutQuotes } from './checkout/quote.ts';
import { CouponStore } from './coupons/coupon-store.ts';
import { CouponRedemptions, redemptionIndexes } from './coupons/redemption.ts';
import { Logistics } from './dependencies/logistics.ts';
import { Orders } from './dependencies/order.ts';
import { ProductCatalog } from './dependencies/product.ts';
import { adminCouponRoutes } from './routes/admin-coupons.ts';
import { cartRoutes } from './routes/cart.ts';
import { cartCouponRoutes } from './routes/cart-coupon.ts';
import { checkoutRoutes } from './routes/checkout.ts';

export const cartService: ServiceDefinition<BaseConfig> = {
  name: 'cart',
  version: '0.1.0',
  setupDatabase: (db) => ensureIndexes(db, { ...cartIndexes, ...redemptionIndexes, ...claimIndexes }),
  routes: async (app) => {
    const db = app.mongo.db;
    const store = new CartStore(db);
    const coupons = new CouponStore(db, new CouponRedemptions(db));
    const catalog = new ProductCatalog(createServiceClient(app, 'product'));
    const logistics = new Logistics(createServiceClient(app, 'logistics'));
    const orders = new Orders(createServiceClient(app, 'order'));
    const view = new CartView(store, coupons, catalog);
    const carts = new Carts({ store, view, coupons, catalog, events: app.events });
    const checkout = new Checkout({
      claims: new CheckoutClaims(db),
      carts: store,
      coupons,
      catalog,
      logistics,
      orders,
      events: app.events,
    });
    const quotes = new CheckoutQuotes(store, view, logistics);

    await app.register(cartRoutes, { carts });
    await app.register(cartCouponRoutes, { carts });
    await app.register(checkoutRoutes, { checkout, quotes });
    await app.register(adminCouponRoutes, { coupons });
  },
};
