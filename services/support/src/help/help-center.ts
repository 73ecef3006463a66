/**
 * The help center reads FAQs from the content service (support never reads content's database). Content
 * being down fails only these reads, with 503 DEPENDENCY_UNAVAILABLE from the service client; tickets keep
 * working.
 */
import { ApiError, ServiceCallError, type ServiceClient } from '@emporium/service-kit';
import type { FastifyRequest } from 'fastify';
import type { HelpArticleBody, HelpCategoryBody, HelpQuery } from '../schemas.ts';

interface ContentFaq {
  id: string;
  category: string;
  question: string;
  answer: string;
}

/** A 4xx from content means our request was wrong, which our own validation should have prevented. */
function unexpected(err: ServiceCallError): ApiError {
  return new ApiError(502, 'DEPENDENCY_ERROR', 'The help center could not read its answers', {
    details: [{ in: 'dependency', path: '/content', message: `answered ${err.status} ${err.code}` }],
  });
}

export class HelpCenter {
  readonly content: ServiceClient;

  constructor(content: ServiceClient) {
    this.content = content;
  }

  async search(query: HelpQuery, request: FastifyRequest): Promise<HelpArticleBody[]> {
    try {
      const { items } = await this.content.get<{ items: ContentFaq[] }>('/faqs', {
        request,
        query: { q: query.q, category: query.category, limit: query.limit ?? 20 },
      });
      return items.map(({ id, category, question, answer }) => ({ id, category, question, answer }));
    } catch (err) {
      if (err instanceof ServiceCallError) throw unexpected(err);
      throw err;
    }
  }

  async categories(request: FastifyRequest): Promise<HelpCategoryBody[]> {
    try {
      const { items } = await this.content.get<{ items: HelpCategoryBody[] }>('/faqs/categories', {
        request,
      });
      return items.map(({ slug, name, count }) => ({ slug, name, count }));
    } catch (err) {
      if (err instanceof ServiceCallError) throw unexpected(err);
      throw err;
    }
  }
}
