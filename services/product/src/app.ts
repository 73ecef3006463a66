/**
 * The product service as a definition the service kit builds: its routes, its database set-up.
 * server.ts runs it; tests build it with createService and use `inject`.
 */
import type { BaseConfig, ServiceDefinition } from '@emporium/service-kit';
import { Catalog } from './catalog/catalog.ts';
import { ensureIndexes } from './catalog/indexes.ts';
import { categoryRoutes } from './routes/categories.ts';
import { productRoutes } from './routes/products.ts';

export const productService: ServiceDefinition<BaseConfig> = {
  name: 'product',
  version: '0.1.0',
  setupDatabase: ensureIndexes,
  routes: async (app) => {
    const catalog = new Catalog(app.mongo.db);
    await app.register(productRoutes, { catalog });
    await app.register(categoryRoutes, { catalog });
  },
};
