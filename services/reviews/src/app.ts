/**
 * The reviews service as a definition the service kit builds: its routes, its database set-up.
 * server.ts runs it; tests build it with createService and use `inject`.
 */
import type { BaseConfig, ServiceDefinition } from '@emporium/service-kit';
import { DocumentLocks } from '@emporium/service-kit';
import { Neighbours } from './neighbours.ts';
import { ensureReviewIndexes } from './reviews/indexes.ts';
import { Reviews } from './reviews/reviews.ts';
import { Summaries } from './reviews/summaries.ts';
import { reviewRoutes } from './routes/reviews.ts';

export const reviewsService: ServiceDefinition<BaseConfig> = {
  name: 'reviews',
  version: '0.1.0',
  setupDatabase: ensureReviewIndexes,
  routes: async (app) => {
    const db = app.mongo.db;
    const summaries = new Summaries(db);
    const reviews = new Reviews(app, db, {
      summaries,
      locks: new DocumentLocks(db),
      neighbours: new Neighbours(app),
    });
    await app.register(reviewRoutes, { reviews, summaries });
  },
};
