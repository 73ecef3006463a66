/**
 * CMS pages (about, shipping policy, terms, ...). A page's body is a bounded list of typed blocks, not HTML:
 * the micro frontend renders each block type itself, so no markup from the database reaches the DOM.
 */
import { type Static, Type } from 'typebox';
import { DateTime, Image, Slug, Status, Version } from './common.ts';

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const HeadingBlock = Type.Object(
  {
    type: Type.Literal('heading'),
    text: Text(200),
    level: Type.Union([Type.Literal(2), Type.Literal(3)], { description: 'h2 or h3; the title is the h1' }),
  },
  { additionalProperties: false },
);

export const ParagraphBlock = Type.Object(
  { type: Type.Literal('paragraph'), text: Text(5000) },
  { additionalProperties: false },
);

export const ListBlock = Type.Object(
  {
    type: Type.Literal('list'),
    style: Type.Union([Type.Literal('bulleted'), Type.Literal('numbered')]),
    items: Type.Array(Text(1000), { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);

export const ImageBlock = Type.Object(
  {
    type: Type.Literal('image'),
    image: Image,
    caption: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

export const Block = Type.Union([HeadingBlock, ParagraphBlock, ListBlock, ImageBlock]);
export const Body = Type.Array(Block, { maxItems: 100 });

export const Seo = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 70 }),
    description: Type.String({ minLength: 1, maxLength: 160 }),
  },
  { additionalProperties: false },
);

const Title = Type.String({ minLength: 1, maxLength: 120 });
const Summary = Type.String({ maxLength: 300 });

/** What shoppers see. */
export const PublicPage = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  body: Body,
  seo: Seo,
  publishedAt: DateTime,
  updatedAt: DateTime,
});

export const PageSummary = Type.Object({ slug: Type.String(), title: Type.String(), summary: Type.String() });
export const PageList = Type.Object({ items: Type.Array(PageSummary) });

/** What admins see and edit. */
export const AdminPage = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  body: Body,
  seo: Seo,
  status: Status,
  publishedAt: Type.Union([DateTime, Type.Null()], { description: 'When it was last published' }),
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Version,
});

export const AdminPageSummary = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  status: Status,
  publishedAt: Type.Union([DateTime, Type.Null()]),
  updatedAt: DateTime,
  version: Version,
});
export const AdminPageList = Type.Object({ items: Type.Array(AdminPageSummary) });

export const CreatePage = Type.Object(
  {
    slug: Slug,
    title: Title,
    summary: Type.Optional(Summary),
    body: Body,
    seo: Seo,
    status: Type.Optional(Status),
  },
  { additionalProperties: false },
);

export const UpdatePage = Type.Object(
  {
    title: Type.Optional(Title),
    summary: Type.Optional(Summary),
    body: Type.Optional(Body),
    seo: Type.Optional(Seo),
    status: Type.Optional(Status),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PageParams = Type.Object({ slug: Slug }, { additionalProperties: false });

export type BlockBody = Static<typeof Block>;
export type SeoBody = Static<typeof Seo>;
export type PublicPageBody = Static<typeof PublicPage>;
export type AdminPageBody = Static<typeof AdminPage>;
export type CreatePageBody = Static<typeof CreatePage>;
export type UpdatePageBody = Static<typeof UpdatePage>;
