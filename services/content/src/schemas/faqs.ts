/** FAQs, grouped by category and ordered by position; the help center searches them. */
import { type Static, Type } from 'typebox';
import { DateTime, Slug, Status, Version } from './common.ts';

const Question = Type.String({ minLength: 5, maxLength: 300 });
const Answer = Type.String({ minLength: 1, maxLength: 5000 });
const Position = Type.Integer({ minimum: 0, maximum: 10000, description: 'Order inside the category' });

export const PublicFaq = Type.Object({
  id: Type.String(),
  category: Type.String(),
  question: Type.String(),
  answer: Type.String(),
  position: Type.Integer(),
});
export const PublicFaqList = Type.Object({ items: Type.Array(PublicFaq) });

export const Faq = Type.Object({
  ...PublicFaq.properties,
  status: Status,
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Version,
});
export const FaqList = Type.Object({ items: Type.Array(Faq) });

export const FaqQuery = Type.Object(
  {
    category: Type.Optional(Slug),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Words; each must start a word of the FAQ' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 100 })),
  },
  { additionalProperties: false },
);

export const AdminFaqQuery = Type.Object(
  { category: Type.Optional(Slug), status: Type.Optional(Status) },
  { additionalProperties: false },
);

export const FaqCategory = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  count: Type.Integer({ minimum: 0, description: 'Published FAQs in the category' }),
});
export const FaqCategoryList = Type.Object({ items: Type.Array(FaqCategory) });

export const CreateFaq = Type.Object(
  {
    category: Slug,
    question: Question,
    answer: Answer,
    position: Type.Optional(Position),
    status: Type.Optional(Status),
  },
  { additionalProperties: false },
);

export const UpdateFaq = Type.Object(
  {
    category: Type.Optional(Slug),
    question: Type.Optional(Question),
    answer: Type.Optional(Answer),
    position: Type.Optional(Position),
    status: Type.Optional(Status),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export type FaqQuery = Static<typeof FaqQuery>;
export type PublicFaqBody = Static<typeof PublicFaq>;
export type FaqBody = Static<typeof Faq>;
export type FaqCategoryBody = Static<typeof FaqCategory>;
export type CreateFaqBody = Static<typeof CreateFaq>;
export type UpdateFaqBody = Static<typeof UpdateFaq>;
