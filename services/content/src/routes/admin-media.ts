import { currentUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { MediaLibrary } from '../media/media.ts';
import { CreateMedia, Media, MediaList, MediaQuery } from '../schemas/media.ts';
import { adminErrors } from './errors.ts';

const tags = ['admin: media'];

export const adminMediaRoutes: FastifyPluginAsyncTypebox<{ media: MediaLibrary }> = async (
  app,
  { media },
) => {
  app.get(
    '/media',
    {
      schema: {
        tags,
        summary: 'Registered images, newest first',
        querystring: MediaQuery,
        response: { 200: MediaList, ...adminErrors },
      },
    },
    async (request) => ({ items: await media.list(request.query.limit ?? 50) }),
  );

  app.post(
    '/media',
    {
      schema: {
        tags,
        summary: 'Register an image (its address, alt text, size and type) for pages and banners',
        body: CreateMedia,
        response: { 201: Media, ...adminErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await media.create(request.body, currentUser(request).id)),
  );
};
