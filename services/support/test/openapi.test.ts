import { describe, expect, it } from 'vitest';
import { api, supportTestService } from './helpers.ts';

const svc = supportTestService(import.meta.url);

describe('the OpenAPI document', () => {
  it('describes every support route with its responses', async () => {
    const res = await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.info.title).toBe('Emporium support service');
    const paths = Object.keys(doc.paths)
      .filter((p) => p.startsWith(api))
      .map((p) => p.slice(api.length));
    expect(paths.sort()).toEqual(
      [
        '/admin/tickets',
        '/help/categories',
        '/help/search',
        '/tickets',
        '/tickets/{ticketId}',
        '/tickets/{ticketId}/close',
        '/tickets/{ticketId}/replies',
      ].sort(),
    );
    expect(Object.keys(doc.paths[`${api}/tickets/{ticketId}/replies`].post.responses).sort()).toEqual(
      ['201', '400', '401', '403', '404', '409', '503'].sort(),
    );
    expect(Object.keys(doc.paths[`${api}/help/search`].get.responses)).toContain('503');
  });
});
