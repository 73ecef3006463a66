/**
 * The product service as a definition the service kit builds: its routes, its database set-up.
 * server.ts runs it; tests build it with createService and use `inject`.
 */
import type { BaseConfig, ServiceDefinition } from '@emporium/service-kit';
import { DocumentLocks } from '@emporium/service-kit';
import { Catalog } from './catalog/catalog.ts';
import { ensureProductIndexes } from './catalog/indexes.ts';
import { SellerCatalog } from './catalog/seller-catalog.ts';
import { categoryRoutes } from './routes/categories.ts';
import { internalRoutes } from './routes/internal.ts';
import { productRoutes } from './routes/products.ts';
import { sellerProductRoutes } from './routes/seller-products.ts';
import { Reservations } from './stock/reservations.ts';

export const productService: ServiceDefinition<BaseConfig> = {
  name: 'product',
  version: '0.1.0',
  setupDatabase: ensureProductIndexes,
  routes: async (app) => {
    const catalog = new Catalog(app.mongo.db);
    const locks = new DocumentLocks(app.mongo.db);
    const sellers = new SellerCatalog(catalog, locks);
    await app.register(productRoutes, { catalog });
    await app.register(categoryRoutes, { catalog });
    await app.register(sellerProductRoutes, { sellers });
    await app.register(internalRoutes, { reservations: new Reservations(app.mongo.db, locks), sellers });
  },
};
