/**
 * Stand-ins for the logistics, order and activity services, implementing the contracts of
 * docs/services.md that the cart relies on: small real HTTP servers (the kit's stand-in) for services
 * whose code is being written elsewhere. Tests read the calls they received and can make them fail or
 * slow down, to exercise the cart's compensation.
 */
import { randomUUID } from 'node:crypto';
import { apiPrefix } from '@emporium/registry';
import { type RecordedCall, type StandIn, startStandIn } from '@emporium/service-kit/testing';

const inr = (amount: number) => ({ amount, currency: 'INR' });

/** Pincodes the logistics stand-in knows. Anything else is not serviceable. */
export const pincodes = {
  /** Bengaluru: metro, COD, ₹49 shipping below ₹499. */
  metro: '560001',
  /** Port Blair: remote, no COD, ₹99 shipping. */
  noCod: '744101',
  /** Not delivered to. */
  unserved: '799999',
} as const;

export async function startLogistics(): Promise<StandIn> {
  return startStandIn({
    routes: {
      [`POST ${apiPrefix('logistics')}/quotes`]: (call) => {
        const body = call.body as { pincode: string; items: unknown[]; subtotal: { amount: number } };
        if (!Array.isArray(body.items) || body.items.length === 0) {
          return { status: 400, body: { code: 'VALIDATION_FAILED', message: 'items must not be empty' } };
        }
        const delivery = { minDays: 1, maxDays: 2, from: '2030-01-02', to: '2030-01-03' };
        if (body.pincode === pincodes.metro) {
          const fee = body.subtotal.amount >= 49900 ? 0 : 4900;
          return {
            status: 200,
            body: {
              pincode: body.pincode,
              serviceable: true,
              shippingFee: inr(fee),
              freeShippingApplied: fee === 0,
              codAvailable: true,
              estimatedDelivery: delivery,
            },
          };
        }
        if (body.pincode === pincodes.noCod) {
          return {
            status: 200,
            body: {
              pincode: body.pincode,
              serviceable: true,
              shippingFee: inr(9900),
              freeShippingApplied: false,
              codAvailable: false,
              estimatedDelivery: { ...delivery, minDays: 6, maxDays: 9 },
            },
          };
        }
        return {
          status: 200,
          body: {
            pincode: body.pincode,
            serviceable: false,
            shippingFee: null,
            freeShippingApplied: false,
            codAvailable: false,
            estimatedDelivery: null,
          },
        };
      },
    },
  });
}

export interface OrderStandIn extends StandIn {
  /** Orders created, by idempotency key. */
  readonly orders: Map<string, Record<string, unknown>>;
}

/** The order service's internal create: one order per Idempotency-Key (201, then 200 with the same order). */
export async function startOrders(cartServiceKey: () => string): Promise<OrderStandIn> {
  const orders = new Map<string, Record<string, unknown>>();
  let number = 1000;
  const standIn = await startStandIn({
    serviceKey: cartServiceKey,
    routes: {
      [`POST ${apiPrefix('order')}/internal/orders`]: (call: RecordedCall) => {
        const key = call.headers['idempotency-key'];
        if (typeof key !== 'string') return { status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED' } };
        const existing = orders.get(key);
        if (existing) return { status: 200, body: existing };
        const problem = contractProblem(call.body as OrderBody);
        if (problem) return { status: 400, body: { code: 'VALIDATION_FAILED', message: problem } };
        number += 1;
        const order = {
          id: randomUUID(),
          number: `EMP-${number}`,
          status: 'placed',
          ...(call.body as object),
        };
        orders.set(key, order);
        return { status: 201, body: order };
      },
    },
  });
  return Object.assign(standIn, { orders });
}

export interface ActivityStandIn extends StandIn {
  events(): { type: string; subject: string; userId?: string; data?: Record<string, unknown> }[];
}

export async function startActivity(): Promise<ActivityStandIn> {
  const standIn = await startStandIn({
    routes: {
      [`POST ${apiPrefix('activity')}/internal/events`]: () => ({ status: 202, body: { accepted: true } }),
    },
  });
  return Object.assign(standIn, {
    events: () =>
      standIn.calls.flatMap(
        (c) => (c.body as { events: ReturnType<ActivityStandIn['events']> }).events ?? [],
      ),
  });
}

interface OrderBody {
  userId: string;
  checkoutId: string;
  reservationId: string;
  lines: { quantity: number; unitPrice: { amount: number }; lineTotal: { amount: number } }[];
  totals: Record<'subtotal' | 'discount' | 'shipping' | 'total', { amount: number; currency: string }>;
  paymentMethod: string;
}

/** What the order service would refuse: the cart must send a consistent order. */
function contractProblem(body: OrderBody): string | undefined {
  if (!body.userId || !body.checkoutId || !body.reservationId)
    return 'userId, checkoutId and reservationId are required';
  if (!Array.isArray(body.lines) || body.lines.length === 0) return 'lines must not be empty';
  if (body.paymentMethod !== 'cod') return 'paymentMethod must be cod';
  for (const line of body.lines) {
    if (line.lineTotal.amount !== line.unitPrice.amount * line.quantity)
      return 'a lineTotal is not unitPrice × quantity';
  }
  const { subtotal, discount, shipping, total } = body.totals;
  if (subtotal.amount !== body.lines.reduce((n, l) => n + l.lineTotal.amount, 0))
    return 'subtotal is not the sum of lines';
  if (total.amount !== subtotal.amount - discount.amount + shipping.amount) return 'total does not add up';
  return undefined;
}
