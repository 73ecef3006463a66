import { notFound } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Pages } from '../pages/pages.ts';
import { IfMatchHeaders } from '../schemas/common.ts';
import { AdminPage, AdminPageList, CreatePage, PageParams, UpdatePage } from '../schemas/pages.ts';
import { etag, expectedVersion, optionalVersion } from '../versioning.ts';
import { adminErrors, editErrors } from './errors.ts';

const tags = ['admin: pages'];
const pageNotFound = (slug: string) => notFound('PAGE_NOT_FOUND', `No page "${slug}"`);

/** Page management for admins: drafts included; edits are versioned (see versioning.ts). */
export const adminPageRoutes: FastifyPluginAsyncTypebox<{ pages: Pages }> = async (app, { pages }) => {
  app.get(
    '/pages',
    {
      schema: {
        tags,
        summary: 'Every page, drafts included',
        response: { 200: AdminPageList, ...adminErrors },
      },
    },
    async () => ({
      items: (await pages.listAll()).map(({ slug, title, status, publishedAt, updatedAt, version }) => ({
        slug,
        title,
        status,
        publishedAt,
        updatedAt,
        version,
      })),
    }),
  );

  app.get(
    '/pages/:slug',
    {
      schema: {
        tags,
        summary: 'One page, draft or published, with its version (also as ETag)',
        params: PageParams,
        response: { 200: AdminPage, 404: editErrors[404], ...adminErrors },
      },
    },
    async (request, reply) => {
      const page = await pages.get(request.params.slug);
      if (!page) throw pageNotFound(request.params.slug);
      return reply.header('etag', etag(page.version)).send(page);
    },
  );

  app.post(
    '/pages',
    {
      schema: {
        tags,
        summary: 'Create a page (a draft unless status says published)',
        body: CreatePage,
        response: { 201: AdminPage, 409: editErrors[409], ...adminErrors },
      },
    },
    async (request, reply) => {
      const page = await pages.create(request.body);
      return reply.code(201).header('etag', etag(page.version)).send(page);
    },
  );

  app.patch(
    '/pages/:slug',
    {
      schema: {
        tags,
        summary: 'Change a page; publish or unpublish it with status',
        description:
          'Name the version you edited in the body (`version`) or in `If-Match`; a stale one is a 409 ' +
          'VERSION_CONFLICT, a missing one a 428 VERSION_REQUIRED.',
        params: PageParams,
        headers: IfMatchHeaders,
        body: UpdatePage,
        response: { 200: AdminPage, ...editErrors, ...adminErrors },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], request.body.version);
      const page = await pages.update(request.params.slug, request.body, expected);
      if (!page) throw pageNotFound(request.params.slug);
      return reply.header('etag', etag(page.version)).send(page);
    },
  );

  app.delete(
    '/pages/:slug',
    {
      schema: {
        tags,
        summary: 'Delete a page (only at the If-Match version, when one is sent)',
        params: PageParams,
        headers: IfMatchHeaders,
        response: { 204: Type.Null(), 404: editErrors[404], 409: editErrors[409], ...adminErrors },
      },
    },
    async (request, reply) => {
      const deleted = await pages.delete(request.params.slug, optionalVersion(request.headers['if-match']));
      if (!deleted) throw pageNotFound(request.params.slug);
      return reply.code(204).send(null);
    },
  );
};
