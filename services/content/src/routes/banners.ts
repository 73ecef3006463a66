import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Banners } from '../banners/banners.ts';
import { BannerQuery, PublicBannerList } from '../schemas/banners.ts';
import { publicErrors } from './errors.ts';

// Short: a scheduled banner should appear (and an expired one vanish) within seconds of its window.
const cacheControl = 'public, max-age=30';

export const bannerRoutes: FastifyPluginAsyncTypebox<{ banners: Banners }> = async (app, { banners }) => {
  app.get(
    '/banners',
    {
      schema: {
        tags: ['banners'],
        summary: 'Banners live right now, highest priority first',
        description:
          'Only published banners whose schedule window (startsAt inclusive, endsAt exclusive) contains the ' +
          'current time. Filter by `placement` (`home-hero`, `home-strip`, `category:<slug>`).',
        querystring: BannerQuery,
        response: { 200: PublicBannerList, ...publicErrors },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', cacheControl)
        .send({ items: await banners.listLive(request.query.placement) }),
  );
};
