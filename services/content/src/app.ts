/**
 * The content service as a definition the service kit builds: CMS pages, scheduled banners, FAQs and media
 * metadata; public reads for shoppers, everything under /admin for admins.
 */
import type { BaseConfig, ServiceDefinition } from '@emporium/service-kit';
import { Banners } from './banners/banners.ts';
import { Faqs } from './faqs/faqs.ts';
import { setupContentDatabase } from './indexes.ts';
import { MediaLibrary } from './media/media.ts';
import { Pages } from './pages/pages.ts';
import { adminRoutes } from './routes/admin.ts';
import { bannerRoutes } from './routes/banners.ts';
import { faqRoutes } from './routes/faqs.ts';
import { pageRoutes } from './routes/pages.ts';

export const contentService: ServiceDefinition<BaseConfig> = {
  name: 'content',
  version: '0.1.0',
  setupDatabase: setupContentDatabase,
  routes: async (app) => {
    const pages = new Pages(app.mongo.db);
    const banners = new Banners(app.mongo.db);
    const faqs = new Faqs(app.mongo.db);
    const media = new MediaLibrary(app.mongo.db);
    await app.register(pageRoutes, { pages });
    await app.register(bannerRoutes, { banners });
    await app.register(faqRoutes, { faqs });
    await app.register(adminRoutes, { prefix: '/admin', pages, banners, faqs, media });
  },
};
