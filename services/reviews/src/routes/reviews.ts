import { currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Reviews } from '../reviews/reviews.ts';
import type { Summaries } from '../reviews/summaries.ts';
import {
  CreateReviewRequest,
  MyReviewsQuery,
  ProductParams,
  ProductReviewsQuery,
  RatingSummary,
  Review,
  ReviewList,
  ReviewParams,
  UpdateReviewRequest,
} from '../schemas.ts';

const errors = { 400: ErrorResponse, 503: ErrorResponse };
const signedIn = { 401: ErrorResponse, 403: ErrorResponse };
// Public lists and summaries may be cached briefly; a new review shows within seconds.
const shortCache = 'public, max-age=15';

export const reviewRoutes: FastifyPluginAsyncTypebox<{ reviews: Reviews; summaries: Summaries }> = async (
  app,
  { reviews, summaries },
) => {
  app.get(
    '/products/:productId/reviews',
    {
      schema: {
        tags: ['reviews'],
        summary: "A product's reviews, newest or by stars, a page at a time",
        description: 'Pages are keyset-based: pass `nextCursor` as `cursor` with the same sort.',
        params: ProductParams,
        querystring: ProductReviewsQuery,
        response: { 200: ReviewList, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', shortCache)
        .send(await reviews.listForProduct(request.params.productId, request.query)),
  );

  app.get(
    '/products/:productId/summary',
    {
      schema: {
        tags: ['reviews'],
        summary: "A product's rating: count, average and how many reviews gave each number of stars",
        description: 'One stored document, kept up to date with every review; zeros when there are none.',
        params: ProductParams,
        response: { 200: RatingSummary, ...errors },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', shortCache).send(await summaries.get(request.params.productId)),
  );

  app.post(
    '/products/:productId/reviews',
    {
      preHandler: requireUser('customer'),
      schema: {
        tags: ['reviews'],
        summary: 'Review a product (one review per customer per product)',
        description:
          '`verifiedPurchase` says whether the order service knows the customer bought the product. ' +
          '409 REVIEW_EXISTS when the customer already reviewed it.',
        params: ProductParams,
        body: CreateReviewRequest,
        response: { 201: Review, 404: ErrorResponse, 409: ErrorResponse, ...signedIn, ...errors },
      },
    },
    async (request, reply) => {
      const review = await reviews.create(
        currentUser(request),
        request.params.productId,
        request.body,
        request,
      );
      return reply.code(201).send(review);
    },
  );

  app.patch(
    '/reviews/:reviewId',
    {
      preHandler: requireUser('customer'),
      schema: {
        tags: ['reviews'],
        summary: 'Change your review: stars, title or text',
        params: ReviewParams,
        body: UpdateReviewRequest,
        response: { 200: Review, 404: ErrorResponse, ...signedIn, ...errors },
      },
    },
    async (request) => reviews.update(currentUser(request), request.params.reviewId, request.body, request),
  );

  app.delete(
    '/reviews/:reviewId',
    {
      preHandler: requireUser('customer', 'admin'),
      schema: {
        tags: ['reviews'],
        summary: 'Delete a review (its author, or an admin moderating)',
        params: ReviewParams,
        response: { 204: Type.Null(), 404: ErrorResponse, ...signedIn, ...errors },
      },
    },
    async (request, reply) => {
      await reviews.remove(currentUser(request), request.params.reviewId, request);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/reviews',
    {
      preHandler: requireUser(),
      schema: {
        tags: ['reviews'],
        summary: 'The reviews you wrote, newest first',
        querystring: MyReviewsQuery,
        response: { 200: ReviewList, ...signedIn, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'private, no-store')
        .send(await reviews.listForAuthor(currentUser(request).id, request.query)),
  );
};
