/** Coupons as admins manage them. */
import { type Static, Type } from 'typebox';
import { CouponCode, Money, MoneyInput } from './common.ts';

const kinds = Type.Union([Type.Literal('percentage'), Type.Literal('fixed')], {
  description: '`percentage` takes percentOff (and an optional maxDiscount); `fixed` takes amountOff',
});
const Description = Type.String({ minLength: 1, maxLength: 200 });
const PercentOff = Type.Integer({ minimum: 1, maximum: 90 });
const DateTime = Type.String({ format: 'date-time', maxLength: 40 });
const UsageLimit = Type.Integer({ minimum: 1, maximum: 1_000_000_000, description: 'Redemptions in total' });
const PerUserLimit = Type.Integer({ minimum: 1, maximum: 1000, description: 'Redemptions per customer' });
const PositiveMoney = Type.Object(
  { amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }), currency: Type.Literal('INR') },
  { additionalProperties: false },
);

export const Coupon = Type.Object({
  code: Type.String(),
  description: Type.String(),
  kind: kinds,
  percentOff: Type.Union([Type.Integer(), Type.Null()]),
  maxDiscount: Type.Union([Money, Type.Null()], { description: 'Cap of a percentage discount' }),
  amountOff: Type.Union([Money, Type.Null()]),
  minOrder: Money,
  startsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  usageLimit: Type.Union([Type.Integer(), Type.Null()], { description: 'null: unlimited' }),
  perUserLimit: Type.Integer(),
  active: Type.Boolean(),
  used: Type.Integer({ minimum: 0, description: 'Redemptions so far' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const CouponCreateBody = Type.Object(
  {
    code: CouponCode,
    description: Description,
    kind: kinds,
    percentOff: Type.Optional(PercentOff),
    maxDiscount: Type.Optional(PositiveMoney),
    amountOff: Type.Optional(PositiveMoney),
    minOrder: Type.Optional(MoneyInput),
    startsAt: Type.Optional(DateTime),
    expiresAt: Type.Optional(DateTime),
    usageLimit: Type.Optional(UsageLimit),
    perUserLimit: Type.Optional(PerUserLimit),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** Every field but the code may change; null clears an optional one. */
export const CouponPatchBody = Type.Object(
  {
    description: Type.Optional(Description),
    kind: Type.Optional(kinds),
    percentOff: Type.Optional(Type.Union([PercentOff, Type.Null()])),
    maxDiscount: Type.Optional(Type.Union([PositiveMoney, Type.Null()])),
    amountOff: Type.Optional(Type.Union([PositiveMoney, Type.Null()])),
    minOrder: Type.Optional(MoneyInput),
    startsAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    expiresAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    usageLimit: Type.Optional(Type.Union([UsageLimit, Type.Null()])),
    perUserLimit: Type.Optional(PerUserLimit),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const CouponParams = Type.Object({ code: CouponCode }, { additionalProperties: false });

export const CouponListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    after: Type.Optional(
      Type.String({ pattern: '^[A-Z0-9]{1,20}$', description: 'nextAfter of the previous page' }),
    ),
  },
  { additionalProperties: false },
);

export const CouponList = Type.Object({
  items: Type.Array(Coupon),
  nextAfter: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `after` for the next page' }),
});

export type CouponBody = Static<typeof Coupon>;
export type CouponCreate = Static<typeof CouponCreateBody>;
export type CouponPatch = Static<typeof CouponPatchBody>;
