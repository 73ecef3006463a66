/**
 * The logistics service as a definition the service kit builds: pincode look-ups and quotes (public),
 * shipments (created by the order service, tracked by carrier events, read by their customer), and the
 * feed that passes tracking events on to the order service.
 */
import { createServiceClient, type ServiceDefinition } from '@emporium/service-kit';
import type { LogisticsConfig } from './config.ts';
import { setupDatabase } from './indexes.ts';
import { PincodeDirectory } from './pincodes/directory.ts';
import { internalShipmentRoutes } from './routes/internal-shipments.ts';
import { pincodeRoutes } from './routes/pincodes.ts';
import { shipmentRoutes } from './routes/shipments.ts';
import { OrderFeed } from './shipments/order-feed.ts';
import { Shipments } from './shipments/shipments.ts';

export const logisticsService: ServiceDefinition<LogisticsConfig> = {
  name: 'logistics',
  version: '0.1.0',
  setupDatabase,
  routes: async (app, { config }) => {
    const directory = new PincodeDirectory(app.mongo.db);
    const shipments = new Shipments(app.mongo.db, directory);
    const feed = new OrderFeed({
      shipments,
      order: createServiceClient(app, 'order'),
      log: app.log,
      timeoutMs: config.SERVICE_CALL_TIMEOUT_MS,
    });
    app.addHook('onReady', async () => feed.start(config.ORDER_FEED_SWEEP_MS));
    app.addHook('onClose', () => feed.stop());

    await app.register(pincodeRoutes, { directory });
    await app.register(shipmentRoutes, { shipments, feed });
    await app.register(internalShipmentRoutes, { shipments });
  },
};
