import { requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Banners } from '../banners/banners.ts';
import type { Faqs } from '../faqs/faqs.ts';
import type { MediaLibrary } from '../media/media.ts';
import type { Pages } from '../pages/pages.ts';
import { adminBannerRoutes } from './admin-banners.ts';
import { adminFaqRoutes } from './admin-faqs.ts';
import { adminMediaRoutes } from './admin-media.ts';
import { adminPageRoutes } from './admin-pages.ts';

export interface AdminOptions {
  pages: Pages;
  banners: Banners;
  faqs: Faqs;
  media: MediaLibrary;
}

/**
 * Everything under /admin: admins only. The check runs before validation, so a shopper learns nothing
 * about the admin API's input rules; admin answers are never cached.
 */
export const adminRoutes: FastifyPluginAsyncTypebox<AdminOptions> = async (app, options) => {
  app.addHook('preValidation', requireUser('admin'));
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(adminPageRoutes, { pages: options.pages });
  await app.register(adminBannerRoutes, { banners: options.banners });
  await app.register(adminFaqRoutes, { faqs: options.faqs });
  await app.register(adminMediaRoutes, { media: options.media });
};
