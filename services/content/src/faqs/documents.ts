/** How FAQs are stored, and how a stored FAQ becomes an API response. searchTerms never leaves the service. */
import type { Status } from '../schemas/common.ts';
import type { FaqBody, PublicFaqBody } from '../schemas/faqs.ts';

export interface FaqDocument {
  _id: string;
  category: string;
  question: string;
  answer: string;
  position: number;
  status: Status;
  /** Lower-cased words and stems of question and answer: prefix search without $text (search.ts). */
  searchTerms: string[];
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function toPublicFaq(doc: FaqDocument): PublicFaqBody {
  return {
    id: doc._id,
    category: doc.category,
    question: doc.question,
    answer: doc.answer,
    position: doc.position,
  };
}

export function toFaq(doc: FaqDocument): FaqBody {
  return {
    ...toPublicFaq(doc),
    status: doc.status,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    version: doc.version,
  };
}

/** Display names of the categories the help center knows; any other slug is shown title-cased. */
const categoryNames: Record<string, string> = {
  orders: 'Orders',
  payments: 'Payments & refunds',
  shipping: 'Shipping & delivery',
  returns: 'Returns & exchanges',
  account: 'Your account',
  coupons: 'Coupons & offers',
};

export const categoryOrder = Object.keys(categoryNames);

export function categoryName(slug: string): string {
  return (
    categoryNames[slug] ??
    slug
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ')
  );
}
