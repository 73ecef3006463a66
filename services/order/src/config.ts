import { serviceConfigSchema } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';

/** The base settings, plus how the order service retries work left pending by an outage elsewhere. */
export const orderConfigSchema = serviceConfigSchema('order', {
  FULFILMENT_SWEEP_MS: Type.Integer({
    minimum: 100,
    maximum: 3_600_000,
    default: 30_000,
    description: 'How often shipment bookings and cancellation steps left pending are retried',
  }),
  FULFILMENT_RETRY_BASE_MS: Type.Integer({
    minimum: 10,
    maximum: 600_000,
    default: 5_000,
    description: 'First delay before retrying a pending step; doubles per attempt, up to 10 minutes',
  }),
  FULFILMENT_CALL_TIMEOUT_MS: Type.Integer({
    minimum: 50,
    maximum: 60_000,
    default: 2_000,
    description: 'Timeout of shipment and stock-release calls (short: they run inside customer requests)',
  }),
});

export type OrderConfig = Static<typeof orderConfigSchema>;
