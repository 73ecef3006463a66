/**
 * Banners: promotional slots on the home page and category pages. A published banner shows only inside
 * its optional [startsAt, endsAt) window, so a sale can be scheduled ahead and ends by itself.
 */
import { type Static, Type } from 'typebox';
import { DateTime, Image, SitePath, Status, Version } from './common.ts';

export const placementPattern = '^(home-hero|home-strip|category:[a-z0-9]+(?:-[a-z0-9]+)*)$';
export const Placement = Type.String({
  pattern: placementPattern,
  maxLength: 90,
  description: '`home-hero`, `home-strip` or `category:<category slug>`',
});

const Title = Type.String({ minLength: 1, maxLength: 120 });
const Subtitle = Type.String({ maxLength: 200 });
const Priority = Type.Integer({ minimum: 0, maximum: 1000, description: 'Higher shows first' });
const Window = Type.Union([DateTime, Type.Null()]);

export const BannerImage = Type.Union([Image, Type.Null()], {
  description: 'null: the micro frontend draws the banner from its text on generated artwork',
});

/** What shoppers see. */
export const PublicBanner = Type.Object({
  id: Type.String(),
  title: Type.String(),
  subtitle: Type.String(),
  image: BannerImage,
  link: Type.String(),
  placement: Type.String(),
  priority: Type.Integer(),
});
export const PublicBannerList = Type.Object({ items: Type.Array(PublicBanner) });

export const Banner = Type.Object({
  ...PublicBanner.properties,
  status: Status,
  startsAt: Window,
  endsAt: Window,
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Version,
});
export const BannerList = Type.Object({ items: Type.Array(Banner) });

export const BannerQuery = Type.Object(
  { placement: Type.Optional(Placement) },
  { additionalProperties: false },
);

export const AdminBannerQuery = Type.Object(
  { placement: Type.Optional(Placement), status: Type.Optional(Status) },
  { additionalProperties: false },
);

export const CreateBanner = Type.Object(
  {
    title: Title,
    subtitle: Type.Optional(Subtitle),
    image: BannerImage,
    link: SitePath,
    placement: Placement,
    priority: Type.Optional(Priority),
    status: Type.Optional(Status),
    startsAt: Type.Optional(Window),
    endsAt: Type.Optional(Window),
  },
  { additionalProperties: false },
);

export const UpdateBanner = Type.Object(
  {
    title: Type.Optional(Title),
    subtitle: Type.Optional(Subtitle),
    image: Type.Optional(BannerImage),
    link: Type.Optional(SitePath),
    placement: Type.Optional(Placement),
    priority: Type.Optional(Priority),
    status: Type.Optional(Status),
    startsAt: Type.Optional(Window),
    endsAt: Type.Optional(Window),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export type PublicBannerBody = Static<typeof PublicBanner>;
export type BannerBody = Static<typeof Banner>;
export type CreateBannerBody = Static<typeof CreateBanner>;
export type UpdateBannerBody = Static<typeof UpdateBanner>;
