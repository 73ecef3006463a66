/** Coupons, managed by admins. */
import { ErrorResponse, notFound, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { CouponStore } from '../coupons/coupon-store.ts';
import {
  Coupon,
  CouponCreateBody,
  CouponList,
  CouponListQuery,
  CouponParams,
  CouponPatchBody,
} from '../schemas/coupon.ts';
import { commonErrors } from './errors.ts';

const errors = { ...commonErrors, 403: ErrorResponse };

export const adminCouponRoutes: FastifyPluginAsyncTypebox<{ coupons: CouponStore }> = async (
  app,
  { coupons },
) => {
  const tags = ['coupons (admin)'];
  const preValidation = requireUser('admin');
  const security = [{ bearer: [] }];

  app.get(
    '/admin/coupons',
    {
      preValidation,
      schema: {
        tags,
        security,
        summary: 'List coupons by code',
        querystring: CouponListQuery,
        response: { 200: CouponList, ...errors },
      },
    },
    async (request) => coupons.list(request.query.limit ?? 50, request.query.after),
  );

  app.post(
    '/admin/coupons',
    {
      preValidation,
      schema: {
        tags,
        security,
        summary: 'Create a coupon',
        description:
          '`percentage` coupons take percentOff (1 to 90) and an optional maxDiscount; `fixed` coupons take ' +
          'amountOff. minOrder defaults to none, perUserLimit to 1, usageLimit to unlimited, active to true. ' +
          '409 COUPON_EXISTS for a code in use.',
        body: CouponCreateBody,
        response: { 201: Coupon, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await coupons.create(request.body)),
  );

  app.get(
    '/admin/coupons/:code',
    {
      preValidation,
      schema: {
        tags,
        security,
        summary: 'One coupon, with how often it was redeemed',
        params: CouponParams,
        response: { 200: Coupon, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const coupon = await coupons.describe(request.params.code);
      if (!coupon) throw notFound('COUPON_NOT_FOUND', `There is no coupon ${request.params.code}`);
      return coupon;
    },
  );

  app.patch(
    '/admin/coupons/:code',
    {
      preValidation,
      schema: {
        tags,
        security,
        summary: 'Change a coupon',
        description:
          'Send only the fields to change; null clears maxDiscount, startsAt, expiresAt or usageLimit. ' +
          "Switching kind drops the other kind's amount. Redemptions so far are kept.",
        params: CouponParams,
        body: CouponPatchBody,
        response: { 200: Coupon, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => coupons.update(request.params.code, request.body),
  );

  app.delete(
    '/admin/coupons/:code',
    {
      preValidation,
      schema: {
        tags,
        security,
        summary: 'Delete a coupon',
        description:
          'Carts that applied it show it as no longer applicable. To pause a coupon, set active to false.',
        params: CouponParams,
        response: { 204: Type.Null({ description: 'Deleted' }), 404: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      await coupons.delete(request.params.code);
      return reply.code(204).send(null);
    },
  );
};
