/**
 * The activity service as a definition the service kit builds: analytics events from browsers, business
 * events from services (the audit log), and per-domain counts for admins.
 */
import type { BaseConfig, ServiceDefinition } from '@emporium/service-kit';
import { AuditLog } from './events/audit-log.ts';
import { BrowserEvents } from './events/browser-events.ts';
import { Counters } from './events/counters.ts';
import { setupActivityDatabase } from './indexes.ts';
import { adminRoutes } from './routes/admin.ts';
import { eventRoutes } from './routes/events.ts';

export const activityService: ServiceDefinition<BaseConfig> = {
  name: 'activity',
  version: '0.1.0',
  setupDatabase: setupActivityDatabase,
  routes: async (app) => {
    const counters = new Counters(app.mongo.db);
    const browser = new BrowserEvents(app.mongo.db, counters);
    const audit = new AuditLog(app.mongo.db, counters);
    await app.register(eventRoutes, { browser, audit });
    await app.register(adminRoutes, { counters, audit });
  },
};
