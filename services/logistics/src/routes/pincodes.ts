import { ErrorResponse } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { PincodeDirectory } from '../pincodes/directory.ts';
import { PincodeInfo, PincodeParams, Quote, QuoteRequest } from '../schemas/pincodes.ts';

// Estimates name dates, so they may be cached for minutes, not days.
const cacheControl = 'public, max-age=300';

export const pincodeRoutes: FastifyPluginAsyncTypebox<{ directory: PincodeDirectory }> = async (
  app,
  { directory },
) => {
  app.get(
    '/pincodes/:pincode',
    {
      schema: {
        tags: ['pincodes'],
        summary: 'Whether we deliver to a pincode, where it is, and when a parcel would arrive',
        description: 'An unknown pincode is not an error: it answers 200 with `serviceable: false`.',
        params: PincodeParams,
        response: { 200: PincodeInfo, 400: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', cacheControl).send(await directory.lookup(request.params.pincode)),
  );

  app.post(
    '/quotes',
    {
      schema: {
        tags: ['pincodes'],
        summary: 'Shipping fee, cash-on-delivery and delivery estimate for a cart going to a pincode',
        description:
          'Delivery is free from the zone threshold (₹499) except in remote areas. A pincode we do ' +
          'not deliver to answers 200 with `serviceable: false` and `shippingFee: null`.',
        body: QuoteRequest,
        response: { 200: Quote, 400: ErrorResponse, 413: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request) => directory.quote(request.body),
  );
};
