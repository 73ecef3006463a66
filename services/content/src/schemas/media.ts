/** Media metadata: what the CMS knows about an uploaded image (the file itself lives on a CDN). */
import { type Static, Type } from 'typebox';
import { DateTime, ImageUrl } from './common.ts';

const Dimension = Type.Integer({ minimum: 1, maximum: 20000, description: 'Pixels' });

export const CreateMedia = Type.Object(
  {
    url: ImageUrl,
    alt: Type.String({ maxLength: 200 }),
    width: Dimension,
    height: Dimension,
    contentType: Type.Union([
      Type.Literal('image/jpeg'),
      Type.Literal('image/png'),
      Type.Literal('image/webp'),
      Type.Literal('image/avif'),
      Type.Literal('image/svg+xml'),
    ]),
  },
  { additionalProperties: false },
);

export const Media = Type.Object({
  id: Type.String(),
  ...CreateMedia.properties,
  createdAt: DateTime,
  createdBy: Type.String({ description: 'Id of the admin who registered it' }),
});
export const MediaList = Type.Object({ items: Type.Array(Media) });

export const MediaQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })) },
  { additionalProperties: false },
);

export type CreateMediaBody = Static<typeof CreateMedia>;
export type MediaBody = Static<typeof Media>;
