/**
 * The support service as a definition the service kit builds: customer tickets with an admin side, and
 * the help center, which searches the content service's FAQs.
 */
import { type BaseConfig, createServiceClient, type ServiceDefinition } from '@emporium/service-kit';
import { HelpCenter } from './help/help-center.ts';
import { setupSupportDatabase } from './indexes.ts';
import { adminTicketRoutes } from './routes/admin-tickets.ts';
import { helpRoutes } from './routes/help.ts';
import { ticketRoutes } from './routes/tickets.ts';
import { Tickets } from './tickets/tickets.ts';

export const supportService: ServiceDefinition<BaseConfig> = {
  name: 'support',
  version: '0.1.0',
  setupDatabase: setupSupportDatabase,
  routes: async (app) => {
    const tickets = new Tickets(app.mongo.db);
    await app.register(ticketRoutes, { tickets });
    await app.register(adminTicketRoutes, { tickets });
    await app.register(helpRoutes, { help: new HelpCenter(createServiceClient(app, 'content')) });
  },
};
