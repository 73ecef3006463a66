/**
 * The activity service's API types: analytics events from browsers, business events from services (the
 * audit log), and the counts both feed.
 */
import { mfes } from '@emporium/registry';
import { type Static, Type } from 'typebox';

export const browserEventTypes = [
  'page_view',
  'product_view',
  'search',
  'add_to_cart',
  'remove_from_cart',
  'checkout_started',
  'click',
] as const;

/** How far an event's `at` may be from the time it arrives (clocks drift; tabs send late). */
export const maxEventAgeMs = 24 * 60 * 60 * 1000;
export const maxEventLeadMs = 5 * 60 * 1000;
export const maxBrowserBatch = 50;
export const maxServiceBatch = 100;

const DateTime = Type.String({ format: 'date-time', maxLength: 40 });

export const BrowserEvent = Type.Object(
  {
    type: Type.Enum(browserEventTypes),
    domain: Type.Enum(
      mfes.map((m) => m.name),
      { description: 'The micro frontend the event happened in' },
    ),
    path: Type.String({ pattern: '^/', minLength: 1, maxLength: 512 }),
    at: DateTime,
    props: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' }),
        Type.Union([Type.String({ maxLength: 256 }), Type.Number(), Type.Boolean()]),
        {
          maxProperties: 16,
          additionalProperties: false,
          description: 'Flat: up to 16 string, number or boolean values, keys like productId',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const BrowserBatch = Type.Object(
  {
    events: Type.Array(
      Type.Object(
        {},
        {
          additionalProperties: true,
          description:
            'A browser event: { type, domain, path, at, props? } (see BrowserEvent). Each is checked on its ' +
            'own; an invalid one is listed in `rejected` and the rest are kept.',
        },
      ),
      { minItems: 1, maxItems: maxBrowserBatch },
    ),
  },
  { additionalProperties: false },
);

export const Rejection = Type.Object({
  index: Type.Integer({ minimum: 0, description: 'Position in the batch' }),
  reason: Type.Union([
    Type.Literal('INVALID_EVENT'),
    Type.Literal('TOO_OLD'),
    Type.Literal('IN_FUTURE'),
    Type.Literal('TOO_LARGE'),
  ]),
  message: Type.String(),
});

export const IngestResult = Type.Object({
  accepted: Type.Integer({ minimum: 0 }),
  rejected: Type.Array(Rejection),
});

export const ServiceEvent = Type.Object(
  {
    type: Type.String({
      pattern: '^[a-z]+\\.[a-z_]+$',
      maxLength: 64,
      description: 'For example order.placed',
    }),
    subject: Type.String({ minLength: 1, maxLength: 128, description: 'What it is about (order id, ...)' }),
    userId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    at: DateTime,
    data: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), {
        maxProperties: 32,
        description: 'Details, at most 4 KiB as JSON',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ServiceBatch = Type.Object(
  {
    events: Type.Array(
      Type.Object(
        {},
        {
          additionalProperties: true,
          description:
            'A business event: { type, subject, userId?, at, data? } (see ServiceEvent). Each is checked on ' +
            'its own, so one bad event does not cost the batch it travels in.',
        },
      ),
      { minItems: 1, maxItems: maxServiceBatch },
    ),
  },
  { additionalProperties: false },
);

const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD (UTC)' });

export const StatsQuery = Type.Object(
  { from: Type.Optional(Day), to: Type.Optional(Day) },
  { additionalProperties: false },
);

const TypeCount = Type.Object({ type: Type.String(), count: Type.Integer({ minimum: 0 }) });

export const Stats = Type.Object({
  from: Type.String(),
  to: Type.String(),
  domains: Type.Array(
    Type.Object({ domain: Type.String(), total: Type.Integer(), types: Type.Array(TypeCount) }),
    { description: 'Browser events per micro frontend' },
  ),
  services: Type.Array(
    Type.Object({ service: Type.String(), total: Type.Integer(), types: Type.Array(TypeCount) }),
    { description: 'Business events per emitting service' },
  ),
});

export const AuditQuery = Type.Object(
  {
    type: Type.Optional(Type.String({ pattern: '^[a-z]+\\.[a-z_]+$', maxLength: 64 })),
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    source: Type.Optional(
      Type.String({ pattern: '^[a-z]+$', maxLength: 32, description: 'Emitting service' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    cursor: Type.Optional(
      Type.String({ pattern: '^[a-f0-9]{24}$', description: 'nextCursor of the previous page' }),
    ),
  },
  { additionalProperties: false },
);

export const AuditEntry = Type.Object({
  id: Type.String(),
  source: Type.String(),
  type: Type.String(),
  subject: Type.String(),
  userId: Type.Union([Type.String(), Type.Null()]),
  at: Type.String(),
  receivedAt: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export const AuditPage = Type.Object({
  items: Type.Array(AuditEntry),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export type BrowserEventBody = Static<typeof BrowserEvent>;
export type ServiceEventBody = Static<typeof ServiceEvent>;
export type RejectionBody = Static<typeof Rejection>;
export type IngestResultBody = Static<typeof IngestResult>;
export type StatsBody = Static<typeof Stats>;
export type AuditQuery = Static<typeof AuditQuery>;
export type AuditEntryBody = Static<typeof AuditEntry>;
