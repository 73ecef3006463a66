/**
 * The order service as a definition the service kit builds: orders placed by the cart service, read and
 * cancelled by their customer, listed by admins, moved along by logistics tracking events; and the
 * fulfilment work (shipment booking, stock release) that outlives outages of those services.
 */
import { createServiceClient, type ServiceDefinition } from '@emporium/service-kit';
import type { OrderConfig } from './config.ts';
import { Fulfilment } from './fulfilment/fulfilment.ts';
import { setupDatabase } from './indexes.ts';
import { OrderBook } from './orders/order-book.ts';
import { adminOrderRoutes } from './routes/admin-orders.ts';
import { customerOrderRoutes } from './routes/customer-orders.ts';
import { internalOrderRoutes } from './routes/internal-orders.ts';

export const orderService: ServiceDefinition<OrderConfig> = {
  name: 'order',
  version: '0.1.0',
  setupDatabase,
  routes: async (app, { config }) => {
    const book = new OrderBook(app.mongo.db);
    const fulfilment = new Fulfilment({
      book,
      logistics: createServiceClient(app, 'logistics'),
      product: createServiceClient(app, 'product'),
      log: app.log,
      timeoutMs: config.FULFILMENT_CALL_TIMEOUT_MS,
      retryBaseMs: config.FULFILMENT_RETRY_BASE_MS,
    });
    app.addHook('onReady', async () => fulfilment.start(config.FULFILMENT_SWEEP_MS));
    app.addHook('onClose', () => fulfilment.stop());

    await app.register(customerOrderRoutes, { book, fulfilment });
    await app.register(adminOrderRoutes, { book });
    await app.register(internalOrderRoutes, { book, fulfilment });
  },
};
