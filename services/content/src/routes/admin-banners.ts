import { notFound } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Banners } from '../banners/banners.ts';
import { AdminBannerQuery, Banner, BannerList, CreateBanner, UpdateBanner } from '../schemas/banners.ts';
import { IdParams, IfMatchHeaders } from '../schemas/common.ts';
import { etag, expectedVersion, optionalVersion } from '../versioning.ts';
import { adminErrors, editErrors } from './errors.ts';

const tags = ['admin: banners'];
const bannerNotFound = (id: string) => notFound('BANNER_NOT_FOUND', `No banner "${id}"`);

export const adminBannerRoutes: FastifyPluginAsyncTypebox<{ banners: Banners }> = async (
  app,
  { banners },
) => {
  app.get(
    '/banners',
    {
      schema: {
        tags,
        summary: 'Every banner, drafts, scheduled and expired ones included',
        querystring: AdminBannerQuery,
        response: { 200: BannerList, ...adminErrors },
      },
    },
    async (request) => ({ items: await banners.list(request.query) }),
  );

  app.get(
    '/banners/:id',
    {
      schema: {
        tags,
        summary: 'One banner with its version (also as ETag)',
        params: IdParams,
        response: { 200: Banner, 404: editErrors[404], ...adminErrors },
      },
    },
    async (request, reply) => {
      const banner = await banners.get(request.params.id);
      if (!banner) throw bannerNotFound(request.params.id);
      return reply.header('etag', etag(banner.version)).send(banner);
    },
  );

  app.post(
    '/banners',
    {
      schema: {
        tags,
        summary: 'Create a banner; startsAt/endsAt schedule it (endsAt must be after startsAt)',
        body: CreateBanner,
        response: { 201: Banner, ...adminErrors },
      },
    },
    async (request, reply) => {
      const banner = await banners.create(request.body);
      return reply.code(201).header('etag', etag(banner.version)).send(banner);
    },
  );

  app.patch(
    '/banners/:id',
    {
      schema: {
        tags,
        summary: 'Change, schedule, publish or unpublish a banner (versioned like pages)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateBanner,
        response: { 200: Banner, ...editErrors, ...adminErrors },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], request.body.version);
      const banner = await banners.update(request.params.id, request.body, expected);
      if (!banner) throw bannerNotFound(request.params.id);
      return reply.header('etag', etag(banner.version)).send(banner);
    },
  );

  app.delete(
    '/banners/:id',
    {
      schema: {
        tags,
        summary: 'Delete a banner (only at the If-Match version, when one is sent)',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: Type.Null(), 404: editErrors[404], 409: editErrors[409], ...adminErrors },
      },
    },
    async (request, reply) => {
      const deleted = await banners.delete(request.params.id, optionalVersion(request.headers['if-match']));
      if (!deleted) throw bannerNotFound(request.params.id);
      return reply.code(204).send(null);
    },
  );
};
