/**
 * Whose cart a request means: a signed-in customer's, or a guest's (x-guest-id). Sellers and admins
 * don't shop, so they have no cart.
 */
import { ApiError, badRequest } from '@emporium/service-kit';
import type { FastifyRequest } from 'fastify';

export type CartOwner = { kind: 'customer'; id: string } | { kind: 'guest'; id: string };

/** The cart document's id: one cart per owner. */
export const ownerKey = (owner: CartOwner): string => `${owner.kind}:${owner.id}`;

export function cartOwner(request: FastifyRequest): CartOwner {
  const user = request.auth;
  if (user) {
    if (user.type !== 'customer') {
      throw new ApiError(
        403,
        'FORBIDDEN',
        `${user.type === 'seller' ? 'Sellers' : 'Admins'} don't have carts; sign in as a customer`,
      );
    }
    return { kind: 'customer', id: user.id };
  }
  const guestId = request.client.guestId;
  if (guestId) return { kind: 'guest', id: guestId };
  throw badRequest(
    'OWNER_REQUIRED',
    'A cart belongs to a signed-in customer (Authorization: Bearer <token>) or a guest (x-guest-id header); send one of them',
  );
}
