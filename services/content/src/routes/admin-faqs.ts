import { notFound } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Faqs } from '../faqs/faqs.ts';
import { IdParams, IfMatchHeaders } from '../schemas/common.ts';
import { AdminFaqQuery, CreateFaq, Faq, FaqList, UpdateFaq } from '../schemas/faqs.ts';
import { etag, expectedVersion, optionalVersion } from '../versioning.ts';
import { adminErrors, editErrors } from './errors.ts';

const tags = ['admin: faqs'];
const faqNotFound = (id: string) => notFound('FAQ_NOT_FOUND', `No FAQ "${id}"`);

export const adminFaqRoutes: FastifyPluginAsyncTypebox<{ faqs: Faqs }> = async (app, { faqs }) => {
  app.get(
    '/faqs',
    {
      schema: {
        tags,
        summary: 'Every FAQ, drafts included, by category and position',
        querystring: AdminFaqQuery,
        response: { 200: FaqList, ...adminErrors },
      },
    },
    async (request) => ({ items: await faqs.list(request.query) }),
  );

  app.get(
    '/faqs/:id',
    {
      schema: {
        tags,
        summary: 'One FAQ with its version (also as ETag)',
        params: IdParams,
        response: { 200: Faq, 404: editErrors[404], ...adminErrors },
      },
    },
    async (request, reply) => {
      const faq = await faqs.get(request.params.id);
      if (!faq) throw faqNotFound(request.params.id);
      return reply.header('etag', etag(faq.version)).send(faq);
    },
  );

  app.post(
    '/faqs',
    {
      schema: {
        tags,
        summary: 'Create an FAQ (a draft unless status says published)',
        body: CreateFaq,
        response: { 201: Faq, ...adminErrors },
      },
    },
    async (request, reply) => {
      const faq = await faqs.create(request.body);
      return reply.code(201).header('etag', etag(faq.version)).send(faq);
    },
  );

  app.patch(
    '/faqs/:id',
    {
      schema: {
        tags,
        summary: 'Change, move, publish or unpublish an FAQ (versioned like pages)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateFaq,
        response: { 200: Faq, ...editErrors, ...adminErrors },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match'], request.body.version);
      const faq = await faqs.update(request.params.id, request.body, expected);
      if (!faq) throw faqNotFound(request.params.id);
      return reply.header('etag', etag(faq.version)).send(faq);
    },
  );

  app.delete(
    '/faqs/:id',
    {
      schema: {
        tags,
        summary: 'Delete an FAQ (only at the If-Match version, when one is sent)',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: Type.Null(), 404: editErrors[404], 409: editErrors[409], ...adminErrors },
      },
    },
    async (request, reply) => {
      const deleted = await faqs.delete(request.params.id, optionalVersion(request.headers['if-match']));
      if (!deleted) throw faqNotFound(request.params.id);
      return reply.code(204).send(null);
    },
  );
};
