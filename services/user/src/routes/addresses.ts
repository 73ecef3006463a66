import { currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Address, AddressInput, AddressList, AddressParams, AddressUpdate } from '../schemas/profile.ts';
import type { AddressBook } from '../users/addresses.ts';

const security = [{ bearer: [] }];
const errors = { 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

/** A shopper's address book (customers only: sellers and admins do not receive deliveries). */
export const addressRoutes: FastifyPluginAsyncTypebox<{ addresses: AddressBook }> = async (
  app,
  { addresses },
) => {
  const customer = requireUser('customer');

  app.get(
    '/me/addresses',
    {
      preHandler: customer,
      schema: {
        tags: ['addresses'],
        summary: 'The address book, default address first',
        security,
        response: { 200: AddressList, ...errors },
      },
    },
    async (request) => ({ items: await addresses.list(currentUser(request).id) }),
  );

  app.post(
    '/me/addresses',
    {
      preHandler: customer,
      schema: {
        tags: ['addresses'],
        summary: 'Add an address (at most 20); the first one, or one with isDefault, becomes the default',
        security,
        body: AddressInput,
        response: { 201: Address, 400: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addresses.add(currentUser(request).id, request.body)),
  );

  app.patch(
    '/me/addresses/:addressId',
    {
      preHandler: customer,
      schema: {
        tags: ['addresses'],
        summary: 'Change an address, or make it the default (isDefault: true)',
        description:
          'There is always exactly one default: make another address the default instead of unsetting one.',
        security,
        params: AddressParams,
        body: AddressUpdate,
        response: { 200: Address, 400: ErrorResponse, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => addresses.update(currentUser(request).id, request.params.addressId, request.body),
  );

  app.delete(
    '/me/addresses/:addressId',
    {
      preHandler: customer,
      schema: {
        tags: ['addresses'],
        summary: 'Delete an address; if it was the default, the previous default (or the latest) takes over',
        security,
        params: AddressParams,
        response: {
          204: Type.Null({ description: 'Deleted' }),
          400: ErrorResponse,
          404: ErrorResponse,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      await addresses.remove(currentUser(request).id, request.params.addressId);
      return reply.code(204).send(null);
    },
  );
};
