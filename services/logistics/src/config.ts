import { serviceConfigSchema } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';

/** The base settings, plus how often tracking events the order service missed are resent. */
export const logisticsConfigSchema = serviceConfigSchema('logistics', {
  ORDER_FEED_SWEEP_MS: Type.Integer({
    minimum: 100,
    maximum: 3_600_000,
    default: 15_000,
    description: 'How often tracking events not yet delivered to the order service are resent',
  }),
});

export type LogisticsConfig = Static<typeof logisticsConfigSchema>;
